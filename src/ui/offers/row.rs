//! One row of the All offers table.

use crate::domain::status_of;
use crate::i18n::*;
use crate::ui::{
    format,
    route::Tab,
    state::{AppState, OfferEntry},
    text,
};
use leptos::prelude::*;

/// An offer's name (opens the Editor), Offer ID, last change and status (opens Status).
#[component]
pub fn OfferRow(entry: OfferEntry) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let offer = entry.signal();
    let id = entry.id;
    let open = move |tab: Tab| {
        let id = id.clone();
        move |_| {
            state.route.update(|route| {
                route.tab = tab;
                route.offer = Some(id.clone());
            })
        }
    };
    let name = move || offer.with(|offer| offer.draft.settings.name.clone());
    let offer_id = move || offer.with(|offer| offer.draft.settings.offer_id.clone());
    view! {
        <tr>
            <td>
                <button type="button" class="link" on:click=open(Tab::Editor)>{name}</button>
            </td>
            <td>
                {move || {
                    let value = offer_id();
                    if value.is_empty() {
                        view! { <span class="muted">{t!(i18n, common.not_set)}</span> }.into_any()
                    } else {
                        view! { <code>{value}</code> }.into_any()
                    }
                }}
            </td>
            <td>{move || offer.with(|offer| format::date_time(offer.changed))}</td>
            <td>
                <button type="button" class="link status-link" on:click=open(Tab::Status)>
                    {move || offer.with(|offer| text::offer_status(status_of(offer)))}
                </button>
            </td>
        </tr>
    }
}
