//! The store never loses or silently overwrites stored data: corruption of every kind is
//! quarantined while the rest loads, newer values are read-only, stale writes are refused,
//! the index is repaired, and a failed save leaves nothing behind.
//!
//! Longer than most files: one scenario per kind of corrupt or hand-edited value, sharing the
//! fault-injecting storage.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{advanced, clock, complete_offer, id, offer, ok};
use golive::domain::*;
use golive::store::{
    clock_key, index_key, offer_key, quarantine_key, LoadProblem, MemoryStorage, SaveError,
    Storage, StorageFault, StorageUsage, Store, StoreChange,
};
use proptest::prelude::*;
use std::cell::RefCell;

/// An offer that went through a publishing run: runs, history and notifications.
fn published(id: &str) -> Offer {
    let o = ok(
        &complete_offer(id, "Contoso VM"),
        Command::Publish { seed: 7 },
        0,
    );
    advanced(&o, DAY_MS)
}

fn quarantined_keys(problems: &[LoadProblem]) -> Vec<String> {
    problems
        .iter()
        .filter_map(|p| match p {
            LoadProblem::Quarantined { key, .. } => Some(key.clone()),
            _ => None,
        })
        .collect()
}

/// Saves two offers, breaks the first one's value with `raw`, reloads, and checks that
/// the second loads, the first is quarantined with its raw text kept, and nothing fails.
fn assert_quarantined(raw: &str) -> Vec<LoadProblem> {
    let storage = MemoryStorage::new();
    let (mut store, _) = Store::load(&storage);
    store.save(&offer("o-1", "Contoso VM")).unwrap();
    store.save(&offer("o-2", "Fabrikam VM")).unwrap();
    let broken = offer_key(&id("o-1"));
    storage.set(&broken, raw).unwrap();

    let (store, loaded) = Store::load(&storage);
    assert_eq!(loaded.offers.len(), 1);
    assert_eq!(loaded.offers[0].id, id("o-2"));
    assert_eq!(
        quarantined_keys(&loaded.problems),
        std::slice::from_ref(&broken)
    );
    let quarantined_as = loaded
        .problems
        .iter()
        .find_map(|p| match p {
            LoadProblem::Quarantined { quarantined_as, .. } => Some(quarantined_as.clone()),
            _ => None,
        })
        .unwrap();
    assert_eq!(store.raw(&quarantined_as).as_deref(), Some(raw));
    assert_eq!(storage.get(&broken).unwrap(), None);
    loaded.problems
}

#[test]
fn truncated_json_is_quarantined_with_its_raw_text() {
    assert_quarantined(r#"{"schema":1,"revision":3,"data":{"id":"o-1","dra"#);
}

#[test]
fn a_value_of_the_wrong_types_is_quarantined() {
    assert_quarantined(r#"{"schema":1,"revision":3,"data":{"id":"o-1","runs":"three"}}"#);
}

#[test]
fn an_envelope_with_a_wrongly_typed_header_is_quarantined() {
    assert_quarantined(r#"{"schema":"one","revision":3,"data":{"id":"o-1"}}"#);
}

#[test]
fn a_bare_scalar_is_quarantined_not_read_as_an_empty_offer() {
    assert_quarantined("42");
}

#[test]
fn an_offer_that_parses_but_breaks_the_engine_rules_is_quarantined() {
    let mut broken = published("o-1");
    assert!(broken.is_consistent());
    broken.runs = 0; // the run's number is now larger than the count of runs
    let raw = format!(
        r#"{{"schema":1,"revision":1,"data":{}}}"#,
        serde_json::to_string(&broken).unwrap()
    );
    let problems = assert_quarantined(&raw);
    assert!(problems.iter().any(|p| matches!(
        p,
        LoadProblem::Quarantined { reason, .. } if reason.contains("RunNumber")
    )));
}

#[test]
fn an_offer_stored_under_another_offers_key_is_quarantined() {
    let other = offer("o-7", "Elsewhere");
    let raw = format!(
        r#"{{"schema":1,"revision":1,"data":{}}}"#,
        serde_json::to_string(&other).unwrap()
    );
    assert_quarantined(&raw);
}

#[test]
fn a_second_quarantine_of_the_same_key_keeps_the_first() {
    let storage = MemoryStorage::new();
    let key = offer_key(&id("o-1"));
    storage.set(&key, "first {").unwrap();
    let _ = Store::load(&storage);
    storage.set(&key, "second {").unwrap();
    let (store, _) = Store::load(&storage);
    let kept: Vec<_> = store
        .quarantined()
        .iter()
        .filter_map(|key| store.raw(key))
        .collect();
    assert_eq!(kept, ["first {", "second {"]);
}

#[test]
fn an_unknown_key_under_the_prefix_is_quarantined_and_others_apps_keys_are_left() {
    let storage = MemoryStorage::new();
    let (mut store, _) = Store::load(&storage);
    store.save(&offer("o-1", "Contoso VM")).unwrap();
    storage.set("golive:mystery", "{\"a\":1}").unwrap();
    storage.set("golive:offer:", "{}").unwrap();
    storage.set("otherapp:settings", "x").unwrap();

    let (_, loaded) = Store::load(&storage);
    assert_eq!(loaded.offers.len(), 1);
    let mut keys = quarantined_keys(&loaded.problems);
    keys.sort();
    assert_eq!(keys, ["golive:mystery", "golive:offer:"]);
    assert_eq!(
        storage
            .get(&quarantine_key("golive:mystery"))
            .unwrap()
            .as_deref(),
        Some("{\"a\":1}")
    );
    assert_eq!(
        storage.get("otherapp:settings").unwrap().as_deref(),
        Some("x")
    );
}

#[test]
fn a_corrupt_index_and_clock_are_quarantined_and_every_offer_still_loads() {
    let storage = MemoryStorage::new();
    let (mut store, _) = Store::load(&storage);
    store.save(&offer("o-1", "Contoso VM")).unwrap();
    store.save(&offer("o-2", "Fabrikam VM")).unwrap();
    storage.set(&index_key(), "[\"o-1\",").unwrap();
    storage.set(&clock_key(), "{\"schema\":1}").unwrap();

    let (_, loaded) = Store::load(&storage);
    assert_eq!(loaded.offers.len(), 2);
    assert_eq!(loaded.clock, None);
    let mut keys = quarantined_keys(&loaded.problems);
    keys.sort();
    assert_eq!(keys, [clock_key(), index_key()]);
}

#[test]
fn an_index_entry_pointing_at_nothing_is_reported_and_dropped_at_the_next_save() {
    let storage = MemoryStorage::new();
    let (mut store, _) = Store::load(&storage);
    let contoso = offer("o-1", "Contoso VM");
    store.save(&contoso).unwrap();
    store.save(&offer("o-2", "Fabrikam VM")).unwrap();
    storage.remove(&offer_key(&id("o-2"))).unwrap();

    let (mut store, loaded) = Store::load(&storage);
    assert_eq!(
        loaded.problems,
        [LoadProblem::MissingOffer { id: id("o-2") }]
    );
    assert_eq!(store.order(), [id("o-1")]);
    // Loading alone writes nothing back; the next save does.
    let index: serde_json::Value =
        serde_json::from_str(&storage.get(&index_key()).unwrap().unwrap()).unwrap();
    assert_eq!(index["data"], serde_json::json!(["o-1", "o-2"]));
    store.save(&contoso).unwrap();
    let (_, loaded) = Store::load(&storage);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
}

#[test]
fn an_offer_missing_from_the_index_is_reported_and_listed_at_the_next_save() {
    let storage = MemoryStorage::new();
    let (mut store, _) = Store::load(&storage);
    let contoso = offer("o-1", "Contoso VM");
    store.save(&contoso).unwrap();
    store.save(&offer("o-2", "Fabrikam VM")).unwrap();
    storage
        .set(&index_key(), r#"{"schema":1,"revision":2,"data":["o-1"]}"#)
        .unwrap();

    let (mut store, loaded) = Store::load(&storage);
    assert_eq!(loaded.offers.len(), 2);
    assert_eq!(loaded.problems, [LoadProblem::NotInIndex { id: id("o-2") }]);
    store.save(&contoso).unwrap();
    let (_, loaded) = Store::load(&storage);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
}

#[test]
fn an_offer_from_a_newer_schema_cannot_be_saved_or_deleted_over() {
    let storage = MemoryStorage::new();
    let (mut store, _) = Store::load(&storage);
    store.save(&offer("o-1", "Contoso VM")).unwrap();
    store.save(&offer("o-9", "Future VM")).unwrap();
    let key = offer_key(&id("o-9"));
    let newer = r#"{"schema":99,"revision":4,"data":{"something":"new"}}"#;
    storage.set(&key, newer).unwrap();

    let (mut store, loaded) = Store::load(&storage);
    assert_eq!(loaded.offers.len(), 1);
    assert_eq!(
        loaded.problems,
        [LoadProblem::NewerSchema {
            key: key.clone(),
            schema: 99
        }]
    );
    assert!(store.is_read_only(&id("o-9")));
    let refused = SaveError::ReadOnly {
        key: key.clone(),
        schema: 99,
    };
    assert_eq!(store.save(&offer("o-9", "Overwrite")), Err(refused.clone()));
    assert_eq!(store.delete(&id("o-9")), Err(refused));
    // Saving another new offer keeps the newer one listed.
    store.save(&offer("o-3", "Third")).unwrap();
    assert_eq!(storage.get(&key).unwrap().as_deref(), Some(newer));
    assert_eq!(store.order(), [id("o-1"), id("o-9"), id("o-3")]);
}

#[test]
fn a_newer_clock_is_not_overwritten() {
    let storage = MemoryStorage::new();
    let newer = r#"{"schema":99,"revision":1,"data":{}}"#;
    storage.set(&clock_key(), newer).unwrap();
    let (mut store, loaded) = Store::load(&storage);
    assert_eq!(loaded.clock, None);
    assert!(matches!(
        store.save_clock(&clock()),
        Err(SaveError::ReadOnly { schema: 99, .. })
    ));
    assert_eq!(storage.get(&clock_key()).unwrap().as_deref(), Some(newer));
}

#[test]
fn a_stale_tab_cannot_overwrite_another_tabs_change() {
    let storage = MemoryStorage::new();
    let (mut first, _) = Store::load(&storage);
    let mut contoso = offer("o-1", "Contoso VM");
    first.save(&contoso).unwrap();

    let (mut second, _) = Store::load(&storage);
    let mut theirs = contoso.clone();
    theirs.draft.settings.name = "Changed in tab two".into();
    second.save(&theirs).unwrap();

    contoso.draft.settings.name = "Changed in tab one".into();
    match first.save(&contoso) {
        Err(SaveError::Stale {
            expected,
            found,
            stored,
            ..
        }) => {
            assert_eq!((expected, found), (Some(1), Some(2)));
            assert_eq!(stored.as_deref(), Some(&theirs));
        }
        other => panic!("expected a stale refusal, got {other:?}"),
    }
    let (_, loaded) = Store::load(&storage);
    assert_eq!(loaded.offers[0].draft.settings.name, "Changed in tab two");

    // After adopting the stored revision, the first tab may write again.
    assert_eq!(first.reload_offer(&contoso.id), Ok(Some(theirs)));
    first.save(&contoso).unwrap();
    let (_, loaded) = Store::load(&storage);
    assert_eq!(loaded.offers[0].draft.settings.name, "Changed in tab one");
}

#[test]
fn a_stale_tab_cannot_delete_an_offer_another_tab_changed() {
    let storage = MemoryStorage::new();
    let (mut first, _) = Store::load(&storage);
    let contoso = offer("o-1", "Contoso VM");
    first.save(&contoso).unwrap();
    let (mut second, _) = Store::load(&storage);
    second.save(&contoso).unwrap();

    assert!(matches!(
        first.delete(&contoso.id),
        Err(SaveError::Stale { .. })
    ));
    assert_eq!(Store::load(&storage).1.offers.len(), 1);
}

#[test]
fn a_stale_tab_cannot_recreate_an_offer_another_tab_deleted() {
    let storage = MemoryStorage::new();
    let (mut first, _) = Store::load(&storage);
    let contoso = offer("o-1", "Contoso VM");
    first.save(&contoso).unwrap();
    let (mut second, _) = Store::load(&storage);
    second.delete(&contoso.id).unwrap();

    assert!(matches!(
        first.save(&contoso),
        Err(SaveError::Stale {
            found: None,
            stored: None,
            ..
        })
    ));
    assert_eq!(first.reload_offer(&contoso.id), Ok(None));
    first.save(&contoso).unwrap();
}

#[test]
fn a_stale_clock_write_is_refused_until_reloaded() {
    let storage = MemoryStorage::new();
    let (mut first, _) = Store::load(&storage);
    first.save_clock(&clock()).unwrap();
    let (mut second, _) = Store::load(&storage);
    let paused = clock().apply(ClockCommand::Pause, WallTime(5));
    second.save_clock(&paused).unwrap();

    assert!(matches!(
        first.save_clock(&clock()),
        Err(SaveError::Stale { .. })
    ));
    assert_eq!(first.reload_clock(), Ok(Some(paused)));
    first.save_clock(&clock()).unwrap();
}

#[test]
fn offers_added_in_two_tabs_are_both_listed() {
    let storage = MemoryStorage::new();
    let (mut first, _) = Store::load(&storage);
    let (mut second, _) = Store::load(&storage);
    first.save(&offer("o-1", "From tab one")).unwrap();
    second.save(&offer("o-2", "From tab two")).unwrap();

    let (_, loaded) = Store::load(&storage);
    assert_eq!(loaded.offers.len(), 2);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
}

/// Storage that refuses writes to one key.
#[derive(Default)]
struct Refusing {
    inner: MemoryStorage,
    refuse: RefCell<Option<String>>,
}

impl Storage for Refusing {
    fn get(&self, key: &str) -> Result<Option<String>, StorageFault> {
        self.inner.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageFault> {
        if self.refuse.borrow().as_deref() == Some(key) {
            return Err(StorageFault::QuotaExceeded);
        }
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
fn a_new_offer_whose_index_write_fails_leaves_no_key_behind() {
    let storage = Refusing::default();
    let (mut store, _) = Store::load(&storage);
    store.save(&offer("o-1", "Contoso VM")).unwrap();
    *storage.refuse.borrow_mut() = Some(index_key());

    assert_eq!(
        store.save(&offer("o-2", "Fabrikam VM")),
        Err(SaveError::Storage(StorageFault::QuotaExceeded))
    );
    assert_eq!(store.order(), [id("o-1")]);
    assert_eq!(storage.get(&offer_key(&id("o-2"))).unwrap(), None);
    // Once storage accepts writes again, the same save succeeds.
    *storage.refuse.borrow_mut() = None;
    store.save(&offer("o-2", "Fabrikam VM")).unwrap();
    assert_eq!(Store::load(&storage).1.offers.len(), 2);
}

#[test]
fn usage_counts_utf16_code_units_of_keys_and_values() {
    let storage = MemoryStorage::new();
    storage.set("golive:x", "é😀").unwrap(); // 8 + 1 + 2
    storage.set("other", "abc").unwrap(); // 5 + 3
    let (store, _) = Store::load(&storage); // quarantines golive:x
    let quarantined = quarantine_key("golive:x").encode_utf16().count() as u64 + 3;
    assert_eq!(
        store.usage(),
        Ok(StorageUsage {
            our_chars: quarantined,
            total_chars: quarantined + 8
        })
    );
    assert_eq!(StorageUsage::CHROMIUM_QUOTA, 5_242_880);
}

#[test]
fn a_storage_event_key_is_classified() {
    type S = Store<MemoryStorage>;
    assert_eq!(
        S::changed_key("golive:offer:o-1"),
        Some(StoreChange::Offer(id("o-1")))
    );
    assert_eq!(S::changed_key("golive:index"), Some(StoreChange::Index));
    assert_eq!(S::changed_key("golive:clock"), Some(StoreChange::Clock));
    assert_eq!(
        S::changed_key("golive:quarantine:golive:index"),
        Some(StoreChange::Quarantine(
            "golive:quarantine:golive:index".into()
        ))
    );
    assert_eq!(
        S::changed_key("golive:other"),
        Some(StoreChange::Unknown("golive:other".into()))
    );
    assert_eq!(S::changed_key("someone:else"), None);
}

/// A stored value: garbage, a truncated or whole valid envelope, or a bare value.
fn stored_value() -> impl Strategy<Value = String> {
    let valid = serde_json::to_string(&serde_json::json!({
        "schema": 1,
        "revision": 3,
        "data": offer("o-1", "Contoso VM"),
    }))
    .unwrap();
    let whole = valid.clone();
    prop_oneof![
        "\\PC{0,40}",
        (0..valid.len()).prop_map(move |n| valid.get(..n).unwrap_or_default().to_owned()),
        Just(whole),
        Just(r#"["o-1","o-2","o-1"]"#.to_owned()),
        Just(r#"{"schema":5,"revision":1,"data":null}"#.to_owned()),
        any::<i64>().prop_map(|n| n.to_string()),
    ]
}

fn stored_key() -> impl Strategy<Value = String> {
    prop_oneof![
        (0..3u8).prop_map(|n| offer_key(&id(&format!("o-{n}")))),
        Just(index_key()),
        Just(clock_key()),
        Just("golive:junk".to_owned()),
        Just("golive:quarantine:golive:offer:o-1".to_owned()),
    ]
}

proptest! {
    /// Whatever is stored, loading never panics, and every stored value is afterwards still
    /// stored, at its key or at a quarantine key, and then a save still works.
    #[test]
    fn loading_anything_never_fails_and_never_drops_a_value(
        values in prop::collection::btree_map(stored_key(), stored_value(), 0..8)
    ) {
        let storage = MemoryStorage::new();
        for (key, value) in &values {
            storage.set(key, value).unwrap();
        }
        let (mut store, _) = Store::load(&storage);
        let mut after: Vec<String> = storage
            .keys()
            .unwrap()
            .iter()
            .filter_map(|key| storage.get(key).unwrap())
            .collect();
        for value in values.values() {
            let position = after.iter().position(|kept| kept == value);
            prop_assert!(position.is_some(), "lost {:?}", value);
            if let Some(position) = position {
                after.swap_remove(position);
            }
        }
        let fresh = offer("o-new", "New");
        let saved = store.save(&fresh);
        let allowed = matches!(saved, Ok(()) | Err(SaveError::ReadOnly { .. }));
        prop_assert!(allowed, "save after load: {:?}", saved);
    }
}

/// Each kind of corruption is told apart, so that the notice can say in plain words what
/// is wrong with a value set aside.
#[test]
fn quarantine_says_which_kind_of_corruption() {
    use golive::store::QuarantineKind;
    let kind_of = |raw: &str| {
        assert_quarantined(raw)
            .into_iter()
            .find_map(|p| match p {
                LoadProblem::Quarantined { kind, .. } => Some(kind),
                _ => None,
            })
            .expect("a quarantine problem")
    };
    assert_eq!(
        kind_of(r#"{"schema":1,"revision":1,"data":{"id":"#),
        QuarantineKind::Truncated
    );
    assert_eq!(kind_of("not json at all"), QuarantineKind::NotJson);
    assert_eq!(
        kind_of(r#"{"schema":1,"revision":1,"data":{"id":42}}"#),
        QuarantineKind::WrongShape
    );
    // A valid offer of another identity under this key.
    let other = serde_json::to_string(&serde_json::json!({
        "schema": 1, "revision": 1, "data": offer("o-9", "Elsewhere"),
    }))
    .unwrap();
    assert_eq!(kind_of(&other), QuarantineKind::BrokenRules);

    let storage = MemoryStorage::new();
    storage.set("golive:mystery", "42").unwrap();
    let (_, loaded) = Store::load(&storage);
    assert!(loaded.problems.iter().any(|p| matches!(
        p,
        LoadProblem::Quarantined {
            kind: QuarantineKind::UnknownKey,
            ..
        }
    )));
}
