//! Importing offers from an export file: read and checked in slices with the page free in
//! between, then saved all or nothing by the session, with progress shown throughout. A part
//! of its own, loaded when a first file is chosen in the input ([`super::import`]).

use super::conflict_dialog::{ConflictDialog, PendingImport};
use super::import::ImportPick;
use crate::domain::{images, ImageProblem, Offer, OfferId};
use crate::i18n::*;
use crate::store::session::{Failure, ImportProgress, ImportRefusal, ImportStage};
use crate::store::{
    apply_import, plan_import, ImportError, ImportFile, ImportReader, StorageFault,
    MAX_IMPORT_BYTES,
};
use crate::ui::{
    format,
    slices::{next_task, now_ms, SLICE_MS},
    state::{AppState, Imported},
};
use leptos::prelude::*;
use std::collections::HashMap;

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
        ImportError::InvalidImage {
            index,
            path,
            problem,
        } => t_string!(
            i18n,
            data.import_invalid_image,
            number = index + 1,
            field = crate::ui::status::texts::field_label(path),
            detail = image_problem_text(i18n, problem)
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

/// What is wrong with an imported image, in words.
fn image_problem_text(i18n: leptos_i18n::I18nContext<Locale>, problem: &ImageProblem) -> String {
    let size = |bytes: usize| crate::ui::format::file_size(bytes as u64);
    let pixels = |(width, height): (u32, u32)| format!("{width} × {height}");
    match problem {
        ImageProblem::NotPng(_) => t_string!(i18n, data.image_not_png).to_string(),
        ImageProblem::SizeMismatch { declared, actual } => t_string!(
            i18n,
            data.image_size_mismatch,
            declared = pixels(*declared),
            actual = pixels(*actual)
        )
        .to_string(),
        ImageProblem::TooLarge { bytes } => t_string!(
            i18n,
            data.image_too_large,
            size = size(*bytes),
            max = size(images::IMAGE_MAX_BYTES)
        )
        .to_string(),
        ImageProblem::OverBudget { bytes } => t_string!(
            i18n,
            data.images_over_budget,
            size = size(*bytes),
            max = size(images::FORM_IMAGES_MAX_BYTES)
        )
        .to_string(),
    }
}

/// Why the session imported nothing, and what to do.
fn refusal_text(i18n: leptos_i18n::I18nContext<Locale>, refusal: &ImportRefusal) -> String {
    let what = match refusal {
        ImportRefusal::NoRoom { needed, free } => t_string!(
            i18n,
            data.import_no_room,
            needed = format::storage_size(*needed),
            free = format::storage_size(*free)
        )
        .to_string(),
        ImportRefusal::ReadOnly(id) => {
            t_string!(i18n, data.import_read_only, id = id.as_str().to_owned()).to_string()
        }
        ImportRefusal::Failed(failure) => {
            let cause = match failure {
                Failure::Storage(StorageFault::QuotaExceeded) => "QuotaExceededError".to_owned(),
                Failure::Storage(fault) => fault.to_string(),
                Failure::KeptChanging => t_string!(i18n, data.write_kept_changing).to_string(),
            };
            t_string!(i18n, data.import_failed, cause = cause).to_string()
        }
    };
    format!("{what} {}", t_string!(i18n, data.import_nothing))
}

/// Why a file was not imported, kept as data so that its words follow the language (and
/// are made where the translations are at hand, not in the task that found it).
#[derive(Clone, Debug, PartialEq)]
enum Problem {
    /// The file itself.
    File(ImportError),
    /// The session refused to save it.
    Refused(ImportRefusal),
    /// The browser could not read the file.
    Unreadable(String),
    /// The choices made in the conflict dialog did not fit the file (a bug, said as is).
    Choices(String),
}

/// What is wrong, in words.
fn problem_text(i18n: leptos_i18n::I18nContext<Locale>, problem: &Problem) -> String {
    match problem {
        Problem::File(error) => error_text(i18n, error),
        Problem::Refused(refusal) => refusal_text(i18n, refusal),
        Problem::Unreadable(detail) => {
            t_string!(i18n, data.import_unreadable, detail = detail.clone()).to_string()
        }
        Problem::Choices(detail) => detail.clone(),
    }
}

/// What an import is doing, in words, for the progress line.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Stage {
    /// Reading the whole file and checking its frame.
    Reading,
    /// Checking offer `done` of `total`.
    Checking { done: usize, total: usize },
    /// The session at work.
    Saving(ImportProgress),
}

/// Reads every offer of the file in slices of about a frame, showing progress.
async fn check_offers(
    reader: ImportReader,
    stage: RwSignal<Option<Stage>>,
) -> Result<ImportFile, ImportError> {
    let total = reader.len();
    let mut offers = Vec::with_capacity(total);
    while offers.len() < total {
        let started = now_ms();
        while offers.len() < total && now_ms() - started < SLICE_MS {
            offers.push(reader.read(offers.len())?);
        }
        let _ = stage.try_set(Some(Stage::Checking {
            done: offers.len(),
            total,
        }));
        next_task().await;
    }
    reader.finish(offers)
}

/// The import of each file chosen in the input: the whole file is validated before anything
/// changes; a bad file is explained (what is wrong, how to fix it); offers whose identity
/// exists here go through the conflict dialog; the rest are saved all or nothing, and
/// announced.
#[component]
pub fn ImportRun() -> impl IntoView {
    let state = expect_context::<AppState>();
    let pick = expect_context::<ImportPick>();
    let i18n = use_i18n();
    let problem = RwSignal::new(None::<Problem>);
    let pending = RwSignal::new(None::<PendingImport>);
    let stage = RwSignal::new(None::<Stage>);
    // The input, in the main module, waits while busy and is described by the problem.
    Effect::new(move |_| pick.busy.set(stage.with(Option::is_some)));
    Effect::new(move |_| pick.problem.set(problem.with(Option::is_some)));

    let save = move |offers: Vec<Offer>| {
        leptos::task::spawn_local(async move {
            let imported = state.import_offers(offers).await;
            let _ = stage.try_set(None);
            match imported {
                Imported::Done { added, replaced } => {
                    let count = added + replaced;
                    let _ = state.announcement.try_set(
                        t_string!(
                            i18n,
                            data.imported,
                            count = count,
                            shown = format::number_in(i18n.get_locale_untracked(), count)
                        )
                        .to_string(),
                    );
                }
                Imported::Refused(refusal) => {
                    let _ = problem.try_set(Some(Problem::Refused(refusal)));
                }
            }
        });
    };
    let read = move |text: String| {
        leptos::task::spawn_local(async move {
            let checked = match ImportReader::open(text, MAX_IMPORT_BYTES) {
                Ok(reader) => check_offers(reader, stage).await,
                Err(error) => Err(error),
            };
            let _ = stage.try_set(None);
            let file = match checked {
                Ok(file) => file,
                Err(error) => {
                    let _ = problem.try_set(Some(Problem::File(error)));
                    return;
                }
            };
            let existing = state.offer_ids();
            let conflicts = plan_import(&existing, &file);
            if conflicts.is_empty() {
                match apply_import(&file, &existing, &HashMap::<OfferId, _>::new()) {
                    Ok(offers) => save(offers),
                    Err(error) => {
                        let _ = problem.try_set(Some(Problem::Choices(error.to_string())));
                    }
                }
            } else {
                let _ = pending.try_set(Some(PendingImport { file, conflicts }));
            }
        });
    };
    let start = move |file: web_sys::File| {
        problem.set(None);
        let size = file.size().max(0.0) as usize;
        if size > MAX_IMPORT_BYTES {
            // Refused before reading a byte of it.
            let error = ImportError::TooLarge {
                max: MAX_IMPORT_BYTES,
                actual: size,
            };
            problem.set(Some(Problem::File(error)));
            return;
        }
        stage.set(Some(Stage::Reading));
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(text) => read(text.as_string().unwrap_or_default()),
                Err(error) => {
                    let _ = stage.try_set(None);
                    let detail = error.as_string().unwrap_or_else(|| format!("{error:?}"));
                    let _ = problem.try_set(Some(Problem::Unreadable(detail)));
                }
            }
        });
    };
    // Each file chosen, taken from the input's hands (the first one is there already when
    // this part arrives). Taking it notifies this effect again, which then finds none.
    Effect::new(move |_| {
        if !pick.file.with(Option::is_some) {
            return;
        }
        if let Some(Some(file)) = pick.file.try_update(Option::take) {
            start(file);
        }
    });
    // The session's progress while it saves.
    Effect::new(move |_| {
        if let Some(progress) = state.import.get() {
            stage.set(Some(Stage::Saving(progress)));
        }
    });
    let progress_text = move || match stage.get() {
        Some(Stage::Reading) | None => t_string!(i18n, data.import_reading).to_string(),
        Some(Stage::Checking { done, total }) => t_string!(
            i18n,
            data.import_checking,
            done = format::number(done),
            total = format::number(total)
        )
        .to_string(),
        Some(Stage::Saving(ImportProgress { stage, done, total })) => match stage {
            ImportStage::Measuring => t_string!(
                i18n,
                data.import_measuring,
                done = format::number(done),
                total = format::number(total)
            )
            .to_string(),
            ImportStage::Writing => t_string!(
                i18n,
                data.import_writing,
                done = format::number(done),
                total = format::number(total)
            )
            .to_string(),
        },
    };
    // Measuring and writing count as halves of the saving; reading has no known end.
    let fraction = move || match stage.get() {
        Some(Stage::Checking { done, total }) => Some((done, total.max(1))),
        Some(Stage::Saving(ImportProgress { stage, done, total })) => match stage {
            ImportStage::Measuring => Some((done, 2 * total.max(1))),
            ImportStage::Writing => Some((total + done, 2 * total.max(1))),
        },
        _ => None,
    };
    let busy = move || stage.with(Option::is_some);
    view! {
        <Show when=busy>
            <div class="import-progress" role="status">
                <progress
                    aria-label=move || t_string!(i18n, data.import_progress_label).to_string()
                    value=move || fraction().map(|(done, _)| done.to_string())
                    max=move || fraction().map(|(_, total)| total.to_string())
                ></progress>
                " "
                <span>{progress_text}</span>
            </div>
        </Show>
        <Show when=move || problem.with(Option::is_some)>
            <p class="field-problem" id="import-problem" role="alert">
                {move || {
                    problem.with(|problem| {
                        problem.as_ref().map(|problem| problem_text(i18n, problem))
                    })
                }}
            </p>
        </Show>
        <ConflictDialog pending on_done=Callback::new(save) />
    }
}
