//! Migrations of stored data: one pure function per schema step, applied in order up to
//! [`SCHEMA`].
//!
//! Schema 4 keeps small copies of the form's images (`png` in each image); offers of
//! schema 3 have none and pass unchanged.
//!
//! Schema 3 gives every email of an offer an identity ([`number_emails`]).
//!
//! Schema 2 packs offers (deflate, 15 bits per character) inside the envelope; the data's
//! shape is the same as schema 1's.
//!
//! Schema 0 is the shape before the envelope existed: the value itself (a bare offer object,
//! a bare index array), as a very old build or a hand-edited value stores it. Its data has
//! schema 1's shape; what it lacks is the `{schema, revision, data}` wrapper, which
//! [`Envelope::decode`](super::Envelope::decode) adds (with revision 0). The step 0 → 1 only
//! checks that the value is one the app could have stored (an object or an array), so that a
//! stray scalar is reported as corrupt instead of being read as an empty offer.

use super::envelope::SCHEMA;
use serde_json::Value;
use std::fmt;

/// Why stored data could not be brought up to [`SCHEMA`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MigrateError {
    /// The data was written by a newer build; it must be left untouched.
    Newer {
        /// The schema it was written in.
        schema: u32,
    },
    /// One step refused the data.
    Step {
        /// The schema the step starts from.
        from: u32,
        /// What was wrong with the data.
        reason: String,
    },
}

impl fmt::Display for MigrateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MigrateError::Newer { schema } => {
                write!(f, "written in schema {schema}, newer than {SCHEMA}")
            }
            MigrateError::Step { from, reason } => {
                write!(f, "migration from schema {from} failed: {reason}")
            }
        }
    }
}

/// One step: from the schema at its position in [`STEPS`] to the next one.
type Step = fn(Value) -> Result<Value, String>;

/// The steps, the one from schema `n` at position `n`.
const STEPS: [Step; SCHEMA as usize] = [v0_to_v1, v1_to_v2, v2_to_v3, v3_to_v4];

/// Brings `data`, written in `schema`, up to [`SCHEMA`], one step at a time. Data already
/// at [`SCHEMA`] is returned as it is; data from a newer schema is refused.
pub fn migrate(schema: u32, data: Value) -> Result<Value, MigrateError> {
    if schema > SCHEMA {
        return Err(MigrateError::Newer { schema });
    }
    let mut data = data;
    for from in schema..SCHEMA {
        let step = STEPS.get(from as usize).ok_or_else(|| MigrateError::Step {
            from,
            reason: "no migration for this schema".into(),
        })?;
        data = step(data).map_err(|reason| MigrateError::Step { from, reason })?;
    }
    Ok(data)
}

/// Schema 0 → 1: the bare value becomes the envelope's data unchanged; only objects and
/// arrays can be values the app stored.
fn v0_to_v1(data: Value) -> Result<Value, String> {
    match data {
        Value::Object(_) | Value::Array(_) => Ok(data),
        other => Err(format!("a bare {} is not a stored value", kind(&other))),
    }
}

/// Schema 1 → 2: schema 2 changed how offers are encoded (packed, see
/// [`super::packing`]), not the data's shape, so the data passes unchanged; the step exists
/// so that a schema-1 build reading a schema-2 value treats it as newer (read-only) rather
/// than as corrupt.
fn v1_to_v2(data: Value) -> Result<Value, String> {
    Ok(data)
}

/// Schema 2 → 3: emails were addressed by their position in the offer's list, which shifts
/// once the oldest are dropped; each now carries an identity. An offer's emails are numbered
/// 1, 2, … in order; other values (the index, the clock) pass unchanged.
fn v2_to_v3(mut data: Value) -> Result<Value, String> {
    number_emails(&mut data);
    Ok(data)
}

/// Schema 3 → 4: images gained an optional copy, absent in older data, so the data passes
/// unchanged; the step exists so that a schema-3 build, which would drop the copies when it
/// writes the offer back, treats a schema-4 value as newer (read-only).
fn v3_to_v4(data: Value) -> Result<Value, String> {
    Ok(data)
}

/// Numbers the emails of an offer's JSON that has none (1 for the oldest kept) and sets its
/// count of emails sent: for stored offers of schema 2 and export files of version 1. The
/// emails dropped before had no identity, so the count starts from those kept.
pub fn number_emails(offer: &mut Value) {
    let Value::Object(fields) = offer else { return };
    let Some(Value::Array(emails)) = fields.get_mut("notifications") else {
        return;
    };
    for (position, email) in emails.iter_mut().enumerate() {
        if let Value::Object(email) = email {
            email.insert("id".into(), Value::from(position + 1));
        }
    }
    let count = emails.len();
    fields.insert("emails_sent".into(), Value::from(count));
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}
