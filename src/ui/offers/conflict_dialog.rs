//! The dialog asking what to do with imported offers whose identity exists here.

use super::import::IMPORT_INPUT_ID;
use crate::domain::{Offer, OfferId};
use crate::i18n::*;
use crate::store::{apply_import, ImportChoice, ImportConflict, ImportFile};
use crate::ui::{shell::focus_element, state::AppState};
use leptos::{html, prelude::*};
use std::collections::HashMap;

/// A validated file waiting for the user's choices.
#[derive(Clone, Debug)]
pub struct PendingImport {
    /// The whole file, validated.
    pub file: ImportFile,
    /// Its offers whose identity exists here.
    pub conflicts: Vec<ImportConflict>,
}

/// A modal dialog (focus kept inside, Escape cancels, focus back on the file input) with
/// Replace or Keep both for each conflicting offer, both for all at once, Import and Cancel.
/// Cancel imports nothing.
#[component]
pub fn ConflictDialog(
    /// The import waiting for choices; the dialog is open while this is set.
    pending: RwSignal<Option<PendingImport>>,
    /// Called with the offers to save once the user presses Import.
    on_done: Callback<Vec<Offer>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let dialog = NodeRef::<html::Dialog>::new();
    // For each conflicting identity: true for Replace, false for Keep both.
    let replace = RwSignal::new(HashMap::<OfferId, bool>::new());
    Effect::new(move |_| {
        let open = pending.with(Option::is_some);
        let Some(dialog) = dialog.get() else { return };
        if open && !dialog.open() {
            replace.set(HashMap::new());
            let _ = dialog.show_modal();
            focus_element("conflict-0-replace");
        } else if !open && dialog.open() {
            dialog.close();
        }
    });
    let close = move || {
        pending.set(None);
        focus_element(IMPORT_INPUT_ID);
    };
    let set_all = move |value: bool| {
        let ids: Vec<OfferId> = pending.with_untracked(|pending| {
            pending
                .iter()
                .flat_map(|p| p.conflicts.iter().map(|c| c.id.clone()))
                .collect()
        });
        replace.set(ids.into_iter().map(|id| (id, value)).collect());
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // Taken, not copied: the file may hold thousands of offers.
        let Some(PendingImport { file, conflicts }) =
            pending.try_update_untracked(Option::take).flatten()
        else {
            return;
        };
        let existing = state.offer_ids();
        let choices: HashMap<OfferId, ImportChoice> = replace.with_untracked(|replace| {
            conflicts
                .iter()
                .map(|conflict| {
                    // Keep both unless Replace was chosen: it loses nothing.
                    let choice = if replace.get(&conflict.id).copied().unwrap_or(false) {
                        ImportChoice::Replace
                    } else {
                        ImportChoice::KeepBoth {
                            new_id: state.fresh_id(),
                        }
                    };
                    (conflict.id.clone(), choice)
                })
                .collect()
        });
        if let Ok(offers) = apply_import(&file, &existing, &choices) {
            on_done.run(offers);
        }
        close();
    };
    let rows = move || {
        pending.with(|pending| {
            let Some(pending) = pending else {
                return Vec::new();
            };
            pending
                .conflicts
                .iter()
                .enumerate()
                .map(|(n, conflict)| {
                    let name = pending
                        .file
                        .offers
                        .get(conflict.index)
                        .map(|offer| offer.draft.settings.name.clone())
                        .unwrap_or_default();
                    (n, conflict.id.clone(), name)
                })
                .collect()
        })
    };
    view! {
        <dialog
            node_ref=dialog
            class="conflict-dialog"
            aria-modal="true"
            aria-labelledby="conflict-dialog-title"
            aria-describedby="conflict-dialog-text"
            on:close=move |_| {
                if pending.with_untracked(Option::is_some) {
                    close();
                }
            }
        >
            <form novalidate on:submit=submit>
                <h2 id="conflict-dialog-title">{t!(i18n, data.conflict_title)}</h2>
                <p id="conflict-dialog-text">{t!(i18n, data.conflict_text)}</p>
                <div class="dialog-actions">
                    <button type="button" class="secondary" on:click=move |_| set_all(true)>
                        {t!(i18n, data.conflict_replace_all)}
                    </button>
                    <button type="button" class="secondary" on:click=move |_| set_all(false)>
                        {t!(i18n, data.conflict_keep_both_all)}
                    </button>
                </div>
                {move || {
                    rows()
                        .into_iter()
                        .map(|(n, id, name)| {
                            let group = format!("conflict-{n}");
                            let legend = t_string!(
                                i18n, data.conflict_offer, name = name, id = id.as_str().to_owned()
                            )
                                .to_string();
                            let chosen = {
                                let id = id.clone();
                                move || replace.with(|r| r.get(&id).copied().unwrap_or(false))
                            };
                            let chosen_too = chosen.clone();
                            let (id_a, id_b) = (id.clone(), id);
                            view! {
                                <fieldset class="conflict">
                                    <legend>{legend}</legend>
                                    <label>
                                        <input
                                            type="radio"
                                            id=format!("{group}-replace")
                                            name=group.clone()
                                            prop:checked=chosen
                                            on:change=move |_| {
                                                replace.update(|r| _ = r.insert(id_a.clone(), true))
                                            }
                                        />
                                        {t!(i18n, data.conflict_replace)}
                                    </label>
                                    <label>
                                        <input
                                            type="radio"
                                            name=group
                                            prop:checked=move || !chosen_too()
                                            on:change=move |_| {
                                                replace.update(|r| _ = r.insert(id_b.clone(), false))
                                            }
                                        />
                                        {t!(i18n, data.conflict_keep_both)}
                                    </label>
                                </fieldset>
                            }
                        })
                        .collect_view()
                }}
                <div class="dialog-actions">
                    <button type="submit" class="primary">{t!(i18n, data.conflict_import)}</button>
                    <button type="button" class="secondary" on:click=move |_| close()>
                        {t!(i18n, common.cancel)}
                    </button>
                </div>
            </form>
        </dialog>
    }
}
