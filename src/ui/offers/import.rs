//! Importing offers from an export file.

use super::conflict_dialog::{ConflictDialog, PendingImport};
use crate::domain::OfferId;
use crate::i18n::*;
use crate::store::{apply_import, parse_import, plan_import, ImportError, MAX_IMPORT_BYTES};
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::collections::HashMap;
use wasm_bindgen::JsCast;

/// The id of the file input, where focus returns after the conflict dialog.
pub const IMPORT_INPUT_ID: &str = "import-file";

/// A size in bytes as megabytes with one decimal.
fn megabytes(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / 1_048_576.0)
}

/// What is wrong with a file and how to fix it, for each kind of [`ImportError`].
fn error_text(i18n: leptos_i18n::I18nContext<Locale>, error: &ImportError) -> String {
    let what = match error {
        ImportError::TooLarge { max, actual } => t_string!(
            i18n,
            data.import_too_large,
            actual = megabytes(*actual),
            max = megabytes(*max)
        )
        .to_string(),
        ImportError::NotJson(detail) => {
            t_string!(i18n, data.import_not_json, detail = detail.clone()).to_string()
        }
        ImportError::NotAnExport => t_string!(i18n, data.import_not_export).to_string(),
        ImportError::WrongVersion { found, supported } => t_string!(
            i18n,
            data.import_wrong_version,
            found = *found,
            supported = *supported
        )
        .to_string(),
        ImportError::InvalidOffer { index, reason } => t_string!(
            i18n,
            data.import_invalid_offer,
            number = index + 1,
            detail = reason.clone()
        )
        .to_string(),
        ImportError::InvalidClock(detail) => {
            t_string!(i18n, data.import_invalid_clock, detail = detail.clone()).to_string()
        }
        ImportError::DuplicateIdsInFile { id } => {
            t_string!(i18n, data.import_duplicate_ids, id = id.as_str().to_owned()).to_string()
        }
    };
    format!("{what} {}", t_string!(i18n, data.import_nothing))
}

/// A labelled file input: the whole file is validated before anything changes; a bad file
/// is explained (what is wrong, how to fix it); offers whose identity exists here go
/// through the conflict dialog; the rest are imported and announced.
#[component]
pub fn ImportControl() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let problem = RwSignal::new(None::<String>);
    let pending = RwSignal::new(None::<PendingImport>);
    let announce = move |count: usize| t_string!(i18n, data.imported, count = count).to_string();

    let read = move |text: String| {
        let file = match parse_import(&text, MAX_IMPORT_BYTES) {
            Ok(file) => file,
            Err(error) => {
                problem.set(Some(error_text(i18n, &error)));
                return;
            }
        };
        problem.set(None);
        let existing = state.offer_ids();
        let conflicts = plan_import(&existing, &file);
        if conflicts.is_empty() {
            match apply_import(&file, &existing, &HashMap::<OfferId, _>::new()) {
                Ok(offers) => state.import_offers(offers, announce),
                Err(error) => problem.set(Some(error.to_string())),
            }
        } else {
            pending.set(Some(PendingImport { file, conflicts }));
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // Cleared so that choosing the same file again (after fixing it) fires again.
        input.set_value("");
        let size = file.size().max(0.0) as usize;
        if size > MAX_IMPORT_BYTES {
            // Refused before reading a byte of it.
            let error = ImportError::TooLarge {
                max: MAX_IMPORT_BYTES,
                actual: size,
            };
            problem.set(Some(error_text(i18n, &error)));
            return;
        }
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(text) => read(text.as_string().unwrap_or_default()),
                Err(error) => {
                    let detail = error.as_string().unwrap_or_else(|| format!("{error:?}"));
                    problem.set(Some(
                        t_string!(i18n, data.import_unreadable, detail = detail).to_string(),
                    ));
                }
            }
        });
    };
    view! {
        <div class="import">
            <label for=IMPORT_INPUT_ID>{t!(i18n, data.import_label)}</label>
            <input
                id=IMPORT_INPUT_ID
                type="file"
                accept=".json,application/json"
                aria-describedby=move || problem.with(Option::is_some).then_some("import-problem")
                on:change=on_change
            />
            <Show when=move || problem.with(Option::is_some)>
                <p class="field-problem" id="import-problem" role="alert">
                    {move || problem.get().unwrap_or_default()}
                </p>
            </Show>
        </div>
        <ConflictDialog pending on_done=Callback::new(move |offers| state.import_offers(offers, announce)) />
    }
}
