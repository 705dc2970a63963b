//! How much of the browser's storage the app's data takes.

use crate::i18n::*;
use crate::store::StorageUsage;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// "Storage: 1.2 MB of 5 MB (24%)" and a `<meter>` of the same, against the assumed
/// Chromium quota ([`StorageUsage::CHROMIUM_QUOTA`]); refreshed after writes.
#[component]
pub fn StorageMeter() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let used = move || state.usage.get().map_or(0, |usage| usage.our_chars);
    let tenths = move |units: u64| {
        let tenths = StorageUsage::tenths_of_mb(units);
        let comma = !matches!(
            i18n.get_locale(),
            Locale::en | Locale::zh_Hans | Locale::zh_Hant
        );
        let separator = if comma { ',' } else { '.' };
        format!("{}{separator}{}", tenths / 10, tenths % 10)
    };
    let text = move || {
        let usage = state.usage.get().unwrap_or_default();
        let quota = StorageUsage::tenths_of_mb(StorageUsage::CHROMIUM_QUOTA) / 10;
        t_string!(
            i18n,
            data.meter,
            used = tenths(usage.our_chars),
            quota = quota,
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
