//! The Inbox's list of emails, a part of its own (loaded when the Inbox first opens): a first
//! visit shows only the header's button and its unread count.

use super::email::Email;
use crate::domain::{Notification, Offer, OfferId};
use crate::i18n::*;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// One email in the Inbox: its offer's identity and signal, and the email. The signal
/// travels with it so that a row never searches the offers for its own.
type InboxEmail = (OfferId, ArcRwSignal<Offer>, Notification);

/// Every email of every offer, newest first.
fn all_emails(state: AppState) -> Vec<InboxEmail> {
    let mut emails: Vec<InboxEmail> = state.offers.with(|entries| {
        entries
            .iter()
            .flat_map(|entry| {
                entry.offer.with(|offer| {
                    offer
                        .notifications
                        .iter()
                        .map(|email| (entry.id.clone(), entry.offer.clone(), email.clone()))
                        .collect::<Vec<_>>()
                })
            })
            .collect()
    });
    emails.sort_by_key(|(.., email)| std::cmp::Reverse((email.sent, email.wall)));
    emails
}

/// Every email, newest first, or a line saying there is none. Mounted only while the Inbox
/// is open: with thousands of offers it holds thousands of emails, which would otherwise be
/// gathered and sorted again at every keystroke in the Editor (every offer's signal is read
/// here).
#[component]
pub fn InboxEmails() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let emails = Memo::new(move |_| all_emails(state));
    view! {
        <Show
            when=move || emails.with(|emails| !emails.is_empty())
            fallback=move || view! { <p>{t!(i18n, inbox.empty)}</p> }
        >
            <p class="hint">{t!(i18n, inbox.order)}</p>
            <ul class="emails">
                // Keyed by offer and email identity: an email that becomes read keeps
                // its row (and focus), and dropping the oldest emails moves no row.
                <For
                    each=move || emails.get()
                    key=|(id, _, email)| (id.clone(), email.id)
                    children=move |(id, offer, email)| {
                        let offer = RwSignal::from(offer);
                        view! { <Email id offer email /> }
                    }
                />
            </ul>
        </Show>
    }
}
