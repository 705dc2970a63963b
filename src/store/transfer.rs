//! Export and import: one JSON file holding offers (each with its runs, history and inbox,
//! i.e. its notifications) and the simulated clock.
//!
//! Importing is pure and in two stages, so that nothing changes until the whole file is
//! known to be good: [`parse_import`] validates everything, [`plan_import`] lists the offers
//! whose identity already exists, and [`apply_import`] returns the offers to save once the
//! caller has chosen, for each conflict, to replace or to keep both.

use crate::domain::{Offer, OfferId, SimClock};
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::fmt;

/// The `format` field of an export file.
pub const EXPORT_FORMAT: &str = "golive-export";

/// The export format version this build writes. Version 1 (before emails had identities)
/// is read too: its emails are numbered on import.
pub const EXPORT_VERSION: u64 = 2;

/// The largest file the import reads, in bytes: twice the storage quota's 5,242,880 units,
/// since pretty-printed JSON is larger than what is stored, while a bigger file could not
/// fit in storage anyway.
pub const MAX_IMPORT_BYTES: usize = 10 * 1024 * 1024;

/// A parsed, fully validated export file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportFile {
    /// The offers, in file order; identities are unique and every offer is consistent.
    pub offers: Vec<Offer>,
    /// The simulated clock at export time.
    pub clock: SimClock,
}

/// Why a file cannot be imported; nothing has changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The file is larger than allowed.
    TooLarge {
        /// The limit, in bytes.
        max: usize,
        /// The file's size, in bytes.
        actual: usize,
    },
    /// The file is not JSON; the parser's message.
    NotJson(String),
    /// JSON, but not a golive export (no `format: "golive-export"`, or its fields missing).
    NotAnExport,
    /// A golive export of another format version.
    WrongVersion {
        /// The file's version.
        found: u64,
        /// The version this build reads.
        supported: u64,
    },
    /// One offer cannot be read, or breaks the engine's rules.
    InvalidOffer {
        /// Its position in `exported_offers`, from 0.
        index: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// The clock cannot be read; the parser's message.
    InvalidClock(String),
    /// Two offers in the file have the same identity.
    DuplicateIdsInFile {
        /// The repeated identity.
        id: OfferId,
    },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { max, actual } => {
                write!(f, "the file has {actual} bytes, more than {max}")
            }
            ImportError::NotJson(message) => write!(f, "not JSON: {message}"),
            ImportError::NotAnExport => write!(f, "not a golive export"),
            ImportError::WrongVersion { found, supported } => {
                write!(f, "export version {found}; this version reads {supported}")
            }
            ImportError::InvalidOffer { index, reason } => {
                write!(f, "offer {index} is invalid: {reason}")
            }
            ImportError::InvalidClock(message) => write!(f, "the clock is invalid: {message}"),
            ImportError::DuplicateIdsInFile { id } => {
                write!(f, "offer {} appears twice", id.as_str())
            }
        }
    }
}

/// The file as written.
#[derive(Serialize)]
struct ExportFile<'a> {
    format: &'a str,
    version: u64,
    exported_offers: &'a [Offer],
    clock: &'a SimClock,
}

/// The export file of `offers` (all of them, or one) and the clock, as pretty JSON.
pub fn export(offers: &[Offer], clock: &SimClock) -> String {
    let file = ExportFile {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exported_offers: offers,
        clock,
    };
    // Offers and the clock are plain data with string keys: serialising cannot fail.
    // Through a value, as in `envelope::to_json`: one serialiser per type in the bundle.
    serde_json::to_value(&file)
        .and_then(|value| serde_json::to_string_pretty(&value))
        .unwrap_or_default()
}

/// Reads and validates a whole export file: size first, then JSON, format, version, each
/// offer (readable, with an identity, consistent), the clock, and unique identities.
pub fn parse_import(text: &str, max_bytes: usize) -> Result<ImportFile, ImportError> {
    if text.len() > max_bytes {
        return Err(ImportError::TooLarge {
            max: max_bytes,
            actual: text.len(),
        });
    }
    let value: Value =
        serde_json::from_str(text).map_err(|error| ImportError::NotJson(error.to_string()))?;
    let Value::Object(mut file) = value else {
        return Err(ImportError::NotAnExport);
    };
    if file.get("format").and_then(Value::as_str) != Some(EXPORT_FORMAT) {
        return Err(ImportError::NotAnExport);
    }
    let version = file
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(ImportError::NotAnExport)?;
    if !(1..=EXPORT_VERSION).contains(&version) {
        return Err(ImportError::WrongVersion {
            found: version,
            supported: EXPORT_VERSION,
        });
    }
    let Some(Value::Array(items)) = file.remove("exported_offers") else {
        return Err(ImportError::NotAnExport);
    };
    let clock = file.remove("clock").ok_or(ImportError::NotAnExport)?;

    let mut offers = Vec::with_capacity(items.len());
    for (index, mut item) in items.into_iter().enumerate() {
        let invalid = |reason: String| ImportError::InvalidOffer { index, reason };
        if !item.is_object() {
            return Err(invalid("not an object".into()));
        }
        if version == 1 {
            super::migrate::number_emails(&mut item);
        }
        let offer: Offer =
            serde_json::from_value(item).map_err(|error| invalid(error.to_string()))?;
        if offer.id.as_str().is_empty() {
            return Err(invalid("no identity".into()));
        }
        let broken = offer.inconsistencies();
        if !broken.is_empty() {
            return Err(invalid(format!("breaks the engine's rules: {broken:?}")));
        }
        offers.push(offer);
    }
    let clock: SimClock = serde_json::from_value(clock)
        .map_err(|error| ImportError::InvalidClock(error.to_string()))?;

    let mut seen = BTreeSet::new();
    for offer in &offers {
        if !seen.insert(&offer.id) {
            return Err(ImportError::DuplicateIdsInFile {
                id: offer.id.clone(),
            });
        }
    }
    Ok(ImportFile { offers, clock })
}

/// An offer in the file whose identity already exists here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportConflict {
    /// Its position in the file's offers.
    pub index: usize,
    /// The identity both share.
    pub id: OfferId,
}

/// What to do with one conflict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportChoice {
    /// The imported offer replaces the existing one.
    Replace,
    /// Both are kept: the imported offer gets `new_id` (made by the caller).
    KeepBoth {
        /// A fresh local identity for the imported offer.
        new_id: OfferId,
    },
}

/// Why the choices cannot be applied; nothing has changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApplyError {
    /// A conflict has no choice.
    MissingChoice {
        /// The conflicting identity.
        id: OfferId,
    },
    /// A `KeepBoth` identity is already used here, in the file, or by another choice.
    NewIdTaken {
        /// The identity.
        id: OfferId,
    },
}

impl fmt::Display for ApplyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApplyError::MissingChoice { id } => {
                write!(f, "no choice for offer {}", id.as_str())
            }
            ApplyError::NewIdTaken { id } => write!(f, "identity {} is taken", id.as_str()),
        }
    }
}

/// The file's offers whose identity is in `existing`, in file order.
pub fn plan_import(existing: &[OfferId], file: &ImportFile) -> Vec<ImportConflict> {
    file.offers
        .iter()
        .enumerate()
        .filter(|(_, offer)| existing.contains(&offer.id))
        .map(|(index, offer)| ImportConflict {
            index,
            id: offer.id.clone(),
        })
        .collect()
}

/// The offers to save, in file order, once every conflict with `existing` has a choice in
/// `choices` (keyed by the conflicting identity). Offers without a conflict are kept as
/// they are; `Replace` keeps the identity (so saving overwrites the existing offer);
/// `KeepBoth` gives the imported offer its new identity.
pub fn apply_import(
    file: &ImportFile,
    existing: &[OfferId],
    choices: &HashMap<OfferId, ImportChoice>,
) -> Result<Vec<Offer>, ApplyError> {
    let mut taken: BTreeSet<&OfferId> = existing.iter().collect();
    taken.extend(file.offers.iter().map(|offer| &offer.id));
    let mut out = Vec::with_capacity(file.offers.len());
    for offer in &file.offers {
        let mut offer = offer.clone();
        if existing.contains(&offer.id) {
            match choices.get(&offer.id) {
                None => return Err(ApplyError::MissingChoice { id: offer.id }),
                Some(ImportChoice::Replace) => {}
                Some(ImportChoice::KeepBoth { new_id }) => {
                    if !taken.insert(new_id) {
                        return Err(ApplyError::NewIdTaken { id: new_id.clone() });
                    }
                    offer.id = new_id.clone();
                }
            }
        }
        out.push(offer);
    }
    Ok(out)
}
