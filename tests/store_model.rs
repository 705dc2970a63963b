//! A model-based property test of saving: three tabs (sessions) over one storage, and random
//! interleavings of typed edits, publishing commands, ticks across deadlines, clock changes,
//! reloads, refused writes (a full quota), imports, deletes and the `storage` events that
//! tell each tab what the others wrote. After every step:
//! - each value a tab typed and wrote is in storage, unless a later intent replaced it (the
//!   same field typed again, the offer deleted or imported over) or the tab was told (a
//!   conflict, or a write storage refused before the tab was closed);
//! - no email is sent twice; no run goes backwards;
//! - every stored value loads without being set aside;
//! - a value of a newer schema stays byte for byte as it was.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::faults::Faulty;
use golive::domain::sample::complete_form;
use golive::domain::{
    ClockCommand, Command, NotificationKind, Offer, OfferForm, OfferId, SimTime, Speed, WallTime,
    MINUTE_MS,
};
use golive::store::notices::Notice;
use golive::store::session::{ImportJob, ImportStep, Session, SessionOptions, Write};
use golive::store::{
    classify, offer_key, Envelope, LoadProblem, MemoryStorage, Storage, StorageFault, Store,
    StoreChange,
};
use proptest::prelude::*;
use std::cell::{Cell as Flag, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

type OfferCellRc = Rc<RefCell<Offer>>;

const TABS: usize = 3;
const SLOTS: usize = 3;
const W0: i64 = 1_767_225_600_000;
const NEWER_KEY: &str = "golive:offer:o-newer";
const NEWER_VALUE: &str = r#"{"schema":99,"revision":4,"data":{"from":"a newer version"}}"#;

/// The shared storage, logging which tab wrote which key, for `storage` events.
struct Shared {
    faulty: Faulty,
    log: RefCell<Vec<(usize, String)>>,
    writer: Flag<usize>,
}

impl Storage for Shared {
    fn get(&self, key: &str) -> Result<Option<String>, StorageFault> {
        self.faulty.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageFault> {
        self.faulty.set(key, value)?;
        self.log
            .borrow_mut()
            .push((self.writer.get(), key.to_owned()));
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), StorageFault> {
        self.faulty.remove(key)?;
        self.log
            .borrow_mut()
            .push((self.writer.get(), key.to_owned()));
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StorageFault> {
        self.faulty.keys()
    }
}

#[derive(Debug, Clone)]
enum Op {
    Create {
        tab: usize,
        slot: usize,
    },
    Type {
        tab: usize,
        slot: usize,
        field: usize,
    },
    Flush {
        tab: usize,
    },
    Command {
        tab: usize,
        slot: usize,
        command: Command,
    },
    Tick {
        tab: usize,
    },
    Time {
        minutes: i64,
    },
    Clock {
        tab: usize,
        command: ClockCommand,
    },
    Reload {
        tab: usize,
    },
    Quota {
        full: bool,
    },
    Deliver {
        tab: usize,
    },
    Delete {
        tab: usize,
        slot: usize,
    },
    Import {
        tab: usize,
        slot: usize,
    },
}

fn command() -> impl Strategy<Value = Command> {
    prop_oneof![
        any::<u64>().prop_map(|seed| Command::Publish { seed }),
        Just(Command::SubmitNotificationEmail("dana@contoso.com".into())),
        Just(Command::GoLive),
        Just(Command::CancelPublishing),
        Just(Command::SkipStep),
        Just(Command::MarkAllNotificationsRead),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    let tab = 0..TABS;
    let slot = 0..SLOTS;
    prop_oneof![
        2 => (tab.clone(), slot.clone()).prop_map(|(tab, slot)| Op::Create { tab, slot }),
        6 => (tab.clone(), slot.clone(), 0..4usize)
            .prop_map(|(tab, slot, field)| Op::Type { tab, slot, field }),
        3 => tab.clone().prop_map(|tab| Op::Flush { tab }),
        4 => (tab.clone(), slot.clone(), command())
            .prop_map(|(tab, slot, command)| Op::Command { tab, slot, command }),
        3 => tab.clone().prop_map(|tab| Op::Tick { tab }),
        2 => prop::sample::select(vec![1i64, 30, 24 * 60, 3 * 24 * 60])
            .prop_map(|minutes| Op::Time { minutes }),
        1 => (tab.clone(), prop_oneof![
                prop::sample::select(Speed::ALL.to_vec()).prop_map(ClockCommand::SetSpeed),
                Just(ClockCommand::Pause),
                Just(ClockCommand::Resume),
            ])
            .prop_map(|(tab, command)| Op::Clock { tab, command }),
        1 => tab.clone().prop_map(|tab| Op::Reload { tab }),
        1 => any::<bool>().prop_map(|full| Op::Quota { full }),
        4 => tab.clone().prop_map(|tab| Op::Deliver { tab }),
        1 => (tab.clone(), slot.clone()).prop_map(|(tab, slot)| Op::Delete { tab, slot }),
        1 => (tab, slot).prop_map(|(tab, slot)| Op::Import { tab, slot }),
    ]
}

/// Where a typed value stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fate {
    /// Typed, not written yet (in the tab's memory).
    Pending,
    /// Written: storage must hold it.
    Owed,
    /// Replaced by a later intent, or the tab was told it did not make it.
    Excused,
}

#[derive(Debug, Clone)]
struct Typed {
    tab: usize,
    slot: usize,
    field: usize,
    value: String,
    fate: Fate,
}

/// The four text fields the model types into, with their JSON pointers.
fn field_pointer(field: usize) -> &'static str {
    [
        "/settings/name",
        "/marketplace/summary",
        "/marketplace/title",
        "/skus/0/title",
    ][field]
}

fn set_field(form: &mut OfferForm, field: usize, value: &str) {
    let value = value.to_owned();
    match field {
        0 => form.settings.name = value,
        1 => form.marketplace.summary = value,
        2 => form.marketplace.title = value,
        _ => {
            if let Some(sku) = form.skus.first_mut() {
                sku.title = value;
            }
        }
    }
}

fn field_value(form: &OfferForm, field: usize) -> Option<&str> {
    match field {
        0 => Some(&form.settings.name),
        1 => Some(&form.marketplace.summary),
        2 => Some(&form.marketplace.title),
        _ => form.skus.first().map(|sku| sku.title.as_str()),
    }
}

fn slot_id(slot: usize) -> OfferId {
    OfferId(format!("o-{slot}"))
}

fn new_offer(slot: usize) -> Offer {
    let mut offer = Offer::new(slot_id(slot), "Model".into(), SimTime(W0));
    offer.draft = complete_form();
    offer
}

struct World<'s> {
    storage: &'s Shared,
    tabs: Vec<Session<&'s Shared, OfferCellRc>>,
    cursors: Vec<usize>,
    wall: WallTime,
    typed: Vec<Typed>,
    counter: usize,
    /// Each stored offer's progress when last checked: (run number, steps ended).
    progress: HashMap<OfferId, (u32, usize)>,
}

impl<'s> World<'s> {
    fn new(storage: &'s Shared) -> World<'s> {
        let wall = WallTime(W0);
        let tabs = (0..TABS)
            .map(|tab| {
                storage.writer.set(tab);
                Session::open(storage, wall, SessionOptions::default())
            })
            .collect();
        let end = storage.log.borrow().len();
        World {
            storage,
            tabs,
            cursors: vec![end; TABS],
            wall,
            typed: Vec::new(),
            counter: 0,
            progress: HashMap::new(),
        }
    }

    /// Notes what a tab's writes mean for the values it typed.
    fn wrote(&mut self, tab: usize, writes: &[(OfferId, Write)]) {
        for (id, write) in writes {
            if let Write::Merged(merge) = write {
                for conflict in &merge.conflicts {
                    self.excuse_told(tab, id, &conflict.pointer, &conflict.yours);
                }
            }
            if write.is_stored() {
                for typed in &mut self.typed {
                    if typed.tab == tab && slot_id(typed.slot) == *id && typed.fate == Fate::Pending
                    {
                        typed.fate = Fate::Owed;
                    }
                }
            }
        }
    }

    /// A tab was told that its value of a field did not make it.
    fn excuse_told(&mut self, tab: usize, id: &OfferId, pointer: &str, yours: &str) {
        for typed in &mut self.typed {
            if typed.tab == tab
                && slot_id(typed.slot) == *id
                && field_pointer(typed.field) == pointer
                && serde_json::to_string(&typed.value).ok().as_deref() == Some(yours)
                && typed.fate == Fate::Pending
            {
                typed.fate = Fate::Excused;
            }
        }
    }

    /// Values whose conflict a tab was told about are excused.
    fn told(&mut self) {
        let mut told = Vec::new();
        for (tab, session) in self.tabs.iter().enumerate() {
            for notice in session.notices() {
                if let Notice::Conflict(conflict) = notice {
                    told.push((tab, conflict.clone()));
                }
            }
        }
        for (tab, conflict) in told {
            self.excuse_told(
                tab,
                &conflict.offer,
                &conflict.field.pointer,
                &conflict.field.yours,
            );
        }
    }

    fn excuse_offer(&mut self, slot: usize) {
        for typed in &mut self.typed {
            if typed.slot == slot {
                typed.fate = Fate::Excused;
            }
        }
        self.progress.remove(&slot_id(slot));
    }

    fn step(&mut self, op: &Op) {
        let wall = self.wall;
        match op {
            Op::Create { tab, slot } => {
                self.storage.writer.set(*tab);
                if self.tabs[*tab].cell(&slot_id(*slot)).is_none() {
                    let write = self.tabs[*tab].add(new_offer(*slot), wall);
                    if let Ok((_, write)) = write {
                        self.wrote(*tab, &[(slot_id(*slot), write)]);
                    }
                }
            }
            Op::Type { tab, slot, field } => {
                self.counter += 1;
                let value = format!("t{tab}-{}", self.counter);
                let typed = self.tabs[*tab].edit(&slot_id(*slot), wall, |form| {
                    set_field(form, *field, &value)
                });
                if typed.is_ok() {
                    for earlier in &mut self.typed {
                        if earlier.slot == *slot && earlier.field == *field {
                            earlier.fate = Fate::Excused;
                        }
                    }
                    self.typed.push(Typed {
                        tab: *tab,
                        slot: *slot,
                        field: *field,
                        value,
                        fate: Fate::Pending,
                    });
                }
            }
            Op::Flush { tab } => {
                self.storage.writer.set(*tab);
                let writes = self.tabs[*tab].write_pending(wall);
                self.wrote(*tab, &writes);
            }
            Op::Command { tab, slot, command } => {
                self.storage.writer.set(*tab);
                let id = slot_id(*slot);
                if let Ok(done) = self.tabs[*tab].command(&id, command.clone(), wall) {
                    self.wrote(*tab, &[(id, done.write)]);
                }
            }
            Op::Tick { tab } => {
                self.storage.writer.set(*tab);
                for id in self.tabs[*tab].due(wall) {
                    if let Some(moved) = self.tabs[*tab].advance(&id, wall) {
                        self.wrote(*tab, &[(id, moved.write)]);
                    }
                }
            }
            Op::Time { minutes } => self.wall = WallTime(wall.0 + minutes * MINUTE_MS),
            Op::Clock { tab, command } => {
                self.storage.writer.set(*tab);
                self.tabs[*tab].clock_command(*command, wall);
            }
            Op::Reload { tab } => {
                self.storage.writer.set(*tab);
                let writes = self.tabs[*tab].write_pending(wall);
                self.wrote(*tab, &writes);
                // Closed with writes refused: the tab said so while it was open.
                for typed in &mut self.typed {
                    if typed.tab == *tab && typed.fate == Fate::Pending {
                        typed.fate = Fate::Excused;
                    }
                }
                self.tabs[*tab] = Session::open(self.storage, wall, SessionOptions::default());
                // The app's first ticker pass, right after opening.
                self.tabs[*tab].catch_up(wall);
                self.cursors[*tab] = self.storage.log.borrow().len();
            }
            Op::Quota { full } => {
                if *full {
                    self.storage
                        .faulty
                        .refuse_writes(StorageFault::QuotaExceeded);
                } else {
                    self.storage.faulty.heal();
                }
            }
            Op::Deliver { tab } => {
                let events: Vec<(usize, String)> =
                    self.storage.log.borrow()[self.cursors[*tab]..].to_vec();
                self.cursors[*tab] = self.storage.log.borrow().len();
                self.storage.writer.set(*tab);
                for (writer, key) in events {
                    if writer == *tab {
                        continue;
                    }
                    match classify(&key) {
                        Some(StoreChange::Offer(id)) => {
                            self.tabs[*tab].changed_elsewhere(&id);
                        }
                        Some(StoreChange::Clock) => {
                            self.tabs[*tab].clock_changed_elsewhere();
                        }
                        _ => {}
                    }
                }
            }
            Op::Delete { tab, slot } => {
                self.storage.writer.set(*tab);
                if self.tabs[*tab].delete(&slot_id(*slot), wall).is_ok() {
                    self.excuse_offer(*slot);
                }
            }
            Op::Import { tab, slot } => {
                self.storage.writer.set(*tab);
                let mut offer = new_offer(*slot);
                offer.draft.settings.name = "Imported".into();
                let mut job = ImportJob::new(vec![offer]);
                loop {
                    match self.tabs[*tab].import_step(&mut job, 1, wall) {
                        ImportStep::Working(_) => continue,
                        ImportStep::Done { .. } => {
                            self.excuse_offer(*slot);
                            break;
                        }
                        ImportStep::Refused(_) => break,
                    }
                }
            }
        }
        self.told();
    }

    /// The offers as storage has them.
    fn stored(&self) -> HashMap<OfferId, Offer> {
        let mut out = HashMap::new();
        for key in self.storage.faulty.inner.keys().unwrap() {
            let Some(StoreChange::Offer(id)) = classify(&key) else {
                continue;
            };
            if key == NEWER_KEY {
                continue;
            }
            let raw = self.storage.get(&key).unwrap().unwrap();
            let offer = Envelope::<Offer>::decode(&raw)
                .unwrap_or_else(|error| panic!("{key} unreadable: {error:?}"))
                .data;
            out.insert(id, offer);
        }
        out
    }

    fn check(&mut self) -> Result<(), TestCaseError> {
        let stored = self.stored();
        for typed in &self.typed {
            if typed.fate != Fate::Owed {
                continue;
            }
            let id = slot_id(typed.slot);
            let value = stored
                .get(&id)
                .and_then(|offer| field_value(&offer.draft, typed.field));
            prop_assert_eq!(
                value,
                Some(typed.value.as_str()),
                "a value typed in tab {} and written is lost: {:?}",
                typed.tab,
                typed
            );
        }
        for (id, offer) in &stored {
            let mut sent = std::collections::HashSet::new();
            for email in &offer.notifications {
                prop_assert!(
                    sent.insert((email.run, email.kind, email.step)),
                    "{id:?}: email {:?} of run {} sent twice",
                    email.kind,
                    email.run
                );
                let _ = NotificationKind::Live;
            }
            prop_assert!(offer.is_consistent(), "{:?}", offer.inconsistencies());
            let run = offer.run.as_ref().map_or(0, |run| run.number);
            let ended = offer.run.as_ref().map_or(0, |run| {
                run.steps.iter().filter(|step| step.ended.is_some()).count()
            });
            if let Some(&(before_run, before_ended)) = self.progress.get(id) {
                prop_assert!(
                    (run, ended) >= (before_run, before_ended),
                    "{id:?} went back from run {before_run} ({before_ended} ended) to run {run} ({ended} ended)"
                );
            }
            self.progress.insert(id.clone(), (run, ended));
        }
        // Every stored value loads without being set aside (on a copy: loading moves
        // unreadable values).
        let copy = MemoryStorage::new();
        for key in self.storage.faulty.inner.keys().unwrap() {
            let value = self.storage.get(&key).unwrap().unwrap();
            copy.set(&key, &value).unwrap();
        }
        let (_, loaded) = Store::load(&copy);
        for problem in &loaded.problems {
            prop_assert!(
                !matches!(problem, LoadProblem::Quarantined { .. }),
                "set aside: {problem:?}"
            );
        }
        let newer = self.storage.get(NEWER_KEY).unwrap();
        prop_assert_eq!(
            newer.as_deref(),
            Some(NEWER_VALUE),
            "the newer value changed"
        );
        Ok(())
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_000, ..ProptestConfig::default() })]

    /// Three tabs, any interleaving: nothing typed and written is lost unless a later intent
    /// replaced it or the tab was told; no email twice; no run backwards; everything loads.
    #[test]
    fn three_tabs_never_lose_what_was_typed(ops in prop::collection::vec(op(), 1..50)) {
        let storage = Shared {
            faulty: Faulty::default(),
            log: RefCell::new(Vec::new()),
            writer: Flag::new(0),
        };
        storage.faulty.inner.set(NEWER_KEY, NEWER_VALUE).unwrap();
        let mut world = World::new(&storage);
        world.check()?;
        for op in &ops {
            world.step(op);
            world.check()?;
        }
        let _ = offer_key(&slot_id(0));
    }
}
