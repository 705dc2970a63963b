//! Importing many offers, all or nothing, in slices the caller spaces out so that the page
//! stays responsive: first every offer is packed and measured against the room left in
//! storage (nothing is written if they do not fit), then written without touching the
//! index, then listed in one index write. A write that fails on the way takes back every
//! one before it.

use super::outcome::Failure;
use super::{OfferCell, Session, Tracked, Unwritten};
use crate::domain::{Offer, OfferId, WallTime};
use crate::store::{Listing, LoadProblem, PackedOffer, SaveError, Storage};

/// An import under way: what is left to do, and what to take back if a write fails.
pub struct ImportJob {
    offers: Vec<Offer>,
    packed: Vec<PackedOffer>,
    stage: Stage,
    /// Characters the import adds to storage, net of the values it replaces.
    needed: u64,
    /// New offers written so far (not listed yet).
    added: Vec<OfferId>,
    /// Offers replaced so far, as they were, to put back.
    replaced: Vec<Offer>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Measure(usize),
    Write(usize),
    Finished,
}

/// Which part of the import is under way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportStage {
    /// Packing each offer to measure what it will take in storage.
    Measuring,
    /// Writing.
    Writing,
}

/// How far an import has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportProgress {
    /// The part under way.
    pub stage: ImportStage,
    /// Offers done in this part.
    pub done: usize,
    /// Offers in all.
    pub total: usize,
}

/// Why an import wrote nothing (or took back what it had written).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportRefusal {
    /// The offers do not fit in the room left in storage; nothing was written.
    NoRoom {
        /// Characters the import needs.
        needed: u64,
        /// Characters free.
        free: u64,
    },
    /// An offer to replace was written by a newer version, which this one does not
    /// overwrite; nothing was written.
    ReadOnly(OfferId),
    /// Storage refused a write; every write of the import was taken back.
    Failed(Failure),
}

/// What one slice of an import did.
pub enum ImportStep<C> {
    /// More to do.
    Working(ImportProgress),
    /// Every offer is stored and shown: the new ones' cells, to add to the list, and how
    /// many were replaced.
    Done {
        /// The offers added, with their cells.
        added: Vec<(OfferId, C)>,
        /// How many existing offers were replaced.
        replaced: usize,
    },
    /// Nothing was imported, and why.
    Refused(ImportRefusal),
}

impl ImportJob {
    /// An import of `offers` (validated, conflicts with existing identities resolved).
    pub fn new(offers: Vec<Offer>) -> ImportJob {
        ImportJob {
            packed: Vec::with_capacity(offers.len()),
            offers,
            stage: Stage::Measure(0),
            needed: 0,
            added: Vec::new(),
            replaced: Vec::new(),
        }
    }

    /// How many offers it imports.
    pub fn len(&self) -> usize {
        self.offers.len()
    }

    /// Whether it imports nothing.
    pub fn is_empty(&self) -> bool {
        self.offers.is_empty()
    }
}

impl<S: Storage, C: OfferCell> Session<S, C> {
    /// Does up to `budget` offers' worth of an import's work (at least one).
    pub fn import_step(
        &mut self,
        job: &mut ImportJob,
        budget: usize,
        wall: WallTime,
    ) -> ImportStep<C> {
        let total = job.offers.len();
        let budget = budget.max(1);
        match job.stage {
            Stage::Measure(next) => {
                let end = (next + budget).min(total);
                for offer in &job.offers[next..end] {
                    if self.store.is_read_only(&offer.id) {
                        job.stage = Stage::Finished;
                        return ImportStep::Refused(ImportRefusal::ReadOnly(offer.id.clone()));
                    }
                    let packed = match PackedOffer::of(offer) {
                        Ok(packed) => packed,
                        Err(error) => return self.refuse(job, refusal_of(error, &offer.id)),
                    };
                    let replaced = self.store.size_of(&offer.id);
                    // A new offer also lengthens the index by its quoted identity and a comma.
                    let listed = if replaced == 0 {
                        offer.id.as_str().encode_utf16().count() as u64 + 3
                    } else {
                        0
                    };
                    job.needed = job
                        .needed
                        .saturating_add(self.store.size_once_saved(&packed) + listed)
                        .saturating_sub(replaced);
                    job.packed.push(packed);
                }
                if end < total {
                    job.stage = Stage::Measure(end);
                    return working(ImportStage::Measuring, end, total);
                }
                let used = match self.store.usage() {
                    Ok(usage) => usage.total_chars,
                    Err(fault) => {
                        return self.refuse(job, ImportRefusal::Failed(Failure::Storage(fault)))
                    }
                };
                let free = self.options.quota.saturating_sub(used);
                if job.needed > free {
                    job.stage = Stage::Finished;
                    return ImportStep::Refused(ImportRefusal::NoRoom {
                        needed: job.needed,
                        free,
                    });
                }
                job.stage = Stage::Write(0);
                working(ImportStage::Writing, 0, total)
            }
            Stage::Write(next) => {
                let end = (next + budget).min(total);
                for at in next..end {
                    if let Err(refusal) = self.import_one(job, at) {
                        return self.refuse(job, refusal);
                    }
                }
                if end < total {
                    job.stage = Stage::Write(end);
                    return working(ImportStage::Writing, end, total);
                }
                if let Err(error) = self.store.list(&job.added) {
                    let id = job.added.first().cloned().unwrap_or_default();
                    return self.refuse(job, refusal_of(error, &id));
                }
                job.stage = Stage::Finished;
                let done = self.show_imported(job);
                self.settle_clock(None, wall);
                done
            }
            Stage::Finished => ImportStep::Refused(ImportRefusal::Failed(Failure::KeptChanging)),
        }
    }

    /// Writes the offer at `at` of the job: a new one unlisted, an existing one over the
    /// stored value (the import wins over another tab's newer revision).
    fn import_one(&mut self, job: &mut ImportJob, at: usize) -> Result<(), ImportRefusal> {
        let id = job.offers[at].id.clone();
        // What storage holds now, another tab's newer version included: what a rollback
        // puts back. (An unreadable value is set aside by the reload, and said.)
        let stored = match self.store.reload_offer(&id) {
            Ok(stored) => stored,
            Err(LoadProblem::NewerSchema { .. }) => return Err(ImportRefusal::ReadOnly(id)),
            Err(problem) => {
                self.notices.add_set_aside(&problem);
                None
            }
        };
        let position = self.position(&id);
        let before = stored.or_else(|| position.map(|p| self.offers[p].cell.get()));
        let listing = if before.is_some() {
            Listing::Listed
        } else {
            Listing::Unlisted
        };
        self.store
            .save_packed(&job.packed[at], listing)
            .map_err(|error| refusal_of(error, &id))?;
        match before {
            Some(before) => {
                // Shown at once: a tick or a pending write between two slices would
                // otherwise write this tab's older version over the imported one.
                if let Some(p) = position {
                    self.offers[p].unwritten = Unwritten::default();
                    self.offers[p].cell.replace(job.offers[at].clone());
                }
                job.replaced.push(before);
            }
            None => job.added.push(id),
        }
        Ok(())
    }

    /// Takes back every write of the import and refuses it.
    fn refuse(&mut self, job: &mut ImportJob, refusal: ImportRefusal) -> ImportStep<C> {
        let failure = match &refusal {
            ImportRefusal::Failed(failure) => failure.clone(),
            _ => Failure::KeptChanging,
        };
        for id in job.added.drain(..) {
            let _ = self.store.delete(&id);
        }
        for before in job.replaced.drain(..) {
            let written = self.store.save(&before);
            if let Some(at) = self.position(&before.id) {
                self.offers[at].cell.replace(before);
                // Storage refuses even the old value: it stays shown here and waits.
                if written.is_err() {
                    self.offers[at].unwritten.failed = Some(failure.clone());
                }
            }
        }
        job.stage = Stage::Finished;
        self.show_waiting(None);
        ImportStep::Refused(refusal)
    }

    /// Shows every imported offer once all are stored.
    fn show_imported(&mut self, job: &mut ImportJob) -> ImportStep<C> {
        let mut added = Vec::new();
        let mut replaced = 0;
        for offer in std::mem::take(&mut job.offers) {
            match self.position(&offer.id) {
                Some(at) => {
                    replaced += 1;
                    self.offers[at].unwritten = Unwritten::default();
                    self.offers[at].cell.replace(offer);
                }
                None => {
                    let cell = C::new(offer);
                    let id = cell.read(|offer| offer.id.clone());
                    self.offers.push(Tracked {
                        id: id.clone(),
                        cell: cell.clone(),
                        unwritten: Unwritten::default(),
                    });
                    added.push((id, cell));
                }
            }
        }
        job.packed.clear();
        ImportStep::Done { added, replaced }
    }
}

fn working<C>(stage: ImportStage, done: usize, total: usize) -> ImportStep<C> {
    ImportStep::Working(ImportProgress { stage, done, total })
}

fn refusal_of(error: SaveError, id: &OfferId) -> ImportRefusal {
    match error {
        SaveError::Storage(fault) => ImportRefusal::Failed(Failure::Storage(fault)),
        SaveError::ReadOnly { .. } => ImportRefusal::ReadOnly(id.clone()),
        SaveError::Stale { .. } => ImportRefusal::Failed(Failure::KeptChanging),
    }
}
