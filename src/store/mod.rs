//! Persistence: offers (and the simulated clock) kept in the browser's storage as versioned envelopes, one key per
//! offer plus an index, behind a [`Storage`] trait so that native tests use memory.
//!
//! Older stored values are migrated ([`migrate()`]), unreadable ones quarantined, newer ones
//! left read-only, and stale writes refused; see [`Store`]. [`transfer`] exports and
//! imports offers as one JSON file.

mod browser;
mod envelope;
mod keys;
mod lessons;
pub mod migrate;
pub mod notices;
mod offers;
pub mod packing;
mod preferences;
pub mod scenario;
pub mod session;
mod shared_images;
mod storage;
pub mod transfer;

pub use browser::BrowserStorage;
pub use envelope::{Envelope, Header, ReadError, SCHEMA};
pub use keys::{classify, clock_key, index_key, offer_key, quarantine_key, StoreChange, PREFIX};
pub use lessons::{lessons_key, load_lessons, mark_lesson_done, LessonSaved, StoredLessons};
pub use migrate::{migrate, MigrateError};
pub use offers::{
    Listing, LoadProblem, Loaded, PackedOffer, QuarantineKind, SaveError, StorageUsage, Store,
};
pub use preferences::{language_key, load_language, save_language};
pub use storage::{MemoryStorage, Storage, StorageFault};
pub use transfer::{
    apply_import, export, parse_import, plan_import, ApplyError, ImportChoice, ImportConflict,
    ImportError, ImportFile, ImportReader, MAX_IMPORT_BYTES,
};
