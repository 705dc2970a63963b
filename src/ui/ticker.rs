//! The app's one ticker: it drives every running offer. Progress is derived from absolute
//! times, so a slow or throttled ticker (a hidden tab, a sleeping laptop) loses nothing.
//!
//! A pass moves on only the offers whose deadline has passed, in slices of about one frame
//! ([`SLICE_MS`]) with the page free in between: when a thousand offers finish a step at the
//! same moment, the page keeps answering instead of freezing for the whole burst.

use super::slices::{next_task, now_ms, SLICE_MS};
use super::state::AppState;
use leptos::prelude::*;
use std::time::Duration;

/// How often the ticker runs while the page is visible.
const PERIOD: Duration = Duration::from_millis(250);

/// How often writes that storage refused are tried again.
const RETRY_PERIOD: Duration = Duration::from_secs(5);

/// Starts the ticker, ticks at once when the page becomes visible again, and saves pending
/// edits when it is hidden or closed; all of it stops when the app unmounts.
pub fn start_ticker(state: AppState) {
    let timing = StoredValue::new_local(bench_timing());
    let busy = StoredValue::new_local(false);
    let pass = move || {
        // A burst still being worked through: this pass would only repeat it.
        if busy.try_get_value() != Some(false) {
            return;
        }
        let timing = timing.get_value();
        mark(timing.as_ref());
        let started = now_ms();
        let mut due = state.due().into_iter().peekable();
        slice(state, &mut due, started);
        measure(timing.as_ref());
        if due.peek().is_none() {
            return;
        }
        busy.set_value(true);
        leptos::task::spawn_local(async move {
            while due.peek().is_some() {
                next_task().await;
                mark(timing.as_ref());
                slice(state, &mut due, now_ms());
                measure(timing.as_ref());
            }
            let _ = busy.try_set_value(false);
        });
    };
    // What came due while the page was closed happens in the first pass, in slices like any
    // other, right after the first paint.
    pass();
    let interval = set_interval_with_handle(pass, PERIOD).ok();
    // Writes refused by storage (quota, blocked) are tried again every few seconds, so
    // that they land once space frees up, even if the user does nothing.
    let retry = set_interval_with_handle(
        move || {
            if state.has_failed_writes() {
                state.retry_writes();
            }
        },
        RETRY_PERIOD,
    )
    .ok();
    // Becoming visible: catch up at once. Becoming hidden or closing: write pending edits
    // now, since a hidden tab may be discarded without another chance.
    let visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
        state.save_now();
        pass();
    });
    let pagehide = window_event_listener(leptos::ev::pagehide, move |_| state.save_now());
    on_cleanup(move || {
        if let Some(interval) = interval {
            interval.clear();
        }
        if let Some(retry) = retry {
            retry.clear();
        }
        visibility.remove();
        pagehide.remove();
    });
}

/// Moves on the offers of `due` until about one frame has passed since `started`.
fn slice(
    state: AppState,
    due: &mut std::iter::Peekable<std::vec::IntoIter<crate::domain::OfferId>>,
    started: f64,
) {
    while now_ms() - started < SLICE_MS {
        match due.next() {
            Some(id) => state.advance(&id),
            None => break,
        }
    }
}

/// Marks the start of a slice when timing is on.
fn mark(timing: Option<&web_sys::Performance>) {
    if let Some(performance) = timing {
        let _ = performance.mark("golive-tick-start");
    }
}

/// Records the slice since [`mark`] as a `golive-tick` measure when timing is on.
fn measure(timing: Option<&web_sys::Performance>) {
    if let Some(performance) = timing {
        let _ = performance.measure_with_start_mark("golive-tick", "golive-tick-start");
    }
}

/// The page's Performance object when the URL asks for tick timings (`bench=1`, used by
/// `bench/run.mjs`): each slice of a tick is then recorded as a `golive-tick` User Timing
/// measure. Off otherwise, so that measures do not pile up in a normal session.
fn bench_timing() -> Option<web_sys::Performance> {
    let window = web_sys::window()?;
    let query = window.location().search().ok()?;
    query
        .trim_start_matches('?')
        .split('&')
        .any(|pair| pair == "bench=1")
        .then(|| window.performance())
        .flatten()
}
