//! Loading and saving offers: one key per offer plus an ordered index.
//!
//! Nothing stored is ever dropped or silently overwritten:
//! - a value that cannot be read (not JSON, wrong shape, an offer that breaks the engine's
//!   rules, a key this build does not define) is moved to a quarantine key and reported;
//! - a value from a newer schema is left untouched, reported, and read-only for this store;
//! - every write of an offer or of the clock first checks that the stored revision is the
//!   one this store last read or wrote, so a stale tab is refused instead of overwriting;
//! - the index, a set of identities, is merged with what another tab wrote instead.
//!
//! Longer than most files: loading, saving, the index and quarantine share one set of
//! invariants (each value written before it is listed, removed before it is unlisted), kept in
//! view together.

use super::{
    envelope::{Envelope, Header, ReadError, SCHEMA},
    keys::{
        classify, clock_key, index_key, offer_id_of, offer_key, quarantine_key, quarantine_prefix,
        StoreChange, PREFIX,
    },
    Storage, StorageFault,
};
use crate::domain::{Offer, OfferId, SimClock};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

/// Something found while loading that the user must be told about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// A value could not be read; it was moved to `quarantined_as`, where
    /// [`Store::raw`] returns its text unchanged (for the user to download).
    Quarantined {
        /// The key it was stored under.
        key: String,
        /// The key it now lives under.
        quarantined_as: String,
        /// What was wrong with it, as a kind the user can be told in plain words.
        kind: QuarantineKind,
        /// What was wrong with it, in the parser's or the rules' own (English) words.
        reason: String,
    },
    /// A value was written by a newer app; it is left untouched, not loaded, and this store
    /// refuses to write over it.
    NewerSchema {
        /// The key it is stored under.
        key: String,
        /// The schema it was written with.
        schema: u32,
    },
    /// The index lists an offer that is not stored; the entry is dropped in memory, and from
    /// storage at the next save.
    MissingOffer {
        /// The listed identity.
        id: OfferId,
    },
    /// An offer is stored but the index does not list it; it is loaded after the listed
    /// ones, and added to the stored index at the next save.
    NotInIndex {
        /// The offer's identity.
        id: OfferId,
    },
    /// Storage refused a read or a write while loading.
    Storage(StorageFault),
}

/// Why a stored value was set aside, in terms a person can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuarantineKind {
    /// The JSON text stops part-way (a write cut short).
    Truncated,
    /// Not JSON at all.
    NotJson,
    /// JSON, but fields are missing or of the wrong type.
    WrongShape,
    /// A well-formed offer that breaks the engine's rules, or whose identity does not match
    /// its key.
    BrokenRules,
    /// A key under the app's prefix that this build does not define.
    UnknownKey,
}

impl QuarantineKind {
    /// The kind of a value that failed to decode: whether its text is JSON at all tells a
    /// truncated or garbled value from one of the wrong shape.
    pub fn of_corrupt(text: &str) -> QuarantineKind {
        match serde_json::from_str::<serde_json::Value>(text) {
            Ok(_) => QuarantineKind::WrongShape,
            Err(error) if error.is_eof() => QuarantineKind::Truncated,
            Err(_) => QuarantineKind::NotJson,
        }
    }
}

/// Why a write was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// Storage refused the write (quota, blocked storage); nothing in memory changed.
    Storage(StorageFault),
    /// Another tab (or another store) changed the value since this store read it; nothing
    /// was written. Reload the value ([`Store::reload_offer`], [`Store::reload_clock`]) to
    /// adopt its revision before writing again.
    Stale {
        /// The key that changed.
        key: String,
        /// The revision this store last read or wrote (`None`: it knew of no value).
        expected: Option<u64>,
        /// The revision stored now (`None`: no value, or one that cannot be read).
        found: Option<u64>,
        /// The offer stored now, when the key is an offer's and its value can be read.
        stored: Option<Box<Offer>>,
    },
    /// The stored value was written by a newer app; this store does not write over it.
    ReadOnly {
        /// The key.
        key: String,
        /// The newer schema.
        schema: u32,
    },
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::Storage(fault) => write!(f, "{fault}"),
            SaveError::Stale { key, .. } => write!(f, "{key} was changed in another tab"),
            SaveError::ReadOnly { key, schema } => {
                write!(f, "{key} was written by a newer version (schema {schema})")
            }
        }
    }
}

impl From<StorageFault> for SaveError {
    fn from(fault: StorageFault) -> Self {
        SaveError::Storage(fault)
    }
}

/// How much of the storage is used, in UTF-16 code units of keys plus values (what
/// browsers count against the quota).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StorageUsage {
    /// Under [`PREFIX`]: the app's own keys, quarantine included.
    pub our_chars: u64,
    /// Every key of the origin.
    pub total_chars: u64,
}

impl StorageUsage {
    /// Chromium's localStorage quota per origin, in UTF-16 code units.
    ///
    /// localStorage has no API that tells its quota or what is left (the Storage API's
    /// `estimate()` covers other stores), so the meter assumes Chromium's figure: 5,242,880
    /// UTF-16 code units of keys plus values per origin, which browsers call "5 MB".
    /// Firefox and Safari allow about the same.
    pub const CHROMIUM_QUOTA: u64 = 5_242_880;

    /// The app's share of the assumed quota, in whole percent (0 to 100).
    pub fn percent(&self) -> u64 {
        (self.our_chars.saturating_mul(100) / Self::CHROMIUM_QUOTA).min(100)
    }
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
    /// Every offer the index lists, in order: loaded ones and read-only (newer) ones.
    order: Vec<OfferId>,
    /// The value last read or written of each offer key.
    revisions: HashMap<OfferId, Seen>,
    /// Keys holding values of a newer schema, which this store never writes.
    read_only: BTreeMap<String, u32>,
    /// The index revision last read or written (0: none).
    index_revision: u64,
    /// Whether the stored index differs from `order` (repaired at load).
    index_dirty: bool,
    /// The clock value last read or written (`None`: no clock was stored).
    clock_revision: Option<Seen>,
}

/// A stored value as this store last read or wrote it: its revision, and a digest of its
/// whole text. A write goes ahead only while the stored text is still that one: comparing
/// revisions alone would be fooled by an offer deleted and written anew from revision 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Seen {
    revision: u64,
    digest: u64,
}

impl Seen {
    fn of(revision: u64, text: &str) -> Seen {
        use std::hash::{Hash, Hasher};
        // SipHash with fixed keys: the same text gives the same digest in every tab.
        let mut hasher = std::hash::DefaultHasher::new();
        text.hash(&mut hasher);
        Seen {
            revision,
            digest: hasher.finish(),
        }
    }
}

impl<S: Storage> Store<S> {
    /// Reads every offer. Never fails: what cannot be read is set aside and reported.
    pub fn load(storage: S) -> (Self, Loaded) {
        let mut store = Store {
            storage,
            order: Vec::new(),
            revisions: HashMap::new(),
            read_only: BTreeMap::new(),
            index_revision: 0,
            index_dirty: false,
            clock_revision: None,
        };
        let mut loaded = Loaded::default();
        let problems = &mut loaded.problems;

        let keys = match store.storage.keys() {
            Ok(keys) => keys,
            Err(fault) => {
                problems.push(LoadProblem::Storage(fault));
                Vec::new()
            }
        };
        for key in &keys {
            if let Some(StoreChange::Unknown(_)) = classify(key) {
                store.quarantine(
                    key,
                    QuarantineKind::UnknownKey,
                    "not a key this app defines",
                    problems,
                );
            }
        }

        let index_key = index_key();
        let index = store
            .read::<Vec<OfferId>>(&index_key, problems)
            .map(|(index, _)| index);
        let index_known = index.is_some() || !store.read_only.contains_key(&index_key);
        let mut listed: Vec<OfferId> = Vec::new();
        if let Some(index) = index {
            store.index_revision = index.revision;
            for id in index.data {
                if !listed.contains(&id) {
                    listed.push(id);
                }
            }
        }
        // Offers stored without an index entry (an index lost or written by a stale tab)
        // are still loaded, after the listed ones, so nothing disappears.
        let mut unlisted: Vec<OfferId> = keys
            .iter()
            .filter_map(|key| offer_id_of(key))
            .filter(|id| !listed.contains(id))
            .collect();
        unlisted.sort();
        unlisted.dedup();
        if index_known {
            for id in &unlisted {
                problems.push(LoadProblem::NotInIndex { id: id.clone() });
                store.index_dirty = true;
            }
        }
        listed.extend(unlisted);

        for id in listed {
            match store.read_offer(&id, problems) {
                OfferRead::Valid(envelope, seen) => {
                    store.revisions.insert(id.clone(), seen);
                    store.order.push(id);
                    loaded.offers.push(envelope.data);
                }
                OfferRead::Newer => store.order.push(id),
                OfferRead::Missing => {
                    problems.push(LoadProblem::MissingOffer { id });
                    store.index_dirty |= index_known;
                }
                OfferRead::Unreadable => store.index_dirty |= index_known,
            }
        }
        if let Some((clock, seen)) = store.read::<SimClock>(&clock_key(), problems) {
            store.clock_revision = Some(seen);
            loaded.clock = Some(clock.data);
        }
        (store, loaded)
    }

    /// Reads one offer key and validates the offer: its identity must match the key and it
    /// must keep the engine's rules; otherwise it is quarantined.
    fn read_offer(&mut self, id: &OfferId, problems: &mut Vec<LoadProblem>) -> OfferRead {
        let key = offer_key(id);
        match self.storage.get(&key) {
            Ok(Some(_)) => {}
            Ok(None) => return OfferRead::Missing,
            Err(fault) => {
                problems.push(LoadProblem::Storage(fault));
                return OfferRead::Unreadable;
            }
        }
        let Some((envelope, seen)) = self.read::<Offer>(&key, problems) else {
            return if self.read_only.contains_key(&key) {
                OfferRead::Newer
            } else {
                OfferRead::Unreadable
            };
        };
        let reason = if envelope.data.id != *id {
            Some("the offer inside does not match its key".to_owned())
        } else {
            let broken = envelope.data.inconsistencies();
            (!broken.is_empty()).then(|| format!("the offer breaks the engine's rules: {broken:?}"))
        };
        match reason {
            Some(reason) => {
                self.quarantine(&key, QuarantineKind::BrokenRules, &reason, problems);
                OfferRead::Unreadable
            }
            None => OfferRead::Valid(Box::new(envelope), seen),
        }
    }

    /// Reads one envelope, and how it was stored; sets aside what cannot be read, and marks a
    /// newer value read-only.
    fn read<T: serde::de::DeserializeOwned>(
        &mut self,
        key: &str,
        problems: &mut Vec<LoadProblem>,
    ) -> Option<(Envelope<T>, Seen)> {
        let text = match self.storage.get(key) {
            Ok(Some(text)) => text,
            Ok(None) => return None,
            Err(fault) => {
                problems.push(LoadProblem::Storage(fault));
                return None;
            }
        };
        match Envelope::<T>::decode(&text) {
            Ok(envelope) => {
                self.read_only.remove(key);
                let seen = Seen::of(envelope.revision, &text);
                Some((envelope, seen))
            }
            Err(ReadError::NewerSchema(schema)) => {
                self.read_only.insert(key.to_owned(), schema);
                problems.push(LoadProblem::NewerSchema {
                    key: key.to_owned(),
                    schema,
                });
                None
            }
            Err(ReadError::Corrupt(reason)) => {
                let kind = QuarantineKind::of_corrupt(&text);
                self.quarantine(key, kind, &reason, problems);
                None
            }
        }
    }

    /// Moves the raw value of `key` to a free quarantine key, so that it is kept for the
    /// user to download but no longer read as data. An earlier quarantined value of the
    /// same key is kept too (the new one gets a `#2`, `#3`… suffix).
    fn quarantine(
        &self,
        key: &str,
        kind: QuarantineKind,
        reason: &str,
        problems: &mut Vec<LoadProblem>,
    ) {
        let moved = self.storage.get(key).and_then(|raw| {
            let Some(raw) = raw else {
                return Ok(None);
            };
            let quarantined_as = self.free_quarantine_key(key)?;
            self.storage.set(&quarantined_as, &raw)?;
            self.storage.remove(key)?;
            Ok(Some(quarantined_as))
        });
        match moved {
            Ok(Some(quarantined_as)) => problems.push(LoadProblem::Quarantined {
                key: key.to_owned(),
                quarantined_as,
                kind,
                reason: reason.to_owned(),
            }),
            Ok(None) => {}
            Err(fault) => problems.push(LoadProblem::Storage(fault)),
        }
    }

    fn free_quarantine_key(&self, key: &str) -> Result<String, StorageFault> {
        let first = quarantine_key(key);
        if self.storage.get(&first)?.is_none() {
            return Ok(first);
        }
        let mut n = 2u32;
        loop {
            let candidate = format!("{first}#{n}");
            if self.storage.get(&candidate)?.is_none() {
                return Ok(candidate);
            }
            n = n.saturating_add(1);
            if n == u32::MAX {
                return Err(StorageFault::Other("no free quarantine key".into()));
            }
        }
    }

    /// The offers' identities in order, as the index lists them: the loaded offers, the
    /// read-only ones from a newer app, and offers another tab added since.
    pub fn order(&self) -> &[OfferId] {
        &self.order
    }

    /// Whether an offer's stored value is from a newer app, so that it cannot be saved or
    /// deleted here.
    pub fn is_read_only(&self, id: &OfferId) -> bool {
        self.read_only.contains_key(&offer_key(id))
    }

    /// The raw text stored under `key` (e.g. a [`LoadProblem::Quarantined`]'s
    /// `quarantined_as`), for the user to download; `None` if absent or unreadable.
    pub fn raw(&self, key: &str) -> Option<String> {
        self.storage.get(key).ok().flatten()
    }

    /// The storage itself, for the values that are not offers (the completed lessons).
    pub(crate) fn storage(&self) -> &S {
        &self.storage
    }

    /// Every quarantine key currently stored, sorted.
    pub fn quarantined(&self) -> Vec<String> {
        let prefix = quarantine_prefix();
        let mut keys: Vec<String> = self
            .storage
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|key| key.starts_with(&prefix))
            .collect();
        keys.sort();
        keys
    }

    /// What a key reported by a `storage` event from another tab holds, or `None` when it
    /// is not one of the app's keys.
    pub fn changed_key(key: &str) -> Option<StoreChange> {
        classify(key)
    }

    /// How much storage is used, for a storage meter.
    pub fn usage(&self) -> Result<StorageUsage, StorageFault> {
        let mut usage = StorageUsage::default();
        for key in self.storage.keys()? {
            let value = self.storage.get(&key)?.unwrap_or_default();
            let chars = (key.encode_utf16().count() + value.encode_utf16().count()) as u64;
            usage.total_chars += chars;
            if key.starts_with(PREFIX) {
                usage.our_chars += chars;
            }
        }
        Ok(usage)
    }

    /// Re-reads one offer (after a `storage` event from another tab, or a
    /// [`SaveError::Stale`]) and adopts its stored revision, so that the next save writes
    /// over that revision. `Ok(None)`: the offer is no longer stored. A value that cannot be
    /// read is quarantined, and one from a newer app becomes read-only; both are returned as
    /// the problem.
    pub fn reload_offer(&mut self, id: &OfferId) -> Result<Option<Offer>, LoadProblem> {
        let mut problems = Vec::new();
        match self.read_offer(id, &mut problems) {
            OfferRead::Valid(envelope, seen) => {
                self.revisions.insert(id.clone(), seen);
                if !self.order.contains(id) {
                    self.order.push(id.clone());
                }
                Ok(Some(envelope.data))
            }
            OfferRead::Missing => {
                self.revisions.remove(id);
                self.read_only.remove(&offer_key(id));
                // Deleted elsewhere: a later save of it here is a new offer, listed anew.
                self.order.retain(|known| known != id);
                Ok(None)
            }
            OfferRead::Newer | OfferRead::Unreadable => {
                self.revisions.remove(id);
                Err(problems
                    .into_iter()
                    .next()
                    .unwrap_or(LoadProblem::MissingOffer { id: id.clone() }))
            }
        }
    }

    /// Re-reads the clock and adopts its stored revision (see [`Store::reload_offer`]).
    pub fn reload_clock(&mut self) -> Result<Option<SimClock>, LoadProblem> {
        let key = clock_key();
        let mut problems = Vec::new();
        let clock = self.read::<SimClock>(&key, &mut problems);
        self.clock_revision = clock.as_ref().map(|(_, seen)| *seen);
        match problems.into_iter().next() {
            Some(problem) => Err(problem),
            None => Ok(clock.map(|(clock, _)| clock.data)),
        }
    }

    /// Refuses a write over a value of a newer schema, or over a value that changed since
    /// this store last read or wrote `expected`.
    fn check_current(
        &mut self,
        key: &str,
        expected: Option<Seen>,
    ) -> Result<Option<String>, SaveError> {
        if let Some(&schema) = self.read_only.get(key) {
            return Err(SaveError::ReadOnly {
                key: key.to_owned(),
                schema,
            });
        }
        let text = self.storage.get(key)?;
        let found = match text.as_deref().map(Header::read) {
            None | Some(Err(_)) => None,
            Some(Ok(header)) if header.schema > SCHEMA => {
                self.read_only.insert(key.to_owned(), header.schema);
                return Err(SaveError::ReadOnly {
                    key: key.to_owned(),
                    schema: header.schema,
                });
            }
            Some(Ok(header)) => Some(header.revision),
        };
        let current = match (expected, &text) {
            (None, None) => true,
            (Some(seen), Some(text)) => Seen::of(seen.revision, text) == seen,
            _ => false,
        };
        if current {
            Ok(text)
        } else {
            let stored = text
                .filter(|_| offer_id_of(key).is_some())
                .and_then(|text| Envelope::<Offer>::decode(&text).ok())
                .map(|envelope| Box::new(envelope.data));
            Err(SaveError::Stale {
                key: key.to_owned(),
                expected: expected.map(|seen| seen.revision),
                found,
                stored,
            })
        }
    }

    /// Writes the simulated clock, unless another tab changed it since this store read it.
    pub fn save_clock(&mut self, clock: &SimClock) -> Result<(), SaveError> {
        let key = clock_key();
        self.check_current(&key, self.clock_revision)?;
        let revision = self.clock_revision.map_or(0, |seen| seen.revision) + 1;
        let envelope = Envelope {
            schema: SCHEMA,
            revision,
            data: clock,
        };
        let text = envelope
            .encode()
            .map_err(|error| StorageFault::Other(error.to_string()))?;
        self.storage.set(&key, &text)?;
        self.clock_revision = Some(Seen::of(revision, &text));
        Ok(())
    }

    /// Writes one offer, and the index when the offer is new (or the index was repaired at
    /// load). Refused, with nothing written, when the stored value changed since this store
    /// read it ([`SaveError::Stale`]) or is from a newer app ([`SaveError::ReadOnly`]). A new
    /// offer whose index entry cannot be written is removed again, so that a failed save
    /// leaves nothing behind.
    pub fn save(&mut self, offer: &Offer) -> Result<(), SaveError> {
        let packed = PackedOffer::of(offer)?;
        self.save_packed(&packed, Listing::Listed)
    }

    /// Writes one offer packed beforehand ([`PackedOffer::of`]). With [`Listing::Unlisted`]
    /// the index is left as it is, for an import that writes many offers and then lists
    /// them all in one index write ([`Store::list`]).
    pub fn save_packed(&mut self, packed: &PackedOffer, listing: Listing) -> Result<(), SaveError> {
        let key = offer_key(&packed.id);
        let expected = self.revisions.get(&packed.id).copied();
        self.check_current(&key, expected)?;
        let revision = expected.map_or(0, |seen| seen.revision) + 1;
        let text = packed.envelope(revision);
        self.storage.set(&key, &text)?;
        let seen = Seen::of(revision, &text);
        let is_new = !self.order.contains(&packed.id);
        if listing == Listing::Listed && (is_new || self.index_dirty) {
            let mut wanted = self.order.clone();
            if is_new {
                wanted.push(packed.id.clone());
            }
            match self.write_index(wanted, None) {
                Ok(()) => {}
                Err(error) if is_new => {
                    if self.storage.remove(&key).is_err() {
                        // Still stored, though unlisted: the next load finds it, and the
                        // next save must write over this revision.
                        self.revisions.insert(packed.id.clone(), seen);
                    }
                    return Err(error);
                }
                // The offer is saved; the repair of the index is tried again next time.
                Err(_) => {}
            }
        }
        self.revisions.insert(packed.id.clone(), seen);
        Ok(())
    }

    /// Adds offers written with [`Listing::Unlisted`] to the index, in one write.
    pub fn list(&mut self, ids: &[OfferId]) -> Result<(), SaveError> {
        let mut wanted = self.order.clone();
        for id in ids {
            if !wanted.contains(id) {
                wanted.push(id.clone());
            }
        }
        self.write_index(wanted, None)
    }

    /// The characters an offer will take in storage once this store writes it (key and
    /// value, at its next revision), counted as the quota counts them, for checking that an
    /// import fits before writing it.
    pub fn size_once_saved(&self, packed: &PackedOffer) -> u64 {
        let key = offer_key(&packed.id);
        let revision = self
            .revisions
            .get(&packed.id)
            .map_or(0, |seen| seen.revision)
            + 1;
        (key.encode_utf16().count() + packed.envelope(revision).encode_utf16().count()) as u64
    }

    /// The characters the stored value of one offer takes now (0 when none is stored).
    pub fn size_of(&self, id: &OfferId) -> u64 {
        let key = offer_key(id);
        match self.storage.get(&key) {
            Ok(Some(value)) => (key.encode_utf16().count() + value.encode_utf16().count()) as u64,
            _ => 0,
        }
    }

    /// Removes one offer and its index entry; refused like [`Store::save`] when the stored
    /// value changed since this store read it or is from a newer app.
    ///
    /// The value goes first and the index after: if removing the value fails, nothing has
    /// changed; if the index cannot be written afterwards, the offer is gone and the index
    /// is repaired at the next write (a load meanwhile drops the stale entry and says so),
    /// so a failed step neither loses an offer nor brings a deleted one back.
    pub fn delete(&mut self, id: &OfferId) -> Result<(), SaveError> {
        let key = offer_key(id);
        if let Some(&schema) = self.read_only.get(&key) {
            return Err(SaveError::ReadOnly { key, schema });
        }
        let listed = self.order.contains(id);
        if !listed && !self.revisions.contains_key(id) {
            return Ok(());
        }
        let expected = self.revisions.get(id).copied();
        self.check_current(&key, expected)?;
        self.storage.remove(&key)?;
        self.revisions.remove(id);
        if listed {
            let wanted: Vec<OfferId> = self
                .order
                .iter()
                .filter(|known| *known != id)
                .cloned()
                .collect();
            if self.write_index(wanted.clone(), Some(id)).is_err() {
                self.order = wanted;
                self.index_dirty = true;
            }
        }
        Ok(())
    }

    /// Writes the index as `wanted`, merged with entries another tab added since this store
    /// read it (except `removed`), and keeping only offers that are stored.
    fn write_index(
        &mut self,
        wanted: Vec<OfferId>,
        removed: Option<&OfferId>,
    ) -> Result<(), SaveError> {
        let key = index_key();
        if let Some(&schema) = self.read_only.get(&key) {
            return Err(SaveError::ReadOnly { key, schema });
        }
        let mut list = wanted;
        let mut base = self.index_revision;
        if let Some(text) = self.storage.get(&key)? {
            match Envelope::<Vec<OfferId>>::decode(&text) {
                Ok(stored) => {
                    if stored.revision != self.index_revision {
                        for id in stored.data {
                            if !list.contains(&id) && Some(&id) != removed {
                                list.push(id);
                            }
                        }
                    }
                    base = base.max(stored.revision);
                }
                Err(ReadError::NewerSchema(schema)) => {
                    self.read_only.insert(key.clone(), schema);
                    return Err(SaveError::ReadOnly { key, schema });
                }
                Err(ReadError::Corrupt(reason)) => {
                    let mut problems = Vec::new();
                    let kind = QuarantineKind::of_corrupt(&text);
                    self.quarantine(&key, kind, &reason, &mut problems);
                    if let Some(LoadProblem::Storage(fault)) = problems.into_iter().next() {
                        return Err(SaveError::Storage(fault));
                    }
                }
            }
        }
        let stored: BTreeSet<OfferId> = self
            .storage
            .keys()?
            .iter()
            .filter_map(|key| offer_id_of(key))
            .collect();
        list.retain(|id| stored.contains(id));
        let envelope = Envelope {
            schema: SCHEMA,
            revision: base + 1,
            data: &list,
        };
        let text = envelope
            .encode()
            .map_err(|error| StorageFault::Other(error.to_string()))?;
        self.storage.set(&key, &text)?;
        self.index_revision = base + 1;
        self.order = list;
        self.index_dirty = false;
        Ok(())
    }
}

/// Whether a write of an offer also lists it in the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listing {
    /// Listed at once (a new offer gets its index entry in the same save).
    Listed,
    /// Left out of the index until [`Store::list`].
    Unlisted,
}

/// An offer packed for storage, before it is given its revision: packing (deflate) is the
/// costly part of a write, so an import packs each offer once, to measure and to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackedOffer {
    /// The offer's identity.
    pub id: OfferId,
    /// The offer's JSON, packed.
    packed: String,
}

impl PackedOffer {
    /// Packs one offer.
    pub fn of(offer: &Offer) -> Result<PackedOffer, SaveError> {
        let packed = Envelope::<Offer>::pack_data(offer)
            .map_err(|error| StorageFault::Other(error.to_string()))?;
        Ok(PackedOffer {
            id: offer.id.clone(),
            packed,
        })
    }

    /// The stored text at `revision`.
    fn envelope(&self, revision: u64) -> String {
        Envelope::<()>::packed_text(revision, &self.packed)
    }
}

/// What reading one offer key found.
enum OfferRead {
    /// A valid offer, and how it was stored.
    Valid(Box<Envelope<Offer>>, Seen),
    /// No value under the key.
    Missing,
    /// A value of a newer schema, left untouched.
    Newer,
    /// A value that could not be read (quarantined) or a storage fault (reported).
    Unreadable,
}
