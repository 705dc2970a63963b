//! The "Offer settings" section.

use super::{
    field::{bind, TextField},
    Editor,
};
use crate::domain::fields::settings;
use crate::i18n::*;
use leptos::prelude::*;

/// Offer ID (read-only once published), Publisher ID and Name.
#[component]
pub fn SettingsSection() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let (offer_id, set_offer_id) = bind(
        editor,
        |form| Some(&form.settings.offer_id),
        |form| Some(&mut form.settings.offer_id),
    );
    let (publisher_id, set_publisher_id) = bind(
        editor,
        |form| Some(&form.settings.publisher_id),
        |form| Some(&mut form.settings.publisher_id),
    );
    let (name, set_name) = bind(
        editor,
        |form| Some(&form.settings.name),
        |form| Some(&mut form.settings.name),
    );
    let offer_id_locked = Signal::derive(move || {
        editor
            .published()
            .then(|| t_string!(i18n, editor.locked_offer_id).to_string())
    });
    view! {
        <fieldset class="form-section">
            <legend>{t_string!(i18n, editor.section_settings)}</legend>
            <TextField
                path=settings::offer_id()
                label=t_string!(i18n, editor.field_offer_id).to_string()
                hint=t_string!(i18n, editor.hint_id_rule).to_string()
                value=offer_id
                on_input=set_offer_id
                locked=offer_id_locked
            />
            <TextField
                path=settings::publisher_id()
                label=t_string!(i18n, editor.field_publisher_id).to_string()
                hint=t_string!(i18n, editor.hint_id_rule).to_string()
                value=publisher_id
                on_input=set_publisher_id
            />
            <TextField
                path=settings::name()
                label=t_string!(i18n, editor.field_name).to_string()
                hint=t_string!(i18n, editor.field_name_hint).to_string()
                value=name
                on_input=set_name
            />
        </fieldset>
    }
}
