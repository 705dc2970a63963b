//! One publishing step: its name, state, times, progress and what it produced.

use super::about::AboutStep;
use super::checks::CertificationChecks;
use super::packaging::Packaging;
use super::preview::Preview;
use super::progress::StepProgress;
use super::replication::Replication;
use super::texts::step_state_text;
use crate::domain::{pipeline, Offer, PublishState, SimTime, Step, StepState, StepTiming};
use crate::i18n::*;
use crate::ui::{format, route::Tab, state::AppState, text::step_name};
use leptos::prelude::*;

/// A sign for each state, beside its words, so that the state never rests on colour alone.
pub fn icon(state: StepState) -> &'static str {
    match state {
        StepState::NotStarted => "○",
        StepState::InProgress => "◔",
        StepState::WaitingForPublisherReview => "◉",
        StepState::Blocked | StepState::Rejected => "✖",
        StepState::Complete => "✔",
        StepState::Canceled => "⊘",
    }
}

/// A state as a class name, for the stylesheet.
pub fn slug(state: StepState) -> &'static str {
    match state {
        StepState::NotStarted => "not-started",
        StepState::InProgress => "in-progress",
        StepState::WaitingForPublisherReview => "waiting",
        StepState::Blocked => "blocked",
        StepState::Rejected => "rejected",
        StepState::Complete => "complete",
        StepState::Canceled => "canceled",
    }
}

/// How long a step took, has left or has waited (or, skipped, how long it was planned to
/// take), in words; `None` for a step not started. `now` is read only for a running or
/// waiting step, so that finished steps shown in a reactive closure do not re-render on
/// each tick.
pub fn timing(timing: StepTiming, now: &dyn Fn() -> SimTime) -> Option<String> {
    let i18n = use_i18n();
    match timing {
        StepTiming::None => None,
        StepTiming::Until { due } => {
            let left = format::duration(due.since(now()));
            Some(t_string!(i18n, status.time_left, left = left).to_string())
        }
        StepTiming::WaitingSince { since } => {
            let waited = format::duration(now().since(since));
            Some(t_string!(i18n, status.time_waiting, waited = waited).to_string())
        }
        StepTiming::Took { ms } => {
            let took = format::duration(ms);
            Some(t_string!(i18n, status.time_took, took = took).to_string())
        }
        StepTiming::StoppedAfter { ms } => {
            let took = format::duration(ms);
            Some(t_string!(i18n, status.time_stopped, took = took).to_string())
        }
        StepTiming::Skipped { planned_ms } => {
            let planned = format::duration(planned_ms);
            Some(t_string!(i18n, status.time_skipped, planned = planned).to_string())
        }
    }
}

/// One step of the list, as the domain's [`pipeline`] shows it (after a cancel, the offer is
/// back at step 1 and no step shows complete); the current one carries aria-current="step"
/// and a visible marker.
#[component]
pub fn StepRow(offer: RwSignal<Offer>, step: Step) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let shown = Memo::new(move |_| offer.with(|offer| pipeline(offer)[step.index()]));
    let shown_state = Memo::new(move |_| shown.get().state);
    let current = Memo::new(move |_| shown.get().current);
    let run_state = Memo::new(move |_| offer.with(|offer| offer.publish_state()));
    let heading_id = format!("step-{}", step.number());
    let started = move || {
        shown.get().started.map(|started| {
            t_string!(i18n, status.started_at, time = format::date_time(started)).to_string()
        })
    };
    // Only a running step reads the clock, so finished steps do not re-render on each tick.
    let time_text = move || timing(shown.get().timing, &|| state.now());
    let open_editor = move |_| state.route.update(|route| route.tab = Tab::Editor);
    let details = move || {
        match step {
        Step::ValidatePrerequisites => match run_state.get() {
            PublishState::NotStarted => view! {
                <div class="step-detail">
                    <p>{t_string!(i18n, status.waiting_for_email)}</p>
                    <button type="button" on:click=open_editor>{t_string!(i18n, status.open_editor)}</button>
                </div>
            }
            .into_any(),
            // CPP resets a canceled run's status to step 1; Publish starts the next run there.
            PublishState::Canceled => view! {
                <div class="step-detail">
                    <p>{t_string!(i18n, status.canceled_hint)}</p>
                    <button type="button" on:click=open_editor>{t_string!(i18n, status.open_editor)}</button>
                </div>
            }
            .into_any(),
            _ => ().into_any(),
        },
        // The image checks as they run; a failure also shows in the error below.
        Step::Certification => (shown.get().started.is_some())
            .then(|| view! { <CertificationChecks offer /> })
            .into_any(),
        Step::Provisioning => (shown.get().started.is_some())
            .then(|| view! { <Replication offer /> })
            .into_any(),
        Step::PackagingAndLeadRegistration => (shown_state.get() == StepState::Complete)
            .then(|| view! { <Packaging offer /> })
            .into_any(),
        Step::PreviewAvailable => view! { <Preview offer /> }.into_any(),
        Step::PublisherSignoff => (shown_state.get() == StepState::WaitingForPublisherReview)
            .then(|| view! { <p class="step-detail">{t_string!(i18n, status.signoff_hint)}</p> })
            .into_any(),
        Step::Live => (run_state.get() == PublishState::Succeeded)
            .then(|| view! { <p class="step-detail">{t_string!(i18n, status.live_hint)}</p> })
            .into_any(),
    }
    };
    view! {
        <li
            // One class string, so that a state change cannot drop the current marker.
            class=move || {
                let marker = if current.get() { " current" } else { "" };
                format!("step {}{marker}", slug(shown_state.get()))
            }
            aria-current=move || current.get().then_some("step")
            aria-labelledby=heading_id.clone()
        >
            <span class="step-icon" aria-hidden="true">{move || icon(shown_state.get())}</span>
            <div class="step-body">
                <h3 class="step-name" id=heading_id.clone()>
                    <span class="step-number">{step.number()}". "</span>
                    {move || step_name(step)}
                </h3>
                {move || current.get().then(|| view! { <span class="current-marker">{t_string!(i18n, status.current_marker)}</span> })}
                <p class="step-state">
                    <span class="state-text">{move || step_state_text(shown_state.get())}</span>
                    {move || started().map(|text| view! { <span class="started">{text}</span> })}
                    {move || time_text().map(|text| view! { <span class="timing">{text}</span> })}
                </p>
                <StepProgress offer step />
                {details}
                <AboutStep step />
            </div>
        </li>
    }
}
