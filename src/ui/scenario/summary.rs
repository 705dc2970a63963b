//! What a scenario holds, as a list: offer, planned failure, speed, language.

use super::texts::{fault_line, language_name, speed_name};
use crate::domain::Scenario;
use crate::i18n::*;
use leptos::prelude::*;

/// The scenario's offer name, planned failure, speed and language as a description list.
#[component]
pub fn ScenarioSummary(#[prop(into)] scenario: Signal<Option<Scenario>>) -> impl IntoView {
    let i18n = use_i18n();
    let part = move |f: &dyn Fn(&Scenario) -> String| scenario.with(|s| s.as_ref().map(f));
    view! {
        <dl class="scenario-summary">
            <dt>{t!(i18n, scenario.item_offer)}</dt>
            <dd>{move || part(&|s| s.form.settings.name.clone())}</dd>
            <dt>{t!(i18n, scenario.item_fault)}</dt>
            <dd>{move || part(&|s| fault_line(i18n, s.fault.as_ref()))}</dd>
            <dt>{t!(i18n, scenario.item_speed)}</dt>
            <dd>{move || part(&|s| speed_name(i18n, s.speed))}</dd>
            <dt>{t!(i18n, scenario.item_language)}</dt>
            <dd>{move || part(&|s| language_name(&s.language))}</dd>
        </dl>
    }
}
