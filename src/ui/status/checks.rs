//! Certification (step 2): the image checks it runs on each SKU's disk versions, each with its
//! verdict and reason. While the step runs, the checks finish one after another over its
//! span (the domain's `checks_done_in`), so a publisher sees what is being checked.

use super::texts::{certification_text, check_name, field_label, not_checked_text, verdict_text};
use crate::domain::{checks, checks_done_in, fields, CheckResult, Offer, OsFamily, Subject};
use crate::domain::{Step, StepState, Verdict};
use crate::i18n::*;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The checks of the run's submitted form, with what the list needs to name their disks.
#[derive(Debug, Clone, PartialEq, Default)]
struct CheckList {
    results: Vec<CheckResult>,
    /// Each SKU's OS family (for the OS disk size's range).
    families: Vec<Option<OsFamily>>,
    /// Each SKU's disk versions' version numbers, as typed.
    versions: Vec<Vec<String>>,
}

fn check_list(offer: &Offer) -> CheckList {
    let Some(run) = offer.run.as_ref() else {
        return CheckList::default();
    };
    let form = &run.submitted;
    CheckList {
        results: checks(form, run.published_at),
        families: form.skus.iter().map(|sku| sku.os_family).collect(),
        versions: form
            .skus
            .iter()
            .map(|sku| {
                sku.disk_versions
                    .iter()
                    .map(|d| d.version.clone())
                    .collect()
            })
            .collect(),
    }
}

/// A SKU's and a disk version's positions.
type DiskVersion = (usize, usize);
/// Checks with their place in the run order.
type Numbered = Vec<(usize, CheckResult)>;

/// A sign for each verdict, beside its words.
fn icon(verdict: Option<&Verdict>) -> &'static str {
    match verdict {
        None => "…",
        Some(Verdict::Passed) => "✔",
        Some(Verdict::Failed(_)) => "✖",
        Some(Verdict::NotChecked) => "–",
    }
}

fn slug(verdict: Option<&Verdict>) -> &'static str {
    match verdict {
        None => "waiting",
        Some(Verdict::Passed) => "passed",
        Some(Verdict::Failed(_)) => "failed",
        Some(Verdict::NotChecked) => "not-checked",
    }
}

/// The name of what a group of checks is about.
fn subject_text(subject: Subject) -> String {
    let i18n = use_i18n();
    match subject {
        Subject::OsDisk => t_string!(i18n, status.checks_os_disk).to_string(),
        Subject::DataDisk(k) => t_string!(i18n, status.checks_data_disk, n = k + 1).to_string(),
        Subject::DataDisks => t_string!(i18n, status.checks_data_disks).to_string(),
    }
}

/// The check list of step 2, shown once the step has started.
#[component]
pub fn CertificationChecks(offer: RwSignal<Offer>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    // The verdicts change with the run only; the clock moves only how many are shown.
    let list = Memo::new(move |_| offer.with(check_list));
    let total = move || list.with(|list| list.results.len());
    let running = Memo::new(move |_| {
        offer.with(|offer| {
            offer
                .run
                .as_ref()
                .is_some_and(|run| run.step(Step::Certification).state == StepState::InProgress)
        })
    });
    let done = Memo::new(move |_| {
        let total = total();
        // Only a running step reads the clock, so an ended one does not re-render each tick.
        let now = if running.get() {
            state.now()
        } else {
            state.now_untracked()
        };
        offer.with(|offer| {
            offer
                .run
                .as_ref()
                .map(|run| checks_done_in(run, total, now))
                .unwrap_or(0)
        })
    });
    let failed = move || {
        list.with(|list| {
            list.results
                .iter()
                .take(done.get())
                .filter(|r| matches!(r.verdict, Verdict::Failed(_)))
                .count()
        })
    };
    let summary = move || {
        let total = total();
        let done = done.get();
        if done < total {
            t_string!(i18n, status.checks_progress, count = done, total = total).to_string()
        } else if failed() > 0 {
            t_string!(
                i18n,
                status.checks_some_failed,
                count = failed(),
                total = total
            )
            .to_string()
        } else {
            t_string!(i18n, status.checks_all_passed, count = total).to_string()
        }
    };
    // Open while the checks run and when one failed; folded once all have passed (the row
    // is built again when the step's state changes).
    let open = untrack(|| running.get() || failed() > 0);
    let groups = move || {
        let list = list.get();
        // Each check keeps its place in the run order, which decides when it shows a result.
        let mut groups: Vec<(DiskVersion, Numbered)> = Vec::new();
        for (i, result) in list.results.iter().cloned().enumerate() {
            let key = (result.sku, result.version);
            match groups.last_mut() {
                Some((last, items)) if *last == key => items.push((i, result)),
                _ => groups.push((key, vec![(i, result)])),
            }
        }
        groups
            .into_iter()
            .map(|((sku, version), items)| {
                let path = fields::sku(sku).disk_version(version).path();
                let number = list
                    .versions
                    .get(sku)
                    .and_then(|v| v.get(version))
                    .cloned()
                    .unwrap_or_default();
                let family = list.families.get(sku).copied().flatten();
                let heading = t_string!(
                    i18n,
                    status.checks_group,
                    place = field_label(&path),
                    version = number
                )
                .to_string();
                view! {
                    <li class="check-group">
                        <p class="check-group-name">{heading}</p>
                        <SubjectLists items family done />
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="step-detail checks" aria-labelledby="checks-title">
            <h4 id="checks-title">{t_string!(i18n, status.checks_title)}</h4>
            <p class="hint">{t_string!(i18n, status.checks_intro)}</p>
            <details open=open>
                <summary class="checks-summary">{summary}</summary>
                <ul class="check-groups">{groups}</ul>
            </details>
        </section>
    }
}

/// The checks of one disk version, one list per disk.
#[component]
fn SubjectLists(items: Numbered, family: Option<OsFamily>, done: Memo<usize>) -> impl IntoView {
    let mut subjects: Vec<(Subject, Numbered)> = Vec::new();
    for (i, result) in items {
        match subjects.last_mut() {
            Some((subject, list)) if *subject == result.subject => list.push((i, result)),
            _ => subjects.push((result.subject, vec![(i, result)])),
        }
    }
    subjects
        .into_iter()
        .map(|(subject, list)| {
            let name = subject_text(subject);
            let rows = list
                .into_iter()
                .map(|(i, result)| {
                    let shown = Signal::derive(move || done.get() > i);
                    view! { <CheckRow result family shown /> }
                })
                .collect_view();
            view! {
                <div class="check-subject">
                    <p class="check-subject-name">{name.clone()}</p>
                    <ul class="check-list" aria-label=name>{rows}</ul>
                </div>
            }
        })
        .collect_view()
}

/// One check: its sign, what it checks, its verdict once run, and why it failed.
#[component]
fn CheckRow(result: CheckResult, family: Option<OsFamily>, shown: Signal<bool>) -> impl IntoView {
    let check = result.check;
    let verdict = StoredValue::new(result.verdict);
    let verdict = move || shown.get().then(|| verdict.get_value());
    let reasons = move || match verdict() {
        Some(Verdict::Failed(kinds)) => kinds
            .iter()
            .map(|kind| view! { <span class="check-reason">{certification_text(kind)}</span> })
            .collect_view()
            .into_any(),
        Some(Verdict::NotChecked) => {
            view! { <span class="check-reason">{not_checked_text(check)}</span> }.into_any()
        }
        _ => ().into_any(),
    };
    view! {
        <li class=move || format!("check {}", slug(verdict().as_ref()))>
            <span class="check-icon" aria-hidden="true">{move || icon(verdict().as_ref())}</span>
            <span class="check-name">{check_name(check, family)}</span>
            <span class="check-verdict">{move || verdict_text(verdict().as_ref())}</span>
            {reasons}
        </li>
    }
}
