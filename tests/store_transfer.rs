//! Export and import: one JSON file; a bad file is refused with a clear error and changes
//! nothing; conflicts are planned and resolved by replace or keep both.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{advanced, clock, complete_offer, id, publish};
use golive::domain::*;
use golive::store::{
    apply_import, export, parse_import, plan_import, ApplyError, ImportChoice, ImportConflict,
    ImportError, ImportFile, MemoryStorage, Store,
};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::HashMap;

const MAX: usize = 1 << 20;

/// An offer after a publishing run of `seed` and `days` of simulated time: runs, history,
/// notifications (its inbox).
fn published(local: &str, seed: u64, days: i64) -> Offer {
    advanced(
        &publish(&complete_offer(local, "Contoso VM"), seed),
        days * DAY_MS,
    )
}

fn exported(offers: &[Offer]) -> Value {
    serde_json::from_str(&export(offers, &clock())).unwrap()
}

fn parse(value: &Value) -> Result<ImportFile, ImportError> {
    parse_import(&value.to_string(), MAX)
}

#[test]
fn export_then_import_gives_back_every_offer_and_the_clock() {
    let offers = vec![published("o-1", 1, 1), published("o-2", 2, 30)];
    assert!(!offers[0].history.is_empty());
    assert!(!offers[1].notifications.is_empty());
    let text = export(&offers, &clock());
    let file = parse_import(&text, MAX).unwrap();
    assert_eq!(file.offers, offers);
    assert_eq!(file.clock, clock());
}

#[test]
fn the_export_file_names_its_format_and_version() {
    let value = exported(&[published("o-1", 1, 1)]);
    assert_eq!(value["format"], "golive-export");
    assert_eq!(value["version"], 3);
    assert_eq!(value["exported_offers"].as_array().map(Vec::len), Some(1));
    assert!(value["clock"].is_object());
}

#[test]
fn a_file_over_the_limit_is_refused_before_parsing() {
    let text = export(&[published("o-1", 1, 1)], &clock());
    assert_eq!(
        parse_import(&text, 100),
        Err(ImportError::TooLarge {
            max: 100,
            actual: text.len()
        })
    );
}

#[test]
fn a_file_that_is_not_json_is_refused() {
    assert!(matches!(
        parse_import("{\"format\": \"golive-export\",", MAX),
        Err(ImportError::NotJson(_))
    ));
}

#[test]
fn json_that_is_not_an_export_is_refused() {
    assert_eq!(parse(&json!([1, 2])), Err(ImportError::NotAnExport));
    assert_eq!(
        parse(&json!({"format": "other", "version": 1})),
        Err(ImportError::NotAnExport)
    );
    let mut no_offers = exported(&[]);
    no_offers.as_object_mut().unwrap().remove("exported_offers");
    assert_eq!(parse(&no_offers), Err(ImportError::NotAnExport));
}

#[test]
fn an_export_of_another_version_is_refused() {
    let mut value = exported(&[]);
    value["version"] = json!(4);
    assert_eq!(
        parse(&value),
        Err(ImportError::WrongVersion {
            found: 4,
            supported: 3
        })
    );
}

#[test]
fn an_export_of_version_1_is_read_with_its_emails_numbered() {
    // Ten days: past Publisher Signoff, so the preview email has been sent.
    let offer = published("o-1", 1, 10);
    assert!(!offer.notifications.is_empty());
    let mut value = exported(std::slice::from_ref(&offer));
    value["version"] = json!(1);
    let emails = value["exported_offers"][0].as_object_mut().unwrap();
    emails.remove("emails_sent");
    for email in emails["notifications"].as_array_mut().unwrap() {
        email.as_object_mut().unwrap().remove("id");
    }
    let file = parse(&value).unwrap();
    assert_eq!(file.offers, [offer]);
}

#[test]
fn an_offer_of_the_wrong_shape_is_refused_with_its_position() {
    let mut value = exported(&[published("o-1", 1, 1), published("o-2", 2, 1)]);
    value["exported_offers"][1]["runs"] = json!("many");
    assert!(matches!(
        parse(&value),
        Err(ImportError::InvalidOffer { index: 1, .. })
    ));
}

#[test]
fn an_offer_that_breaks_the_engine_rules_is_refused() {
    let mut value = exported(&[published("o-1", 1, 1)]);
    value["exported_offers"][0]["runs"] = json!(0);
    assert!(matches!(
        parse(&value),
        Err(ImportError::InvalidOffer { index: 0, reason }) if reason.contains("RunNumber")
    ));
}

#[test]
fn an_offer_without_an_identity_is_refused() {
    let mut value = exported(&[]);
    value["exported_offers"] = json!([{}]);
    assert!(matches!(
        parse(&value),
        Err(ImportError::InvalidOffer { index: 0, .. })
    ));
}

#[test]
fn a_broken_clock_is_refused() {
    let mut value = exported(&[]);
    value["clock"] = json!("noon");
    assert!(matches!(parse(&value), Err(ImportError::InvalidClock(_))));
}

#[test]
fn a_file_with_the_same_identity_twice_is_refused() {
    let value = exported(&[published("o-1", 1, 1), published("o-1", 2, 1)]);
    assert_eq!(
        parse(&value),
        Err(ImportError::DuplicateIdsInFile { id: id("o-1") })
    );
}

#[test]
fn a_refused_import_changes_nothing_stored() {
    let storage = MemoryStorage::new();
    let (mut store, _) = Store::load(&storage);
    store.save(&published("o-1", 1, 1)).unwrap();
    let before = store.usage().unwrap();
    let mut value = exported(&[published("o-2", 1, 1)]);
    value["version"] = json!(9);
    assert!(parse(&value).is_err());
    assert_eq!(store.usage().unwrap(), before);
}

#[test]
fn conflicts_are_the_imported_offers_whose_identity_exists() {
    let file = parse(&exported(&[
        published("o-1", 1, 1),
        published("o-2", 2, 1),
        published("o-3", 3, 1),
    ]))
    .unwrap();
    assert_eq!(
        plan_import(&[id("o-3"), id("o-1"), id("o-9")], &file),
        [
            ImportConflict {
                index: 0,
                id: id("o-1")
            },
            ImportConflict {
                index: 2,
                id: id("o-3")
            },
        ]
    );
}

#[test]
fn replace_keeps_the_identity_and_overwrites_the_existing_offer_when_saved() {
    let storage = MemoryStorage::new();
    let (mut store, _) = Store::load(&storage);
    store.save(&published("o-1", 1, 1)).unwrap();
    let incoming = published("o-1", 5, 30);
    let file = parse(&exported(std::slice::from_ref(&incoming))).unwrap();
    let choices = HashMap::from([(id("o-1"), ImportChoice::Replace)]);

    let offers = apply_import(&file, store.order(), &choices).unwrap();
    assert_eq!(offers, std::slice::from_ref(&incoming));
    for offer in &offers {
        store.save(offer).unwrap();
    }
    assert_eq!(Store::load(&storage).1.offers, [incoming]);
}

#[test]
fn keep_both_gives_the_imported_offer_the_new_identity() {
    let storage = MemoryStorage::new();
    let (mut store, _) = Store::load(&storage);
    let existing = published("o-1", 1, 1);
    store.save(&existing).unwrap();
    let file = parse(&exported(&[
        published("o-1", 5, 30),
        published("o-2", 6, 1),
    ]))
    .unwrap();
    let choices = HashMap::from([(id("o-1"), ImportChoice::KeepBoth { new_id: id("o-1b") })]);

    let offers = apply_import(&file, store.order(), &choices).unwrap();
    let ids: Vec<_> = offers.iter().map(|o| o.id.clone()).collect();
    assert_eq!(ids, [id("o-1b"), id("o-2")]);
    for offer in &offers {
        store.save(offer).unwrap();
    }
    let loaded = Store::load(&storage).1;
    assert_eq!(loaded.offers.len(), 3);
    assert_eq!(loaded.offers[0], existing);
}

#[test]
fn a_conflict_without_a_choice_or_a_taken_new_identity_is_refused() {
    let file = parse(&exported(&[published("o-1", 1, 1), published("o-2", 2, 1)])).unwrap();
    let existing = [id("o-1")];
    assert_eq!(
        apply_import(&file, &existing, &HashMap::new()),
        Err(ApplyError::MissingChoice { id: id("o-1") })
    );
    let taken = HashMap::from([(id("o-1"), ImportChoice::KeepBoth { new_id: id("o-2") })]);
    assert_eq!(
        apply_import(&file, &existing, &taken),
        Err(ApplyError::NewIdTaken { id: id("o-2") })
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Export then import is the identity on offers derived from the sample, at any point
    /// of a run and with any name.
    #[test]
    fn export_then_import_is_the_identity(
        specs in prop::collection::vec((any::<u64>(), 0i64..40, "\\PC{0,24}"), 0..4)
    ) {
        let offers: Vec<Offer> = specs
            .iter()
            .enumerate()
            .map(|(n, (seed, days, name))| {
                let mut offer = published(&format!("o-{n}"), *seed, *days);
                offer.draft.settings.name = name.clone();
                offer
            })
            .collect();
        let file = parse_import(&export(&offers, &clock()), MAX);
        prop_assert_eq!(file.map(|file| file.offers), Ok(offers));
    }
}

/// An offer whose first screenshot's kept copy is replaced by `copy`, declared `width` x
/// `height`.
fn with_screenshot(copy: Vec<u8>, width: u32, height: u32) -> Offer {
    let mut offer = published("o-1", 1, 1);
    let shot = &mut offer.draft.marketplace.screenshots[0];
    shot.png = PngData::new(copy);
    shot.width = width;
    shot.height = height;
    offer
}

#[test]
fn image_copies_travel_in_the_export_and_are_validated_on_import() {
    let offer = published("o-1", 1, 1);
    let shot = offer.draft.marketplace.screenshots[0].clone();
    assert!(!shot.png.is_empty(), "the sample keeps a copy");
    let file = parse(&exported(std::slice::from_ref(&offer))).unwrap();
    assert_eq!(file.offers[0].draft.marketplace.screenshots[0], shot);

    // Declared 533 x 324, but the PNG is a logo of 40 x 40.
    let logo = offer.draft.marketplace.logos.small.clone().unwrap().png;
    let lying = with_screenshot(logo.bytes().to_vec(), 533, 324);
    match parse(&exported(&[lying])) {
        Err(ImportError::InvalidImage {
            index: 0,
            path,
            problem,
        }) => {
            assert_eq!(path, fields::marketplace::screenshot(0));
            assert_eq!(
                problem,
                ImageProblem::SizeMismatch {
                    declared: (533, 324),
                    actual: (40, 40)
                }
            );
        }
        other => panic!("{other:?}"),
    }

    // Not a PNG at all: a script saved under an image's name.
    let script = with_screenshot(b"<script>alert(1)</script>".to_vec(), 533, 324);
    assert!(matches!(
        parse(&exported(&[script])),
        Err(ImportError::InvalidImage {
            problem: ImageProblem::NotPng(_),
            ..
        })
    ));

    // A PNG cut short.
    let mut cut = shot.png.bytes().to_vec();
    cut.truncate(cut.len() / 2);
    assert!(matches!(
        parse(&exported(&[with_screenshot(cut, 533, 324)])),
        Err(ImportError::InvalidImage {
            problem: ImageProblem::NotPng(_),
            ..
        })
    ));
}
