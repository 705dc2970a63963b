//! A live offer's draft: what customers see stays live until an update goes live, so the
//! Editor says it edits a draft and offers Compare with live (every changed field, live value
//! beside draft value, grouped by section, each a link to its field), View live version
//! (read-only) and Discard draft (confirmed first). The rules are the domain's
//! ([`crate::domain::compare`]).

use super::{sections::section_name, summary::path_label, Editor, Section};
use crate::domain::compare::{compare, discarded_draft, fields_of, Shown};
use crate::domain::FieldPath;
use crate::i18n::*;
use crate::ui::{format, shell::ConfirmDialog};
use leptos::{html, prelude::*};

/// A value in words: the text itself, or what stands for nothing or a secret.
fn value_text(value: &Shown) -> String {
    let i18n = use_i18n();
    match value {
        Shown::Text(text) => text.clone(),
        Shown::Empty => t_string!(i18n, editor.value_empty).to_string(),
        Shown::Hidden => t_string!(i18n, editor.value_hidden).to_string(),
    }
}

/// `items` in groups of their Editor section, in section order.
fn by_section<T>(items: Vec<(FieldPath, T)>) -> Vec<(Section, Vec<(FieldPath, T)>)> {
    let mut groups: Vec<(Section, Vec<(FieldPath, T)>)> =
        Section::ALL.into_iter().map(|s| (s, Vec::new())).collect();
    for (path, item) in items {
        let section = Section::of_path(&path);
        if let Some((_, group)) = groups.iter_mut().find(|(s, _)| *s == section) {
            group.push((path, item));
        }
    }
    groups.retain(|(_, group)| !group.is_empty());
    groups
}

/// The bar above the form of a live offer, with its three actions.
#[component]
pub fn LiveDraftBar() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let live = Memo::new(move |_| {
        editor
            .offer
            .with(|offer| offer.live.as_ref().map(|live| (live.since, live.run)))
    });
    let changes = Memo::new(move |_| {
        editor.offer.with(|offer| {
            offer
                .live
                .as_ref()
                .map(|live| compare(&live.form, &offer.draft))
                .unwrap_or_default()
        })
    });
    let comparing = RwSignal::new(false);
    let viewing = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);
    let dialog = NodeRef::<html::Dialog>::new();
    let open_dialog = move |_| {
        if let Some(dialog) = dialog.get() {
            // Refused only when already open or detached: nothing else to do then.
            let _ = dialog.show_modal();
        }
    };
    let discard = Callback::new(move |()| {
        if let Some(form) = editor.offer.with_untracked(discarded_draft) {
            editor.edit(move |draft| *draft = form);
            comparing.set(false);
            message.set(Some(t_string!(i18n, editor.discard_done).to_string()));
        }
    });
    let intro = move || {
        live.get().map(|(since, run)| {
            t_string!(
                i18n,
                editor.live_intro,
                date = format::date_time(since),
                run = run
            )
            .to_string()
        })
    };
    let count = move || changes.with(Vec::len);
    let summary = move || {
        if count() == 0 {
            t_string!(i18n, editor.live_no_changes).to_string()
        } else {
            t_string!(i18n, editor.live_changes, count = count()).to_string()
        }
    };
    view! {
        <Show when=move || live.with(Option::is_some)>
            <section class="live-draft" aria-labelledby="live-draft-title">
                <h3 id="live-draft-title">{t_string!(i18n, editor.live_title)}</h3>
                <p>{intro}</p>
                <p class="live-count">{summary}</p>
                <div class="live-actions">
                    <button
                        type="button"
                        class="secondary"
                        aria-expanded=move || comparing.get().to_string()
                        aria-controls="compare-live"
                        on:click=move |_| comparing.update(|open| *open = !*open)
                    >
                        {t_string!(i18n, editor.compare_with_live)}
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        aria-expanded=move || viewing.get().to_string()
                        aria-controls="live-version"
                        on:click=move |_| viewing.update(|open| *open = !*open)
                    >
                        {t_string!(i18n, editor.view_live)}
                    </button>
                    <button
                        type="button"
                        class="danger"
                        aria-disabled=move || (count() == 0).then_some("true")
                        on:click=move |ev| {
                            if count() > 0 {
                                open_dialog(ev);
                            }
                        }
                    >
                        {t_string!(i18n, editor.discard_draft)}
                    </button>
                </div>
                <p class="live-message" role="status">{move || message.get()}</p>
                <div id="compare-live" hidden=move || !comparing.get()>
                    {move || comparing.get().then(|| view! { <Comparison changes /> })}
                </div>
                <div id="live-version" hidden=move || !viewing.get()>
                    {move || viewing.get().then(|| view! { <LiveVersion /> })}
                </div>
            </section>
            <DiscardDialog dialog on_confirm=discard />
        </Show>
    }
}

/// Every changed field, by section: its name (a link to the field), its live value and its
/// draft value.
#[component]
fn Comparison(changes: Memo<Vec<crate::domain::compare::Change>>) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let groups = move || {
        let items = changes
            .get()
            .into_iter()
            .map(|change| (change.path, (change.live, change.draft)))
            .collect();
        by_section(items)
            .into_iter()
            .map(|(section, rows)| {
                let rows = rows
                    .into_iter()
                    .map(|(path, (live, draft))| {
                        let label = path_label(&path);
                        view! {
                            <li class="change">
                                <button
                                    type="button"
                                    class="link"
                                    on:click=move |_| editor.go_to(&path)
                                >
                                    {label}
                                </button>
                                <div class="change-values">
                                    <div class="live-value">
                                        <span class="value-label">
                                            {t_string!(i18n, editor.compare_live)}
                                        </span>
                                        <span class="value">{value_text(&live)}</span>
                                    </div>
                                    <div class="draft-value">
                                        <span class="value-label">
                                            {t_string!(i18n, editor.compare_draft)}
                                        </span>
                                        <span class="value">{value_text(&draft)}</span>
                                    </div>
                                </div>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <h4>{section_name(section)}</h4>
                    <ul class="changes">{rows}</ul>
                }
            })
            .collect_view()
    };
    view! {
        <div class="comparison" role="region" aria-label=t_string!(i18n, editor.compare_heading)>
            <Show
                when=move || changes.with(|c| !c.is_empty())
                fallback=move || view! { <p>{t_string!(i18n, editor.live_no_changes)}</p> }
            >
                {groups}
            </Show>
        </div>
    }
}

/// The live version's every field, read-only, by section.
#[component]
fn LiveVersion() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let fields = editor.offer.with_untracked(|offer| {
        offer
            .live
            .as_ref()
            .map(|live| fields_of(&live.form))
            .unwrap_or_default()
    });
    let groups = by_section(fields)
        .into_iter()
        .map(|(section, rows)| {
            let rows = rows
                .into_iter()
                .map(|(path, value)| {
                    view! {
                        <dt>{path_label(&path)}</dt>
                        <dd>{value_text(&value)}</dd>
                    }
                })
                .collect_view();
            view! {
                <h5>{section_name(section)}</h5>
                <dl>{rows}</dl>
            }
        })
        .collect_view();
    view! {
        <div class="live-version" role="region" aria-labelledby="live-version-heading">
            <h4 id="live-version-heading">{t_string!(i18n, editor.live_version_heading)}</h4>
            {groups}
        </div>
    }
}

/// Discard draft, confirmed first: Keep the draft (focused first, the safe choice) or
/// Escape changes nothing.
#[component]
fn DiscardDialog(dialog: NodeRef<html::Dialog>, on_confirm: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ConfirmDialog
            dialog
            id="discard-dialog"
            title=Signal::derive(move || t_string!(i18n, editor.discard_title).to_string())
            keep=Signal::derive(move || t_string!(i18n, editor.discard_keep).to_string())
            confirm=Signal::derive(move || t_string!(i18n, editor.discard_draft).to_string())
            on_confirm
        >
            <p>{move || t_string!(i18n, editor.discard_text).to_string()}</p>
        </ConfirmDialog>
    }
}
