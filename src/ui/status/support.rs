//! Open a support request: a modal dialog that files a ticket about the run's failure.

use crate::domain::{Command, Effect, OfferId};
use crate::i18n::*;
use crate::ui::{shell::keep_focus_inside, state::AppState, text::refusal_text};
use leptos::{html, prelude::*};

/// The Open a support request button and its modal dialog.
#[component]
pub fn SupportRequest(id: OfferId) -> impl IntoView {
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
        <button type="button" aria-haspopup="dialog" on:click=open>{t_string!(i18n, status.support_open)}</button>
        <p class="support-sent" role="status">{move || sent.get()}</p>
        <dialog
            node_ref=dialog
            class="support-dialog"
            aria-labelledby="support-title"
            on:keydown=move |ev| keep_focus_inside(&ev)
        >
            <form on:submit=send>
                <h2 id="support-title">{t_string!(i18n, status.support_title)}</h2>
                <p class="hint">{t_string!(i18n, status.support_hint)}</p>
                <label for="support-text">{t_string!(i18n, status.support_describe)}</label>
                <textarea
                    id="support-text"
                    rows="6"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                ></textarea>
                <p class="error" role="status">{move || error.get()}</p>
                <div class="dialog-buttons">
                    <button type="submit" class="primary">{t_string!(i18n, status.support_send)}</button>
                    <button type="button" on:click=move |_| close()>{t_string!(i18n, common.cancel)}</button>
                </div>
            </form>
        </dialog>
    }
}
