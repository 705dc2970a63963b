//! The "Support" section.

use super::{
    contact::ContactFields,
    field::{bind, InputKind, TextField},
    Editor,
};
use crate::domain::fields::support;
use crate::i18n::*;
use leptos::prelude::*;

/// The engineering and customer support contacts, and the support URL.
#[component]
pub fn SupportSection() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let (url, set_url) = bind(
        editor,
        |form| Some(&form.support.support_url),
        |form| Some(&mut form.support.support_url),
    );
    view! {
        <fieldset class="form-section">
            <legend>{t_string!(i18n, editor.section_support)}</legend>
            <ContactFields
                path=support::engineering()
                legend=t_string!(i18n, editor.engineering_contact).to_string()
                contact=|s| &s.engineering
                contact_mut=|s| &mut s.engineering
            />
            <ContactFields
                path=support::customer()
                legend=t_string!(i18n, editor.customer_contact).to_string()
                contact=|s| &s.customer
                contact_mut=|s| &mut s.customer
            />
            <TextField
                path=support::support_url()
                label=t_string!(i18n, editor.field_support_url).to_string()
                hint=t_string!(i18n, editor.hint_https).to_string()
                value=url
                on_input=set_url
                kind=InputKind::Url
            />
        </fieldset>
    }
}
