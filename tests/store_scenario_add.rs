//! Adding a shared scenario through the session: always a new offer, its failure planned,
//! the scenario's speed applied only when asked, and nothing changed when refused.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{id, open_session, wall, W0};

use golive::domain::{
    FaultReason, HistoryKind, Offer, Scenario, ScenarioFault, ScenarioProblem, SimTime, Speed, Step,
};
use golive::store::session::{OfferCell, ScenarioAddError, Session};
use golive::store::{offer_key, Envelope, MemoryStorage, Storage};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

type Cell = Rc<RefCell<Offer>>;
type Tab<'s> = Session<&'s MemoryStorage, Cell>;

fn open(storage: &MemoryStorage) -> Tab<'_> {
    open_session(storage)
}

/// The typical offer's form, Provisioning planned to fail, real time, in Russian.
fn scenario() -> Scenario {
    let offer: Offer =
        serde_json::from_str(include_str!("fixtures/typical-offer.json")).expect("an offer");
    Scenario {
        form: offer.draft,
        fault: Some(ScenarioFault {
            step: Step::Provisioning,
            reason: FaultReason::ReplicationFailed,
        }),
        speed: Speed::RealTime,
        language: "ru".into(),
    }
}

/// Every key and value in storage.
fn snapshot(storage: &MemoryStorage) -> BTreeMap<String, String> {
    storage
        .keys()
        .unwrap()
        .into_iter()
        .map(|key| {
            let value = storage.get(&key).unwrap().unwrap_or_default();
            (key, value)
        })
        .collect()
}

fn stored(storage: &MemoryStorage, text: &str) -> Offer {
    let raw = storage.get(&offer_key(&id(text))).unwrap().unwrap();
    Envelope::<Offer>::decode(&raw).unwrap().data
}

#[test]
fn a_scenario_becomes_a_new_offer_with_its_failure_planned_and_stored() {
    let storage = MemoryStorage::new();
    let mut tab = open(&storage);
    let mut mine = Offer::new(id("mine"), "Mine".into(), SimTime(W0));
    mine.draft.settings.name = "Contoso Web Server".into();
    tab.add(mine.clone(), wall(1)).unwrap();
    let before_mine = stored(&storage, "mine");

    let added = tab
        .add_scenario(&scenario(), id("shared"), false, wall(2))
        .expect("added");
    assert!(added.write.is_stored());
    let offer = stored(&storage, "shared");
    assert_eq!(offer.draft, scenario().form);
    let fault = offer.fault.as_ref().expect("a planned failure");
    assert_eq!(
        (fault.step, &fault.reason),
        (Step::Provisioning, &FaultReason::ReplicationFailed)
    );
    assert!(offer
        .history
        .iter()
        .any(|event| matches!(event.kind, HistoryKind::FaultPlanned { .. })));
    assert!(offer.run.is_none(), "never published");
    assert_eq!(added.cell.read(|shown| shown.clone()), offer);
    // The visitor's offer, of the same name, is untouched.
    assert_eq!(stored(&storage, "mine"), before_mine);
    // A reload finds both.
    let again = open(&storage);
    assert_eq!(again.offers().count(), 2);
}

#[test]
fn the_same_scenario_twice_makes_two_offers_and_never_replaces_one() {
    let storage = MemoryStorage::new();
    let mut tab = open(&storage);
    tab.add_scenario(&scenario(), id("a"), false, wall(1))
        .unwrap();
    tab.add_scenario(&scenario(), id("b"), false, wall(2))
        .unwrap();
    assert_eq!(tab.offers().count(), 2);
    let before = snapshot(&storage);
    let refused = tab.add_scenario(&scenario(), id("a"), true, wall(3));
    assert!(matches!(refused, Err(ScenarioAddError::Exists(taken)) if taken == id("a")));
    assert_eq!(snapshot(&storage), before);
    assert_eq!(tab.offers().count(), 2);
}

#[test]
fn the_scenario_speed_applies_only_when_asked() {
    let storage = MemoryStorage::new();
    let mut tab = open(&storage);
    let visitor = tab.clock().speed;
    assert_ne!(
        visitor,
        Speed::RealTime,
        "a first visit runs a day a minute"
    );
    let kept = tab
        .add_scenario(&scenario(), id("a"), false, wall(1))
        .unwrap();
    assert!(kept.clock.is_none());
    assert_eq!(tab.clock().speed, visitor);
    let taken = tab
        .add_scenario(&scenario(), id("b"), true, wall(2))
        .unwrap();
    assert!(taken.clock.expect("the clock was written").is_stored());
    assert_eq!(tab.clock().speed, Speed::RealTime);
    // Stored: a reload runs at it too.
    assert_eq!(open(&storage).clock().speed, Speed::RealTime);
}

#[test]
fn an_unacceptable_scenario_changes_nothing() {
    let storage = MemoryStorage::new();
    let mut tab = open(&storage);
    tab.add_scenario(&scenario(), id("a"), false, wall(1))
        .unwrap();
    let before = snapshot(&storage);
    let mut bad = scenario();
    bad.fault = Some(ScenarioFault {
        step: Step::ValidatePrerequisites,
        reason: FaultReason::Custom("no".into()),
    });
    assert_eq!(
        tab.add_scenario(&bad, id("b"), true, wall(2)).err(),
        Some(ScenarioAddError::Invalid(
            ScenarioProblem::FaultDoesNotFit {
                step: Step::ValidatePrerequisites
            }
        ))
    );
    let mut bad = scenario();
    bad.language = "tlh".into();
    assert!(tab.add_scenario(&bad, id("c"), true, wall(3)).is_err());
    assert_eq!(snapshot(&storage), before);
    assert_eq!(tab.offers().count(), 1);
}
