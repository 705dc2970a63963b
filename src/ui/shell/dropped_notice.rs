//! The notice about an action that no longer applied once another tab's version was taken.

use crate::i18n::*;
use crate::store::notices::{DroppedCommand, Notice};
use crate::ui::{state::AppState, text::refusal_text};
use leptos::prelude::*;

/// Which offer, and why the action taken here was not applied to the other tab's version.
#[component]
pub fn DroppedNotice(dropped: DroppedCommand) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let notice = Notice::Dropped(dropped.clone());
    let text = move || {
        t_string!(
            i18n,
            data.dropped,
            name = dropped.offer_name.clone(),
            reason = refusal_text(&dropped.refusal)
        )
        .to_string()
    };
    view! {
        <div class="notice dropped-notice">
            <p>{text}</p>
            <button type="button" class="secondary" on:click=move |_| state.dismiss(&notice)>
                {t!(i18n, data.dismiss)}
            </button>
        </div>
    }
}
