//! The demo as a part of its own: only `?demo` needs the driver and its caption bar, so the
//! main module keeps just the choice of the in-memory session (`Backing::Demo`), and this
//! component starts the driver once its part has loaded.

use super::{Demo, DemoBar};
use crate::ui::{route::DemoMode, state::AppState};
use leptos::prelude::*;

/// Starts the demo in the mode the page was opened with (context), and shows its caption bar.
#[component]
pub fn DemoPlayer() -> impl IntoView {
    let state = expect_context::<AppState>();
    let mode = expect_context::<DemoMode>();
    Demo::start(state, mode);
    view! { <DemoBar /> }
}
