//! The add button of a list: it carries the list's own problems (too few, too many).

use super::{field_id, problems::described_by, problems::FieldProblems, Editor};
use crate::domain::FieldPath;
use crate::i18n::*;
use leptos::prelude::*;

/// A button adding one item to the list at `path`, with id `field-{path}` so that a problem
/// of the list as a whole has a place to show and to focus. At the list's maximum it stays
/// focusable but does nothing, and says why.
#[component]
pub fn AddButton(
    /// The list's path.
    path: FieldPath,
    /// The button's text.
    #[prop(into)]
    label: String,
    /// The list's maximum number of items.
    max: usize,
    /// The list's number of items now.
    count: Memo<usize>,
    /// Adds an item.
    on_add: Callback<()>,
) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let full_id = format!("full-{path}");
    let full = move || count.get() >= max;
    let (invalid, ids) = described_by(editor, path.clone(), None);
    let full_for_ids = full_id.clone();
    let described = move || {
        let mut all: Vec<String> = ids.get().into_iter().collect();
        if full() {
            all.push(full_for_ids.clone());
        }
        (!all.is_empty()).then(|| all.join(" "))
    };
    view! {
        <div class="list-add">
            <button
                type="button"
                class="add"
                id=field_id(&path)
                aria-disabled=move || full().then_some("true")
                aria-invalid=move || invalid.get().then_some("true")
                aria-describedby=described
                on:click=move |_| {
                    if !full() {
                        on_add.run(());
                    }
                }
            >
                <span aria-hidden="true">"+ "</span>
                {label}
            </button>
            <Show when=full>
                <p class="hint" id=full_id.clone()>
                    {move || t_string!(i18n, editor.list_full, max = max).to_string()}
                </p>
            </Show>
            <FieldProblems path=path.clone() />
        </div>
    }
}
