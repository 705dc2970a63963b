//! Storage notices that stay until the situation changes.

use crate::i18n::*;
use crate::ui::state::{AppState, Notice};
use leptos::prelude::*;

/// The banner listing storage problems, announced politely to screen readers.
#[component]
pub fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    view! {
        <div class="notices" role="status" aria-live="polite">
            <For each=move || state.notices.get() key=|notice| notice.clone() let:notice>
                <p class="notice">
                    {match notice {
                        Notice::StorageUnavailable => t!(i18n, common.storage_unavailable).into_any(),
                        Notice::WriteFailed(cause) => {
                            t!(i18n, common.storage_write_failed, cause = move || cause.clone()).into_any()
                        }
                        Notice::MergedFromOtherTab(name) => {
                            t!(i18n, common.storage_merged, name = move || name.clone()).into_any()
                        }
                        Notice::Quarantined(count) => {
                            t!(i18n, common.storage_skipped, count = move || count).into_any()
                        }
                    }}
                </p>
            </For>
        </div>
    }
}
