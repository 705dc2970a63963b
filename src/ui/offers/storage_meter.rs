//! How much of the browser's storage the app's data takes.

use crate::i18n::*;
use crate::store::StorageUsage;
use crate::ui::{format, state::AppState};
use leptos::prelude::*;

/// "Storage: 1.2 MB of 5 MB (24%)" ("3.4 kB" while small) and a `<meter>` of the same,
/// against the assumed Chromium quota ([`StorageUsage::CHROMIUM_QUOTA`]); refreshed after writes.
#[component]
pub fn StorageMeter() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let used = move || state.usage.get().map_or(0, |usage| usage.our_chars);
    // One UTF-16 unit counted as one byte, so that the quota reads "5 MB" as Chromium's
    // 5,242,880 units do; a few packed offers read in kB rather than "0.0 MB".
    let text = move || {
        let usage = state.usage.get().unwrap_or_default();
        t_string!(
            i18n,
            data.meter,
            used = format::storage_size(usage.our_chars),
            quota = format::storage_size(StorageUsage::CHROMIUM_QUOTA),
            percent = usage.percent()
        )
        .to_string()
    };
    view! {
        <div class="storage-meter">
            <span id="storage-meter-text">{text}</span>
            <meter
                min="0"
                max=StorageUsage::CHROMIUM_QUOTA.to_string()
                value=move || used().to_string()
                aria-label=move || t_string!(i18n, data.meter_label).to_string()
                aria-describedby="storage-meter-text"
            ></meter>
        </div>
    }
}
