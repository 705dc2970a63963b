//! The app's one ticker: it drives every running offer. Progress is derived from absolute
//! times, so a slow or throttled ticker (a hidden tab, a sleeping laptop) loses nothing.

use super::state::AppState;
use leptos::prelude::*;
use std::time::Duration;

/// How often the ticker runs while the page is visible.
const PERIOD: Duration = Duration::from_millis(250);

/// Starts the ticker, and ticks at once when the page becomes visible again; both stop
/// when the app unmounts.
pub fn start_ticker(state: AppState) {
    let interval = set_interval_with_handle(move || state.tick(), PERIOD).ok();
    let visibility = window_event_listener(leptos::ev::visibilitychange, move |_| state.tick());
    on_cleanup(move || {
        if let Some(interval) = interval {
            interval.clear();
        }
        visibility.remove();
    });
}
