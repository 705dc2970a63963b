//! The notice shown while changes wait to be written.

use crate::i18n::*;
use crate::store::{session::Failure, StorageFault};
use crate::ui::{download::download, state::AppState};
use leptos::prelude::*;

/// Why the last write failed in plain words, that the changes are kept in this tab and
/// retried, with Try again and Export all offers.
#[component]
pub fn WriteFailedNotice(failure: Failure) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let cause = move || match &failure {
        Failure::Storage(StorageFault::QuotaExceeded) => {
            t_string!(i18n, data.write_quota).to_string()
        }
        Failure::Storage(StorageFault::Unavailable(cause) | StorageFault::Other(cause)) => {
            t_string!(i18n, data.write_refused, cause = cause.clone()).to_string()
        }
        Failure::KeptChanging => t_string!(i18n, data.write_kept_changing).to_string(),
    };
    let export_all = move |_| {
        let _ = download(
            "golive-offers.json",
            "application/json",
            &state.export(None),
        );
    };
    view! {
        <div class="notice write-failed-notice">
            <p>{cause} " " {t!(i18n, data.write_pending)}</p>
            <button type="button" class="primary" on:click=move |_| state.retry_writes()>
                {t!(i18n, data.try_again)}
            </button>
            " "
            <button type="button" class="secondary" on:click=export_all>
                {t!(i18n, data.export_all)}
            </button>
        </div>
    }
}
