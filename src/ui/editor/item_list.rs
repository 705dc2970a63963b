//! The one list of the Editor: items added and removed by the user, each drawn by a body the
//! caller gives, with the focus kept where the user is.

use super::{add_button::AddButton, focus_soon, list_place::ListPlace, Editor};
use crate::domain::FieldPath;
use leptos::prelude::*;
use std::sync::Arc;

/// One item as its body sees it.
#[derive(Clone, Copy)]
pub(super) struct Item {
    /// Its position in the list.
    pub index: usize,
    /// Removes it; the focus goes to the list (its Add button), as the item's fields are gone.
    pub remove: Callback<()>,
}

impl Item {
    /// Its position counted from 1, as labels say it.
    pub fn number(&self) -> usize {
        self.index + 1
    }
}

/// Makes the item the Add button appends, given its position.
type NewItem<T> = Arc<dyn Fn(usize) -> T + Send + Sync>;
/// The field of a new item (given its position) that takes the focus.
type FocusNew = Arc<dyn Fn(usize) -> FieldPath + Send + Sync>;

/// The Add button under a list.
pub(super) struct AddItem<T> {
    label: String,
    max: usize,
    new_item: NewItem<T>,
    focus: FocusNew,
}

impl<T> AddItem<T> {
    /// A button with text `label` that appends `new_item(position)` and focuses
    /// `focus(position)`, while the list has fewer than `max` items.
    pub fn new(
        label: String,
        max: usize,
        new_item: impl Fn(usize) -> T + Send + Sync + 'static,
        focus: impl Fn(usize) -> FieldPath + Send + Sync + 'static,
    ) -> AddItem<T> {
        AddItem {
            label,
            max,
            new_item: Arc::new(new_item),
            focus: Arc::new(focus),
        }
    }
}

/// A list of the draft, one body per item (in a `<ul class="items">` unless `bare`), then its
/// Add button (id `field-{path}`, carrying the list's own problems). Removing an item focuses
/// the list; adding one focuses the new item's first field.
#[component]
pub fn ItemList<T, B, V>(
    /// The list's path.
    path: FieldPath,
    /// Where the list is in the draft.
    place: ListPlace<T>,
    /// The body of one item: its fields and its Remove button.
    item: B,
    /// Each body is a group of its own (a SKU, a disk version), not an item of a `<ul>`.
    #[prop(optional)]
    bare: bool,
    /// The class of each `<li>`.
    #[prop(optional)]
    item_class: Option<&'static str>,
    /// The Add button; without it, the caller adds items its own way (screenshots: a file).
    #[prop(optional)]
    add: Option<AddItem<T>>,
) -> impl IntoView
where
    T: Send + Sync + 'static,
    B: Fn(Item) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let editor = expect_context::<Editor>();
    let count = place.len(editor);
    let remove_place = place.clone();
    let list_path = path.clone();
    let body = move |index: usize| {
        let place = remove_place.clone();
        let list_path = list_path.clone();
        let remove = Callback::new(move |()| {
            place.remove(editor, index);
            focus_soon(list_path.clone());
        });
        item(Item { index, remove })
    };
    let add_button = add.map(|add| {
        let AddItem {
            label,
            max,
            new_item,
            focus,
        } = add;
        let on_add = Callback::new(move |()| {
            let index = count.get_untracked();
            place.push(editor, new_item(index));
            focus_soon(focus(index));
        });
        view! { <AddButton path=path.clone() label max count on_add /> }
    });
    if bare {
        let bodies = move || (0..count.get()).map(&body).collect_view();
        view! {
            {bodies}
            {add_button}
        }
        .into_any()
    } else {
        let items = move || {
            (0..count.get())
                .map(&body)
                .map(|body| match item_class {
                    Some(class) => view! { <li class=class>{body}</li> }.into_any(),
                    None => view! { <li>{body}</li> }.into_any(),
                })
                .collect_view()
        };
        view! {
            <ul class="items">{items}</ul>
            {add_button}
        }
        .into_any()
    }
}
