//! A list of one-line texts (VM sizes, preview subscription IDs, categories).

use super::{
    add_button::AddButton,
    field::{InputKind, ListPlace, TextField},
    field_id, focus_soon, Editor,
};
use crate::domain::FieldPath;
use leptos::prelude::*;

/// A list of texts in a fieldset: one labelled field per item, each with a Remove button,
/// and an Add button carrying the list's own problems.
#[component]
pub fn StringList(
    /// The list's path (items are `{path}[i]`).
    path: FieldPath,
    /// Where the list is in the draft.
    place: ListPlace<String>,
    /// The group's legend.
    #[prop(into)]
    legend: String,
    /// A hint for the whole list.
    #[prop(optional, into)]
    hint: Option<String>,
    /// The label of item `i` (counted from 1 for people).
    item_label: Callback<usize, String>,
    /// The Remove button of item `i`.
    remove_label: Callback<usize, String>,
    /// The Add button.
    #[prop(into)]
    add_label: String,
    /// The most items the rules allow.
    max: usize,
) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let count = place.len(editor);
    let items_place = place.clone();
    let items_path = path.clone();
    let hint_id = format!("hint-{path}");
    let items = move || {
        (0..count.get())
            .map(|index| {
                let item_path = items_path.index(index);
                let (value, on_input) = items_place.item(editor, index);
                let remove_place = items_place.clone();
                let list_path = items_path.clone();
                view! {
                    <li class="list-item">
                        <TextField
                            path=item_path
                            label=item_label.run(index)
                            value
                            on_input
                            kind=InputKind::Text
                        />
                        <button
                            type="button"
                            class="remove"
                            on:click=move |_| {
                                remove_place.remove(editor, index);
                                focus_soon(list_path.clone());
                            }
                        >
                            {remove_label.run(index)}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let add_place = place.clone();
    let add_path = path.clone();
    let on_add = Callback::new(move |()| {
        let index = count.get_untracked();
        add_place.push(editor, String::new());
        focus_soon(add_path.index(index));
    });
    view! {
        <fieldset class="list" id=format!("group-{}", field_id(&path))>
            <legend>{legend}</legend>
            {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{hint}</p> })}
            <ul class="items">{items}</ul>
            <AddButton path=path.clone() label=add_label max count on_add />
        </fieldset>
    }
}
