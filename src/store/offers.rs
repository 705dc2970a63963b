//! Loading and saving offers: one key per offer plus an ordered index.

use super::{
    envelope::{Envelope, ReadError, SCHEMA},
    keys::{clock_key, index_key, offer_id_of, offer_key, quarantine_key},
    Storage, StorageFault,
};
use crate::domain::{Offer, OfferId, SimClock};
use std::collections::HashMap;

/// Something found while loading that the user must be told about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// A value could not be read; it was moved to `quarantined_as`.
    Quarantined {
        /// The key it was stored under.
        key: String,
        /// The key it now lives under.
        quarantined_as: String,
        /// What was wrong with it.
        reason: String,
    },
    /// A value was written by a newer app; it is left untouched and not loaded.
    NewerSchema {
        /// The key it is stored under.
        key: String,
        /// The schema it was written with.
        schema: u32,
    },
    /// Storage refused a read or a write while loading.
    Storage(StorageFault),
}

/// What loading found: the offers that could be read, in index order, the clock, and the
/// problems.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The offers, oldest first.
    pub offers: Vec<Offer>,
    /// The simulated clock, if one was stored and readable.
    pub clock: Option<SimClock>,
    /// What could not be loaded, and why.
    pub problems: Vec<LoadProblem>,
}

/// The persistence of offers and of the simulated clock over a [`Storage`].
pub struct Store<S: Storage> {
    storage: S,
    /// The offers in order, as the index stores them.
    order: Vec<OfferId>,
    /// The revision last read or written of each offer key.
    revisions: HashMap<OfferId, u64>,
    index_revision: u64,
    clock_revision: u64,
}

impl<S: Storage> Store<S> {
    /// Reads every offer. Never fails: what cannot be read is set aside and reported.
    pub fn load(storage: S) -> (Self, Loaded) {
        let mut store = Store {
            storage,
            order: Vec::new(),
            revisions: HashMap::new(),
            index_revision: 0,
            clock_revision: 0,
        };
        let mut loaded = Loaded::default();

        let mut listed: Vec<OfferId> = Vec::new();
        if let Some(index) = store.read::<Vec<OfferId>>(&index_key(), &mut loaded.problems) {
            store.index_revision = index.revision;
            listed = index.data;
        }
        // Offers stored without an index entry (an index lost or written by a stale tab)
        // are still loaded, after the listed ones, so nothing disappears.
        match store.storage.keys() {
            Ok(keys) => {
                let mut extra: Vec<OfferId> = keys
                    .iter()
                    .filter_map(|key| offer_id_of(key))
                    .filter(|id| !listed.contains(id))
                    .collect();
                extra.sort();
                listed.extend(extra);
            }
            Err(fault) => loaded.problems.push(LoadProblem::Storage(fault)),
        }

        for id in listed {
            if store.order.contains(&id) {
                continue;
            }
            if let Some(envelope) = store.read::<Offer>(&offer_key(&id), &mut loaded.problems) {
                if envelope.data.id == id {
                    store.revisions.insert(id.clone(), envelope.revision);
                    store.order.push(id);
                    loaded.offers.push(envelope.data);
                } else {
                    store.quarantine(
                        &offer_key(&id),
                        "the offer inside does not match its key",
                        &mut loaded.problems,
                    );
                }
            }
        }
        if let Some(clock) = store.read::<SimClock>(&clock_key(), &mut loaded.problems) {
            store.clock_revision = clock.revision;
            loaded.clock = Some(clock.data);
        }
        (store, loaded)
    }

    /// Writes the simulated clock.
    pub fn save_clock(&mut self, clock: &SimClock) -> Result<(), StorageFault> {
        self.clock_revision += 1;
        let envelope = Envelope {
            schema: SCHEMA,
            revision: self.clock_revision,
            data: clock,
        };
        let text = envelope
            .encode()
            .map_err(|error| StorageFault::Other(error.to_string()))?;
        self.storage.set(&clock_key(), &text)
    }

    /// Reads one envelope; sets aside what cannot be read.
    fn read<T: serde::de::DeserializeOwned>(
        &self,
        key: &str,
        problems: &mut Vec<LoadProblem>,
    ) -> Option<Envelope<T>> {
        let text = match self.storage.get(key) {
            Ok(Some(text)) => text,
            Ok(None) => return None,
            Err(fault) => {
                problems.push(LoadProblem::Storage(fault));
                return None;
            }
        };
        match Envelope::<T>::decode(&text) {
            Ok(envelope) => Some(envelope),
            Err(ReadError::NewerSchema(schema)) => {
                problems.push(LoadProblem::NewerSchema {
                    key: key.to_owned(),
                    schema,
                });
                None
            }
            Err(ReadError::Corrupt(reason)) => {
                self.quarantine(key, &reason, problems);
                None
            }
        }
    }

    /// Moves the raw value of `key` to its quarantine key, so that it is kept for the user
    /// to download but no longer read as data.
    fn quarantine(&self, key: &str, reason: &str, problems: &mut Vec<LoadProblem>) {
        let quarantined_as = quarantine_key(key);
        let moved = self
            .storage
            .get(key)
            .and_then(|raw| match raw {
                Some(raw) => self.storage.set(&quarantined_as, &raw),
                None => Ok(()),
            })
            .and_then(|()| self.storage.remove(key));
        if let Err(fault) = moved {
            problems.push(LoadProblem::Storage(fault));
        }
        problems.push(LoadProblem::Quarantined {
            key: key.to_owned(),
            quarantined_as,
            reason: reason.to_owned(),
        });
    }

    /// The offers' identities in order.
    pub fn order(&self) -> &[OfferId] {
        &self.order
    }

    /// Writes one offer, and the index when the offer is new. Only that offer's key (and
    /// the index for a new offer) is written.
    pub fn save(&mut self, offer: &Offer) -> Result<(), StorageFault> {
        let revision = self.revisions.get(&offer.id).copied().unwrap_or(0) + 1;
        let envelope = Envelope {
            schema: SCHEMA,
            revision,
            data: offer,
        };
        let text = envelope
            .encode()
            .map_err(|error| StorageFault::Other(error.to_string()))?;
        self.storage.set(&offer_key(&offer.id), &text)?;
        self.revisions.insert(offer.id.clone(), revision);
        if !self.order.contains(&offer.id) {
            self.order.push(offer.id.clone());
            if let Err(fault) = self.write_index() {
                self.order.pop();
                return Err(fault);
            }
        }
        Ok(())
    }

    /// Removes one offer and its index entry.
    pub fn delete(&mut self, id: &OfferId) -> Result<(), StorageFault> {
        let Some(position) = self.order.iter().position(|known| known == id) else {
            return Ok(());
        };
        self.order.remove(position);
        if let Err(fault) = self.write_index() {
            self.order.insert(position, id.clone());
            return Err(fault);
        }
        self.revisions.remove(id);
        self.storage.remove(&offer_key(id))
    }

    fn write_index(&mut self) -> Result<(), StorageFault> {
        let envelope = Envelope {
            schema: SCHEMA,
            revision: self.index_revision + 1,
            data: &self.order,
        };
        let text = envelope
            .encode()
            .map_err(|error| StorageFault::Other(error.to_string()))?;
        self.storage.set(&index_key(), &text)?;
        self.index_revision += 1;
        Ok(())
    }
}
