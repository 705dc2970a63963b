//! Which lessons were completed in this browser: one versioned value, `golive:lessons`,
//! holding the completed lessons' keys.
//!
//! Read tolerantly: a missing, corrupt or hand-edited value counts as nothing completed (and
//! a corrupt one is set aside under a quarantine key at the next write, never dropped); a
//! value of a newer schema is left untouched. A write reads the stored value first and adds
//! to it (set union), so that two tabs completing different lessons keep both, and keys of
//! lessons this build does not know (a newer build's) survive.

use super::envelope::{Envelope, ReadError, SCHEMA};
use super::keys::{quarantine_key, PREFIX};
use super::{Storage, StorageFault};
use std::collections::BTreeSet;

/// The key of the completed lessons.
pub fn lessons_key() -> String {
    format!("{PREFIX}lessons")
}

/// What `golive:lessons` holds, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredLessons {
    /// The completed lessons' keys and the value's revision (nothing stored: empty, 0).
    Read {
        /// The keys.
        done: BTreeSet<String>,
        /// The stored revision.
        revision: u64,
    },
    /// Not a value the app wrote: counts as nothing completed.
    Corrupt(String),
    /// Written by a newer build: counts as nothing completed here, and is never written over.
    Newer(u32),
    /// Storage could not be read.
    Unavailable(StorageFault),
}

impl StoredLessons {
    /// The completed lessons' keys (none unless the value was read).
    pub fn done(&self) -> BTreeSet<String> {
        match self {
            StoredLessons::Read { done, .. } => done.clone(),
            _ => BTreeSet::new(),
        }
    }
}

/// A key the app could have written: short, lower-case ASCII letters, digits and `_`.
fn is_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 64
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Reads `golive:lessons`.
pub fn load_lessons(storage: &impl Storage) -> StoredLessons {
    let text = match storage.get(&lessons_key()) {
        Ok(Some(text)) => text,
        Ok(None) => {
            return StoredLessons::Read {
                done: BTreeSet::new(),
                revision: 0,
            }
        }
        Err(fault) => return StoredLessons::Unavailable(fault),
    };
    match Envelope::<Vec<String>>::decode(&text) {
        Ok(envelope) => {
            let keys = envelope.data;
            if keys.iter().all(|k| is_key(k)) {
                StoredLessons::Read {
                    done: keys.into_iter().collect(),
                    revision: envelope.revision,
                }
            } else {
                StoredLessons::Corrupt("a lesson key the app never writes".into())
            }
        }
        Err(ReadError::NewerSchema(schema)) => StoredLessons::Newer(schema),
        Err(ReadError::Corrupt(reason)) => StoredLessons::Corrupt(reason),
    }
}

/// What marking a lesson completed did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LessonSaved {
    /// Stored (with whatever another tab had stored).
    Stored,
    /// It was stored already (by this tab or another): nothing written.
    AlreadyStored,
    /// The stored value could not be read; it was set aside under `quarantined_as` and the
    /// completion stored in a new value.
    StoredAfterQuarantine {
        /// Where the unreadable value now is.
        quarantined_as: String,
    },
    /// A newer build's value is stored: left untouched, the completion not stored.
    NewerSchema(u32),
    /// Storage refused to read or write.
    Failed(StorageFault),
}

/// Adds lesson `key` to the stored completions: reads what is stored now (another tab may
/// have added to it), adds the key, writes the union at the next revision.
pub fn mark_lesson_done(storage: &impl Storage, key: &str) -> LessonSaved {
    let key_name = lessons_key();
    let (mut done, revision, quarantined) = match load_lessons(storage) {
        StoredLessons::Read { done, revision } => (done, revision, None),
        StoredLessons::Newer(schema) => return LessonSaved::NewerSchema(schema),
        StoredLessons::Unavailable(fault) => return LessonSaved::Failed(fault),
        StoredLessons::Corrupt(_) => match set_aside(storage, &key_name) {
            Ok(moved) => (BTreeSet::new(), 0, Some(moved)),
            Err(fault) => return LessonSaved::Failed(fault),
        },
    };
    if !done.insert(key.to_owned()) {
        return LessonSaved::AlreadyStored;
    }
    let envelope = Envelope {
        schema: SCHEMA,
        revision: revision.saturating_add(1),
        data: done.into_iter().collect::<Vec<_>>(),
    };
    let written = envelope
        .encode()
        .map_err(|error| StorageFault::Other(error.to_string()))
        .and_then(|text| storage.set(&key_name, &text));
    match (written, quarantined) {
        (Err(fault), _) => LessonSaved::Failed(fault),
        (Ok(()), Some(quarantined_as)) => LessonSaved::StoredAfterQuarantine { quarantined_as },
        (Ok(()), None) => LessonSaved::Stored,
    }
}

/// Copies the raw value of `key` to a free quarantine key (as the store does with an
/// unreadable offer), so that writing over it loses nothing.
fn set_aside(storage: &impl Storage, key: &str) -> Result<String, StorageFault> {
    let raw = storage.get(key)?.unwrap_or_default();
    let first = quarantine_key(key);
    let mut candidate = first.clone();
    for n in 2..1000u32 {
        if storage.get(&candidate)?.is_none() {
            storage.set(&candidate, &raw)?;
            return Ok(candidate);
        }
        candidate = format!("{first}#{n}");
    }
    Err(StorageFault::Other("no free quarantine key".into()))
}
