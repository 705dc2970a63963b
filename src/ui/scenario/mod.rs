//! Scenario links and files in the page: **Share as scenario** on Status, the link read from
//! the URL fragment (at load and whenever it changes), **Open a scenario file** on All
//! offers, and the dialog that asks before adding one.

mod file;
mod open;
mod share;
mod summary;
mod texts;

pub use file::OpenScenarioFile;
pub use open::OpenScenario;
pub use share::ShareScenario;

use crate::domain::Scenario;
use crate::store::scenario::{decode_link, is_scenario_fragment, ScenarioRefusal};
use leptos::prelude::*;

/// Where a scenario came from: a link's words differ from a file's (a link has no images).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The page's URL fragment.
    Link,
    /// A file picked on All offers.
    File,
}

/// A scenario waiting for the visitor's answer, or why it cannot be opened.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    /// Where it came from.
    pub source: Source,
    /// The scenario, or why it was refused.
    pub read: Result<Scenario, ScenarioRefusal>,
}

/// The scenario the open dialog shows, shared by the link reader, the file input and the
/// dialog (context).
#[derive(Clone, Copy)]
pub struct ScenarioInbox(pub RwSignal<Option<Incoming>>);

/// Provides the inbox, reads a scenario link the page was opened with (before the URL is
/// rewritten for the route), and reads the fragment again whenever it changes.
pub fn provide() {
    let inbox = ScenarioInbox(RwSignal::new(None));
    provide_context(inbox);
    read_fragment(inbox);
    let handle = window_event_listener(leptos::ev::hashchange, move |_| read_fragment(inbox));
    on_cleanup(move || handle.remove());
}

/// Decodes the page's fragment when it is meant as a scenario link (any other fragment is
/// left alone).
fn read_fragment(inbox: ScenarioInbox) {
    let hash = web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default();
    if is_scenario_fragment(&hash) {
        inbox.0.set(Some(Incoming {
            source: Source::Link,
            read: decode_link(&hash),
        }));
    }
}

/// Takes the scenario fragment out of the URL (the query, hence the view, stays), so that a
/// reload does not ask again.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let has_scenario = location
        .hash()
        .is_ok_and(|hash| is_scenario_fragment(&hash));
    if !has_scenario {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    let query = location.search().unwrap_or_default();
    if let Ok(history) = window.history() {
        // A refused call leaves the fragment: the dialog would only ask again on reload.
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        );
    }
}

/// The whole link for a fragment: this page's address (view included), then `#fragment`.
pub fn link_for(fragment: &str) -> String {
    let Some(location) = web_sys::window().map(|window| window.location()) else {
        return format!("#{fragment}");
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}#{fragment}")
}
