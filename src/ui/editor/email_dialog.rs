//! The pop-up of step 1 asking where to send the publishing emails.

use super::Editor;
use crate::domain::Command;
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
    let email = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let open = open.get();
        let Some(dialog) = dialog.get() else { return };
        if open && !dialog.open() {
            problem.set(None);
            // Fails only if the dialog is not in the page; then there is nothing to show.
            let _ = dialog.show_modal();
            focus_element("notification-email");
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
                <p id="email-dialog-text">{t!(i18n, editor.email_dialog_text)}</p>
                <div class="field" class:invalid=invalid>
                    <label for="notification-email">{t!(i18n, editor.notification_email)}</label>
                    <input
                        id="notification-email"
                        type="email"
                        autocomplete="email"
                        aria-invalid=move || invalid().then_some("true")
                        aria-describedby=move || invalid().then_some("notification-email-problem")
                        prop:value=move || email.get()
                        on:input=move |ev| email.set(event_target_value(&ev))
                    />
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
