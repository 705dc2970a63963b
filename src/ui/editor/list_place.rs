//! Where a list lives in the draft, and the binding of the text fields of its items.

use super::{field::bind, Editor};
use crate::domain::OfferForm;
use leptos::prelude::*;
use std::sync::Arc;

/// Finds a list in the draft.
type FindList<T> = Arc<dyn Fn(&OfferForm) -> Option<&Vec<T>> + Send + Sync>;
/// Finds a list in the draft, to change it.
type FindListMut<T> = Arc<dyn Fn(&mut OfferForm) -> Option<&mut Vec<T>> + Send + Sync>;

/// Where a list lives in the draft (e.g. one SKU's VM sizes), for list components.
pub(super) struct ListPlace<T: 'static> {
    get: FindList<T>,
    get_mut: FindListMut<T>,
}

impl<T: 'static> Clone for ListPlace<T> {
    fn clone(&self) -> Self {
        ListPlace {
            get: self.get.clone(),
            get_mut: self.get_mut.clone(),
        }
    }
}

impl<T: 'static> ListPlace<T> {
    /// The list that `get` and `get_mut` find.
    pub fn new(
        get: impl Fn(&OfferForm) -> Option<&Vec<T>> + Send + Sync + 'static,
        get_mut: impl Fn(&mut OfferForm) -> Option<&mut Vec<T>> + Send + Sync + 'static,
    ) -> ListPlace<T> {
        ListPlace {
            get: Arc::new(get),
            get_mut: Arc::new(get_mut),
        }
    }

    /// The list, if it is still there.
    pub fn get<'a>(&self, form: &'a OfferForm) -> Option<&'a Vec<T>> {
        (self.get)(form)
    }

    /// The list, to change it.
    pub fn get_mut<'a>(&self, form: &'a mut OfferForm) -> Option<&'a mut Vec<T>> {
        (self.get_mut)(form)
    }

    /// The number of items (reactive).
    pub fn len(&self, editor: Editor) -> Memo<usize> {
        let place = self.clone();
        Memo::new(move |_| {
            editor
                .offer
                .with(|offer| place.get(&offer.draft).map_or(0, Vec::len))
        })
    }

    /// Appends an item.
    pub fn push(&self, editor: Editor, item: T) {
        editor.edit(|form| {
            if let Some(list) = self.get_mut(form) {
                list.push(item);
            }
        });
    }

    /// Removes item `index`, if it is there.
    pub fn remove(&self, editor: Editor, index: usize) {
        editor.edit(|form| {
            if let Some(list) = self.get_mut(form) {
                if index < list.len() {
                    list.remove(index);
                }
            }
        });
    }
}

impl<T: 'static> ListPlace<T> {
    /// The binding of one text of item `index` (`get` and `get_mut` find it in the item), for
    /// a [`super::field::TextField`]; an item removed meanwhile reads as empty.
    pub fn text(
        &self,
        editor: Editor,
        index: usize,
        get: fn(&T) -> &String,
        get_mut: fn(&mut T) -> &mut String,
    ) -> (Signal<String>, Callback<String>) {
        let read = self.clone();
        let write = self.clone();
        bind(
            editor,
            move |form| read.get(form).and_then(|list| list.get(index)).map(get),
            move |form| {
                write
                    .get_mut(form)
                    .and_then(|list| list.get_mut(index))
                    .map(get_mut)
            },
        )
    }
}

impl<T: 'static> ListPlace<T> {
    /// `read` of item `index` (reactive), or `None` once the item is gone.
    pub fn read<U>(&self, editor: Editor, index: usize, read: impl FnOnce(&T) -> U) -> Option<U> {
        editor.offer.with(|offer| {
            self.get(&offer.draft)
                .and_then(|list| list.get(index))
                .map(read)
        })
    }

    /// Changes item `index`, if it is still there.
    pub fn update(&self, editor: Editor, index: usize, change: impl FnOnce(&mut T)) {
        editor.edit(|form| {
            if let Some(item) = self.get_mut(form).and_then(|list| list.get_mut(index)) {
                change(item);
            }
        });
    }
}

impl ListPlace<String> {
    /// The binding of item `index` of a list of texts.
    pub fn item(&self, editor: Editor, index: usize) -> (Signal<String>, Callback<String>) {
        self.text(editor, index, |text| text, |text| text)
    }
}
