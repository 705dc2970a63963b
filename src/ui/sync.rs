//! Other tabs of the app in this browser: their writes arrive as `storage` events and are
//! shown here at once, so that two tabs never drift apart.

use super::state::AppState;
use crate::store::{Store, StoreChange};
use leptos::prelude::*;

/// Follows other tabs' changes to offers and to the clock until the app unmounts.
pub fn follow_other_tabs(state: AppState) {
    let listener = window_event_listener(leptos::ev::storage, move |event| {
        // A `clear()` in another tab has no key; offers then vanish from storage but stay
        // here in memory, and are written back at their next change.
        let Some(key) = event.key() else { return };
        match Store::<crate::store::MemoryStorage>::changed_key(&key) {
            Some(StoreChange::Offer(id)) => state.offer_changed_elsewhere(&id),
            Some(StoreChange::Clock) => state.clock_changed_elsewhere(),
            _ => {}
        }
    });
    on_cleanup(move || listener.remove());
}
