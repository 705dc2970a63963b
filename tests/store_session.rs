//! The session, the one owner of saving: two tabs over one storage, refused writes, imports.
//! Each test here is a way work used to be lost (in the interface's state, before the
//! session existed) or a promise of the typed answers.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::faults::Faulty;
use golive::domain::sample::complete_form;
use golive::domain::{
    Command, Offer, OfferId, PublishState, SimTime, Step, WallTime, DAY_MS, MINUTE_MS,
};
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

/// Real time of the tests: 2026-01-01.
const W0: i64 = 1_767_225_600_000;

fn wall(ms: i64) -> WallTime {
    WallTime(W0 + ms)
}

fn open(storage: &Faulty) -> Tab<'_> {
    Session::open(storage, wall(0), SessionOptions::default())
}

fn id(text: &str) -> OfferId {
    OfferId(text.into())
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
    a.command(&id("o-1"), Command::Publish { seed: 3 }, wall(0))
        .unwrap();
    a.command(
        &id("o-1"),
        Command::SubmitNotificationEmail("dana@contoso.com".into()),
        wall(0),
    )
    .unwrap();
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
    // Every key holds what it held, but the replaced offer's revision, written twice.
    let after = storage.inner.keys().unwrap();
    assert_eq!(after.len(), before.len());
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
fn opening_leaves_what_came_due_to_catch_up_which_runs_it_in_order_and_writes_it() {
    let storage = Faulty::default();
    let mut a = open(&storage);
    a.add(complete("o-1"), wall(0)).unwrap();
    a.command(&id("o-1"), Command::Publish { seed: 5 }, wall(0))
        .unwrap();
    a.command(
        &id("o-1"),
        Command::SubmitNotificationEmail("dana@contoso.com".into()),
        wall(0),
    )
    .unwrap();
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

    a.command(&id("o-1"), Command::Publish { seed: 5 }, wall(typed))
        .unwrap();
    a.command(
        &id("o-1"),
        Command::SubmitNotificationEmail("dana@contoso.com".into()),
        wall(typed),
    )
    .unwrap();
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
