//! The Status tab.

use crate::i18n::*;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The publishing steps of the open offer.
#[component]
pub fn StatusPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let entry = move || {
        state
            .route
            .with(|route| route.offer.clone())
            .and_then(|id| state.entry(&id))
    };
    view! {
        {move || match entry() {
            Some(entry) => {
                let offer = entry.signal();
                let name = move || offer.with(|offer| offer.draft.settings.name.clone());
                view! {
                    <h2>{t!(i18n, status.heading, name = name)}</h2>
                    <p>{t!(i18n, status.not_published)}</p>
                }
                .into_any()
            }
            None => view! { <p class="empty">{t!(i18n, status.no_offer)}</p> }.into_any(),
        }}
    }
}
