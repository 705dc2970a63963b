//! The Inbox: the notification emails the publishing flow sends, for every offer. The
//! header's button and the dialog are the main module's; the list of emails is a part
//! ([`InboxEmails`]), loaded when the Inbox first opens.

mod email;
mod emails;
pub mod texts;

use crate::domain::{Command, Offer};
use crate::i18n::*;
use crate::ui::{parts::LazyInboxEmails, shell::keep_focus_inside, state::AppState};
pub use emails::InboxEmails;
use leptos::{html, prelude::*};

/// The header's Inbox button, with the unread count, and the dialog it opens.
#[component]
pub fn InboxButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let dialog = NodeRef::<html::Dialog>::new();
    // The native modal dialog traps focus, closes on Escape and returns focus to the
    // button that opened it. The list is there only while the dialog is open.
    let is_open = RwSignal::new(false);
    // The badge only counts: a keystroke re-counts each offer's few emails, nothing more.
    let unread = Memo::new(move |_| {
        state.offers.with(|entries| {
            entries
                .iter()
                .map(|entry| entry.offer.with(Offer::unread))
                .sum::<usize>()
        })
    });
    let unread = move || unread.get();
    let open = move |_| {
        is_open.set(true);
        if let Some(dialog) = dialog.get() {
            let _ = dialog.show_modal();
        }
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    let mark_all = move |_| {
        let entries = state.offers.get_untracked();
        for entry in entries
            .iter()
            .filter(|entry| entry.offer.with_untracked(|offer| offer.unread() > 0))
        {
            // Every offer listed exists, and marking read cannot be refused otherwise.
            let _ = state.command(&entry.id, Command::MarkAllNotificationsRead);
        }
    };
    // Spoken after the visible "Inbox", so that the accessible name starts with the text
    // on the button (WCAG 2.5.3, Label in Name); the badge shows the bare number.
    let unread_text = move || match unread() {
        0 => None,
        count => Some(format!(
            " {}",
            t_string!(i18n, inbox.unread_count, count = count)
        )),
    };
    view! {
        <button type="button" class="inbox-button" aria-haspopup="dialog" on:click=open>
            {t!(i18n, inbox.title)}
            {move || match unread() {
                0 => None,
                count => Some(view! { <span class="badge" aria-hidden="true">{count}</span> }),
            }}
            <span class="sr-text">{unread_text}</span>
        </button>
        <dialog
            node_ref=dialog
            class="inbox"
            aria-labelledby="inbox-title"
            on:keydown=move |ev| keep_focus_inside(&ev)
            on:close=move |_| is_open.set(false)
        >
            <div class="inbox-head">
                <h2 id="inbox-title">{t!(i18n, inbox.title)}</h2>
                <button type="button" on:click=mark_all disabled=move || unread() == 0>{t!(i18n, inbox.mark_all_read)}</button>
                <button type="button" on:click=close>{t!(i18n, common.close)}</button>
            </div>
            <Show when=move || is_open.get()>
                <LazyInboxEmails />
            </Show>
        </dialog>
    }
}
