//! "A new version is ready": offered once a new deployment's service worker has installed
//! and waits (`assets/offline.js` says so with the `golive-update-ready` window event).
//! Reload asks the page script to let the new worker take over and reload, so the page
//! never runs the old build's and the new build's files together.

use crate::i18n::*;
use leptos::prelude::*;

/// The window event by which the page script says a new version waits.
const READY: &str = "golive-update-ready";
/// The window event by which Reload asks the page script to apply it.
const APPLY: &str = "golive-apply-update";

/// A polite live region that shows the notice with **Reload** once a new version waits.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let i18n = use_i18n();
    let ready = RwSignal::new(already_ready());
    let handle = window_event_listener_untyped(READY, move |_| ready.set(true));
    on_cleanup(move || handle.remove());
    view! {
        <div class="update-region" role="status" aria-live="polite">
            <Show when=move || ready.get()>
                <div class="notice update-notice">
                    <p>{t!(i18n, common.update_ready)}</p>
                    <button type="button" on:click=move |_| apply()>
                        {t!(i18n, common.update_reload)}
                    </button>
                </div>
            </Show>
        </div>
    }
}

/// Whether the page script found a waiting version before the app listened.
fn already_ready() -> bool {
    web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window, &"goliveUpdateReady".into()).ok())
        .is_some_and(|value| value.is_truthy())
}

/// Asks the page script to switch to the waiting version and reload.
fn apply() {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(APPLY)) {
        let _ = window.dispatch_event(&event);
    }
}
