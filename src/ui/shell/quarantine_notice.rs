//! The notice listing stored values that were set aside, each with its download.

use crate::i18n::*;
use crate::store::notices::{Notice, SetAside, SetAsideWhy};
use crate::store::QuarantineKind;
use crate::ui::{
    download::{download, file_name_for_key},
    state::AppState,
};
use leptos::prelude::*;

/// Which values were set aside and why, in plain words, with a Download button for each
/// value's stored text (byte for byte) and Dismiss (the values stay stored).
#[component]
pub fn QuarantineNotice(items: Vec<SetAside>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let notice = Notice::Quarantined(items.clone());
    let reason = move |why: SetAsideWhy| match why {
        SetAsideWhy::Now(QuarantineKind::Truncated) => {
            t_string!(i18n, data.reason_truncated).to_string()
        }
        SetAsideWhy::Now(QuarantineKind::NotJson) => {
            t_string!(i18n, data.reason_not_json).to_string()
        }
        SetAsideWhy::Now(QuarantineKind::WrongShape) => {
            t_string!(i18n, data.reason_wrong_shape).to_string()
        }
        SetAsideWhy::Now(QuarantineKind::BrokenRules) => {
            t_string!(i18n, data.reason_broken_rules).to_string()
        }
        SetAsideWhy::Now(QuarantineKind::UnknownKey) => {
            t_string!(i18n, data.reason_unknown_key).to_string()
        }
        SetAsideWhy::EarlierVisit => t_string!(i18n, data.reason_earlier).to_string(),
    };
    view! {
        <div class="notice quarantine-notice">
            <p>{t!(i18n, data.quarantine_intro)}</p>
            <ul>
                {items
                    .into_iter()
                    .map(|item| {
                        let SetAside { key, quarantined_as, why } = item;
                        let label_key = key.clone();
                        let save = move |_| {
                            if let Some(text) = state.raw(&quarantined_as) {
                                let _ = download(
                                    &file_name_for_key(&quarantined_as, "txt"),
                                    "text/plain",
                                    &text,
                                );
                            }
                        };
                        view! {
                            <li>
                                <code>{key}</code>
                                ": "
                                {move || reason(why)}
                                " "
                                <button
                                    type="button"
                                    class="secondary"
                                    aria-label=move || {
                                        t_string!(i18n, data.download_named, key = label_key.clone())
                                            .to_string()
                                    }
                                    on:click=save
                                >
                                    {t!(i18n, data.download)}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <button type="button" class="secondary" on:click=move |_| state.dismiss(&notice)>
                {t!(i18n, data.dismiss)}
            </button>
        </div>
    }
}
