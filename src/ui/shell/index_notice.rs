//! The notice about a list of offers that was repaired at load.

use crate::i18n::*;
use crate::ui::state::{AppState, Notice};
use leptos::prelude::*;

/// Each identity the stored list named without an offer (taken off the list), and each
/// stored offer it did not name (listed again), with Dismiss. Nothing here was lost at
/// load; the notice says what changed so that a disappearance elsewhere is noticed.
#[component]
pub fn IndexNotice(entries: Vec<(String, bool)>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let notice = Notice::IndexRepaired(entries.clone());
    view! {
        <div class="notice index-notice">
            {entries
                .into_iter()
                .map(|(id, missing)| {
                    view! {
                        <p>
                            {move || {
                                let id = id.clone();
                                if missing {
                                    t_string!(i18n, data.index_missing, id = id).to_string()
                                } else {
                                    t_string!(i18n, data.index_unlisted, id = id).to_string()
                                }
                            }}
                        </p>
                    }
                })
                .collect_view()}
            <button type="button" class="secondary" on:click=move |_| state.dismiss(&notice)>
                {t!(i18n, data.dismiss)}
            </button>
        </div>
    }
}
