//! A failed run: the step, what went wrong, what to do with a way to each field to fix, and
//! Open a support request (a modal dialog).

use super::support::SupportRequest;
use super::texts::{failure_lines, field_label, remedy_text};
use crate::domain::{FieldPath, Offer, OfferId, RunFailure};
use crate::i18n::*;
use crate::ui::{format, state::AppState, text::step_name};
use leptos::prelude::*;

/// The failure of the open offer's run, if it failed.
#[component]
pub fn FailurePanel(offer: RwSignal<Offer>, id: OfferId) -> impl IntoView {
    // Re-rendered only when the failure itself changes: opening a ticket leaves it as it is.
    let failure = Memo::new(move |_| {
        offer.with(|offer| offer.run.as_ref().and_then(|run| run.failure.clone()))
    });
    move || {
        let id = id.clone();
        failure
            .get()
            .map(|failure| view! { <FailureDetails failure id /> })
    }
}

/// A button that opens the Editor on one field.
#[component]
fn FixButton(id: OfferId, path: FieldPath) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let label = {
        let path = path.clone();
        move || t_string!(i18n, status.fix_field, field = field_label(&path)).to_string()
    };
    view! {
        <button type="button" class="link fix" on:click=move |_| state.fix_field(&id, &path)>
            {label}
        </button>
    }
}

/// The step that failed, why, and what to do.
#[component]
fn FailureDetails(failure: RunFailure, id: OfferId) -> impl IntoView {
    let i18n = use_i18n();
    // Words live in closures so that they follow the language; the failure never changes
    // here (a new failure re-renders the whole panel).
    let step = failure.step;
    let at = failure.at;
    let heading = move || {
        t_string!(
            i18n,
            status.failure_heading,
            number = step.number(),
            step = step_name(step)
        )
        .to_string()
    };
    let when =
        move || t_string!(i18n, status.failure_when, time = format::date_time(at)).to_string();
    let reason = failure.reason.clone();
    let lines = move || {
        failure_lines(&reason)
            .into_iter()
            .map(|(text, path)| {
                let field = path.map(|path| {
                    let label = t_string!(i18n, status.field_prefix, field = field_label(&path))
                        .to_string();
                    view! { <span class="field-name">{label}</span> }
                });
                view! { <li>{field}{text}</li> }
            })
            .collect_view()
    };
    let remedies = {
        let id = id.clone();
        move || {
            failure
                .remedies()
                .into_iter()
                .map(|remedy| {
                    let fix = remedy
                        .field()
                        .cloned()
                        .map(|path| view! { <FixButton id=id.clone() path /> });
                    view! { <li>{remedy_text(&remedy)}{fix}</li> }
                })
                .collect_view()
        }
    };
    view! {
        <section class="failure" aria-labelledby="failure-title">
            <h3 id="failure-title">
                <span class="failure-icon" aria-hidden="true">"✖ "</span>
                {heading}
            </h3>
            <p>{when}</p>
            <h4>{t_string!(i18n, status.failure_what)}</h4>
            <ul class="failure-reasons">{lines}</ul>
            <h4>{t_string!(i18n, status.failure_todo)}</h4>
            <ol class="remedies">{remedies}</ol>
            <SupportRequest id />
        </section>
    }
}
