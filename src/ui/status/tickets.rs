//! The support requests kept with the offer.

use crate::domain::Offer;
use crate::i18n::*;
use crate::ui::{format, text::step_name};
use leptos::prelude::*;

/// Every support request of the offer, oldest first, with its number and text.
#[component]
pub fn Tickets(offer: RwSignal<Offer>) -> impl IntoView {
    let i18n = use_i18n();
    let tickets = Memo::new(move |_| offer.with(|offer| offer.tickets.clone()));
    move || {
        let tickets = tickets.get();
        (!tickets.is_empty()).then(|| {
            let items = tickets
                .into_iter()
                .map(|ticket| {
                    let title =
                        t_string!(i18n, status.ticket_title, number = ticket.number).to_string();
                    let about = t_string!(
                        i18n,
                        status.ticket_about,
                        time = format::date_time(ticket.opened),
                        run = ticket.run,
                        step = step_name(ticket.step)
                    )
                    .to_string();
                    view! {
                        <li>
                            <h4>{title}</h4>
                            <p class="muted">{about}" "{t_string!(i18n, status.ticket_open)}</p>
                            <p class="ticket-text">{ticket.text}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="tickets" aria-labelledby="tickets-title">
                    <h3 id="tickets-title">{t_string!(i18n, status.tickets_title)}</h3>
                    <ul>{items}</ul>
                </section>
            }
        })
    }
}
