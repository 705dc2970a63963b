//! The session, the one owner of saving: two tabs over one storage, refused writes, imports.
//! Each test here is a way work used to be lost (in the interface's state, before the
//! session existed) or a promise of the typed answers.
//!
//! Longer than most files: the session's scenarios share their tabs and helpers.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::faults::Faulty;
use common::{id, open_session, wall, W0};
use golive::domain::sample::complete_form;
use golive::domain::{Command, Offer, PublishState, SimTime, Step, DAY_MS, MINUTE_MS};
use golive::store::notices::Notice;
use golive::store::session::{
    CommandError, DeleteError, Elsewhere, Failure, ImportJob, ImportRefusal, ImportStep, OfferCell,
    Session, SessionOptions, Write,
};
use golive::store::{offer_key, Envelope, Storage, StorageFault};
use std::cell::RefCell;
use std::rc::Rc;

type Cell = Rc<RefCell<Offer>>;
type Tab<'s> = Session<&'s Faulty, Cell>;

fn open(storage: &Faulty) -> Tab<'_> {
    open_session(storage)
}

/// A complete offer, ready to publish.
fn complete(text: &str) -> Offer {
    let mut offer = Offer::new(id(text), "Contoso".into(), SimTime(W0));
    offer.draft = complete_form();
    offer
}

/// The offer as storage has it.
fn stored(storage: &Faulty, text: &str) -> Offer {
    let raw = storage.get(&offer_key(&id(text))).unwrap().unwrap();
    Envelope::<Offer>::decode(&raw).unwrap().data
}

fn summary(tab: &Tab, text: &str) -> String {
    tab.cell(&id(text))
        .unwrap()
        .read(|offer| offer.draft.marketplace.summary.clone())
}

/// Publish and the notification email: the run starts.
fn publish(tab: &mut Tab, text: &str, seed: u64, at: i64) {
    tab.command(&id(text), Command::Publish { seed }, wall(at))
        .unwrap();
    tab.command(
        &id(text),
        Command::SubmitNotificationEmail("dana@contoso.com".into()),
        wall(at),
    )
    .unwrap();
}

fn type_summary(tab: &mut Tab, text: &str, value: &str, at: i64) {
    tab.edit(&id(text), wall(at), |form| {
        form.marketplace.summary = value.into()
    })
    .unwrap();
}

#[test]
fn a_command_that_meets_another_tabs_write_keeps_the_edits_typed_here() {
    let storage = Faulty::default();
    let mut a = open(&storage);
    a.add(complete("o-1"), wall(0)).unwrap();
    let mut b = open(&storage);

    // A types, not yet written; B renames the offer and writes first.
    type_summary(&mut a, "o-1", "Typed in A", 10);
    b.edit(&id("o-1"), wall(20), |form| {
        form.settings.name = "Renamed in B".into()
    })
    .unwrap();
    b.write_pending(wall(20));

    // A publishes: its write meets B's newer revision.
    let done = a
        .command(&id("o-1"), Command::Publish { seed: 7 }, wall(30))
        .unwrap();
    assert!(matches!(done.write, Write::Merged(_)), "{:?}", done.write);
    let offer = stored(&storage, "o-1");
    assert_eq!(offer.draft.marketplace.summary, "Typed in A");
    assert_eq!(offer.draft.settings.name, "Renamed in B");
    assert_eq!(offer.publish_state(), PublishState::NotStarted);
    // The run A started submitted the merged form: both tabs' changes.
    let submitted = &offer.run.as_ref().unwrap().submitted;
    assert_eq!(submitted.marketplace.summary, "Typed in A");
    assert_eq!(submitted.settings.name, "Renamed in B");
    assert_eq!(summary(&a, "o-1"), "Typed in A");
}

#[test]
fn a_tick_that_meets_another_tabs_write_keeps_the_edits_typed_here_and_sends_nothing_twice() {
    let storage = Faulty::default();
    let mut a = open(&storage);
    a.add(complete("o-1"), wall(0)).unwrap();
    publish(&mut a, "o-1", 3, 0);
    let mut b = open(&storage);

    // A types; B's ticker moves the run to Publisher Signoff first (preview email sent).
    type_summary(&mut a, "o-1", "Typed in A", 10);
    let later = 10 * DAY_MS / 1_440; // ten simulated days at one day a minute
    for ready in b.due(wall(later)) {
        b.advance(&ready, wall(later));
    }
    assert_eq!(
        stored(&storage, "o-1").publish_state(),
        PublishState::WaitingForPublisherReview
    );

    for ready in a.due(wall(later)) {
        let moved = a.advance(&ready, wall(later)).unwrap();
        assert!(moved.write.is_stored(), "{:?}", moved.write);
    }
    let offer = stored(&storage, "o-1");
    assert_eq!(offer.draft.marketplace.summary, "Typed in A");
    assert_eq!(offer.notifications.len(), 1, "the preview email, once");
    assert_eq!(
        a.cell(&id("o-1")).unwrap().get(),
        offer,
        "A shows what is stored"
    );
}

#[test]
fn a_field_both_tabs_changed_keeps_the_stored_value_and_tells_the_tab_that_lost() {
    let storage = Faulty::default();
    let mut a = open(&storage);
    a.add(complete("o-1"), wall(0)).unwrap();
    let mut b = open(&storage);
    type_summary(&mut b, "o-1", "B's summary", 5);
    type_summary(&mut a, "o-1", "A's summary", 10);
    a.write_pending(wall(10));

    let writes = b.write_pending(wall(20));
    let [(_, Write::Merged(merge))] = writes.as_slice() else {
        panic!("{writes:?}")
    };
    assert_eq!(merge.conflicts.len(), 1);
    assert_eq!(
        stored(&storage, "o-1").draft.marketplace.summary,
        "A's summary"
    );
    assert_eq!(summary(&b, "o-1"), "A's summary");
    let conflict = b
        .notices()
        .iter()
        .find_map(|notice| match notice {
            Notice::Conflict(conflict) => Some(conflict.clone()),
            _ => None,
        })
        .expect("B is told");
    assert_eq!(conflict.field.yours, "\"B's summary\"");

    // Keep mine: B's value goes back, as an edit, and is written.
    b.keep_mine(&conflict, wall(30)).unwrap();
    b.write_pending(wall(30));
    assert_eq!(
        stored(&storage, "o-1").draft.marketplace.summary,
        "B's summary"
    );
    assert!(!b.notices().iter().any(|n| matches!(n, Notice::Conflict(_))));
}

#[test]
fn keep_mine_on_a_field_that_is_gone_keeps_the_notice_that_holds_the_value() {
    let storage = Faulty::default();
    let mut a = open(&storage);
    a.add(complete("o-1"), wall(0)).unwrap();
    let mut b = open(&storage);
    let sku_summary = |tab: &mut Tab, value: &str, at: i64| {
        tab.edit(&id("o-1"), wall(at), |form| {
            form.skus[0].summary = value.into()
        })
        .unwrap();
    };
    sku_summary(&mut b, "B's SKU summary", 5);
    sku_summary(&mut a, "A's SKU summary", 10);
    a.write_pending(wall(10));
    b.write_pending(wall(20));
    let conflict = b
        .notices()
        .iter()
        .find_map(|notice| match notice {
            Notice::Conflict(conflict) => Some(conflict.clone()),
            _ => None,
        })
        .expect("B is told");

    // Meanwhile the SKU is removed: there is no field to put B's value back into.
    b.edit(&id("o-1"), wall(25), |form| form.skus.clear())
        .unwrap();
    assert_eq!(
        b.keep_mine(&conflict, wall(30)),
        Err(CommandError::FieldGone)
    );
    assert!(
        b.notices().contains(&Notice::Conflict(conflict)),
        "the notice, with B's value, stays"
    );
}

#[test]
fn a_refused_command_write_is_kept_said_and_written_once_storage_accepts() {
    let storage = Faulty::default();
    let mut a = open(&storage);
    a.add(complete("o-1"), wall(0)).unwrap();
    storage.refuse_writes(StorageFault::QuotaExceeded);
    let done = a
        .command(&id("o-1"), Command::Publish { seed: 1 }, wall(10))
        .unwrap();
    assert_eq!(
        done.write,
        Write::Failed(Failure::Storage(StorageFault::QuotaExceeded))
    );
    assert!(a
        .notices()
        .iter()
        .any(|notice| matches!(notice, Notice::WriteFailed { pending: 1, .. })));
    assert_eq!(
        stored(&storage, "o-1").publish_state(),
        PublishState::NeverPublished
    );

    storage.heal();
    a.write_pending(wall(20));
    assert_eq!(
        stored(&storage, "o-1").publish_state(),
        PublishState::NotStarted
    );
    assert!(!a
        .notices()
        .iter()
        .any(|n| matches!(n, Notice::WriteFailed { .. })));
}

#[test]
fn a_refused_command_replayed_on_another_tabs_version_is_judged_again() {
    let storage = Faulty::default();
    let mut a = open(&storage);
    a.add(complete("o-1"), wall(0)).unwrap();
    let mut b = open(&storage);
    // A publishes while storage refuses; B publishes the same offer and writes.
    storage.refuse_writes(StorageFault::QuotaExceeded);
    a.command(&id("o-1"), Command::Publish { seed: 1 }, wall(10))
        .unwrap();
    storage.heal();
    b.command(&id("o-1"), Command::Publish { seed: 2 }, wall(20))
        .unwrap();
    b.command(
        &id("o-1"),
        Command::SubmitNotificationEmail("b@contoso.com".into()),
        wall(20),
    )
    .unwrap();

    let writes = a.write_pending(wall(30));
    let [(_, Write::Merged(merge))] = writes.as_slice() else {
        panic!("{writes:?}")
    };
    // B's run is running: A's Publish no longer applies, and A is told.
    assert_eq!(merge.dropped.len(), 1);
    assert!(a.notices().iter().any(|n| matches!(n, Notice::Dropped(_))));
    let offer = stored(&storage, "o-1");
    assert_eq!(offer.runs, 1);
    assert_eq!(offer.run.unwrap().email.as_deref(), Some("b@contoso.com"));
}

#[test]
fn a_command_reported_as_no_longer_applying_is_given_up_not_run_later() {
    let storage = Faulty::default();
    let mut a = open(&storage);
    a.add(complete("o-1"), wall(0)).unwrap();
    let mut b = open(&storage);
    // A's Publish cannot be written; B publishes the offer meanwhile.
    storage.refuse_writes(StorageFault::QuotaExceeded);
    a.command(&id("o-1"), Command::Publish { seed: 1 }, wall(10))
        .unwrap();
    storage.heal();
    publish(&mut b, "o-1", 2, 20);
    a.changed_elsewhere(&id("o-1"));
    assert!(a.notices().iter().any(|n| matches!(n, Notice::Dropped(_))));

    // B's run reaches sign-off and B cancels it: Publish would apply again, but A was told
    // it was dropped, so it must not start a run of its own.
    let later = 7 * DAY_MS / 1_440;
    for ready in b.due(wall(later)) {
        b.advance(&ready, wall(later));
    }
    b.command(&id("o-1"), Command::CancelPublishing, wall(later))
        .unwrap();
    a.changed_elsewhere(&id("o-1"));
    a.write_pending(wall(later));
    let offer = stored(&storage, "o-1");
    assert_eq!(offer.runs, 1, "only B's run");
    assert_eq!(
        a.cell(&id("o-1")).unwrap().read(Offer::publish_state),
        offer.publish_state()
    );
}

#[test]
fn a_command_that_no_longer_applies_on_another_tabs_version_is_refused_to_its_caller() {
    let storage = Faulty::default();
    let mut a = open(&storage);
    a.add(complete("o-1"), wall(0)).unwrap();
    let mut b = open(&storage);
    publish(&mut b, "o-1", 2, 10);
    // A has not seen B's run: its Publish applies here, then meets B's running run.
    match a.command(&id("o-1"), Command::Publish { seed: 1 }, wall(20)) {
        Err(CommandError::Refused(_)) => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(stored(&storage, "o-1").runs, 1);
}

/// Storage in which another writer rewrites one key whenever it is read, as a tab that
/// never pauses would.
struct Busy<'s> {
    inner: &'s Faulty,
    key: String,
}

impl Storage for Busy<'_> {
    fn get(&self, key: &str) -> Result<Option<String>, StorageFault> {
        if key == self.key {
            if let Ok(Some(raw)) = self.inner.get(key) {
                if let Ok(mut envelope) = Envelope::<Offer>::decode(&raw) {
                    envelope.revision += 1;
                    if let Ok(text) = envelope.encode_packed() {
                        let _ = self.inner.set(key, &text);
                    }
                }
            }
        }
        self.inner.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageFault> {
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
fn a_write_that_keeps_meeting_newer_versions_is_kept_and_said_never_dropped() {
    let storage = Faulty::default();
    let mut first = open(&storage);
    first.add(complete("o-1"), wall(0)).unwrap();
    let busy = Busy {
        inner: &storage,
        key: offer_key(&id("o-1")),
    };
    let mut a: Session<&Busy, Cell> = Session::open(&busy, wall(0), SessionOptions::default());
    let done = a
        .command(&id("o-1"), Command::Publish { seed: 1 }, wall(10))
        .unwrap();
    assert_eq!(done.write, Write::Failed(Failure::KeptChanging));
    assert!(a.notices().iter().any(|notice| matches!(
        notice,
        Notice::WriteFailed {
            failure: Failure::KeptChanging,
            ..
        }
    )));
    // The command is not lost: it is still shown here, and waits to be written.
    assert_eq!(
        a.cell(&id("o-1"))
            .unwrap()
            .read(|offer| offer.publish_state()),
        PublishState::NotStarted
    );
    assert!(a.has_failed());
}

#[test]
fn an_offer_deleted_elsewhere_while_edited_here_is_kept_and_written_back() {
    let storage = Faulty::default();
    let mut a = open(&storage);
    a.add(complete("o-1"), wall(0)).unwrap();
    let mut b = open(&storage);
    type_summary(&mut a, "o-1", "Still typing", 10);
    b.delete(&id("o-1"), wall(50)).unwrap();
    assert_eq!(a.changed_elsewhere(&id("o-1")), Elsewhere::Unchanged);
    a.write_pending(wall(20));
    let (_, loaded) = golive::store::Store::load(&storage);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.offers.len(), 1);
    assert_eq!(loaded.offers[0].draft.marketplace.summary, "Still typing");
}

#[test]
fn a_delete_refused_because_another_tab_changed_the_offer_shows_its_version() {
    let storage = Faulty::default();
    let mut a = open(&storage);
    a.add(complete("o-1"), wall(0)).unwrap();
    let mut b = open(&storage);
    b.edit(&id("o-1"), wall(5), |form| form.settings.name = "B".into())
        .unwrap();
    b.write_pending(wall(5));
    assert_eq!(
        a.delete(&id("o-1"), wall(50)),
        Err(DeleteError::ChangedElsewhere)
    );
    assert_eq!(
        a.cell(&id("o-1"))
            .unwrap()
            .read(|o| o.draft.settings.name.clone()),
        "B"
    );
    assert!(a.delete(&id("o-1"), wall(50)).is_ok());
}

#[test]
fn a_read_only_offer_refuses_commands_and_says_so() {
    let storage = Faulty::default();
    let mut a = open(&storage);
    a.add(complete("o-1"), wall(0)).unwrap();
    storage
        .set(
            &offer_key(&id("o-1")),
            r#"{"schema":99,"revision":9,"data":{}}"#,
        )
        .unwrap();
    assert_eq!(a.changed_elsewhere(&id("o-1")), Elsewhere::ReadOnly);
    assert_eq!(
        a.command(&id("o-1"), Command::Publish { seed: 1 }, wall(1)),
        Err(CommandError::ReadOnly)
    );
    assert!(a.notices().iter().any(|n| matches!(n, Notice::ReadOnly(_))));
}

fn import_all(tab: &mut Tab, offers: Vec<Offer>) -> ImportStep<Cell> {
    let mut job = ImportJob::new(offers);
    loop {
        match tab.import_step(&mut job, 3, wall(100)) {
            ImportStep::Working(_) => continue,
            done => return done,
        }
    }
}

#[test]
fn an_import_that_does_not_fit_is_refused_before_anything_is_written() {
    let storage = Faulty::default();
    let mut a: Tab = Session::open(&storage, wall(0), SessionOptions { quota: 5_000 });
    let offers: Vec<Offer> = (0..10).map(|n| complete(&format!("o-{n}"))).collect();
    let before = storage.inner.keys().unwrap();
    match import_all(&mut a, offers) {
        ImportStep::Refused(ImportRefusal::NoRoom { needed, free }) => {
            assert!(needed > free, "{needed} > {free}")
        }
        _ => panic!("not refused"),
    }
    assert_eq!(storage.inner.keys().unwrap(), before);
    assert_eq!(a.offers().count(), 0);
}

#[test]
fn an_import_whose_write_fails_half_way_takes_every_write_back() {
    let storage = Faulty::default();
    let mut a = open(&storage);
    a.add(complete("o-keep"), wall(0)).unwrap();
    let mut replacement = complete("o-keep");
    replacement.draft.settings.name = "Imported".into();
    let mut offers = vec![replacement];
    offers.extend((0..6).map(|n| complete(&format!("o-{n}"))));
    // The fifth new offer's write is refused.
    storage.refuse_writes_to(&offer_key(&id("o-4")), StorageFault::QuotaExceeded);
    let before: Vec<(String, Option<String>)> = storage
        .inner
        .keys()
        .unwrap()
        .into_iter()
        .map(|key| {
            let value = storage.get(&key).unwrap();
            (key, value)
        })
        .collect();
    match import_all(&mut a, offers) {
        ImportStep::Refused(ImportRefusal::Failed(Failure::Storage(
            StorageFault::QuotaExceeded,
        ))) => {}
        _ => panic!("not refused"),
    }
    storage.heal();
    let (_, loaded) = golive::store::Store::load(&storage);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let names: Vec<_> = loaded
        .offers
        .iter()
        .map(|o| o.draft.settings.name.clone())
        .collect();
    assert_eq!(
        names,
        ["Contoso Web Server"],
        "only the offer there before, as it was"
    );
    assert_eq!(a.offers().count(), 1);
    // Every key holds what it held, but the replaced offer, written back with a newer
    // revision: its data is what it was.
    let after: Vec<(String, Option<String>)> = storage
        .inner
        .keys()
        .unwrap()
        .into_iter()
        .map(|key| {
            let value = storage.get(&key).unwrap();
            (key, value)
        })
        .collect();
    assert_eq!(
        after.iter().map(|(key, _)| key).collect::<Vec<_>>(),
        before.iter().map(|(key, _)| key).collect::<Vec<_>>()
    );
    let kept = offer_key(&id("o-keep"));
    for ((key, was), (_, is)) in before.iter().zip(&after) {
        if key == &kept {
            let data = |raw: &Option<String>| {
                Envelope::<Offer>::decode(raw.as_deref().unwrap())
                    .unwrap()
                    .data
            };
            assert_eq!(data(was), data(is), "{key}");
        } else {
            assert_eq!(was, is, "{key}");
        }
    }
}

#[test]
fn a_tick_between_an_imports_slices_never_writes_the_replaced_version_back() {
    let storage = Faulty::default();
    let mut a = open(&storage);
    a.add(complete("o-x"), wall(0)).unwrap();
    publish(&mut a, "o-x", 4, 0);
    let mut replacement = complete("o-x");
    replacement.draft.settings.name = "Imported".into();
    let mut offers = vec![replacement];
    offers.extend((0..4).map(|n| complete(&format!("o-{n}"))));

    // One offer a slice; the ticker runs between slices, when the run has come due.
    let later = 7 * DAY_MS / 1_440;
    let mut job = ImportJob::new(offers);
    let done = loop {
        match a.import_step(&mut job, 1, wall(later)) {
            ImportStep::Working(_) => {
                for ready in a.due(wall(later)) {
                    a.advance(&ready, wall(later));
                }
                a.write_pending(wall(later));
            }
            done => break done,
        }
    };
    assert!(matches!(done, ImportStep::Done { replaced: 1, .. }));
    let stored = stored(&storage, "o-x");
    assert_eq!(stored.draft.settings.name, "Imported");
    assert_eq!(stored.runs, 0, "the imported version, not the running one");
    let shown = a.cell(&id("o-x")).unwrap().get();
    assert_eq!(shown, stored, "this tab shows what storage holds");
}

#[test]
fn an_import_taken_back_restores_what_storage_held_even_another_tabs_newer_version() {
    let storage = Faulty::default();
    let mut a = open(&storage);
    a.add(complete("o-x"), wall(0)).unwrap();
    let mut b = open(&storage);
    b.edit(&id("o-x"), wall(5), |form| {
        form.settings.name = "Renamed in B".into()
    })
    .unwrap();
    b.write_pending(wall(5));

    // A, which has not seen B's change, imports X and a new offer whose write fails.
    let mut replacement = complete("o-x");
    replacement.draft.settings.name = "Imported".into();
    storage.refuse_writes_to(&offer_key(&id("o-new")), StorageFault::QuotaExceeded);
    let refused = import_all(&mut a, vec![replacement, complete("o-new")]);
    assert!(matches!(refused, ImportStep::Refused(_)));
    assert_eq!(
        stored(&storage, "o-x").draft.settings.name,
        "Renamed in B",
        "B's version is back, not A's older one"
    );
    assert_eq!(
        a.cell(&id("o-x"))
            .unwrap()
            .read(|offer| offer.draft.settings.name.clone()),
        "Renamed in B"
    );
}

#[test]
fn an_import_adds_and_replaces_and_answers_what_it_wrote() {
    let storage = Faulty::default();
    let mut a = open(&storage);
    a.add(complete("o-keep"), wall(0)).unwrap();
    let mut replacement = complete("o-keep");
    replacement.draft.settings.name = "Imported".into();
    let mut offers = vec![replacement];
    offers.extend((0..7).map(|n| complete(&format!("o-{n}"))));
    match import_all(&mut a, offers) {
        ImportStep::Done { added, replaced } => {
            assert_eq!(added.len(), 7);
            assert_eq!(replaced, 1);
        }
        _ => panic!("refused"),
    }
    let (_, loaded) = golive::store::Store::load(&storage);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.offers.len(), 8);
    assert_eq!(loaded.offers[0].draft.settings.name, "Imported");
}

#[test]
fn a_first_visit_writes_its_clock_and_a_second_tab_continues_it() {
    let storage = Faulty::default();
    let a = open(&storage);
    let b: Tab = Session::open(&storage, wall(MINUTE_MS), SessionOptions::default());
    assert_eq!(a.clock(), b.clock());
}

#[test]
fn a_publish_that_meets_another_tabs_clock_change_still_runs_time_at_speed() {
    let storage = Faulty::default();
    let mut a = open(&storage);
    a.add(complete("o-1"), wall(0)).unwrap();
    let mut b = open(&storage);
    // B changes the speed (nothing runs, so its clock stays idle); A has not seen it when
    // it publishes, and meets B's clock when it writes its own.
    b.clock_command(
        golive::domain::ClockCommand::SetSpeed(golive::domain::Speed::DayPer10Seconds),
        wall(10),
    );
    publish(&mut a, "o-1", 3, 20);
    assert!(
        !a.clock().idle,
        "a step runs: time runs at the chosen speed"
    );
    let (_, loaded) = golive::store::Store::load(&storage);
    let stored = loaded.clock.expect("a stored clock");
    assert!(
        !stored.idle,
        "and so the stored clock says, for the other tabs"
    );
    assert_eq!(
        stored.speed,
        golive::domain::Speed::DayPer10Seconds,
        "B's speed kept"
    );
}

#[test]
fn opening_leaves_what_came_due_to_catch_up_which_runs_it_in_order_and_writes_it() {
    let storage = Faulty::default();
    let mut a = open(&storage);
    a.add(complete("o-1"), wall(0)).unwrap();
    publish(&mut a, "o-1", 5, 0);
    let before = stored(&storage, "o-1").publish_state();
    drop(a);

    // Reopened a year later: opening only loads (it stays quick however much is due).
    let later = wall(365 * DAY_MS);
    let mut b: Tab = Session::open(&storage, later, SessionOptions::default());
    let state = |tab: &Tab| tab.cell(&id("o-1")).unwrap().read(Offer::publish_state);
    assert_eq!(state(&b), before);
    assert_eq!(b.due(later), vec![id("o-1")]);

    b.catch_up(later);
    assert_eq!(state(&b), PublishState::WaitingForPublisherReview);
    assert_eq!(
        stored(&storage, "o-1").publish_state(),
        PublishState::WaitingForPublisherReview
    );
    assert!(b.due(later).is_empty());
}

#[test]
fn a_newcomer_typing_for_twelve_minutes_at_the_fastest_speed_submits_at_about_the_real_date() {
    let storage = Faulty::default();
    let mut a = open(&storage);
    a.clock_command(
        golive::domain::ClockCommand::SetSpeed(golive::domain::Speed::DayPer10Seconds),
        wall(0),
    );
    // A SAS URI that expires 25 real days from now: valid for Certification's three weeks.
    let expiry = golive::domain::SimTime(W0 + 25 * DAY_MS);
    let mut offer = complete("o-1");
    let iso = format_iso(expiry.0);
    for sku in &mut offer.draft.skus {
        for disk in &mut sku.disk_versions {
            disk.os_vhd_url = disk
                .os_vhd_url
                .replace("se=2099-12-31T00%3A00%3A00Z", &format!("se={iso}"));
            for data in &mut disk.data_disks {
                data.vhd_url = data
                    .vhd_url
                    .replace("se=2099-12-31T00%3A00%3A00Z", &format!("se={iso}"));
            }
        }
    }
    assert!(offer.draft.skus[0].disk_versions[0]
        .os_vhd_url
        .contains(&iso));
    a.add(offer, wall(0)).unwrap();
    let typed = 12 * MINUTE_MS;
    type_summary(&mut a, "o-1", "Typed for twelve minutes", typed);
    let now = a.clock().now(wall(typed));
    assert_eq!(
        now.0 - W0,
        typed,
        "nothing ran: simulated time kept to real time"
    );

    publish(&mut a, "o-1", 5, typed);
    assert!(
        !a.clock().idle,
        "a timed step runs: the chosen speed applies"
    );
    // Ten real minutes at a day per ten seconds: far past every step up to sign-off.
    let later = typed + 10 * MINUTE_MS;
    for ready in a.due(wall(later)) {
        a.advance(&ready, wall(later));
    }
    let offer = stored(&storage, "o-1");
    assert_eq!(
        offer.publish_state(),
        PublishState::WaitingForPublisherReview,
        "Certification passed: the SAS URI was valid three weeks after submission"
    );
    assert!(
        a.clock().idle,
        "nothing runs at sign-off: back to real time"
    );
    let signoff = offer
        .run
        .as_ref()
        .unwrap()
        .step(Step::PublisherSignoff)
        .started
        .unwrap();
    assert_eq!(
        a.clock().anchor_sim,
        signoff,
        "real time again from the moment it was reached"
    );
}

/// An ISO 8601 date-time, as a SAS URI writes its expiry (percent-encoded colons).
fn format_iso(ms: i64) -> String {
    let days = ms.div_euclid(DAY_MS);
    let (y, m, d) = civil(days);
    format!("{y:04}-{m:02}-{d:02}T00%3A00%3A00Z")
}

/// The calendar date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}
