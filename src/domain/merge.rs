//! Three-way merge of an offer's form, for two tabs editing the same offer at once: the
//! fields one tab changed are put on top of the other tab's version, field by field.

use super::form::OfferForm;
use serde_json::Value;

/// The merged form, and the fields both sides changed differently (where `mine` won).
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// `theirs` with every field `mine` changed since `base`.
    pub form: OfferForm,
    /// Fields both sides changed to different values, as JSON pointers (e.g. `/settings/name`).
    pub conflicts: Vec<String>,
}

/// Puts the fields `mine` changed since `base` on top of `theirs`. Lists whose length
/// changed on this side are taken whole. If the merge cannot be expressed as a form (it
/// always can for forms of this build), `mine` is kept.
pub fn merge_forms(base: &OfferForm, mine: &OfferForm, theirs: &OfferForm) -> Merged {
    let (Ok(base_v), Ok(mine_v), Ok(mut theirs_v)) = (
        serde_json::to_value(base),
        serde_json::to_value(mine),
        serde_json::to_value(theirs),
    ) else {
        return Merged {
            form: mine.clone(),
            conflicts: Vec::new(),
        };
    };
    let mut conflicts = Vec::new();
    patch(
        &base_v,
        &mine_v,
        &mut theirs_v,
        String::new(),
        &mut conflicts,
    );
    match serde_json::from_value(theirs_v) {
        Ok(form) => Merged { form, conflicts },
        Err(_) => Merged {
            form: mine.clone(),
            conflicts,
        },
    }
}

fn patch(base: &Value, mine: &Value, theirs: &mut Value, at: String, conflicts: &mut Vec<String>) {
    if base == mine {
        return; // nothing changed on this side
    }
    match (base, mine, &mut *theirs) {
        (Value::Object(b), Value::Object(m), Value::Object(t)) => {
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
            if theirs != base && theirs != mine {
                conflicts.push(if at.is_empty() { "/".into() } else { at });
            }
            *theirs = mine.clone();
        }
    }
}
