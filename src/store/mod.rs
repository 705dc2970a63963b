//! Persistence: offers (and the simulated clock) kept in the browser's storage as versioned envelopes, one key per
//! offer plus an index, behind a [`Storage`] trait so that native tests use memory.

mod browser;
mod envelope;
mod keys;
mod offers;
mod preferences;
mod storage;

pub use browser::BrowserStorage;
pub use envelope::{Envelope, ReadError, SCHEMA};
pub use keys::{clock_key, index_key, offer_key, quarantine_key, PREFIX};
pub use offers::{LoadProblem, Loaded, Store};
pub use preferences::{language_key, load_language, save_language};
pub use storage::{MemoryStorage, Storage, StorageFault};
