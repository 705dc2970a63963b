//! The notice about values written by a newer version of the app.

use crate::i18n::*;
use crate::store::{notices::NewerValue, SCHEMA};
use leptos::prelude::*;

/// Each value a newer version wrote, with its format, and why this version leaves it alone
/// and refuses edits to it. Stays as long as the page is open: the value stays newer.
#[component]
pub fn ReadOnlyNotice(values: Vec<NewerValue>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="notice read-only-notice">
            {values
                .into_iter()
                .map(|NewerValue { key, schema }| {
                    view! {
                        <p>
                            {move || {
                                t_string!(
                                    i18n, data.read_only, key = key.clone(), schema = schema,
                                    supported = SCHEMA
                                )
                                    .to_string()
                            }}
                        </p>
                    }
                })
                .collect_view()}
        </div>
    }
}
