//! Compare with live: every field the draft changes ([`super::diff()`]), with the live value
//! beside the draft value in a form a person can read, and the draft thrown away.

use super::diff::diff;
use super::fields::{names, paths_of};
use super::form::OfferForm;
use super::offer::Offer;
use super::path::FieldPath;
use serde_json::Value;

/// One field's value as Compare shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown {
    /// Nothing there (an empty text, no image, an item the other side alone has).
    Empty,
    /// The value as text: a text as typed, a list's items joined, an image by its file
    /// name and size.
    Text(String),
    /// A secret, not shown (a password).
    Hidden,
}

/// One changed field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The field.
    pub path: FieldPath,
    /// Its live value.
    pub live: Shown,
    /// Its value in the draft.
    pub draft: Shown,
}

/// Every field `draft` changes from `live`, in form order.
pub fn compare(live: &OfferForm, draft: &OfferForm) -> Vec<Change> {
    let paths = diff(live, draft);
    if paths.is_empty() {
        return Vec::new();
    }
    // Forms are plain data with string keys: they always serialise.
    let (a, b) = (
        serde_json::to_value(live).unwrap_or_default(),
        serde_json::to_value(draft).unwrap_or_default(),
    );
    paths
        .into_iter()
        .map(|path| Change {
            live: shown(&path, lookup(&a, &path)),
            draft: shown(&path, lookup(&b, &path)),
            path,
        })
        .collect()
}

/// Every field of `form` with its value, in form order, for View live version: the fields
/// alone, not the sections, lists and list items that hold them.
pub fn fields_of(form: &OfferForm) -> Vec<(FieldPath, Shown)> {
    let paths = paths_of(form);
    let value = serde_json::to_value(form).unwrap_or_default();
    paths
        .iter()
        .enumerate()
        .filter(|(at, path)| paths.get(at + 1).is_none_or(|next| !next.is_within(path)))
        .map(|(_, path)| (path.clone(), shown(path, lookup(&value, path))))
        .collect()
}

/// The draft the Discard draft button leaves: the live version's form, when the offer is
/// live and its draft differs from it.
pub fn discarded_draft(offer: &Offer) -> Option<OfferForm> {
    offer
        .live
        .as_ref()
        .filter(|live| live.form != offer.draft)
        .map(|live| live.form.clone())
}

/// The JSON value at `path` (paths are the form's JSON field names).
fn lookup<'a>(form: &'a Value, path: &FieldPath) -> Option<&'a Value> {
    let mut at = form;
    for (name, index) in path.segments() {
        at = at.get(name)?;
        if let Some(index) = index {
            at = at.get(index)?;
        }
    }
    Some(at)
}

fn shown(path: &FieldPath, value: Option<&Value>) -> Shown {
    let secret = path
        .segments()
        .last()
        .is_some_and(|(name, _)| *name == names::PASSWORD);
    match text(value) {
        None => Shown::Empty,
        Some(_) if secret => Shown::Hidden,
        Some(text) => Shown::Text(text),
    }
}

/// A value in words; `None` for nothing.
fn text(value: Option<&Value>) -> Option<String> {
    let text = match value? {
        Value::Null => return None,
        Value::String(text) => text.clone(),
        Value::Bool(flag) => flag.to_string(),
        Value::Number(number) => number.to_string(),
        Value::Array(items) => items
            .iter()
            .filter_map(|item| text(Some(item)))
            .collect::<Vec<_>>()
            .join(", "),
        // An image: its file and size, never its bytes.
        Value::Object(fields) if fields.contains_key("file_name") => {
            let name = fields
                .get("file_name")
                .and_then(Value::as_str)
                .unwrap_or("");
            let size = |key| fields.get(key).and_then(Value::as_u64).unwrap_or(0);
            format!("{name} ({} × {})", size("width"), size("height"))
        }
        // A group (a list item, a port, a lead destination): its values in order, secrets
        // and image copies left out.
        Value::Object(fields) => fields
            .iter()
            .filter(|(key, _)| key.as_str() != names::PASSWORD && key.as_str() != "png")
            .filter_map(|(_, value)| text(Some(value)))
            .collect::<Vec<_>>()
            .join(" · "),
    };
    (!text.is_empty()).then_some(text)
}
