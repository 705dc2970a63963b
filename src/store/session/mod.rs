//! The one owner of saving: a tab's offers and clock in memory, what of them storage does
//! not have yet, and every write, behind a typed API.
//!
//! The interface calls it for everything that changes data and shows what it answers; it
//! never writes to the [`Store`] itself. What this tab changed and did not write (typed
//! edits, publishing commands, time moving a run on) is kept as intent, so that when another
//! tab stored the same offer first, the intent is replayed on that tab's version instead of
//! being dropped ([`write`]). Plain Rust, no browser: the real time is an argument, and the
//! offers live in [`OfferCell`]s (signals in the app, plain cells in tests).
//!
//! Longer than most files: every operation a tab performs on its offers sits beside the
//! bookkeeping it updates; the write, import, outcome and cell parts are in files of their own.

mod cell;
mod import;
mod lessons;
mod outcome;
mod scenario;
mod write;

pub use cell::OfferCell;
pub use import::{ImportJob, ImportProgress, ImportRefusal, ImportStage, ImportStep};
pub use outcome::{
    AddError, Advanced, CommandError, Commanded, DeleteError, Deleted, Elsewhere, Failure, Merge,
    Write,
};
pub use scenario::{ScenarioAddError, ScenarioAdded};

use super::notices::{Conflict, Notice, Notices};
use super::{LoadProblem, SaveError, Storage, StorageFault, StorageUsage, Store};
use crate::domain::{
    apply, restore_field, Activity, ClockCommand, Command, FieldConflict, Offer, OfferForm,
    OfferId, SimClock, SimTime, Speed, WallTime,
};

/// How a session works: the options a caller may change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionOptions {
    /// The storage quota, in UTF-16 code units of keys plus values (localStorage tells no
    /// quota; Chromium's is assumed).
    pub quota: u64,
}

impl Default for SessionOptions {
    fn default() -> Self {
        SessionOptions {
            quota: StorageUsage::CHROMIUM_QUOTA,
        }
    }
}

/// One offer of the session and what of it storage does not have yet.
struct Tracked<C> {
    id: OfferId,
    cell: C,
    unwritten: Unwritten,
}

/// This tab's intent for one offer that storage does not have yet.
#[derive(Debug, Default, Clone)]
struct Unwritten {
    /// The draft as storage has it, kept while edits typed here are not written: the base
    /// of the merge with another tab's version.
    base: Option<OfferForm>,
    /// Publishing commands applied here and not written yet, with when they were given:
    /// applied again to another tab's version.
    commands: Vec<(Command, WallTime)>,
    /// Why the last write failed; such an offer is written again by [`Session::write_pending`].
    failed: Option<Failure>,
}

impl Unwritten {
    fn is_empty(&self) -> bool {
        self.base.is_none() && self.commands.is_empty() && self.failed.is_none()
    }
}

/// A tab's offers and clock, and everything about writing them.
pub struct Session<S: Storage, C: OfferCell> {
    store: Store<S>,
    offers: Vec<Tracked<C>>,
    clock: SimClock,
    /// Why the clock's last write failed, while it waits to be written.
    clock_failed: Option<Failure>,
    notices: Notices,
    options: SessionOptions,
}

/// The clock of a first visit: simulated time starts at the real time, one simulated day
/// per real minute, so that a whole run fits in a class.
pub fn first_clock(wall: WallTime) -> SimClock {
    SimClock::new(wall, SimTime(wall.0)).apply(ClockCommand::SetSpeed(Speed::DayPerMinute), wall)
}

impl<S: Storage, C: OfferCell> Session<S, C> {
    /// Loads every offer and the clock (a first visit gets [`first_clock`], written at
    /// once so that a reload or a second tab continues it). What came due while the page
    /// was closed is left to [`Session::catch_up`] or the ticker, so that opening stays quick
    /// however much is due.
    pub fn open(storage: S, wall: WallTime, options: SessionOptions) -> Session<S, C> {
        let (store, loaded) = Store::load(storage);
        let notices = Notices::after_load(&store, &loaded.problems);
        let first_visit = loaded.clock.is_none();
        let mut session = Session {
            store,
            offers: loaded
                .offers
                .into_iter()
                .map(|offer| Tracked {
                    id: offer.id.clone(),
                    cell: C::new(offer),
                    unwritten: Unwritten::default(),
                })
                .collect(),
            clock: loaded.clock.unwrap_or_else(|| first_clock(wall)),
            clock_failed: None,
            notices,
            options,
        };
        if first_visit {
            session.write_clock();
        }
        session.settle_clock(None, wall);
        session
    }

    /// Moves every offer on to `wall` at once: what came due while no tab was open happens,
    /// in order. (The app does the same in frame-sized slices with its ticker.)
    pub fn catch_up(&mut self, wall: WallTime) {
        for id in self.due(wall) {
            self.advance(&id, wall);
        }
    }

    /// Keeps the clock following whether a timed step runs anywhere
    /// ([`SimClock::settle`]), after something happened to the offer at `changed` (or to
    /// any, with `None`), and writes it when that changed it.
    fn settle_clock(&mut self, changed: Option<usize>, wall: WallTime) {
        let here = changed
            .and_then(|at| self.offers.get(at))
            .map(|tracked| tracked.cell.read(|offer| offer.next_deadline().is_some()));
        let activity = match (self.clock.idle, here) {
            (true, Some(true)) => Activity::Running,
            // Idle, and this offer started nothing; or running, and this one still runs.
            (true, Some(false)) | (false, Some(true)) => return,
            _ => self.activity(),
        };
        let settled = self.clock.settle(activity, wall);
        if settled != self.clock {
            self.clock = settled;
            if let Write::Merged(_) = self.write_clock() {
                // Another tab wrote the clock first and its clock was taken: settled again
                // on top of it, since that tab may not know what runs here.
                let again = self.clock.settle(self.activity(), wall);
                if again != self.clock {
                    self.clock = again;
                    self.write_clock();
                }
            }
        }
    }

    /// Whether a timed step runs in any offer, or since when none has.
    fn activity(&self) -> Activity {
        let mut seen = Activity::IdleSince(None);
        for tracked in &self.offers {
            seen = tracked.cell.read(|offer| seen.with(offer));
            if seen == Activity::Running {
                break;
            }
        }
        seen
    }

    /// The offers, in list order, with their cells.
    pub fn offers(&self) -> impl Iterator<Item = (&OfferId, &C)> {
        self.offers
            .iter()
            .map(|tracked| (&tracked.id, &tracked.cell))
    }

    /// The cell of one offer.
    pub fn cell(&self, id: &OfferId) -> Option<&C> {
        self.position(id).map(|at| &self.offers[at].cell)
    }

    /// The shared simulated clock.
    pub fn clock(&self) -> &SimClock {
        &self.clock
    }

    /// The notices standing now.
    pub fn notices(&self) -> &[Notice] {
        self.notices.list()
    }

    /// Notes that storage is unavailable and the session runs in memory.
    pub fn note_storage_unavailable(&mut self) {
        self.notices.add(Notice::StorageUnavailable);
    }

    /// Removes a notice the person has read.
    pub fn dismiss(&mut self, notice: &Notice) {
        self.notices.dismiss(notice);
    }

    /// How much storage is used.
    pub fn usage(&self) -> Result<StorageUsage, StorageFault> {
        self.store.usage()
    }

    /// The raw text of a stored key (a quarantined value), for download.
    pub fn raw(&self, key: &str) -> Option<String> {
        self.store.raw(key)
    }

    /// Whether anything waits to be written (typed edits, or writes storage refused).
    pub fn has_pending(&self) -> bool {
        self.clock_failed.is_some() || self.offers.iter().any(|t| !t.unwritten.is_empty())
    }

    /// Whether writes storage refused wait to be tried again.
    pub fn has_failed(&self) -> bool {
        self.clock_failed.is_some() || self.offers.iter().any(|t| t.unwritten.failed.is_some())
    }

    fn position(&self, id: &OfferId) -> Option<usize> {
        self.offers.iter().position(|tracked| &tracked.id == id)
    }

    /// Adds a new offer (created, duplicated, or put back after a delete) and writes it.
    pub fn add(&mut self, offer: Offer, wall: WallTime) -> Result<(C, Write), AddError> {
        if self.position(&offer.id).is_some() {
            return Err(AddError::Exists(offer.id));
        }
        let cell = C::new(offer.clone());
        self.offers.push(Tracked {
            id: offer.id,
            cell: cell.clone(),
            unwritten: Unwritten::default(),
        });
        let write = self.write(self.offers.len() - 1, wall);
        self.settle_clock(Some(self.offers.len() - 1), wall);
        Ok((cell, write))
    }

    /// Changes an offer's draft in memory at once; [`Session::write_pending`] writes it
    /// (the app calls it a moment after the first unwritten keystroke). Answers whether this is the
    /// first unwritten change of the session, so that the caller schedules that write once.
    pub fn edit(
        &mut self,
        id: &OfferId,
        wall: WallTime,
        change: impl FnOnce(&mut OfferForm),
    ) -> Result<EditStarted, CommandError> {
        let at = self.position(id).ok_or(CommandError::NoSuchOffer)?;
        if self.refuse_read_only(id) {
            return Err(CommandError::ReadOnly);
        }
        let first = self.offers.iter().all(|t| t.unwritten.base.is_none());
        let now = self.clock.now(wall);
        let tracked = &mut self.offers[at];
        if tracked.unwritten.base.is_none() {
            tracked.unwritten.base = Some(tracked.cell.read(|offer| offer.draft.clone()));
        }
        tracked.cell.write(|offer| {
            change(&mut offer.draft);
            offer.touch(now);
        });
        Ok(if first {
            EditStarted::First
        } else {
            EditStarted::Again
        })
    }

    /// Puts this tab's value of a conflicting field back (the person chose "keep mine"),
    /// as an edit; the notice goes once that is done. When it cannot be (the field or the
    /// offer is gone, or read-only), the notice stays: it holds the only copy of the value.
    pub fn keep_mine(&mut self, conflict: &Conflict, wall: WallTime) -> Result<(), CommandError> {
        let FieldConflict { pointer, yours, .. } = &conflict.field;
        let cell = self
            .cell(&conflict.offer)
            .ok_or(CommandError::NoSuchOffer)?;
        let form = cell
            .read(|offer| restore_field(&offer.draft, pointer, yours))
            .ok_or(CommandError::FieldGone)?;
        self.edit(&conflict.offer, wall, |draft| *draft = form)?;
        self.notices.dismiss(&Notice::Conflict(conflict.clone()));
        Ok(())
    }

    /// Writes every offer with unwritten changes (typed edits, and writes storage refused
    /// before) and the clock if its write failed. Answers each offer's write.
    pub fn write_pending(&mut self, wall: WallTime) -> Vec<(OfferId, Write)> {
        let mut writes = Vec::new();
        for at in 0..self.offers.len() {
            if !self.offers[at].unwritten.is_empty() {
                let write = self.write(at, wall);
                writes.push((self.offers[at].id.clone(), write));
            }
        }
        if self.clock_failed.is_some() {
            self.write_clock();
        }
        self.show_waiting(None);
        writes
    }

    /// Applies a publishing command to one offer and writes it at once.
    pub fn command(
        &mut self,
        id: &OfferId,
        command: Command,
        wall: WallTime,
    ) -> Result<Commanded, CommandError> {
        let at = self.position(id).ok_or(CommandError::NoSuchOffer)?;
        if self.refuse_read_only(id) {
            return Err(CommandError::ReadOnly);
        }
        let clock = &self.clock;
        let outcome = self.offers[at]
            .cell
            .read(|offer| apply(offer, command.clone(), clock, wall))
            .map_err(CommandError::Refused)?;
        let tracked = &mut self.offers[at];
        tracked.cell.write(|offer| *offer = outcome.offer);
        tracked.unwritten.commands.push((command.clone(), wall));
        let (write, rebuilt) = self.write_keeping_effects(at, wall);
        self.settle_clock(Some(at), wall);
        // Replayed on another tab's version, this very command no longer applied: it is
        // refused, as if given there (the rest of the merge was written).
        if let Write::Merged(merge) = &write {
            if let Some((_, refusal)) = merge.dropped.iter().rev().find(|(c, _)| c == &command) {
                return Err(CommandError::Refused(refusal.clone()));
            }
        }
        Ok(Commanded {
            effects: rebuilt.unwrap_or(outcome.effects),
            write,
        })
    }

    /// The offers with a deadline at or before the simulated time at `wall`, in list order:
    /// the ones the ticker must move on.
    pub fn due(&self, wall: WallTime) -> Vec<OfferId> {
        let now = self.clock.now(wall);
        self.offers
            .iter()
            .filter(|tracked| {
                tracked
                    .cell
                    .read(|offer| offer.next_deadline().is_some_and(|due| due <= now))
            })
            .map(|tracked| tracked.id.clone())
            .collect()
    }

    /// Moves one offer on to `wall`: every deadline passed happens, in order, and the
    /// result is written. `None` when nothing was due.
    pub fn advance(&mut self, id: &OfferId, wall: WallTime) -> Option<Advanced> {
        let at = self.position(id)?;
        if self.store.is_read_only(id) {
            return None;
        }
        let clock = &self.clock;
        let outcome = self.offers[at]
            .cell
            .read(|offer| crate::domain::advance(offer, clock, wall));
        if outcome.effects.is_empty() {
            return None;
        }
        self.offers[at].cell.write(|offer| *offer = outcome.offer);
        let (write, rebuilt) = self.write_keeping_effects(at, wall);
        self.settle_clock(Some(at), wall);
        Some(Advanced {
            effects: rebuilt.unwrap_or(outcome.effects),
            write,
        })
    }

    /// Changes the shared clock (speed, pause, resume). Every offer is first brought up to
    /// the present at the old speed, so that past transitions keep their real times.
    pub fn clock_command(&mut self, command: ClockCommand, wall: WallTime) -> Write {
        for id in self.due(wall) {
            self.advance(&id, wall);
        }
        self.clock = self.clock.apply(command, wall);
        let mut write = self.write_clock();
        for _ in 1..write::ATTEMPTS {
            let Write::Merged(_) = write else { break };
            // Another tab changed the clock first: this command goes on top of its clock.
            self.clock = self.clock.apply(command, wall);
            write = self.write_clock();
        }
        match write {
            // Still another tab's clock: the command is not in it, and that is said.
            Write::Merged(_) => Write::Failed(Failure::KeptChanging),
            write => write,
        }
    }

    /// The clock another tab changed (speed, pause): followed here at once. Answers whether
    /// it changed.
    pub fn clock_changed_elsewhere(&mut self) -> ClockFollowed {
        match self.store.reload_clock() {
            Ok(Some(clock)) if clock != self.clock => {
                self.clock = clock;
                ClockFollowed::Changed
            }
            _ => ClockFollowed::Same,
        }
    }

    /// A change another tab made to one offer (a `storage` event): taken here at once, with
    /// this tab's unwritten changes kept on top of it.
    pub fn changed_elsewhere(&mut self, id: &OfferId) -> Elsewhere<C> {
        let at = self.position(id);
        match (self.store.reload_offer(id), at) {
            (Ok(Some(theirs)), Some(at)) => {
                if self.offers[at].unwritten.is_empty() {
                    let same = self.offers[at].cell.read(|offer| offer == &theirs);
                    self.offers[at].cell.replace(theirs);
                    return if same {
                        Elsewhere::Unchanged
                    } else {
                        Elsewhere::Updated
                    };
                }
                self.adopt(at, theirs);
                Elsewhere::Updated
            }
            (Ok(Some(theirs)), None) => {
                let cell = C::new(theirs);
                self.offers.push(Tracked {
                    id: id.clone(),
                    cell: cell.clone(),
                    unwritten: Unwritten::default(),
                });
                Elsewhere::Added(cell)
            }
            (Ok(None), Some(at)) => {
                if self.offers[at].unwritten.is_empty() {
                    self.offers.remove(at);
                    Elsewhere::Removed
                } else {
                    // Deleted there while this tab has unwritten changes: they are kept,
                    // and written back as a new offer at the next write.
                    Elsewhere::Unchanged
                }
            }
            (Ok(None), None) => Elsewhere::Unchanged,
            (Err(LoadProblem::NewerSchema { key, schema }), _) => {
                self.notices.add_read_only(key, schema);
                Elsewhere::ReadOnly
            }
            (Err(problem), _) => {
                self.notices.add_set_aside(&problem);
                Elsewhere::SetAside
            }
        }
    }

    /// Deletes one offer from storage and from the list, answering it so that the delete
    /// can be undone. Refused, with nothing changed, when storage refuses or another tab
    /// changed the offer in between (its version is then shown).
    pub fn delete(&mut self, id: &OfferId, wall: WallTime) -> Result<Deleted, DeleteError> {
        let at = self.position(id).ok_or(DeleteError::NoSuchOffer)?;
        match self.store.delete(id) {
            Ok(()) => {
                let tracked = self.offers.remove(at);
                self.show_waiting(None);
                self.settle_clock(None, wall);
                Ok(Deleted {
                    offer: tracked.cell.get(),
                })
            }
            Err(SaveError::Stale { .. }) => {
                if let Ok(Some(theirs)) = self.store.reload_offer(id) {
                    self.adopt(at, theirs);
                }
                Err(DeleteError::ChangedElsewhere)
            }
            Err(SaveError::ReadOnly { key, schema }) => {
                self.notices.add_read_only(key, schema);
                Err(DeleteError::ReadOnly)
            }
            Err(SaveError::Storage(fault)) => Err(DeleteError::Failed(fault)),
        }
    }

    /// The export file of every offer, or of one, as this tab has them (changes not yet
    /// written included).
    pub fn export(&self, only: Option<&OfferId>) -> String {
        let offers: Vec<Offer> = self
            .offers
            .iter()
            .filter(|tracked| only.is_none_or(|id| &tracked.id == id))
            .map(|tracked| tracked.cell.get())
            .collect();
        super::export(&offers, &self.clock)
    }

    /// Refuses a change to an offer whose stored value a newer version wrote, and says so.
    fn refuse_read_only(&mut self, id: &OfferId) -> bool {
        if !self.store.is_read_only(id) {
            return false;
        }
        let key = super::offer_key(id);
        let schema = self
            .store
            .raw(&key)
            .and_then(|text| super::Header::read(&text).ok())
            .map_or(super::SCHEMA + 1, |header| header.schema);
        self.notices.add_read_only(key, schema);
        true
    }

    /// Updates the notice of writes waiting for storage after a write that failed with
    /// `failure` (or none).
    fn show_waiting(&mut self, failure: Option<Failure>) {
        let pending = self
            .offers
            .iter()
            .filter(|tracked| tracked.unwritten.failed.is_some())
            .count();
        let clock = self.clock_failed.is_some();
        self.notices.waiting(failure, pending, clock);
    }

    /// Notes a write's outcome in the notices.
    fn note(&mut self, offer: usize, write: &Write) {
        match write {
            Write::Written => self.show_waiting(None),
            Write::Merged(merge) => {
                let tracked = &self.offers[offer];
                let name = tracked.cell.read(|offer| offer.draft.settings.name.clone());
                for field in &merge.conflicts {
                    self.notices.add(Notice::Conflict(Conflict {
                        offer: tracked.id.clone(),
                        offer_name: name.clone(),
                        field: field.clone(),
                    }));
                }
                for (command, refusal) in &merge.dropped {
                    self.notices
                        .add(Notice::Dropped(super::notices::DroppedCommand {
                            offer: tracked.id.clone(),
                            offer_name: name.clone(),
                            command: command.clone(),
                            refusal: refusal.clone(),
                        }));
                }
                self.show_waiting(None);
            }
            Write::ReadOnly { key, schema } => self.notices.add_read_only(key.clone(), *schema),
            Write::Failed(failure) => self.show_waiting(Some(failure.clone())),
        }
    }
}

/// Whether an edit was the first unwritten change of the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditStarted {
    /// Nothing was waiting to be written before: schedule a write.
    First,
    /// A write is already due.
    Again,
}

/// Whether the clock changed when another tab wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockFollowed {
    /// It changed: show the new one.
    Changed,
    /// It is the one shown.
    Same,
}
