//! The lead destination: where the marketplace sends customer leads.

use super::{
    field::{bind, InputKind, TextField},
    field_id,
    problems::{described_by, FieldProblems},
    Editor,
};
use crate::domain::{
    fields::lead_destination as lead, LeadDestination, LeadDestinationKind, OfferForm,
};
use crate::i18n::*;
use leptos::prelude::*;

/// The name of a destination kind in the picker.
fn kind_name(kind: LeadDestinationKind) -> String {
    let i18n = use_i18n();
    match kind {
        LeadDestinationKind::None => t_string!(i18n, editor.lead_none),
        LeadDestinationKind::AzureTable => t_string!(i18n, editor.lead_azure_table),
        LeadDestinationKind::DynamicsCrmOnline => t_string!(i18n, editor.lead_dynamics),
        LeadDestinationKind::HttpsEndpoint => t_string!(i18n, editor.lead_https),
        LeadDestinationKind::Marketo => t_string!(i18n, editor.lead_marketo),
        LeadDestinationKind::Salesforce => t_string!(i18n, editor.lead_salesforce),
    }
    .to_string()
}

/// The value of a kind in the picker.
fn kind_value(kind: LeadDestinationKind) -> &'static str {
    match kind {
        LeadDestinationKind::None => "none",
        LeadDestinationKind::AzureTable => "azure-table",
        LeadDestinationKind::DynamicsCrmOnline => "dynamics",
        LeadDestinationKind::HttpsEndpoint => "https",
        LeadDestinationKind::Marketo => "marketo",
        LeadDestinationKind::Salesforce => "salesforce",
    }
}

fn destination(form: &OfferForm) -> &LeadDestination {
    &form.marketplace.lead_destination
}

fn destination_mut(form: &mut OfferForm) -> &mut LeadDestination {
    &mut form.marketplace.lead_destination
}

/// One connection field of the destination, bound to the draft.
macro_rules! connection_field {
    ($editor:expr, $variant:ident, $field:ident) => {
        bind(
            $editor,
            |form| match destination(form) {
                LeadDestination::$variant { $field, .. } => Some($field),
                _ => None,
            },
            |form| match destination_mut(form) {
                LeadDestination::$variant { $field, .. } => Some($field),
                _ => None,
            },
        )
    };
}

/// The destination picker and the chosen destination's own connection fields.
#[component]
pub fn LeadDestinationSection() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let path = lead::section();
    let picker_id = field_id(&path);
    let hint_id = format!("hint-{path}");
    let (invalid, described) = described_by(editor, path.clone(), Some(hint_id.clone()));
    let kind = Memo::new(move |_| editor.offer.with(|o| destination(&o.draft).kind()));
    let on_kind = move |ev| {
        let value = event_target_value(&ev);
        let Some(chosen) = LeadDestinationKind::ALL
            .into_iter()
            .find(|kind| kind_value(*kind) == value)
        else {
            return;
        };
        // Choosing the kind already set keeps what was typed in its fields.
        editor.edit(|form| {
            if destination(form).kind() != chosen {
                *destination_mut(form) = chosen.empty();
            }
        });
    };
    let (connection_string, set_connection_string) =
        connection_field!(editor, AzureTable, connection_string);
    let (dynamics_url, set_dynamics_url) = connection_field!(editor, DynamicsCrmOnline, url);
    let (dynamics_user, set_dynamics_user) = connection_field!(editor, DynamicsCrmOnline, user);
    let (dynamics_password, set_dynamics_password) =
        connection_field!(editor, DynamicsCrmOnline, password);
    let (https_url, set_https_url) = connection_field!(editor, HttpsEndpoint, url);
    let (server_id, set_server_id) = connection_field!(editor, Marketo, server_id);
    let (munchkin_id, set_munchkin_id) = connection_field!(editor, Marketo, munchkin_id);
    let (form_id, set_form_id) = connection_field!(editor, Marketo, form_id);
    let (org_id, set_org_id) = connection_field!(editor, Salesforce, org_id);
    let fields = move || match kind.get() {
        LeadDestinationKind::None => view! {
            <p class="hint">{t_string!(i18n, editor.lead_none_hint)}</p>
        }
        .into_any(),
        LeadDestinationKind::AzureTable => view! {
            <TextField
                path=lead::connection_string()
                label=t_string!(i18n, editor.field_connection_string).to_string()
                hint=t_string!(i18n, editor.hint_connection_string).to_string()
                value=connection_string
                on_input=set_connection_string
                kind=InputKind::Multiline
            />
        }
        .into_any(),
        LeadDestinationKind::DynamicsCrmOnline => view! {
            <TextField
                path=lead::url()
                label=t_string!(i18n, editor.field_dynamics_url).to_string()
                hint=t_string!(i18n, editor.hint_dynamics_url).to_string()
                value=dynamics_url
                on_input=set_dynamics_url
                kind=InputKind::Url
            />
            <TextField
                path=lead::user()
                label=t_string!(i18n, editor.field_dynamics_user).to_string()
                hint=t_string!(i18n, editor.hint_dynamics_user).to_string()
                value=dynamics_user
                on_input=set_dynamics_user
                kind=InputKind::Email
            />
            <TextField
                path=lead::password()
                label=t_string!(i18n, editor.field_dynamics_password).to_string()
                value=dynamics_password
                on_input=set_dynamics_password
                kind=InputKind::Password
            />
        }
        .into_any(),
        LeadDestinationKind::HttpsEndpoint => view! {
            <TextField
                path=lead::url()
                label=t_string!(i18n, editor.field_https_endpoint).to_string()
                hint=t_string!(i18n, editor.hint_https).to_string()
                value=https_url
                on_input=set_https_url
                kind=InputKind::Url
            />
        }
        .into_any(),
        LeadDestinationKind::Marketo => view! {
            <TextField
                path=lead::server_id()
                label=t_string!(i18n, editor.field_marketo_server).to_string()
                hint=t_string!(i18n, editor.hint_marketo_server).to_string()
                value=server_id
                on_input=set_server_id
            />
            <TextField
                path=lead::munchkin_id()
                label=t_string!(i18n, editor.field_marketo_munchkin).to_string()
                hint=t_string!(i18n, editor.hint_marketo_munchkin).to_string()
                value=munchkin_id
                on_input=set_munchkin_id
            />
            <TextField
                path=lead::form_id()
                label=t_string!(i18n, editor.field_marketo_form).to_string()
                hint=t_string!(i18n, editor.hint_marketo_form).to_string()
                value=form_id
                on_input=set_form_id
                kind=InputKind::Number
            />
        }
        .into_any(),
        LeadDestinationKind::Salesforce => view! {
            <TextField
                path=lead::org_id()
                label=t_string!(i18n, editor.field_salesforce_org).to_string()
                hint=t_string!(i18n, editor.hint_salesforce_org).to_string()
                value=org_id
                on_input=set_org_id
            />
        }
        .into_any(),
    };
    view! {
        <fieldset class="form-section">
            <legend>{t_string!(i18n, editor.section_lead)}</legend>
            <div class="field" class:invalid=move || invalid.get()>
                <label for=picker_id.clone()>{t_string!(i18n, editor.field_lead_destination)}</label>
                <p class="hint" id=hint_id>{t_string!(i18n, editor.hint_lead_destination)}</p>
                <select
                    id=picker_id.clone()
                    aria-invalid=move || invalid.get().then_some("true")
                    aria-describedby=move || described.get()
                    on:change=on_kind
                >
                    {LeadDestinationKind::ALL
                        .into_iter()
                        .map(|option| {
                            view! {
                                <option
                                    value=kind_value(option)
                                    prop:selected=move || kind.get() == option
                                >
                                    {kind_name(option)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <FieldProblems path=path />
            </div>
            {fields}
        </fieldset>
    }
}
