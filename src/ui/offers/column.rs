//! A column header of the All offers table that sorts by its column.

use crate::domain::{ListQuery, SortKey};
use crate::i18n::*;
use leptos::prelude::*;

/// A header cell whose button sorts by this column, then reverses; `aria-sort` says how the
/// table is sorted.
#[component]
pub fn SortableColumn(query: RwSignal<ListQuery>, key: SortKey) -> impl IntoView {
    let i18n = use_i18n();
    let label = move || match key {
        SortKey::Name => t_string!(i18n, offers.col_name).to_string(),
        SortKey::OfferId => t_string!(i18n, offers.col_offer_id).to_string(),
        SortKey::Changed => t_string!(i18n, offers.col_changed).to_string(),
        SortKey::Status => t_string!(i18n, offers.col_status).to_string(),
    };
    let aria_sort = move || {
        query.with(|q| match (q.sort == key, q.descending) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        })
    };
    let arrow = move || match aria_sort() {
        "ascending" => " ▲",
        "descending" => " ▼",
        _ => "",
    };
    view! {
        <th scope="col" aria-sort=aria_sort>
            <button
                type="button"
                class="sort"
                on:click=move |_| {
                    query.update(|q| {
                        if q.sort == key {
                            q.descending = !q.descending;
                        } else {
                            q.sort = key;
                            q.descending = false;
                        }
                    })
                }
            >
                {label}
                <span aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
}
