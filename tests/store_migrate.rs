//! Migrations: each older schema, kept as a fixture file, loads through the real load path
//! and is written back in the current schema.
#![cfg(not(target_arch = "wasm32"))]

use golive::domain::OfferId;
use golive::store::{
    index_key, migrate, offer_key, Envelope, MemoryStorage, MigrateError, ReadError, Storage,
    Store, SCHEMA,
};
use serde_json::json;

const OFFER_V0: &str = include_str!("fixtures/store/offer-v0.json");
const INDEX_V0: &str = include_str!("fixtures/store/index-v0.json");
const OFFER_V1: &str = include_str!("fixtures/store/offer-v1.json");
const INDEX_V1: &str = include_str!("fixtures/store/index-v1.json");

#[test]
fn a_bare_offer_of_schema_0_loads_through_the_store_and_is_saved_as_schema_1() {
    let storage = MemoryStorage::new();
    let id = OfferId("o-legacy".into());
    storage.set(&offer_key(&id), OFFER_V0).unwrap();
    storage.set(&index_key(), INDEX_V0).unwrap();

    let (mut store, loaded) = Store::load(&storage);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.offers.len(), 1);
    let offer = &loaded.offers[0];
    assert_eq!(offer.id, id);
    assert_eq!(offer.draft.settings.name, "Legacy Contoso VM");
    assert_eq!(offer.draft.skus.len(), 1);
    // Loading does not rewrite it; saving does, in the current schema.
    assert_eq!(
        storage.get(&offer_key(&id)).unwrap().as_deref(),
        Some(OFFER_V0)
    );
    store.save(offer).unwrap();
    let stored: serde_json::Value =
        serde_json::from_str(&storage.get(&offer_key(&id)).unwrap().unwrap()).unwrap();
    assert_eq!(stored["schema"], SCHEMA);
    assert_eq!(stored["revision"], 1);
    let (_, again) = Store::load(&storage);
    assert_eq!(again.offers, loaded.offers);
}

#[test]
fn a_bare_index_of_schema_0_is_read_as_the_index() {
    let decoded = Envelope::<Vec<OfferId>>::decode(INDEX_V0).unwrap();
    assert_eq!(decoded.schema, SCHEMA);
    assert_eq!(decoded.revision, 0);
    assert_eq!(decoded.data, [OfferId("o-legacy".into())]);
}

/// An offer's JSON as the step to schema 3 leaves it: its emails numbered, nothing else
/// changed.
fn numbered(mut offer: serde_json::Value) -> serde_json::Value {
    golive::store::migrate::number_emails(&mut offer);
    offer
}

#[test]
fn migrating_the_v0_fixture_keeps_every_field() {
    let data: serde_json::Value = serde_json::from_str(OFFER_V0).unwrap();
    assert_eq!(migrate(0, data.clone()), Ok(numbered(data)));
}

#[test]
fn migration_refuses_a_bare_scalar() {
    assert!(matches!(
        migrate(0, json!("text")),
        Err(MigrateError::Step { from: 0, .. })
    ));
}

#[test]
fn migration_leaves_current_data_as_it_is_and_refuses_newer_data() {
    assert_eq!(migrate(SCHEMA, json!({"a": 1})), Ok(json!({"a": 1})));
    assert_eq!(
        migrate(SCHEMA + 1, json!({})),
        Err(MigrateError::Newer { schema: SCHEMA + 1 })
    );
    assert_eq!(
        Envelope::<serde_json::Value>::decode(r#"{"schema":7,"revision":1,"data":{}}"#),
        Err(ReadError::NewerSchema(7))
    );
}

#[test]
fn a_plain_offer_of_schema_1_loads_and_is_saved_packed_in_the_current_schema() {
    let storage = MemoryStorage::new();
    let id = OfferId("o-typical-v1".into());
    storage.set(&offer_key(&id), OFFER_V1).unwrap();
    storage.set(&index_key(), INDEX_V1).unwrap();

    let (mut store, loaded) = Store::load(&storage);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.offers.len(), 1);
    let offer = &loaded.offers[0];
    let fixture: serde_json::Value = serde_json::from_str(OFFER_V1).unwrap();
    assert_eq!(
        serde_json::to_value(offer).unwrap(),
        numbered(fixture["data"].clone())
    );
    // Loading leaves the value as it was; the next save writes it packed, one revision on.
    assert_eq!(
        storage.get(&offer_key(&id)).unwrap().as_deref(),
        Some(OFFER_V1)
    );
    store.save(offer).unwrap();
    let text = storage.get(&offer_key(&id)).unwrap().unwrap();
    let stored: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(stored["schema"], SCHEMA);
    assert_eq!(stored["revision"], 8);
    assert!(stored.get("data").is_none());
    assert!(stored["packed"].is_string());
    assert!(text.encode_utf16().count() * 4 < OFFER_V1.encode_utf16().count());
    let (_, again) = Store::load(&storage);
    assert_eq!(again.offers, loaded.offers);
}

#[test]
fn migrating_the_v1_fixture_keeps_every_field() {
    let fixture: serde_json::Value = serde_json::from_str(OFFER_V1).unwrap();
    let data = fixture["data"].clone();
    assert_eq!(migrate(1, data.clone()), Ok(numbered(data)));
}

const OFFER_V2: &str = include_str!("fixtures/store/offer-v2.json");
const INDEX_V2: &str = include_str!("fixtures/store/index-v2.json");

#[test]
fn a_packed_offer_of_schema_2_loads_with_its_emails_numbered_and_is_saved_as_the_current_schema() {
    use golive::domain::{Command, NotificationId, SimClock, SimTime, WallTime};
    let storage = MemoryStorage::new();
    let id = OfferId("o-typical".into());
    storage.set(&offer_key(&id), OFFER_V2).unwrap();
    storage.set(&index_key(), INDEX_V2).unwrap();

    let (mut store, loaded) = Store::load(&storage);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let offer = &loaded.offers[0];
    let ids: Vec<NotificationId> = offer.notifications.iter().map(|n| n.id).collect();
    assert_eq!(ids, [NotificationId(1), NotificationId(2)]);
    assert_eq!(offer.emails_sent, 2);
    assert!(offer.is_consistent(), "{:?}", offer.inconsistencies());

    // The second email is marked read by its identity, and the change is saved in the
    // current schema and read back.
    let clock = SimClock::new(WallTime(0), SimTime(offer.changed.0));
    let read = golive::domain::apply(
        offer,
        Command::MarkNotificationRead {
            id: NotificationId(2),
        },
        &clock,
        WallTime(0),
    )
    .unwrap()
    .offer;
    store.save(&read).unwrap();
    let stored: serde_json::Value =
        serde_json::from_str(&storage.get(&offer_key(&id)).unwrap().unwrap()).unwrap();
    assert_eq!(stored["schema"], SCHEMA);
    let (_, again) = Store::load(&storage);
    assert!(again.problems.is_empty(), "{:?}", again.problems);
    let flags: Vec<bool> = again.offers[0]
        .notifications
        .iter()
        .map(|n| n.read)
        .collect();
    assert_eq!(flags, [false, true]);
}

const OFFER_V3: &str = include_str!("fixtures/store/offer-v3.json");
const INDEX_V3: &str = include_str!("fixtures/store/index-v3.json");
const OFFER_V4_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/store/offer-v4.json"
);
const INDEX_V4_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/store/index-v4.json"
);

#[test]
fn an_offer_of_schema_3_loads_without_image_copies_and_is_saved_as_the_current_schema() {
    let storage = MemoryStorage::new();
    let id = OfferId("o-typical".into());
    storage.set(&offer_key(&id), OFFER_V3).unwrap();
    storage.set(&index_key(), INDEX_V3).unwrap();

    let (mut store, loaded) = Store::load(&storage);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let offer = &loaded.offers[0];
    assert!(offer.is_consistent(), "{:?}", offer.inconsistencies());
    let logos = &offer.draft.marketplace.logos;
    let small = logos.small.as_ref().expect("the fixture has a small logo");
    assert!(small.is_png() && small.png.is_empty());
    assert_eq!(golive::domain::images::copies_bytes(&offer.draft, None), 0);

    store.save(offer).unwrap();
    let stored: serde_json::Value =
        serde_json::from_str(&storage.get(&offer_key(&id)).unwrap().unwrap()).unwrap();
    assert_eq!(stored["schema"], SCHEMA);
    let (_, again) = Store::load(&storage);
    assert!(again.problems.is_empty(), "{:?}", again.problems);
    assert_eq!(&again.offers[0], offer);
}

/// The current schema's fixture: the typical offer, with its image copies, as this build
/// stores it (regenerate with `GOLIVE_WRITE_FIXTURES=1`; a later schema keeps it frozen).
#[test]
fn an_offer_of_schema_4_loads_with_its_image_copies() {
    use golive::domain::{images, sample};
    let id = OfferId("o-typical".into());
    if std::env::var_os("GOLIVE_WRITE_FIXTURES").is_some() {
        let storage = MemoryStorage::new();
        let (mut store, _) = Store::load(&storage);
        store.save(&sample::typical_offer(id.clone())).unwrap();
        let offer = storage.get(&offer_key(&id)).unwrap().unwrap();
        let index = storage.get(&index_key()).unwrap().unwrap();
        std::fs::write(OFFER_V4_PATH, offer).unwrap();
        std::fs::write(INDEX_V4_PATH, index).unwrap();
    }
    let storage = MemoryStorage::new();
    storage
        .set(
            &offer_key(&id),
            &std::fs::read_to_string(OFFER_V4_PATH).unwrap(),
        )
        .unwrap();
    storage
        .set(
            &index_key(),
            &std::fs::read_to_string(INDEX_V4_PATH).unwrap(),
        )
        .unwrap();
    let (_, loaded) = Store::load(&storage);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let offer = &loaded.offers[0];
    assert_eq!(offer, &sample::typical_offer(id));
    assert!(images::copies_bytes(&offer.draft, None) > 0);
    assert_eq!(images::problems_of(offer), []);
}
