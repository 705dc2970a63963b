//! The All offers tab.

mod row;

use crate::i18n::*;
use crate::ui::{route::Tab, shell::focus_element, state::AppState};
use leptos::prelude::*;
use row::OfferRow;

/// Every offer in a table, and New offer.
#[component]
pub fn OffersPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let new_offer = move |_| {
        let number = state.offers.with_untracked(Vec::len) + 1;
        let name = t_string!(i18n, offers.default_name, number = number).to_string();
        let id = state.create_offer(name);
        state.route.update(|route| {
            route.tab = Tab::Editor;
            route.offer = Some(id);
        });
        focus_element("field-settings.name");
    };
    let empty = move || state.offers.with(Vec::is_empty);
    view! {
        <div class="toolbar">
            <button type="button" class="primary" on:click=new_offer>{t!(i18n, offers.new_offer)}</button>
        </div>
        <Show
            when=move || !empty()
            fallback=move || view! { <p class="empty">{t!(i18n, offers.empty)}</p> }
        >
            <table class="offers">
                <caption>{t!(i18n, offers.caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, offers.col_name)}</th>
                        <th scope="col">{t!(i18n, offers.col_offer_id)}</th>
                        <th scope="col">{t!(i18n, offers.col_changed)}</th>
                        <th scope="col">{t!(i18n, offers.col_status)}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || state.offers.get() key=|entry| entry.id.clone() let:entry>
                        <OfferRow entry />
                    </For>
                </tbody>
            </table>
        </Show>
    }
}
