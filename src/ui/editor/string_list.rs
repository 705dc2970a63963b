//! A list of one-line texts (VM sizes, preview subscription IDs, categories).

use super::{
    field::{InputKind, TextField},
    field_id,
    item_list::{AddItem, Item, ItemList},
    list_place::ListPlace,
    Editor,
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
    let hint_id = format!("hint-{path}");
    let group_id = format!("group-{}", field_id(&path));
    let items_place = place.clone();
    let items_path = path.clone();
    let item = move |Item { index, remove }| {
        let (value, on_input) = items_place.item(editor, index);
        view! {
            <TextField
                path=items_path.index(index)
                label=item_label.run(index)
                value
                on_input
                kind=InputKind::Text
            />
            <button type="button" class="remove" on:click=move |_| remove.run(())>
                {remove_label.run(index)}
            </button>
        }
    };
    let add_path = path.clone();
    let add = AddItem::new(
        add_label,
        max,
        |_| String::new(),
        move |index| add_path.index(index),
    );
    view! {
        <fieldset class="list" id=group_id>
            <legend>{legend}</legend>
            {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{hint}</p> })}
            <ItemList path place item item_class="list-item" add />
        </fieldset>
    }
}
