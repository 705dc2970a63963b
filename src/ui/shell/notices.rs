//! Storage notices that stay until the situation changes.

use super::{
    ConflictNotice, DroppedNotice, IndexNotice, QuarantineNotice, ReadOnlyNotice, WriteFailedNotice,
};
use crate::i18n::*;
use crate::store::notices::Notice;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// A notice's identity on screen: a failed write's count of waiting offers is left out, so
/// that the notice (and focus on its Try again) stays while that count changes.
fn notice_key(notice: &Notice) -> Notice {
    match notice {
        Notice::WriteFailed { failure, .. } => Notice::WriteFailed {
            failure: failure.clone(),
            pending: 0,
        },
        other => other.clone(),
    }
}

/// The banner listing storage problems, announced politely to screen readers.
#[component]
pub fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    view! {
        <div class="notices" role="status" aria-live="polite">
            <For each=move || state.notices.get() key=notice_key let:notice>
                {match notice {
                    Notice::StorageUnavailable => {
                        view! { <p class="notice">{t!(i18n, common.storage_unavailable)}</p> }
                            .into_any()
                    }
                    Notice::WriteFailed { failure, .. } => {
                        view! { <WriteFailedNotice failure /> }.into_any()
                    }
                    Notice::Conflict(conflict) => view! { <ConflictNotice conflict /> }.into_any(),
                    Notice::Dropped(dropped) => view! { <DroppedNotice dropped /> }.into_any(),
                    Notice::Quarantined(items) => view! { <QuarantineNotice items /> }.into_any(),
                    Notice::ReadOnly(values) => view! { <ReadOnlyNotice values /> }.into_any(),
                    Notice::IndexRepaired(repairs) => view! { <IndexNotice repairs /> }.into_any(),
                }}
            </For>
        </div>
    }
}
