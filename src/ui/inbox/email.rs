//! One email of the Inbox: its subject line, which opens it, and its body.

use super::texts::{body, subject};
use crate::domain::{Command, Notification, Offer, OfferId};
use crate::i18n::*;
use crate::ui::{
    format,
    state::AppState,
    status::texts::{failure_lines, remedy_text},
    text::step_name,
};
use leptos::prelude::*;

/// An email: the subject line toggles its body; opening it marks it read.
#[component]
pub fn Email(id: OfferId, offer: RwSignal<Offer>, email: Notification) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let expanded = RwSignal::new(false);
    let email_id = email.id;
    let read = move || {
        offer.with(|offer| {
            offer
                .notifications
                .iter()
                .any(|n| n.id == email_id && n.read)
        })
    };
    let body_id = format!("email-{}-{}", id.as_str(), email_id.0);
    let toggle = {
        let id = id.clone();
        move |_| {
            let open = !expanded.get_untracked();
            expanded.set(open);
            if open && !read() {
                // The email exists (it is on screen); a refusal would only mean it was deleted.
                let _ = state.command(&id, Command::MarkNotificationRead { id: email_id });
            }
        }
    };
    // Words live in closures so that they follow the language; the email never changes.
    let meta = {
        let email = email.clone();
        move || {
            t_string!(
                i18n,
                inbox.meta,
                offer = email.offer_name.clone(),
                step = step_name(email.step),
                time = format::date_time(email.sent)
            )
            .to_string()
        }
    };
    let to = {
        let to = email.to.clone();
        move || t_string!(i18n, inbox.to, to = to.clone()).to_string()
    };
    let title = {
        let email = email.clone();
        move || subject(&email)
    };
    let opening = {
        let email = email.clone();
        move || body(&email)
    };
    let what_went_wrong = email.failure.clone().map(|failure| {
        let lines = move || {
            failure_lines(&failure.reason)
                .into_iter()
                .map(|(text, _)| view! { <li>{text}</li> })
                .collect_view()
        };
        view! {
            <h4>{t!(i18n, inbox.what_went_wrong)}</h4>
            <ul>{lines}</ul>
        }
    });
    let todo = move || {
        email
            .what_to_do()
            .iter()
            .map(|remedy| view! { <li>{remedy_text(remedy)}</li> })
            .collect_view()
    };
    view! {
        <li class="email" class:unread=move || !read()>
            <button
                type="button"
                class="email-subject"
                aria-expanded=move || expanded.get().to_string()
                aria-controls=body_id.clone()
                on:click=toggle
            >
                {move || (!read()).then(|| view! { <span class="unread-mark">{t!(i18n, inbox.unread)}</span> })}
                <span class="subject">{title}</span>
                <span class="email-meta">{meta}</span>
            </button>
            <div class="email-body" id=body_id hidden=move || !expanded.get()>
                <p class="muted">{to}</p>
                <p>{opening}</p>
                {what_went_wrong}
                <h4>{t!(i18n, inbox.what_to_do)}</h4>
                <ol>{todo}</ol>
            </div>
        </li>
    }
}
