//! The store over in-memory storage: what is saved comes back, and what cannot be read is
//! set aside without stopping the rest from loading.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::offer;
use golive::domain::OfferId;
use golive::store::packing::unpack;
use golive::store::{
    index_key, offer_key, quarantine_key, LoadProblem, MemoryStorage, SaveError, Storage,
    StorageFault, Store, SCHEMA,
};
use std::cell::RefCell;

/// Storage that records the keys written and can be told to refuse writes.
#[derive(Default)]
struct Recording {
    inner: MemoryStorage,
    writes: RefCell<Vec<String>>,
    refuse: RefCell<Option<StorageFault>>,
}

impl Storage for Recording {
    fn get(&self, key: &str) -> Result<Option<String>, StorageFault> {
        self.inner.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageFault> {
        if let Some(fault) = self.refuse.borrow().clone() {
            return Err(fault);
        }
        self.writes.borrow_mut().push(key.to_owned());
        self.inner.set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StorageFault> {
        self.inner.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StorageFault> {
        self.inner.keys()
    }
}

#[test]
fn a_saved_offer_is_loaded_again_with_its_name() {
    let storage = MemoryStorage::new();
    let (mut store, loaded) = Store::load(&storage);
    assert!(loaded.offers.is_empty());
    store.save(&offer("o-1", "Contoso VM")).unwrap();
    store.save(&offer("o-2", "Fabrikam VM")).unwrap();

    let (store, loaded) = Store::load(&storage);
    let names: Vec<_> = loaded
        .offers
        .iter()
        .map(|o| o.draft.settings.name.as_str())
        .collect();
    assert_eq!(names, ["Contoso VM", "Fabrikam VM"]);
    assert!(loaded.problems.is_empty());
    assert_eq!(store.order().len(), 2);
}

#[test]
fn every_value_is_stored_in_a_versioned_envelope() {
    let storage = MemoryStorage::new();
    let (mut store, _) = Store::load(&storage);
    let mut contoso = offer("o-1", "Contoso VM");
    store.save(&contoso).unwrap();
    contoso.draft.settings.name = "Contoso VM 2".into();
    store.save(&contoso).unwrap();

    let raw = storage.get(&offer_key(&contoso.id)).unwrap().unwrap();
    let value: serde_json::Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(value["schema"], SCHEMA);
    assert_eq!(value["revision"], 2);
    // An offer's data is packed; unpacked, it is the offer's JSON.
    let data: serde_json::Value =
        serde_json::from_str(&unpack(value["packed"].as_str().unwrap()).unwrap()).unwrap();
    assert_eq!(data["draft"]["settings"]["name"], "Contoso VM 2");
    let index: serde_json::Value =
        serde_json::from_str(&storage.get(&index_key()).unwrap().unwrap()).unwrap();
    assert_eq!(index["data"], serde_json::json!(["o-1"]));
}

#[test]
fn editing_an_existing_offer_writes_only_its_own_key() {
    let storage = Recording::default();
    let (mut store, _) = Store::load(&storage);
    let mut contoso = offer("o-1", "Contoso VM");
    store.save(&contoso).unwrap();
    store.save(&offer("o-2", "Fabrikam VM")).unwrap();
    storage.writes.borrow_mut().clear();

    contoso.draft.settings.name = "Renamed".into();
    store.save(&contoso).unwrap();
    assert_eq!(*storage.writes.borrow(), [offer_key(&contoso.id)]);
}

#[test]
fn a_corrupt_offer_is_quarantined_and_the_others_still_load() {
    let storage = MemoryStorage::new();
    let (mut store, _) = Store::load(&storage);
    store.save(&offer("o-1", "Contoso VM")).unwrap();
    store.save(&offer("o-2", "Fabrikam VM")).unwrap();
    let broken = offer_key(&OfferId("o-1".into()));
    storage
        .set(&broken, "{\"schema\":1,\"revision\":1,\"data\":{\"id\":")
        .unwrap();

    let (_, loaded) = Store::load(&storage);
    assert_eq!(loaded.offers.len(), 1);
    assert_eq!(loaded.offers[0].draft.settings.name, "Fabrikam VM");
    assert!(
        matches!(&loaded.problems[..], [LoadProblem::Quarantined { key, .. }] if *key == broken)
    );
    assert_eq!(
        storage.get(&quarantine_key(&broken)).unwrap().as_deref(),
        Some("{\"schema\":1,\"revision\":1,\"data\":{\"id\":")
    );
    assert_eq!(storage.get(&broken).unwrap(), None);
}

#[test]
fn a_value_from_a_newer_schema_is_left_untouched() {
    let storage = MemoryStorage::new();
    let key = offer_key(&OfferId("o-9".into()));
    let newer = r#"{"schema":99,"revision":4,"data":{"something":"new"}}"#;
    storage.set(&key, newer).unwrap();

    let (_, loaded) = Store::load(&storage);
    assert!(loaded.offers.is_empty());
    // No index lists it, so that is reported too.
    assert_eq!(
        loaded.problems,
        [
            LoadProblem::NotInIndex {
                id: OfferId("o-9".into())
            },
            LoadProblem::NewerSchema {
                key: key.clone(),
                schema: 99
            }
        ]
    );
    assert_eq!(storage.get(&key).unwrap().as_deref(), Some(newer));
}

#[test]
fn an_offer_missing_from_the_index_is_still_loaded() {
    let storage = MemoryStorage::new();
    let (mut store, _) = Store::load(&storage);
    store.save(&offer("o-1", "Contoso VM")).unwrap();
    store.save(&offer("o-2", "Fabrikam VM")).unwrap();
    storage.remove(&index_key()).unwrap();

    let (_, loaded) = Store::load(&storage);
    assert_eq!(loaded.offers.len(), 2);
}

#[test]
fn a_refused_write_reports_the_fault_and_does_not_list_the_offer() {
    let storage = Recording::default();
    let (mut store, _) = Store::load(&storage);
    *storage.refuse.borrow_mut() = Some(StorageFault::QuotaExceeded);
    assert_eq!(
        store.save(&offer("o-1", "Contoso VM")),
        Err(SaveError::Storage(StorageFault::QuotaExceeded))
    );
    assert!(store.order().is_empty());
}

#[test]
fn deleting_an_offer_removes_its_key_and_index_entry() {
    let storage = MemoryStorage::new();
    let (mut store, _) = Store::load(&storage);
    let contoso = offer("o-1", "Contoso VM");
    store.save(&contoso).unwrap();
    store.save(&offer("o-2", "Fabrikam VM")).unwrap();
    store.delete(&contoso.id).unwrap();

    let (_, loaded) = Store::load(&storage);
    assert_eq!(loaded.offers.len(), 1);
    assert_eq!(storage.get(&offer_key(&contoso.id)).unwrap(), None);
}
