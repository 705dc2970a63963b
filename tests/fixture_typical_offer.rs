//! The typical offer fixture the benchmark stores: it is what `sample::typical_offer` builds,
//! so it cannot drift from the domain. Regenerate with `GOLIVE_WRITE_FIXTURES=1 cargo test`.
#![cfg(not(target_arch = "wasm32"))]

use golive::domain::{sample, Offer, OfferId, PublishState, Step};

const PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/typical-offer.json"
);
const RUNNING: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/running-offer.json"
);

/// Compares a fixture file with what the domain builds (or rewrites it on request).
fn pinned(path: &str, offer: &Offer) {
    let json = serde_json::to_string_pretty(offer).expect("an offer serialises");
    if std::env::var_os("GOLIVE_WRITE_FIXTURES").is_some() {
        std::fs::write(path, format!("{json}\n")).expect("the fixture is writable");
    }
    let stored = std::fs::read_to_string(path).expect("the fixture exists");
    assert_eq!(
        stored.trim_end(),
        json,
        "regenerate with GOLIVE_WRITE_FIXTURES=1 cargo test"
    );
}

#[test]
fn the_typical_offer_is_live_with_one_finished_run_and_a_long_description() {
    let offer = sample::typical_offer(OfferId("typical".into()));
    assert_eq!(
        offer.run.as_ref().map(|run| run.state),
        Some(PublishState::Succeeded)
    );
    assert!(offer.live.is_some());
    assert!(offer.is_consistent());
    let description = offer.draft.marketplace.description.chars().count();
    assert!(
        (900..=1100).contains(&description),
        "{description} characters"
    );
    assert_eq!(offer.draft.skus.len(), 1);
    assert_eq!(offer.draft.skus[0].disk_versions.len(), 1);
}

#[test]
fn the_stored_fixtures_are_what_the_domain_builds() {
    pinned(PATH, &sample::typical_offer(OfferId("typical".into())));
    pinned(RUNNING, &sample::running_offer(OfferId("typical".into())));
}

#[test]
fn the_running_offer_is_in_certification_with_its_deadline_ahead() {
    let offer = sample::running_offer(OfferId("typical".into()));
    assert_eq!(offer.current_step(), Some(Step::Certification));
    assert!(offer.is_consistent());
    let due = offer.next_deadline().expect("a deadline");
    assert!(
        due.0 > 1_700_000_000_000 + 3_600_000,
        "deadline after the snapshot"
    );
}
