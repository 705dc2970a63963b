//! Storage notices that stay until the situation changes.

use super::{IndexNotice, QuarantineNotice, ReadOnlyNotice, WriteFailedNotice};
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
                {match notice {
                    Notice::StorageUnavailable => {
                        view! { <p class="notice">{t!(i18n, common.storage_unavailable)}</p> }
                            .into_any()
                    }
                    Notice::WriteFailed { fault, .. } => {
                        view! { <WriteFailedNotice fault /> }.into_any()
                    }
                    Notice::MergedFromOtherTab(name) => {
                        view! {
                            <p class="notice">
                                {t!(i18n, common.storage_merged, name = move || name.clone())}
                            </p>
                        }
                            .into_any()
                    }
                    Notice::Quarantined(items) => view! { <QuarantineNotice items /> }.into_any(),
                    Notice::ReadOnly(keys) => view! { <ReadOnlyNotice keys /> }.into_any(),
                    Notice::IndexRepaired(entries) => view! { <IndexNotice entries /> }.into_any(),
                }}
            </For>
        </div>
    }
}
