#![cfg(not(target_arch = "wasm32"))]
//! The completed lessons, `golive:lessons`: kept through the store, read tolerantly, never
//! written over when a newer build wrote them, and merged with another tab's.

mod common;

use common::faults::Faulty;
use golive::domain::lesson::{setup, SetupContext, ALL};
use golive::domain::sample::complete_form;
use golive::domain::*;
use golive::store::session::{Session, SessionOptions};
use golive::store::{
    classify, lessons_key, load_lessons, mark_lesson_done, offer_key, quarantine_key, LessonSaved,
    Storage, StorageFault, Store, StoreChange, StoredLessons,
};
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

type Cell = Rc<RefCell<Offer>>;
type Tab<'s> = Session<&'s Faulty, Cell>;

const W0: i64 = 1_767_225_600_000;

fn open(storage: &Faulty) -> Tab<'_> {
    Session::open(storage, WallTime(W0), SessionOptions::default())
}

fn keys(stored: &StoredLessons) -> Vec<String> {
    stored.done().into_iter().collect()
}

/// The offers of lesson `id`, as its setup builds them, added to the tab.
fn start(tab: &mut Tab, id: LessonId, n: &mut u32) {
    let ctx = SetupContext {
        clock: tab.clock().clone(),
        wall: WallTime(W0),
        seed: 3,
        form: complete_form(),
        name: "Lesson".into(),
        email: "learner@contoso.com".into(),
    };
    let offers = setup(id, &ctx, &mut || {
        *n += 1;
        OfferId(format!("lesson-{n}"))
    })
    .expect("setup");
    for offer in offers {
        tab.add(offer, WallTime(W0)).expect("added");
    }
}

#[test]
fn a_completion_is_stored_and_read_back() {
    let storage = Faulty::default();
    assert_eq!(keys(&load_lessons(&storage)), Vec::<String>::new());
    assert_eq!(mark_lesson_done(&storage, "sas_uri"), LessonSaved::Stored);
    assert_eq!(
        mark_lesson_done(&storage, "sas_uri"),
        LessonSaved::AlreadyStored
    );
    assert_eq!(
        mark_lesson_done(&storage, "first_go_live"),
        LessonSaved::Stored
    );
    let read = load_lessons(&storage);
    assert_eq!(keys(&read), ["first_go_live", "sas_uri"]);
    assert!(matches!(read, StoredLessons::Read { revision: 2, .. }));
}

#[test]
fn the_key_is_one_the_app_defines_and_survives_a_load() {
    assert_eq!(classify(&lessons_key()), Some(StoreChange::Lessons));
    let storage = Faulty::default();
    mark_lesson_done(&storage, "sas_uri");
    let (_, loaded) = Store::load(&storage);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(keys(&load_lessons(&storage)), ["sas_uri"]);
}

#[test]
fn a_corrupt_value_counts_as_nothing_and_is_set_aside_at_the_next_write() {
    for bad in [
        "not json",
        r#"{"schema":4,"revision":1,"data":"sas_uri"}"#,
        r#"{"schema":4,"revision":1,"data":["<script>"]}"#,
        "42",
    ] {
        let storage = Faulty::default();
        storage.set(&lessons_key(), bad).unwrap();
        assert!(
            matches!(load_lessons(&storage), StoredLessons::Corrupt(_)),
            "{bad}"
        );
        assert!(load_lessons(&storage).done().is_empty());
        let saved = mark_lesson_done(&storage, "sas_uri");
        let quarantined = quarantine_key(&lessons_key());
        assert_eq!(
            saved,
            LessonSaved::StoredAfterQuarantine {
                quarantined_as: quarantined.clone()
            }
        );
        assert_eq!(storage.get(&quarantined).unwrap().as_deref(), Some(bad));
        assert_eq!(keys(&load_lessons(&storage)), ["sas_uri"]);
    }
}

#[test]
fn a_hand_written_bare_list_is_read() {
    let storage = Faulty::default();
    storage.set(&lessons_key(), r#"["first_go_live"]"#).unwrap();
    assert_eq!(keys(&load_lessons(&storage)), ["first_go_live"]);
}

#[test]
fn a_newer_schema_is_left_untouched() {
    let storage = Faulty::default();
    let newer = r#"{"schema":99,"revision":7,"data":{"lessons":"their shape"}}"#;
    storage.set(&lessons_key(), newer).unwrap();
    assert_eq!(load_lessons(&storage), StoredLessons::Newer(99));
    assert_eq!(
        mark_lesson_done(&storage, "sas_uri"),
        LessonSaved::NewerSchema(99)
    );
    assert_eq!(storage.get(&lessons_key()).unwrap().as_deref(), Some(newer));
}

#[test]
fn a_refused_write_is_answered_and_changes_nothing() {
    let storage = Faulty::default();
    mark_lesson_done(&storage, "sas_uri");
    let before = storage.get(&lessons_key()).unwrap();
    storage.refuse_writes(StorageFault::QuotaExceeded);
    assert_eq!(
        mark_lesson_done(&storage, "first_go_live"),
        LessonSaved::Failed(StorageFault::QuotaExceeded)
    );
    assert_eq!(storage.get(&lessons_key()).unwrap(), before);
}

#[test]
fn two_tabs_completions_are_both_kept() {
    let storage = Faulty::default();
    let mut a = open(&storage);
    let mut b = open(&storage);
    let mut n = 0;
    start(&mut a, LessonId::SupportRequest, &mut n);
    start(&mut b, LessonId::IncompleteOffer, &mut n);
    // Neither goal reached: nothing written.
    assert_eq!(a.mark_lesson_done(LessonId::SupportRequest), None);
    assert_eq!(storage.get(&lessons_key()).unwrap(), None);

    let mine = a.lesson_offers(LessonId::SupportRequest);
    assert_eq!(mine.len(), 1);
    a.command(
        &mine[0],
        Command::OpenSupportRequest {
            text: "Help".into(),
        },
        WallTime(W0 + 1_000),
    )
    .expect("request");
    // B read the value before A wrote; its write must not lose A's.
    let theirs = b.lesson_offers(LessonId::IncompleteOffer);
    b.edit(&theirs[0], WallTime(W0 + 1_500), |form| {
        form.marketplace.summary = "Fixed".into();
        form.support.customer.email = "help@contoso.com".into();
    })
    .expect("edited");
    assert_eq!(
        a.mark_lesson_done(LessonId::SupportRequest),
        Some(LessonSaved::Stored)
    );
    b.command(
        &theirs[0],
        Command::Publish { seed: 1 },
        WallTime(W0 + 2_000),
    )
    .expect("publish");
    assert_eq!(
        b.mark_lesson_done(LessonId::IncompleteOffer),
        Some(LessonSaved::Stored)
    );
    let both: BTreeSet<_> = [LessonId::SupportRequest, LessonId::IncompleteOffer].into();
    assert_eq!(a.completed_lessons(), both);
    assert_eq!(b.completed_lessons(), both);
}

#[test]
fn a_completion_of_a_lesson_this_build_does_not_know_is_kept() {
    let storage = Faulty::default();
    mark_lesson_done(&storage, "a_newer_lesson");
    let tab = open(&storage);
    assert!(tab.completed_lessons().is_empty());
    mark_lesson_done(&storage, "sas_uri");
    assert_eq!(keys(&load_lessons(&storage)), ["a_newer_lesson", "sas_uri"]);
}

#[test]
fn resetting_a_lesson_deletes_its_offers_and_no_other() {
    let storage = Faulty::default();
    let mut tab = open(&storage);
    let mut mine = Offer::new(OfferId("mine".into()), "Mine".into(), SimTime(W0));
    mine.draft = complete_form();
    tab.add(mine, WallTime(W0)).expect("added");
    let before = storage.get(&offer_key(&OfferId("mine".into()))).unwrap();
    let mut n = 0;
    for id in ALL {
        start(&mut tab, id, &mut n);
    }
    tab.delete_lesson_offers(LessonId::SasUri, WallTime(W0 + 1))
        .expect("deleted");
    assert!(tab.lesson_offers(LessonId::SasUri).is_empty());
    assert_eq!(tab.lesson_offers(LessonId::FirstGoLive).len(), 1);
    assert_eq!(
        storage.get(&offer_key(&OfferId("mine".into()))).unwrap(),
        before
    );
}
