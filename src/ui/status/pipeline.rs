//! The seven steps as a picture at the top of the Status tab: one stage per step with its
//! sign, name, state and time, the current one marked. On a phone it stands as a column.

use super::step_row::{icon, slug, timing};
use super::texts::step_state_text;
use crate::domain::{pipeline, Offer, PublishState, Step, StepState};
use crate::i18n::*;
use crate::ui::{guide::steps::step_texts, state::AppState, text::step_name};
use leptos::prelude::*;

/// The pipeline of the open offer's current or last run (every step not started before
/// the first Publish, each with how long it may take).
#[component]
pub fn Pipeline(offer: RwSignal<Offer>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ol class="pipeline" aria-label=t_string!(i18n, guide.pipeline_label)>
            {Step::ALL.into_iter().map(|step| view! { <Stage offer step /> }).collect_view()}
        </ol>
    }
}

/// One stage of the pipeline.
#[component]
fn Stage(offer: RwSignal<Offer>, step: Step) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    // The same view of the run as the step list: after a cancel, back at step 1.
    let shown = Memo::new(move |_| offer.with(|offer| pipeline(offer)[step.index()]));
    let shown_state = Memo::new(move |_| shown.get().state);
    let current = Memo::new(move |_| shown.get().current);
    let waiting_for_email = Memo::new(move |_| {
        step == Step::ValidatePrerequisites
            && offer.with(|offer| offer.publish_state() == PublishState::NotStarted)
    });
    // A step not reached yet says how long it may take; a running one reads the clock.
    let time = move || {
        if waiting_for_email.get() {
            return t_string!(i18n, guide.pipeline_waiting_email).to_string();
        }
        match shown_state.get() {
            StepState::NotStarted => step_texts(step).bound,
            _ => timing(shown.get().timing, &|| state.now()).unwrap_or_default(),
        }
    };
    view! {
        <li
            class=move || {
                let marker = if current.get() { " current" } else { "" };
                format!("stage {}{marker}", slug(shown_state.get()))
            }
            aria-current=move || current.get().then_some("step")
        >
            <span class="stage-icon" aria-hidden="true">{move || icon(shown_state.get())}</span>
            <span class="stage-name">
                <span class="stage-number">{step.number()}". "</span>
                {step_name(step)}
                // Marked in words too, not only by the thicker border.
                {move || current.get().then(|| view! {
                    " "
                    <span class="current-marker">{t_string!(i18n, status.current_marker)}</span>
                })}
            </span>
            <span class="stage-state">{move || step_state_text(shown_state.get())}</span>
            <span class="stage-time">{time}</span>
        </li>
    }
}
