//! The user's preferences that are not about any offer: the interface language.

use super::{
    envelope::{Envelope, SCHEMA},
    keys::PREFIX,
    Storage, StorageFault,
};

/// The key of the chosen interface language.
pub fn language_key() -> String {
    format!("{PREFIX}language")
}

/// The language tag chosen before in this browser, if one is stored and readable.
pub fn load_language(storage: &impl Storage) -> Option<String> {
    let text = storage.get(&language_key()).ok()??;
    let envelope = Envelope::<String>::decode(&text).ok()?;
    // A tag is short ASCII (e.g. zh-Hant); anything else was not written by the app.
    let tag = envelope.data;
    (tag.len() <= 16 && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')).then_some(tag)
}

/// Stores the chosen interface language.
pub fn save_language(storage: &impl Storage, tag: &str) -> Result<(), StorageFault> {
    let envelope = Envelope {
        schema: SCHEMA,
        revision: 1,
        data: tag,
    };
    let text = envelope
        .encode()
        .map_err(|error| StorageFault::Other(error.to_string()))?;
    storage.set(&language_key(), &text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryStorage;

    #[test]
    fn a_saved_language_is_read_back() {
        let storage = MemoryStorage::new();
        assert_eq!(load_language(&storage), None);
        save_language(&storage, "zh-Hant").unwrap();
        assert_eq!(load_language(&storage).as_deref(), Some("zh-Hant"));
    }

    #[test]
    fn loading_the_offers_leaves_the_language_alone() {
        let storage = MemoryStorage::new();
        save_language(&storage, "fr").unwrap();
        let (_, loaded) = crate::store::Store::load(&storage);
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        assert_eq!(load_language(&storage).as_deref(), Some("fr"));
    }

    #[test]
    fn a_hand_edited_language_value_is_ignored() {
        let storage = MemoryStorage::new();
        storage.set(&language_key(), "fr").unwrap();
        assert_eq!(load_language(&storage), None);
        storage
            .set(
                &language_key(),
                r#"{"schema":1,"revision":1,"data":"<script>"}"#,
            )
            .unwrap();
        assert_eq!(load_language(&storage), None);
    }
}
