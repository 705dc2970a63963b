//! Export and import: one JSON file holding offers (each with its runs, history and inbox,
//! i.e. its notifications) and the simulated clock.
//!
//! Importing is pure and in two stages, so that nothing changes until the whole file is
//! known to be good: [`parse_import`] validates everything, [`plan_import`] lists the offers
//! whose identity already exists, and [`apply_import`] returns the offers to save once the
//! caller has chosen, for each conflict, to replace or to keep both.

use crate::domain::{images, FieldPath, ImageProblem, Offer, OfferId, SimClock};
use serde_json::{value::RawValue, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::ops::Range;

/// The `format` field of an export file.
pub const EXPORT_FORMAT: &str = "golive-export";

/// The export format version this build writes. Version 1 (before emails had identities)
/// is read too: its emails are numbered on import. Version 3 carries image copies; it is
/// a version of its own so that an older build refuses the file rather than import it
/// without them.
pub const EXPORT_VERSION: u64 = 3;

/// The largest file the import reads, in bytes. A file holding everything the storage quota
/// holds of typical offers is about 56 MB (3,700 offers of 15 KB of JSON each; stored, they
/// are packed ten times smaller), so twice that is allowed; the room they would take in
/// storage is checked before anything is written.
pub const MAX_IMPORT_BYTES: usize = 128 * 1024 * 1024;

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
    /// One offer's kept image is not a whole PNG of its declared size, or the copies break
    /// the budget ([`images`]): the first problem found.
    InvalidImage {
        /// Its position in `exported_offers`, from 0.
        index: usize,
        /// The image's field (the listing's section for the form's budget).
        path: FieldPath,
        /// What is wrong with it.
        problem: ImageProblem,
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
            ImportError::InvalidImage {
                index,
                path,
                problem,
            } => write!(
                f,
                "offer {index} has an invalid image at {path}: {problem:?}"
            ),
            ImportError::InvalidClock(message) => write!(f, "the clock is invalid: {message}"),
            ImportError::DuplicateIdsInFile { id } => {
                write!(f, "offer {} appears twice", id.as_str())
            }
        }
    }
}

/// The export file of `offers` (all of them, or one) and the clock: JSON with one offer a
/// line, written offer by offer so that exporting thousands never builds them all as one
/// value in memory.
pub fn export(offers: &[Offer], clock: &SimClock) -> String {
    // Offers and the clock are plain data with string keys: serialising cannot fail.
    // Through a value, as in `envelope::to_json`: one serialiser per type in the bundle.
    let json = |value: serde_json::Result<Value>| value.map(|v| v.to_string()).unwrap_or_default();
    let mut out = format!(
        "{{\"format\":\"{EXPORT_FORMAT}\",\"version\":{EXPORT_VERSION},\"clock\":{},\"exported_offers\":[",
        json(serde_json::to_value(clock))
    );
    for (position, offer) in offers.iter().enumerate() {
        if position > 0 {
            out.push(',');
        }
        out.push('\n');
        out.push_str(&json(serde_json::to_value(offer)));
    }
    out.push_str("\n]}\n");
    out
}

/// An export file checked as a whole (size, JSON, format, version, clock, a list of
/// offers), its offers still to be read one by one ([`ImportReader::read`]), so that a
/// large file is read in slices with progress shown and without a second copy in memory.
pub struct ImportReader {
    text: String,
    version: u64,
    clock: SimClock,
    offers: Vec<Range<usize>>,
}

impl ImportReader {
    /// Checks everything but the offers themselves.
    pub fn open(text: String, max_bytes: usize) -> Result<ImportReader, ImportError> {
        if text.len() > max_bytes {
            return Err(ImportError::TooLarge {
                max: max_bytes,
                actual: text.len(),
            });
        }
        let (version, clock, offers) = {
            serde_json::from_str::<&RawValue>(&text)
                .map_err(|error| ImportError::NotJson(error.to_string()))?;
            let file: BTreeMap<String, &RawValue> =
                serde_json::from_str(&text).map_err(|_| ImportError::NotAnExport)?;
            let field = |name: &str| file.get(name).map(|raw| raw.get());
            let format: Option<String> =
                field("format").and_then(|raw| serde_json::from_str(raw).ok());
            if format.as_deref() != Some(EXPORT_FORMAT) {
                return Err(ImportError::NotAnExport);
            }
            let version: u64 = field("version")
                .and_then(|raw| serde_json::from_str(raw).ok())
                .ok_or(ImportError::NotAnExport)?;
            if !(1..=EXPORT_VERSION).contains(&version) {
                return Err(ImportError::WrongVersion {
                    found: version,
                    supported: EXPORT_VERSION,
                });
            }
            let offers: Vec<&RawValue> = field("exported_offers")
                .and_then(|raw| serde_json::from_str(raw).ok())
                .ok_or(ImportError::NotAnExport)?;
            let clock = field("clock").ok_or(ImportError::NotAnExport)?;
            let clock: SimClock = serde_json::from_str(clock)
                .map_err(|error| ImportError::InvalidClock(error.to_string()))?;
            let start = text.as_ptr() as usize;
            let ranges = offers
                .iter()
                .map(|raw| {
                    let at = raw.get().as_ptr() as usize - start;
                    at..at + raw.get().len()
                })
                .collect();
            (version, clock, ranges)
        };
        Ok(ImportReader {
            text,
            version,
            clock,
            offers,
        })
    }

    /// How many offers the file holds.
    pub fn len(&self) -> usize {
        self.offers.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.offers.is_empty()
    }

    /// The clock of the file.
    pub fn clock(&self) -> &SimClock {
        &self.clock
    }

    /// Reads and validates the offer at `index`: readable, with an identity, consistent.
    pub fn read(&self, index: usize) -> Result<Offer, ImportError> {
        let invalid = |reason: String| ImportError::InvalidOffer { index, reason };
        let text = self
            .offers
            .get(index)
            .and_then(|range| self.text.get(range.clone()))
            .ok_or_else(|| invalid("missing".into()))?;
        let mut item: Value =
            serde_json::from_str(text).map_err(|error| invalid(error.to_string()))?;
        if !item.is_object() {
            return Err(invalid("not an object".into()));
        }
        if self.version == 1 {
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
        if let Some((path, problem)) = images::problems_of(&offer).into_iter().next() {
            return Err(ImportError::InvalidImage {
                index,
                path,
                problem,
            });
        }
        Ok(offer)
    }

    /// The whole file once every offer is read: identities must be unique.
    pub fn finish(self, offers: Vec<Offer>) -> Result<ImportFile, ImportError> {
        let mut seen = BTreeSet::new();
        for offer in &offers {
            if !seen.insert(&offer.id) {
                return Err(ImportError::DuplicateIdsInFile {
                    id: offer.id.clone(),
                });
            }
        }
        Ok(ImportFile {
            offers,
            clock: self.clock,
        })
    }
}

/// Reads and validates a whole export file at once: size first, then JSON, format, version,
/// the clock, each offer (readable, with an identity, consistent), and unique identities.
pub fn parse_import(text: &str, max_bytes: usize) -> Result<ImportFile, ImportError> {
    let reader = ImportReader::open(text.to_owned(), max_bytes)?;
    let offers = (0..reader.len())
        .map(|index| reader.read(index))
        .collect::<Result<Vec<_>, _>>()?;
    reader.finish(offers)
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
