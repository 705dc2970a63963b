//! Publish: the domain checks the offer; problems are shown at their fields, otherwise the run
//! starts and the notification email is asked for.

use super::{email_dialog::EmailDialog, Editor};
use crate::domain::{Command, PublishState, Refusal};
use crate::i18n::*;
use crate::ui::{
    guide::{Teach, PUBLISH_BUTTON},
    ids::new_seed,
    text::refusal_text,
};
use leptos::prelude::*;

/// The Publish button, the answer to the last press, and "Enter notification email" while a
/// run waits for it.
#[component]
pub fn PublishBar() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let state = editor.state();
    let teach = expect_context::<Teach>();
    let message = RwSignal::new(None::<String>);
    let dialog_open = RwSignal::new(false);
    let waiting_for_email = move || {
        editor.offer.with(|offer| {
            offer
                .run
                .as_ref()
                .is_some_and(|run| run.state == PublishState::NotStarted)
        })
    };
    // "Enter notification email" asked for from the Status tab's next action.
    Effect::new(move |_| {
        if teach.ask_email.get() {
            teach.ask_email.set(false);
            if waiting_for_email() {
                dialog_open.set(true);
            }
        }
    });
    // A sample offer just created, not yet published: say what to do with it.
    let fresh_sample = move || {
        teach
            .fresh_sample
            .with(|fresh| fresh.as_ref() == Some(&editor.id()))
            && editor.offer.with(|offer| offer.run.is_none())
    };
    // `Command::Publish` runs `check_offer` itself (after refusing a run already going): one
    // decision, the domain's.
    let publish = move |_| {
        let id = editor.id();
        match state.command(&id, Command::Publish { seed: new_seed() }) {
            Ok(_) => {
                message.set(None);
                dialog_open.set(true);
            }
            Err(refusal) => {
                message.set(Some(refusal_text(&refusal)));
                if let Refusal::FormHasProblems(problems) = refusal {
                    editor.attempted.set(true);
                    if let Some(first) = problems.first() {
                        editor.go_to(&first.path);
                    }
                }
            }
        }
    };
    view! {
        <div class="publish-bar">
            <button type="button" class="primary" id=PUBLISH_BUTTON on:click=publish>
                {t!(i18n, editor.publish)}
            </button>
            <Show when=fresh_sample>
                <p class="sample-hint">{t!(i18n, guide.sample_created)}</p>
            </Show>
            <Show when=waiting_for_email>
                <button type="button" class="secondary" on:click=move |_| dialog_open.set(true)>
                    {t!(i18n, editor.enter_email)}
                </button>
                <p class="hint">{t!(i18n, editor.waiting_for_email)}</p>
            </Show>
            <p class="publish-message" role="status" id="publish-message">
                {move || {
                    message
                        .get()
                        .map(|text| {
                            view! {
                                <span aria-hidden="true">"⚠ "</span>
                                {text}
                            }
                        })
                }}
            </p>
        </div>
        <EmailDialog open=dialog_open />
    }
}
