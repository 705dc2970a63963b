//! Field problems put into words: one function per kind, each saying what is wrong and how to
//! fix it, and the message shown beside a field.

use super::Editor;
use crate::domain::{FieldPath, Format, ImageType, ProblemKind};
use crate::i18n::*;
use leptos::prelude::*;

/// The DOM id of the problem message of the field at `path`.
pub(super) fn problem_id(path: &FieldPath) -> String {
    format!("problem-{path}")
}

/// The text of a problem of any kind.
pub(super) fn problem_text(kind: &ProblemKind) -> String {
    match kind {
        ProblemKind::Missing => missing(),
        ProblemKind::TooLong { max, actual } => too_long(*max, *actual),
        ProblemKind::TooMany { max, actual } => too_many(*max, *actual),
        ProblemKind::TooFew { min } => too_few(*min),
        ProblemKind::BadFormat { expected } => bad_format(*expected),
        ProblemKind::NotHttps => not_https(),
        ProblemKind::WrongImageSize {
            expected_w,
            expected_h,
            actual_w,
            actual_h,
        } => wrong_image_size((*expected_w, *expected_h), (*actual_w, *actual_h)),
        ProblemKind::WrongImageType { expected } => wrong_image_type(*expected),
        ProblemKind::Duplicate => duplicate(),
        ProblemKind::OutOfRange { min, max, actual } => out_of_range(*min, *max, *actual),
        ProblemKind::Locked => locked(),
    }
}

fn missing() -> String {
    let i18n = use_i18n();
    t_string!(i18n, editor.problem_missing).to_string()
}

fn too_long(max: usize, actual: usize) -> String {
    let i18n = use_i18n();
    let over = actual.saturating_sub(max);
    t_string!(
        i18n,
        editor.problem_too_long,
        count = actual,
        max = max,
        over = over
    )
    .to_string()
}

fn too_many(max: usize, actual: usize) -> String {
    let i18n = use_i18n();
    let over = actual.saturating_sub(max);
    t_string!(
        i18n,
        editor.problem_too_many,
        count = actual,
        max = max,
        over = over
    )
    .to_string()
}

fn too_few(min: usize) -> String {
    let i18n = use_i18n();
    t_string!(i18n, editor.problem_too_few, min = min).to_string()
}

fn bad_format(expected: Format) -> String {
    let i18n = use_i18n();
    match expected {
        Format::IdRule => t_string!(i18n, editor.problem_format_id),
        Format::Guid => t_string!(i18n, editor.problem_format_guid),
        Format::SemVer => t_string!(i18n, editor.problem_format_semver),
        Format::Email => t_string!(i18n, editor.problem_format_email),
        Format::Phone => t_string!(i18n, editor.problem_format_phone),
        Format::HttpsUrl => t_string!(i18n, editor.problem_format_https_url),
        Format::Number => t_string!(i18n, editor.problem_format_number),
    }
    .to_string()
}

fn not_https() -> String {
    let i18n = use_i18n();
    t_string!(i18n, editor.problem_not_https).to_string()
}

fn wrong_image_size(expected: (u32, u32), actual: (u32, u32)) -> String {
    let i18n = use_i18n();
    t_string!(
        i18n,
        editor.problem_wrong_image_size,
        expected_w = expected.0,
        expected_h = expected.1,
        actual_w = actual.0,
        actual_h = actual.1
    )
    .to_string()
}

fn wrong_image_type(expected: ImageType) -> String {
    let i18n = use_i18n();
    match expected {
        ImageType::Png => t_string!(i18n, editor.problem_wrong_image_type_png).to_string(),
    }
}

fn duplicate() -> String {
    let i18n = use_i18n();
    t_string!(i18n, editor.problem_duplicate).to_string()
}

fn out_of_range(min: i64, max: i64, actual: i64) -> String {
    let i18n = use_i18n();
    t_string!(
        i18n,
        editor.problem_out_of_range,
        min = min,
        max = max,
        actual = actual
    )
    .to_string()
}

fn locked() -> String {
    let i18n = use_i18n();
    t_string!(i18n, editor.problem_locked).to_string()
}

/// The problems of the field at `path`, beside it: text with a warning sign, never colour
/// alone. Its id is what the field's `aria-describedby` names.
#[component]
pub fn FieldProblems(path: FieldPath) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let id = problem_id(&path);
    let kinds = Memo::new(move |_| editor.shown_at(&path));
    view! {
        <Show when=move || kinds.with(|kinds| !kinds.is_empty())>
            <p class="field-problem" id=id.clone()>
                <span class="problem-icon" aria-hidden="true">"⚠"</span>
                <span class="visually-hidden">{t_string!(i18n, editor.problem_prefix)}</span>
                {move || {
                    kinds.with(|kinds| kinds.iter().map(problem_text).collect::<Vec<_>>().join(" "))
                }}
            </p>
        </Show>
    }
}

/// Whether the field at `path` shows a problem (reactive), and the `aria-describedby` of a
/// field with the hint `hint_id`: the hint, then the problem when there is one.
pub(super) fn described_by(
    editor: Editor,
    path: FieldPath,
    hint_id: Option<String>,
) -> (Memo<bool>, Signal<Option<String>>) {
    let problem = problem_id(&path);
    let invalid = Memo::new(move |_| !editor.shown_at(&path).is_empty());
    let ids = Signal::derive(move || {
        let mut ids: Vec<String> = hint_id.iter().cloned().collect();
        if invalid.get() {
            ids.push(problem.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    });
    (invalid, ids)
}
