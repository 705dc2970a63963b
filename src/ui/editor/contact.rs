//! A contact person of the Support section.

use super::{
    field::{bind, InputKind, TextField},
    Editor,
};
use crate::domain::{fields::ContactPath, Contact, Support};
use crate::i18n::*;
use leptos::prelude::*;

/// Name, email and phone of one contact of the Support section.
#[component]
pub fn ContactFields(
    /// The contact's path.
    path: ContactPath,
    /// The group's legend.
    #[prop(into)]
    legend: String,
    /// Which contact of the Support section.
    contact: fn(&Support) -> &Contact,
    /// The same, to change it.
    contact_mut: fn(&mut Support) -> &mut Contact,
) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let text = |get: fn(&Contact) -> &String, get_mut: fn(&mut Contact) -> &mut String| {
        bind(
            editor,
            move |form| Some(get(contact(&form.support))),
            move |form| Some(get_mut(contact_mut(&mut form.support))),
        )
    };
    let (name, set_name) = text(|c| &c.name, |c| &mut c.name);
    let (email, set_email) = text(|c| &c.email, |c| &mut c.email);
    let (phone, set_phone) = text(|c| &c.phone, |c| &mut c.phone);
    view! {
        <fieldset class="group">
            <legend>{legend}</legend>
            <TextField
                path=path.name()
                label=t_string!(i18n, editor.field_contact_name).to_string()
                value=name
                on_input=set_name
            />
            <TextField
                path=path.email()
                label=t_string!(i18n, editor.field_contact_email).to_string()
                hint=t_string!(i18n, editor.hint_email).to_string()
                value=email
                on_input=set_email
                kind=InputKind::Email
            />
            <TextField
                path=path.phone()
                label=t_string!(i18n, editor.field_contact_phone).to_string()
                hint=t_string!(i18n, editor.hint_phone).to_string()
                value=phone
                on_input=set_phone
                kind=InputKind::Phone
            />
        </fieldset>
    }
}
