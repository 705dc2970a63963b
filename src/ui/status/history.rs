//! The offer's history: every publishing action and step change with its times.

use super::texts::history_text;
use crate::domain::{Offer, SimTime};
use crate::i18n::*;
use crate::ui::format;
use leptos::prelude::*;

/// The history as a table, newest first, with simulated and real times.
#[component]
pub fn History(offer: RwSignal<Offer>) -> impl IntoView {
    let i18n = use_i18n();
    let events = Memo::new(move |_| offer.with(|offer| offer.history.clone()));
    move || {
        let events = events.get();
        if events.is_empty() {
            return None;
        }
        // On a phone each row stands as a block: the time cells then say what they are.
        let sim_label = t_string!(i18n, status.history_sim_time).to_string();
        let real_label = t_string!(i18n, status.history_real_time).to_string();
        let rows = events
            .into_iter()
            .rev()
            .map(|event| {
                view! {
                    <tr>
                        <td data-label=sim_label.clone()>{format::date_time(event.at)}</td>
                        // Real time is epoch milliseconds too, so the same formatter fits.
                        <td data-label=real_label.clone()>{format::date_time(SimTime(event.wall.0))}</td>
                        <td>{history_text(&event.kind)}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <section class="history" aria-labelledby="history-title">
                <h3 id="history-title">{t_string!(i18n, status.history_title)}</h3>
                // On a phone the rows stand as blocks (style/status.css), so no word has to
                // break; a very long email address may still make a row wider than the
                // screen: it then scrolls in this box, which keyboard users can focus.
                <div class="table-scroll" role="region" tabindex="0" aria-labelledby="history-title">
                    <table>
                        <caption>{t_string!(i18n, status.history_caption)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t_string!(i18n, status.history_sim_time)}</th>
                                <th scope="col">{t_string!(i18n, status.history_real_time)}</th>
                                <th scope="col">{t_string!(i18n, status.history_what)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
        })
    }
}
