//! The Inbox: the notification emails the publishing flow sends.

use crate::i18n::*;
use leptos::{html, prelude::*};

/// The header's Inbox button and the dialog it opens.
#[component]
pub fn InboxButton() -> impl IntoView {
    let i18n = use_i18n();
    let dialog = NodeRef::<html::Dialog>::new();
    // The native modal dialog traps focus, closes on Escape and returns focus to the
    // button that opened it.
    let open = move |_| {
        if let Some(dialog) = dialog.get() {
            let _ = dialog.show_modal();
        }
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    view! {
        <button type="button" class="inbox-button" aria-haspopup="dialog" on:click=open>
            {t!(i18n, inbox.title)}
        </button>
        <dialog node_ref=dialog class="inbox" aria-labelledby="inbox-title">
            <h2 id="inbox-title">{t!(i18n, inbox.title)}</h2>
            <p>{t!(i18n, inbox.empty)}</p>
            <button type="button" on:click=close>{t!(i18n, common.close)}</button>
        </dialog>
    }
}
