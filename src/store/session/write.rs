//! Writing one offer (or the clock), and replaying this tab's intent on another tab's
//! version when that tab stored the offer first.
//!
//! The store refuses a write whose revision another tab changed in between. Then the other
//! tab's version is read and this tab's unwritten intent goes on top of it: the fields typed
//! here (a three-way merge against the draft storage last had), then the commands given
//! here (judged again: one that no longer applies is reported, never applied to an outdated
//! state), then time up to now. Two tabs advancing one run compute the same steps, so the
//! second simply takes the first one's result and no email is sent twice.

use super::outcome::{Failure, Merge, Write};
use super::{OfferCell, Session, Tracked};
use crate::domain::{advance, apply, merge_forms, Command, Effect, Offer, OfferForm, WallTime};
use crate::store::{LoadProblem, SaveError, Storage};

/// How many times a write is rebuilt on another tab's version before it waits for later:
/// each rebuild reads the newest version, so only tabs writing the same offer without pause
/// exhaust it.
pub(super) const ATTEMPTS: usize = 3;

/// This tab's intent replayed on another tab's version.
struct Rebuilt {
    offer: Offer,
    merge: Merge,
    effects: Vec<Effect>,
    /// The draft the other tab stored: the base of any later merge.
    stored_draft: OfferForm,
    /// The commands that applied: the intent from now on. One that no longer applies has
    /// been reported and is given up, so that it cannot run later, when nobody expects it.
    applied: Vec<(Command, WallTime)>,
}

/// Replays `tracked`'s unwritten edits and commands on `theirs`.
fn rebuild<C: OfferCell>(
    tracked: &Tracked<C>,
    theirs: Offer,
    clock: &crate::domain::SimClock,
) -> Rebuilt {
    let stored_draft = theirs.draft.clone();
    let mut offer = theirs;
    let mut merge = Merge::default();
    let mut effects = Vec::new();
    let mut applied = Vec::new();
    if let Some(base) = &tracked.unwritten.base {
        let (mine, changed) = tracked.cell.read(|mine| (mine.draft.clone(), mine.changed));
        let merged = merge_forms(base, &mine, &offer.draft);
        offer.draft = merged.form;
        offer.touch(changed);
        merge.conflicts = merged.conflicts;
    }
    for (command, given) in &tracked.unwritten.commands {
        match apply(&offer, command.clone(), clock, *given) {
            Ok(outcome) => {
                offer = outcome.offer;
                effects.extend(outcome.effects);
                applied.push((command.clone(), *given));
            }
            Err(refusal) => merge.dropped.push((command.clone(), refusal)),
        }
    }
    Rebuilt {
        offer,
        merge,
        effects,
        stored_draft,
        applied,
    }
}

impl<S: Storage, C: OfferCell> Session<S, C> {
    /// Writes the offer at `at` and notes the outcome in the notices.
    pub(super) fn write(&mut self, at: usize, wall: WallTime) -> Write {
        self.write_keeping_effects(at, wall).0
    }

    /// Writes the offer at `at`; when it had to be rebuilt on another tab's version, also
    /// answers what the rebuilt version did (its effects replace the ones of this tab's).
    pub(super) fn write_keeping_effects(
        &mut self,
        at: usize,
        wall: WallTime,
    ) -> (Write, Option<Vec<Effect>>) {
        let mut merge: Option<Merge> = None;
        let mut effects = None;
        let mut write = Write::Failed(Failure::KeptChanging);
        for _ in 0..ATTEMPTS {
            let offer = self.offers[at].cell.get();
            match self.store.save(&offer) {
                Ok(()) => {
                    write = match merge.take() {
                        Some(merge) => Write::Merged(merge),
                        None => Write::Written,
                    };
                    break;
                }
                Err(SaveError::Stale { .. }) => match self.store.reload_offer(&offer.id) {
                    Ok(Some(theirs)) => {
                        let mut rebuilt = rebuild(&self.offers[at], theirs, &self.clock);
                        // Written now, so brought up to now: what came due happens, once.
                        let moved = advance(&rebuilt.offer, &self.clock, wall);
                        rebuilt.effects.extend(moved.effects);
                        self.offers[at].cell.replace(moved.offer);
                        let unwritten = &mut self.offers[at].unwritten;
                        if unwritten.base.is_some() {
                            unwritten.base = Some(rebuilt.stored_draft);
                        }
                        unwritten.commands = rebuilt.applied;
                        let known = merge.get_or_insert_with(Merge::default);
                        for conflict in rebuilt.merge.conflicts {
                            if !known.conflicts.contains(&conflict) {
                                known.conflicts.push(conflict);
                            }
                        }
                        known.dropped.extend(rebuilt.merge.dropped);
                        // The commands are in the rebuilt offer now; a further attempt
                        // rebuilds from the newest version with the same intent.
                        effects = Some(rebuilt.effects);
                    }
                    // Deleted in the other tab: this tab's version is written again as a
                    // new offer, since it holds changes made here.
                    Ok(None) => {}
                    Err(LoadProblem::NewerSchema { key, schema }) => {
                        write = Write::ReadOnly { key, schema };
                        break;
                    }
                    // Unreadable there: set aside (and said), then written anew from here.
                    Err(problem) => self.notices.add_set_aside(&problem),
                },
                Err(SaveError::ReadOnly { key, schema }) => {
                    write = Write::ReadOnly { key, schema };
                    break;
                }
                Err(SaveError::Storage(fault)) => {
                    write = Write::Failed(Failure::Storage(fault));
                    break;
                }
            }
        }
        let unwritten = &mut self.offers[at].unwritten;
        match &write {
            Write::Written | Write::Merged(_) => *unwritten = Default::default(),
            Write::Failed(failure) => unwritten.failed = Some(failure.clone()),
            // Never written by this version: nothing to retry.
            Write::ReadOnly { .. } => *unwritten = Default::default(),
        }
        self.note(at, &write);
        (write, effects)
    }

    /// Takes another tab's version of the offer at `at` without writing: this tab's
    /// unwritten intent is replayed on it and stays unwritten, on the new base.
    pub(super) fn adopt(&mut self, at: usize, theirs: Offer) {
        let rebuilt = rebuild(&self.offers[at], theirs, &self.clock);
        let tracked = &mut self.offers[at];
        tracked.cell.replace(rebuilt.offer);
        if tracked.unwritten.base.is_some() {
            tracked.unwritten.base = Some(rebuilt.stored_draft);
        }
        tracked.unwritten.commands = rebuilt.applied;
        let merge = rebuilt.merge;
        if !merge.conflicts.is_empty() || !merge.dropped.is_empty() {
            self.note(at, &Write::Merged(merge));
        }
    }

    /// Writes the clock; when another tab changed it first, its clock is taken (the caller
    /// may apply its command again on top) and the answer is [`Write::Merged`].
    pub(super) fn write_clock(&mut self) -> Write {
        let write = match self.store.save_clock(&self.clock) {
            Ok(()) => Write::Written,
            Err(SaveError::Stale { .. }) => match self.store.reload_clock() {
                Ok(Some(theirs)) => {
                    self.clock = theirs;
                    Write::Merged(Merge::default())
                }
                // Removed or unreadable there: this tab's clock is written anew.
                Ok(None) | Err(_) => match self.store.save_clock(&self.clock) {
                    Ok(()) => Write::Written,
                    Err(error) => write_of(error),
                },
            },
            Err(error) => write_of(error),
        };
        self.clock_failed = match &write {
            Write::Failed(failure) => Some(failure.clone()),
            _ => None,
        };
        match &write {
            Write::Failed(failure) => self.show_waiting(Some(failure.clone())),
            Write::ReadOnly { key, schema } => self.notices.add_read_only(key.clone(), *schema),
            _ => self.show_waiting(None),
        }
        write
    }
}

/// The write outcome of a store error other than a stale revision.
fn write_of(error: SaveError) -> Write {
    match error {
        SaveError::ReadOnly { key, schema } => Write::ReadOnly { key, schema },
        SaveError::Storage(fault) => Write::Failed(Failure::Storage(fault)),
        SaveError::Stale { .. } => Write::Failed(Failure::KeptChanging),
    }
}
