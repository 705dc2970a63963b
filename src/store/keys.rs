//! The names of the keys the app owns in localStorage.

use crate::domain::OfferId;

/// Every key the app writes starts with this, so that other apps on the same origin are
/// left alone.
pub const PREFIX: &str = "golive:";

/// The key of the ordered list of offers.
pub fn index_key() -> String {
    format!("{PREFIX}index")
}

/// The key of the simulated clock shared by every offer.
pub fn clock_key() -> String {
    format!("{PREFIX}clock")
}

/// The key of one offer.
pub fn offer_key(id: &OfferId) -> String {
    format!("{PREFIX}offer:{}", id.as_str())
}

/// Where a value that could not be read is set aside, never dropped.
pub fn quarantine_key(original: &str) -> String {
    format!("{PREFIX}quarantine:{original}")
}

/// The offer identity in an offer key, if `key` is one.
pub fn offer_id_of(key: &str) -> Option<OfferId> {
    let id = key.strip_prefix(PREFIX)?.strip_prefix("offer:")?;
    (!id.is_empty()).then(|| OfferId(id.to_owned()))
}

/// The prefix of every quarantine key.
pub fn quarantine_prefix() -> String {
    format!("{PREFIX}quarantine:")
}

/// What a key under [`PREFIX`] holds, as the app defines its keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreChange {
    /// One offer's value.
    Offer(OfferId),
    /// The ordered list of offers.
    Index,
    /// The simulated clock.
    Clock,
    /// The chosen interface language.
    Language,
    /// The completed lessons.
    Lessons,
    /// A value set aside because it could not be read; the key is the quarantine key.
    Quarantine(String),
    /// A key under the prefix that this build does not define (another app, a newer build,
    /// or a hand edit); it is quarantined at load.
    Unknown(String),
}

/// What `key` holds, or `None` when it is not under [`PREFIX`] (another app's key).
pub fn classify(key: &str) -> Option<StoreChange> {
    key.strip_prefix(PREFIX)?;
    Some(if key == index_key() {
        StoreChange::Index
    } else if key == clock_key() {
        StoreChange::Clock
    } else if key == super::preferences::language_key() || key == format!("{PREFIX}probe") {
        // The probe is written and removed at once when storage is opened (see
        // `BrowserStorage::open`); never data, so never quarantined.
        StoreChange::Language
    } else if key == super::lessons::lessons_key() {
        StoreChange::Lessons
    } else if key.starts_with(&quarantine_prefix()) {
        StoreChange::Quarantine(key.to_owned())
    } else if let Some(id) = offer_id_of(key) {
        StoreChange::Offer(id)
    } else {
        StoreChange::Unknown(key.to_owned())
    })
}
