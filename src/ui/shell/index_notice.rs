//! The notice about a list of offers that was repaired at load.

use crate::i18n::*;
use crate::store::notices::{IndexRepair, Notice};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Each identity the stored list named without an offer (taken off the list), and each
/// stored offer it did not name (listed again), with Dismiss. Nothing here was lost at
/// load; the notice says what changed so that a disappearance elsewhere is noticed.
#[component]
pub fn IndexNotice(repairs: Vec<IndexRepair>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let notice = Notice::IndexRepaired(repairs.clone());
    view! {
        <div class="notice index-notice">
            {repairs
                .into_iter()
                .map(|repair| {
                    view! {
                        <p>
                            {move || match &repair {
                                IndexRepair::Missing(id) => {
                                    t_string!(i18n, data.index_missing, id = id.as_str().to_owned())
                                        .to_string()
                                }
                                IndexRepair::Unlisted(id) => {
                                    t_string!(i18n, data.index_unlisted, id = id.as_str().to_owned())
                                        .to_string()
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
