//! Image copies stored once per offer. An offer holds its form up to four times (the draft,
//! the run's submitted form, earlier runs', the live version), each with the same image
//! copies; deflate cannot see repeats farther apart than 32 KB, so each copy would be paid
//! for again. Before packing, every distinct `png` text moves to a table at the top of the
//! stored data (`shared_png`) and each place keeps `@n`, its position there; reading puts
//! them back. Data without images, and data stored before (inline copies), pass unchanged.

use serde_json::{Map, Value};

/// The key of the table in the stored data.
const TABLE: &str = "shared_png";

/// Moves every image copy of `data` into the table, each distinct copy once.
pub fn share(data: &mut Value) {
    let mut table: Vec<String> = Vec::new();
    walk(data, &mut |text: &mut String| {
        let at = match table.iter().position(|known| known == text) {
            Some(at) => at,
            None => {
                table.push(std::mem::take(text));
                table.len() - 1
            }
        };
        *text = format!("@{at}");
        Ok(())
    })
    .ok();
    if let (Value::Object(fields), false) = (data, table.is_empty()) {
        fields.insert(TABLE.into(), table.into_iter().map(Value::from).collect());
    }
}

/// Puts the copies of the table back in their places; a reference outside the table, or a
/// table that is not a list of texts, makes the data unreadable.
pub fn restore(data: &mut Value) -> Result<(), String> {
    let table = match data {
        Value::Object(fields) => fields.remove(TABLE),
        _ => None,
    };
    let Some(table) = table else { return Ok(()) };
    let Value::Array(table) = table else {
        return Err(format!("{TABLE} is not a list"));
    };
    let table: Vec<String> = table
        .into_iter()
        .map(|item| match item {
            Value::String(text) => Ok(text),
            _ => Err(format!("{TABLE} holds something other than text")),
        })
        .collect::<Result<_, _>>()?;
    walk(data, &mut |text: &mut String| {
        let Some(at) = text.strip_prefix('@') else {
            return Ok(());
        };
        let copy = at
            .parse::<usize>()
            .ok()
            .and_then(|at| table.get(at))
            .ok_or_else(|| format!("image reference {text} outside {TABLE}"))?;
        *text = copy.clone();
        Ok(())
    })
}

/// Calls `each` on every non-empty `png` text in `value`.
fn walk(
    value: &mut Value,
    each: &mut impl FnMut(&mut String) -> Result<(), String>,
) -> Result<(), String> {
    match value {
        Value::Object(fields) => walk_object(fields, each),
        Value::Array(items) => items.iter_mut().try_for_each(|item| walk(item, each)),
        _ => Ok(()),
    }
}

fn walk_object(
    fields: &mut Map<String, Value>,
    each: &mut impl FnMut(&mut String) -> Result<(), String>,
) -> Result<(), String> {
    for (key, value) in fields.iter_mut() {
        match value {
            Value::String(text) if key == "png" && !text.is_empty() => each(text)?,
            other => walk(other, each)?,
        }
    }
    Ok(())
}
