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
