//! The Editor tab.

use crate::i18n::*;
use crate::ui::{
    route::Tab,
    state::{AppState, OfferEntry},
};
use leptos::prelude::*;

/// The form of the open offer, or a way to open one.
#[component]
pub fn EditorPanel() -> impl IntoView {
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
            Some(entry) => view! { <OfferEditor entry /> }.into_any(),
            None => view! {
                <p class="empty">{t!(i18n, editor.no_offer)}</p>
                <button
                    type="button"
                    on:click=move |_| state.route.update(|route| route.tab = Tab::Offers)
                >
                    {t!(i18n, editor.go_to_offers)}
                </button>
            }
            .into_any(),
        }}
    }
}

/// The sections of one offer's form.
#[component]
fn OfferEditor(entry: OfferEntry) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let offer = entry.signal();
    let id = entry.id;
    let name = move || offer.with(|offer| offer.draft.settings.name.clone());
    view! {
        <h2>{t!(i18n, editor.heading, name = name)}</h2>
        <fieldset class="form-section">
            <legend>{t!(i18n, editor.section_settings)}</legend>
            <div class="field">
                <label for="field-settings.name">{t!(i18n, editor.field_name)}</label>
                <input
                    id="field-settings.name"
                    type="text"
                    autocomplete="off"
                    aria-describedby="hint-settings.name"
                    prop:value=name
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        state.edit_draft(&id, |form| form.settings.name = value);
                    }
                />
                <p class="hint" id="hint-settings.name">{t!(i18n, editor.field_name_hint)}</p>
            </div>
        </fieldset>
    }
}
