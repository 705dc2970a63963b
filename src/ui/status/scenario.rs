//! The trainer's scenario: make a chosen step fail on purpose with a preset reason.

use super::texts::fault_text;
use crate::domain::{Command, FaultReason, Offer, OfferId, Step};
use crate::i18n::*;
use crate::ui::{
    state::AppState,
    text::{refusal_text, step_name},
};
use leptos::prelude::*;

/// A step and one of its preset reasons, Plan and Clear, and the fault planned now.
#[component]
pub fn Scenario(offer: RwSignal<Offer>, id: OfferId) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    // Step 1 never fails after Publish (its gaps are field problems), so it is not offered.
    let steps: Vec<Step> = Step::ALL
        .into_iter()
        .filter(|step| *step != Step::ValidatePrerequisites)
        .collect();
    let first = steps.first().copied().unwrap_or(Step::Certification);
    let step = RwSignal::new(first);
    let reason = RwSignal::new(0usize);
    let message = RwSignal::new(None::<String>);
    let planned = Memo::new(move |_| offer.with(|offer| offer.fault.clone()));
    // The reasons that fit the offer as the fault would meet it (a lead failure only with a
    // lead destination, naming it).
    let presets = Memo::new(move |_| {
        let step = step.get();
        offer.with(|offer| FaultReason::presets(step, offer.fault_form()))
    });
    let wont_fire = Memo::new(move |_| {
        offer.with(|offer| {
            offer
                .fault
                .as_ref()
                .is_some_and(|fault| !fault.reason.applies_to(offer.fault_form()))
        })
    });
    let plan = {
        let id = id.clone();
        move |_| {
            let step = step.get_untracked();
            let Some(reason) = presets.with_untracked(|p| p.get(reason.get_untracked()).cloned())
            else {
                return;
            };
            let result = state.command(&id, Command::PlanFault { step, reason });
            message.set(result.err().map(|refusal| refusal_text(&refusal)));
        }
    };
    let clear = move |_| {
        let result = state.command(&id, Command::ClearFault);
        message.set(result.err().map(|refusal| refusal_text(&refusal)));
    };
    let step_options = steps
        .into_iter()
        .map(|option| {
            view! {
                <option value=option.number().to_string() selected=move || step.get() == option>
                    {move || step_name(option)}
                </option>
            }
        })
        .collect_view();
    view! {
        <details class="scenario">
            <summary>{t_string!(i18n, status.scenario_title)}</summary>
            <p class="hint">{t_string!(i18n, status.scenario_hint)}</p>
            <div class="scenario-fields">
                <label>
                    {t_string!(i18n, status.scenario_step)}
                    <select on:change=move |ev| {
                        let value = event_target_value(&ev);
                        if let Some(chosen) = Step::ALL.into_iter().find(|s| s.number().to_string() == value) {
                            step.set(chosen);
                            reason.set(0);
                        }
                    }>
                        {step_options}
                    </select>
                </label>
                <label>
                    {t_string!(i18n, status.scenario_reason)}
                    <select on:change=move |ev| {
                        if let Ok(index) = event_target_value(&ev).parse() {
                            reason.set(index);
                        }
                    }>
                        {move || {
                            presets
                                .get()
                                .into_iter()
                                .enumerate()
                                .map(|(i, preset)| view! {
                                    <option value=i.to_string() selected=move || reason.get() == i>{fault_text(&preset)}</option>
                                })
                                .collect_view()
                        }}
                    </select>
                </label>
                <button type="button" on:click=plan>{t_string!(i18n, status.scenario_plan)}</button>
            </div>
            {move || match planned.get() {
                Some(fault) => {
                    let text = t_string!(
                        i18n,
                        status.scenario_planned,
                        step = step_name(fault.step),
                        reason = fault_text(&fault.reason)
                    )
                    .to_string();
                    let note = wont_fire
                        .get()
                        .then(|| t_string!(i18n, status.scenario_wont_fire).to_string());
                    view! {
                        <p>
                            {text}" "
                            {note.map(|note| view! { <span class="hint">{note}" "</span> })}
                            <button type="button" on:click=clear.clone()>{t_string!(i18n, status.scenario_clear)}</button>
                        </p>
                    }
                    .into_any()
                }
                None => view! { <p class="muted">{t_string!(i18n, status.scenario_none)}</p> }.into_any(),
            }}
            <p role="status">{move || message.get()}</p>
        </details>
    }
}
