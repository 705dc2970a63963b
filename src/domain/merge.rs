//! Three-way merge of an offer's form, for two tabs editing the same offer at once: the
//! fields this tab changed are put on top of the version another tab stored, field by field.
//!
//! Where both changed the same field to different values, the stored value stays (it is
//! what every other tab already shows) and the conflict carries this tab's value, so the
//! person who typed it is told and can put it back ([`restore_field`]). Nothing typed is
//! lost silently either way.

use super::form::OfferForm;
use super::path::FieldPath;
use serde_json::Value;

/// The merged form, and the fields both sides changed differently.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// `theirs` with every field `mine` changed since `base`, except the conflicting ones.
    pub form: OfferForm,
    /// Fields both sides changed to different values; `theirs` was kept for each.
    pub conflicts: Vec<FieldConflict>,
}

/// One field both sides changed: the value kept (theirs) and the one set aside (mine).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FieldConflict {
    /// The field, as the rules and the Editor name it (a list or an item when a whole list
    /// or item conflicted).
    pub field: FieldPath,
    /// Where it is in the form's JSON (e.g. `/skus/0/title`), to put `yours` back.
    pub pointer: String,
    /// This side's value, as JSON text.
    pub yours: String,
    /// The value kept, as JSON text.
    pub kept: String,
}

/// Puts the fields `mine` changed since `base` on top of `theirs`. A list whose length
/// changed, and a choice (a tagged variant such as the lead destination's kind) that changed,
/// is merged whole. If the merge cannot be expressed as a form (it always can for forms of
/// this build), `theirs` is kept and the whole form is reported as one conflict.
pub fn merge_forms(base: &OfferForm, mine: &OfferForm, theirs: &OfferForm) -> Merged {
    let (Ok(base_v), Ok(mine_v), Ok(theirs_v)) = (
        serde_json::to_value(base),
        serde_json::to_value(mine),
        serde_json::to_value(theirs),
    ) else {
        return Merged {
            form: theirs.clone(),
            conflicts: Vec::new(),
        };
    };
    let mut merged = theirs_v.clone();
    let mut conflicts = Vec::new();
    patch(&base_v, &mine_v, &mut merged, String::new(), &mut conflicts);
    match serde_json::from_value(merged) {
        Ok(form) => Merged { form, conflicts },
        Err(_) => Merged {
            form: theirs.clone(),
            conflicts: vec![conflict(String::new(), &mine_v, &theirs_v)],
        },
    }
}

/// The form with the value at `pointer` (a [`FieldConflict::pointer`]) set to `value` (JSON
/// text): "keep mine" after a conflict. `None` when the pointer no longer names a field of
/// the form (a list shrank meanwhile) or the value does not fit there.
pub fn restore_field(form: &OfferForm, pointer: &str, value: &str) -> Option<OfferForm> {
    let mut whole = serde_json::to_value(form).ok()?;
    let value: Value = serde_json::from_str(value).ok()?;
    if pointer.is_empty() {
        whole = value;
    } else {
        *whole.pointer_mut(pointer)? = value;
    }
    serde_json::from_value(whole).ok()
}

/// The tag of an internally tagged choice (`kind` of a lead destination, `model` of a
/// license), if `value` is one.
fn tag(value: &Value) -> Option<&Value> {
    value.get("kind").or_else(|| value.get("model"))
}

fn patch(
    base: &Value,
    mine: &Value,
    theirs: &mut Value,
    at: String,
    conflicts: &mut Vec<FieldConflict>,
) {
    if base == mine {
        return; // nothing changed on this side
    }
    let same_choice = tag(base) == tag(mine) && tag(mine) == tag(theirs);
    match (base, mine, &mut *theirs) {
        (Value::Object(b), Value::Object(m), Value::Object(t)) if same_choice => {
            for (key, mine_value) in m {
                let base_value = b.get(key).unwrap_or(&Value::Null);
                let path = format!("{at}/{key}");
                match t.get_mut(key) {
                    Some(their_value) => {
                        patch(base_value, mine_value, their_value, path, conflicts)
                    }
                    None => {
                        t.insert(key.clone(), mine_value.clone());
                    }
                }
            }
        }
        (Value::Array(b), Value::Array(m), Value::Array(t))
            if b.len() == m.len() && m.len() == t.len() =>
        {
            for (i, (base_value, mine_value)) in b.iter().zip(m).enumerate() {
                if let Some(their_value) = t.get_mut(i) {
                    patch(
                        base_value,
                        mine_value,
                        their_value,
                        format!("{at}/{i}"),
                        conflicts,
                    );
                }
            }
        }
        _ => {
            if theirs == base {
                *theirs = mine.clone();
            } else if theirs != mine {
                conflicts.push(conflict(at, mine, theirs));
            }
        }
    }
}

fn conflict(pointer: String, mine: &Value, theirs: &Value) -> FieldConflict {
    FieldConflict {
        field: field_of(&pointer),
        yours: mine.to_string(),
        kept: theirs.to_string(),
        pointer,
    }
}

/// The field path of a JSON pointer into the form: `/skus/0/title` is `skus[0].title`.
pub fn field_of(pointer: &str) -> FieldPath {
    let mut path = FieldPath::default();
    for segment in pointer.split('/').filter(|segment| !segment.is_empty()) {
        path = match segment.parse::<usize>() {
            Ok(index) => path.index(index),
            Err(_) => path.field(segment),
        };
    }
    path
}
