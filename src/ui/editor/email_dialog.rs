//! The pop-up of step 1 asking where to send the publishing emails.

use super::Editor;
use crate::domain::{Command, NotificationKind, SuggestedEmail};
use crate::i18n::*;
use crate::ui::{
    route::Tab,
    shell::{focus_element, keep_focus_inside},
    text::refusal_text,
};
use leptos::{html, prelude::*};

/// A modal dialog with the Notification email field, Submit and Cancel. A refused address is
/// explained at the field and the dialog stays; an accepted one closes it and opens Status.
/// Cancel leaves step 1 waiting for the email.
#[component]
pub fn EmailDialog(
    /// Whether the dialog is shown; it sets this back when closed (also by Escape).
    open: RwSignal<bool>,
) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let state = editor.state();
    let dialog = NodeRef::<html::Dialog>::new();
    let input = NodeRef::<html::Input>::new();
    let email = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    // The address the offer's last run used, offered again (Publish has already started the
    // new run, so it comes from the history), else the engineering contact's.
    let prefilled = RwSignal::new(None::<SuggestedEmail>);
    Effect::new(move |_| {
        let open = open.get();
        let Some(dialog) = dialog.get() else { return };
        if open && !dialog.open() {
            problem.set(None);
            let suggested = editor
                .offer
                .with_untracked(|offer| offer.suggested_notification_email());
            if let Some(suggested) = &suggested {
                email.set(suggested.address().to_owned());
            }
            // Fails only if the dialog is not in the page; then there is nothing to show.
            let _ = dialog.show_modal();
            if let Some(input) = input.get_untracked() {
                // The suggestion is selected, so that typing another address replaces it
                // and Enter accepts it. Set here, not only by the binding, so that it is in
                // the field before the selection is made.
                if let Some(suggested) = &suggested {
                    input.set_value(suggested.address());
                }
                let _ = input.focus();
                input.select();
            }
            prefilled.set(suggested);
        } else if !open && dialog.open() {
            dialog.close();
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = editor.id();
        let text = email.get_untracked();
        match state.command(&id, Command::SubmitNotificationEmail(text)) {
            Ok(_) => {
                problem.set(None);
                open.set(false);
                if let Some(dialog) = dialog.get_untracked() {
                    dialog.close();
                }
                state.route.update(|route| route.tab = Tab::Status);
            }
            Err(refusal) => {
                problem.set(Some(refusal_text(&refusal)));
                focus_element("notification-email");
            }
        }
    };
    let invalid = move || problem.with(Option::is_some);
    let shows_prefilled =
        move || prefilled.with(|p| p.as_ref().is_some_and(|p| email.with(|e| e == p.address())));
    let described = move || {
        let mut ids = Vec::new();
        if shows_prefilled() {
            ids.push("notification-email-prefilled");
        }
        if invalid() {
            ids.push("notification-email-problem");
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    // Which emails will come: one line per kind the engine sends.
    let emails = NotificationKind::ALL
        .into_iter()
        .map(|kind| view! { <li>{move || email_when(kind)}</li> })
        .collect_view();
    view! {
        <dialog
            node_ref=dialog
            class="email-dialog"
            aria-labelledby="email-dialog-title"
            aria-describedby="email-dialog-text"
            on:close=move |_| open.set(false)
            on:keydown=move |ev| keep_focus_inside(&ev)
        >
            <form novalidate on:submit=submit>
                <h2 id="email-dialog-title">{t!(i18n, editor.email_dialog_title)}</h2>
                <div id="email-dialog-text">
                    <p>{t!(i18n, editor.email_dialog_text)}</p>
                    <ul class="email-kinds">{emails}</ul>
                    <p>{t!(i18n, editor.email_dialog_start)}</p>
                </div>
                <div class="field" class:invalid=invalid>
                    <label for="notification-email">{t!(i18n, editor.notification_email)}</label>
                    <input
                        node_ref=input
                        id="notification-email"
                        type="email"
                        autocomplete="email"
                        aria-invalid=move || invalid().then_some("true")
                        aria-describedby=described
                        prop:value=move || email.get()
                        on:input=move |ev| email.set(event_target_value(&ev))
                    />
                    <Show when=shows_prefilled>
                        <p class="hint" id="notification-email-prefilled">
                            {move || match prefilled.get() {
                                Some(SuggestedEmail::EngineeringContact(_)) => {
                                    t_string!(i18n, editor.email_dialog_prefilled_contact)
                                        .to_string()
                                }
                                _ => t_string!(i18n, editor.email_dialog_prefilled).to_string(),
                            }}
                        </p>
                    </Show>
                    <Show when=invalid>
                        <p class="field-problem" id="notification-email-problem">
                            <span aria-hidden="true">"⚠ "</span>
                            {move || problem.get().unwrap_or_default()}
                        </p>
                    </Show>
                </div>
                <div class="dialog-actions">
                    <button type="submit" class="primary">{t!(i18n, editor.submit)}</button>
                    <button type="button" class="secondary" on:click=move |_| open.set(false)>
                        {t!(i18n, editor.cancel)}
                    </button>
                </div>
            </form>
        </dialog>
    }
}

/// When an email of `kind` is sent, in words.
fn email_when(kind: NotificationKind) -> String {
    let i18n = use_i18n();
    match kind {
        NotificationKind::CertificationFailed => {
            t_string!(i18n, editor.email_when_certification_failed)
        }
        NotificationKind::StepFailed => t_string!(i18n, editor.email_when_step_failed),
        NotificationKind::PreviewReady => t_string!(i18n, editor.email_when_preview_ready),
        NotificationKind::Live => t_string!(i18n, editor.email_when_live),
        NotificationKind::Canceled => t_string!(i18n, editor.email_when_canceled),
    }
    .to_string()
}
