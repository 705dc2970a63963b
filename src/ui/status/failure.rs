//! A failed run: the step, what went wrong, what to do with a way to each field to fix, and
//! Open a support request (a modal dialog).

use super::texts::{failure_lines, field_label, remedy_field, remedy_text};
use crate::domain::{Command, Effect, FieldPath, Offer, OfferId, RunFailure};
use crate::i18n::*;
use crate::ui::{
    format,
    state::AppState,
    text::{refusal_text, step_name},
};
use leptos::{html, prelude::*};

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
        <button type="button" class="link fix" on:click=move |_| state.fix_field(&id, path.as_str())>
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
                    let fix = remedy_field(&remedy)
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
            <h4>{t!(i18n, status.failure_what)}</h4>
            <ul class="failure-reasons">{lines}</ul>
            <h4>{t!(i18n, status.failure_todo)}</h4>
            <ol class="remedies">{remedies}</ol>
            <SupportRequest id />
        </section>
    }
}

/// The Open a support request button and its modal dialog.
#[component]
fn SupportRequest(id: OfferId) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let dialog = NodeRef::<html::Dialog>::new();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let sent = RwSignal::new(None::<String>);
    let open = move |_| {
        error.set(None);
        if let Some(dialog) = dialog.get() {
            // A dialog already open (or detached) refuses; nothing else to do then.
            let _ = dialog.show_modal();
        }
    };
    let close = move || {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let command = Command::OpenSupportRequest {
            text: text.get_untracked(),
        };
        match state.command(&id, command) {
            Ok(effects) => {
                let number = effects.into_iter().find_map(|effect| match effect {
                    Effect::TicketOpened(ticket) => Some(ticket.number),
                    _ => None,
                });
                sent.set(number.map(|number| {
                    t_string!(i18n, status.support_sent, number = number).to_string()
                }));
                text.set(String::new());
                error.set(None);
                close();
            }
            Err(refusal) => error.set(Some(refusal_text(&refusal))),
        }
    };
    view! {
        <button type="button" aria-haspopup="dialog" on:click=open>{t!(i18n, status.support_open)}</button>
        <p class="support-sent" role="status">{move || sent.get()}</p>
        <dialog node_ref=dialog class="support-dialog" aria-labelledby="support-title">
            <form on:submit=send>
                <h2 id="support-title">{t!(i18n, status.support_title)}</h2>
                <p class="hint">{t!(i18n, status.support_hint)}</p>
                <label for="support-text">{t!(i18n, status.support_describe)}</label>
                <textarea
                    id="support-text"
                    rows="6"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                ></textarea>
                <p class="error" role="status">{move || error.get()}</p>
                <div class="dialog-buttons">
                    <button type="submit" class="primary">{t!(i18n, status.support_send)}</button>
                    <button type="button" on:click=move |_| close()>{t!(i18n, common.cancel)}</button>
                </div>
            </form>
        </dialog>
    }
}
