//! A SKU's license model.

use super::{field_id, Editor};
use crate::domain::{fields, FreeTrial, License};
use crate::i18n::*;
use leptos::prelude::*;

/// The license model of SKU `sku`: bring your own license, or usage-based with an optional
/// free trial of 30 or 90 days.
#[component]
pub fn LicenseFields(sku: usize) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let model_id = field_id(&fields::sku(sku).license());
    let trial_id = field_id(&fields::sku(sku).free_trial());
    let license = move || {
        editor.offer.with(|offer| {
            offer
                .draft
                .skus
                .get(sku)
                .map(|s| s.license.clone())
                .unwrap_or_default()
        })
    };
    let set_license = move |license: License| {
        editor.edit(|form| {
            if let Some(s) = form.skus.get_mut(sku) {
                s.license = license;
            }
        })
    };
    let model = move || match license() {
        License::Byol => "byol",
        License::UsageBased { .. } => "usage",
    };
    let trial = move || match license() {
        License::UsageBased {
            free_trial: Some(FreeTrial::Days30),
        } => "30",
        License::UsageBased {
            free_trial: Some(FreeTrial::Days90),
        } => "90",
        _ => "",
    };
    let on_model = move |ev| {
        let license = if event_target_value(&ev) == "usage" {
            License::UsageBased { free_trial: None }
        } else {
            License::Byol
        };
        set_license(license);
    };
    let on_trial = move |ev| {
        let free_trial = match event_target_value(&ev).as_str() {
            "30" => Some(FreeTrial::Days30),
            "90" => Some(FreeTrial::Days90),
            _ => None,
        };
        set_license(License::UsageBased { free_trial });
    };
    let usage_based = move || matches!(license(), License::UsageBased { .. });
    let trial_field = trial_id.clone();
    view! {
        <fieldset class="group">
            <legend>{t_string!(i18n, editor.license)}</legend>
            <div class="field">
                <label for=model_id.clone()>{t_string!(i18n, editor.license_model)}</label>
                <select id=model_id.clone() on:change=on_model>
                    <option value="byol" prop:selected=move || model() == "byol">{t_string!(i18n, editor.license_byol)}</option>
                    <option value="usage" prop:selected=move || model() == "usage">{t_string!(i18n, editor.license_usage)}</option>
                </select>
            </div>
            <Show when=usage_based>
                <div class="field">
                    <label for=trial_field.clone()>{t_string!(i18n, editor.free_trial)}</label>
                    <select id=trial_field.clone() on:change=on_trial>
                        <option value="" prop:selected=move || trial().is_empty()>{t_string!(i18n, editor.free_trial_none)}</option>
                        <option value="30" prop:selected=move || trial() == "30">{t_string!(i18n, editor.free_trial_30)}</option>
                        <option value="90" prop:selected=move || trial() == "90">{t_string!(i18n, editor.free_trial_90)}</option>
                    </select>
                </div>
            </Show>
        </fieldset>
    }
}
