//! The app's state as signals, and the commands components call: each applies the domain,
//! updates the signals and writes through the store. Components never change an offer
//! any other way.

use super::route::Route;
use crate::domain::{
    advance, apply, duplicate, merge_forms, ClockCommand, Command, Effect, Offer, OfferForm,
    OfferId, Refusal, SimClock, SimTime, Speed, WallTime,
};
use crate::store::{
    export, BrowserStorage, LoadProblem, MemoryStorage, QuarantineKind, SaveError, Storage,
    StorageFault, StorageUsage, Store,
};
use leptos::prelude::*;
use std::collections::HashMap;

/// One offer in the list: its identity and its own signal, so that editing one offer
/// re-renders only what shows that offer.
///
/// The signal is reference-counted rather than owned by the component that happened to
/// create it, so that it outlives the tab it was made in.
#[derive(Clone)]
pub struct OfferEntry {
    /// The offer's identity in this browser.
    pub id: OfferId,
    /// The offer itself.
    pub offer: ArcRwSignal<Offer>,
}

impl OfferEntry {
    /// A copyable handle on the offer for the component rendering it.
    pub fn signal(&self) -> RwSignal<Offer> {
        RwSignal::from(self.offer.clone())
    }
}

/// A stored value that was set aside because it could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SetAside {
    /// The key it was stored under.
    pub key: String,
    /// The quarantine key holding its text, unchanged, for download.
    pub quarantined_as: String,
    /// Why; `None` for a value set aside on an earlier visit (the reason was not kept).
    pub kind: Option<QuarantineKind>,
}

/// A message about storage that stays on screen until the situation changes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Notice {
    /// The browser refuses storage: offers live only in this tab.
    StorageUnavailable,
    /// Writes failed; the changes are kept in memory and written again when storage
    /// accepts them. `pending` offers (and the clock) wait to be written.
    WriteFailed {
        /// Why the last write failed.
        fault: StorageFault,
        /// How many offers wait to be written (0: only the clock).
        pending: usize,
    },
    /// Stored values that could not be read were set aside; each can be downloaded.
    Quarantined(Vec<SetAside>),
    /// Values written by a newer version of the app (key, schema): shown read-only, never
    /// written over.
    ReadOnly(Vec<(String, u32)>),
    /// The list of offers was repaired at load: identities it named that are not stored
    /// (`true`), and stored offers it did not name, listed again (`false`).
    IndexRepaired(Vec<(String, bool)>),
    /// Another tab changed the same field of this offer (named) while this tab was editing
    /// it: both tabs' changes were merged, this tab's value kept for that field.
    MergedFromOtherTab(String),
}

/// Everything the components share, passed by context.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The offers in creation order.
    pub offers: RwSignal<Vec<OfferEntry>>,
    /// The view shown.
    pub route: RwSignal<Route>,
    /// Storage notices shown in the banner.
    pub notices: RwSignal<Vec<Notice>>,
    /// The mapping from real to simulated time, shared by every offer.
    pub clock: RwSignal<SimClock>,
    /// A field the Editor should show and focus when it next renders, by its path (e.g.
    /// `skus[0].disk_versions[0].os_vhd_url`): set by links such as "fix this" on Status.
    pub pending_focus: RwSignal<Option<String>>,
    /// Real time as of the last tick of the app's one ticker; everything that shows
    /// progress derives from it (never from a count of ticks).
    pub wall: RwSignal<WallTime>,
    store: StoredValue<Store<Box<dyn Storage>>, LocalStorage>,
    /// Offers edited since their last write: typing updates the signal at once, and the
    /// write follows a moment later, once per burst of keystrokes.
    unsaved: StoredValue<Vec<OfferId>, LocalStorage>,
    /// Each offer's form as last written to or read from storage: the common base when
    /// another tab's version has to be merged with this tab's edits.
    bases: StoredValue<HashMap<OfferId, OfferForm>, LocalStorage>,
    /// Offers whose last write failed (quota, blocked storage): kept in memory and written
    /// again by [`AppState::retry_writes`].
    failed: StoredValue<Vec<OfferId>, LocalStorage>,
    /// Whether the clock's last write failed.
    clock_failed: StoredValue<bool, LocalStorage>,
    /// How much storage the app uses, for the meter; refreshed shortly after writes.
    pub usage: RwSignal<Option<StorageUsage>>,
    /// Whether a refresh of `usage` is already scheduled.
    usage_queued: StoredValue<bool, LocalStorage>,
    /// A polite announcement of what a command just did (e.g. "Imported 3 offers").
    pub announcement: RwSignal<String>,
}

/// How long after the last keystroke an edited offer is written.
const SAVE_DELAY: std::time::Duration = std::time::Duration::from_millis(300);

/// The clock of a first visit: simulated time starts at the real time, one simulated day
/// per real minute, so that a whole run fits in a class.
fn first_clock(wall: WallTime) -> SimClock {
    SimClock::new(wall, SimTime(wall.0)).apply(ClockCommand::SetSpeed(Speed::DayPerMinute), wall)
}

impl AppState {
    /// Opens the browser's storage (or memory, when the browser refuses it) and loads
    /// every offer and the clock.
    pub fn open(route: Route) -> AppState {
        let (storage, mut notices): (Box<dyn Storage>, Vec<Notice>) = match BrowserStorage::open() {
            Ok(storage) => (Box::new(storage), Vec::new()),
            Err(_) => (
                Box::new(MemoryStorage::new()),
                vec![Notice::StorageUnavailable],
            ),
        };
        let (store, loaded) = Store::load(storage);
        notices.extend(load_notices(&store, &loaded.problems));
        let wall = wall_now();
        let stored_clock = loaded.clock;
        let bases = loaded
            .offers
            .iter()
            .map(|offer| (offer.id.clone(), offer.draft.clone()))
            .collect();
        let offers = loaded
            .offers
            .into_iter()
            .map(|offer| OfferEntry {
                id: offer.id.clone(),
                offer: ArcRwSignal::new(offer),
            })
            .collect();
        let state = AppState {
            offers: RwSignal::new(offers),
            route: RwSignal::new(route),
            notices: RwSignal::new(notices),
            clock: RwSignal::new(stored_clock.clone().unwrap_or_else(|| first_clock(wall))),
            pending_focus: RwSignal::new(None),
            wall: RwSignal::new(wall),
            store: StoredValue::new_local(store),
            unsaved: StoredValue::new_local(Vec::new()),
            bases: StoredValue::new_local(bases),
            failed: StoredValue::new_local(Vec::new()),
            clock_failed: StoredValue::new_local(false),
            usage: RwSignal::new(None),
            usage_queued: StoredValue::new_local(false),
            announcement: RwSignal::new(String::new()),
        };
        state.refresh_usage();
        // A first visit's clock is written at once: a reload or a second tab must continue
        // this simulated time, not start its own.
        if stored_clock.is_none() {
            let clock = state.clock.get_untracked();
            let saved = state
                .store
                .try_update_value(|store| store.save_clock(&clock));
            state.report_clock(saved);
        }
        // Whatever came due while the page was closed happens now, in order.
        state.tick();
        state
    }

    /// Keeps the chosen interface language in this browser; a refused write only costs
    /// the choice on the next visit, so it is not reported.
    pub fn save_language(&self, tag: &str) {
        if let Ok(storage) = BrowserStorage::open() {
            let _ = crate::store::save_language(&storage, tag);
        }
    }

    /// The interface language chosen before in this browser, if any.
    pub fn saved_language(&self) -> Option<String> {
        BrowserStorage::open()
            .ok()
            .and_then(|storage| crate::store::load_language(&storage))
    }

    /// Opens the Editor on one offer and asks it to focus the field at `path`.
    pub fn fix_field(&self, id: &OfferId, path: &str) {
        self.pending_focus.set(Some(path.to_owned()));
        self.route.set(Route {
            tab: super::route::Tab::Editor,
            offer: Some(id.clone()),
        });
    }

    /// The entry of one offer, if it exists.
    pub fn entry(&self, id: &OfferId) -> Option<OfferEntry> {
        self.offers
            .with(|offers| offers.iter().find(|entry| &entry.id == id).cloned())
    }

    /// The simulated time now (reactive: follows the ticker and the clock).
    pub fn now(&self) -> SimTime {
        let wall = self.wall.get();
        self.clock.with(|clock| clock.now(wall))
    }

    /// Creates an offer with a name, saves it and returns its identity.
    pub fn create_offer(&self, name: String) -> OfferId {
        let id = new_offer_id();
        let offer = Offer::new(id.clone(), name, self.now_untracked());
        self.persist(&offer);
        self.offers.update(|offers| {
            offers.push(OfferEntry {
                id: id.clone(),
                offer: ArcRwSignal::new(offer),
            })
        });
        id
    }

    /// Creates an offer whose draft is `form` (the sample offer a newcomer starts with),
    /// saves it and returns its identity. Afterwards it is an ordinary offer.
    pub fn create_sample_offer(&self, form: OfferForm) -> OfferId {
        let id = new_offer_id();
        let mut offer = Offer::new(id.clone(), String::new(), self.now_untracked());
        offer.draft = form;
        self.persist(&offer);
        self.offers.update(|offers| {
            offers.push(OfferEntry {
                id: id.clone(),
                offer: ArcRwSignal::new(offer),
            })
        });
        id
    }

    /// Creates a draft copy of an offer's form under a new name, and returns its identity.
    pub fn duplicate_offer(&self, id: &OfferId, name: String) -> Option<OfferId> {
        let entry = self.entry(id)?;
        let copy_id = new_offer_id();
        let now = self.now_untracked();
        let copy = entry
            .offer
            .with_untracked(|offer| duplicate(offer, copy_id.clone(), name, now));
        self.persist(&copy);
        self.offers.update(|offers| {
            offers.push(OfferEntry {
                id: copy_id.clone(),
                offer: ArcRwSignal::new(copy),
            })
        });
        Some(copy_id)
    }

    /// Deletes an offer from the list and from storage, and returns it so that the delete
    /// can be undone. If storage refuses, the offer stays and the failure is shown.
    pub fn delete_offer(&self, id: &OfferId) -> Option<Offer> {
        let entry = self.entry(id)?;
        let removed = self.store.try_update_value(|store| store.delete(id));
        if let Some(Err(fault)) = removed {
            self.report(Some(Err(fault)));
            return None;
        }
        self.unsaved
            .update_value(|unsaved| unsaved.retain(|unsaved| unsaved != id));
        self.failed
            .update_value(|failed| failed.retain(|failed| failed != id));
        self.offers
            .update(|offers| offers.retain(|entry| &entry.id != id));
        // The space it took may be what the failed writes were waiting for.
        self.retry_writes();
        if self
            .route
            .with_untracked(|route| route.offer.as_ref() == Some(id))
        {
            self.route.update(|route| route.offer = None);
        }
        Some(entry.offer.get_untracked())
    }

    /// Puts a deleted offer back, as it was.
    pub fn restore_offer(&self, offer: Offer) {
        if self.entry(&offer.id).is_some() {
            return;
        }
        self.persist(&offer);
        let id = offer.id.clone();
        self.offers.update(|offers| {
            offers.push(OfferEntry {
                id,
                offer: ArcRwSignal::new(offer),
            })
        });
    }

    /// Changes an offer's draft at once, and saves it 300 ms after the last change;
    /// [`AppState::save_now`] writes it earlier when the page is hidden or closed.
    pub fn edit_draft(&self, id: &OfferId, change: impl FnOnce(&mut OfferForm)) {
        let Some(entry) = self.entry(id) else { return };
        if self.refuse_read_only(id) {
            return;
        }
        let now = self.now_untracked();
        entry.offer.update(|offer| {
            change(&mut offer.draft);
            offer.touch(now);
        });
        let first = self
            .unsaved
            .try_update_value(|unsaved| {
                let first = unsaved.is_empty();
                if !unsaved.contains(id) {
                    unsaved.push(id.clone());
                }
                first
            })
            .unwrap_or(false);
        if first {
            let state = *self;
            set_timeout(move || state.save_now(), SAVE_DELAY);
        }
    }

    /// Writes every offer edited since its last write.
    pub fn save_now(&self) {
        let ids = self
            .unsaved
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        for id in ids {
            if let Some(entry) = self.entry(&id) {
                let mine = entry.offer.get_untracked();
                if let Some(theirs) = self.persist(&mine) {
                    self.merge_draft(&entry, &mine, theirs);
                }
            }
        }
    }

    /// Applies a publishing command to one offer. On success the offer is updated and
    /// saved, and what happened is returned; a refusal changes nothing and says why.
    pub fn command(&self, id: &OfferId, command: Command) -> Result<Vec<Effect>, Refusal> {
        let Some(entry) = self.entry(id) else {
            return Ok(Vec::new());
        };
        if self.refuse_read_only(id) {
            return Ok(Vec::new());
        }
        let wall = wall_now();
        let clock = self.clock.get_untracked();
        let mut outcome = entry
            .offer
            .with_untracked(|offer| apply(offer, command.clone(), &clock, wall))?;
        // The command writes the whole offer, typed edits included: a pending debounced
        // write of it would only write the same again.
        self.unsaved
            .update_value(|unsaved| unsaved.retain(|unsaved| unsaved != id));
        if let Some(theirs) = self.persist(&outcome.offer) {
            // Another tab moved this offer on first: the command is judged again on that
            // version, so that it is neither lost nor applied to an outdated state.
            entry.offer.set(theirs.clone());
            outcome = apply(&theirs, command, &clock, wall)?;
            if self.persist(&outcome.offer).is_some() {
                return Ok(Vec::new());
            }
        }
        entry.offer.set(outcome.offer);
        self.wall.set(wall);
        Ok(outcome.effects)
    }

    /// Changes the shared clock (speed, pause, resume). Every offer is first brought up to
    /// the present at the old speed, so that past transitions keep their real times.
    pub fn clock_command(&self, command: ClockCommand) {
        let wall = wall_now();
        self.wall.set(wall);
        self.tick();
        let mut clock = self.clock.get_untracked().apply(command, wall);
        let mut saved = self
            .store
            .try_update_value(|store| store.save_clock(&clock));
        if let Some(Err(SaveError::Stale { .. })) = saved {
            // Another tab changed the clock first: apply this command on top of its clock.
            if let Some(Ok(Some(theirs))) =
                self.store.try_update_value(|store| store.reload_clock())
            {
                clock = theirs.apply(command, wall);
                saved = self
                    .store
                    .try_update_value(|store| store.save_clock(&clock));
            }
        }
        self.report_clock(saved);
        self.clock.set(clock);
    }

    /// One pass of the app's ticker: moves real time on and advances every offer whose
    /// next deadline has passed. Offers with nothing due are not touched.
    pub fn tick(&self) {
        let wall = wall_now();
        self.wall.set(wall);
        let clock = self.clock.get_untracked();
        let now = clock.now(wall);
        let entries = self.offers.get_untracked();
        for entry in entries {
            let due = entry
                .offer
                .with_untracked(|offer| offer.next_deadline().is_some_and(|due| due <= now));
            if !due {
                continue;
            }
            let outcome = entry
                .offer
                .with_untracked(|offer| advance(offer, &clock, wall));
            if !outcome.effects.is_empty() {
                // Two tabs tick the same runs: the one that writes second takes the first
                // one's result (the same, since runs are deterministic) and sends nothing twice.
                match self.persist(&outcome.offer) {
                    Some(theirs) => entry.offer.set(theirs),
                    None => entry.offer.set(outcome.offer),
                }
            }
        }
    }

    /// The simulated time now, without subscribing to it.
    pub fn now_untracked(&self) -> SimTime {
        self.clock.with_untracked(|clock| clock.now(wall_now()))
    }

    /// Writes one offer; a failure leaves the in-memory state as it is and says so. When
    /// another tab wrote the offer since this tab read it, nothing is written and that
    /// tab's version is returned (its revision adopted), for the caller to build on.
    fn persist(&self, offer: &Offer) -> Option<Offer> {
        let result = self.store.try_update_value(|store| store.save(offer));
        let written = matches!(result, Some(Ok(())));
        if written {
            self.remember_base(offer);
        }
        // Only a write refused by storage itself is worth trying again later; a newer
        // schema will refuse every time, and a stale write is rebuilt on the other tab's.
        let refused_by_storage = matches!(result, Some(Err(SaveError::Storage(_))) | None);
        self.failed.update_value(|failed| {
            failed.retain(|failed| failed != &offer.id);
            if refused_by_storage {
                failed.push(offer.id.clone());
            }
        });
        if let Some(Err(SaveError::Stale { .. })) = result {
            let reloaded = self
                .store
                .try_update_value(|store| store.reload_offer(&offer.id));
            return match reloaded {
                Some(Ok(Some(theirs))) => Some(theirs),
                // Deleted in the other tab: this tab's offer is written again as new.
                Some(Ok(None)) => {
                    let again = self.store.try_update_value(|store| store.save(offer));
                    if !matches!(again, Some(Ok(()))) {
                        self.failed
                            .update_value(|failed| failed.push(offer.id.clone()));
                    }
                    self.report(again);
                    None
                }
                Some(Err(_)) | None => {
                    self.report(result);
                    None
                }
            };
        }
        self.report(result);
        None
    }

    fn remember_base(&self, offer: &Offer) {
        self.bases
            .update_value(|bases| _ = bases.insert(offer.id.clone(), offer.draft.clone()));
    }

    /// Another tab changed this offer while this tab had typed into its form: that tab's
    /// runs and history are taken, and the fields typed here go on top of its form, field
    /// by field. The user is told when both tabs changed the same field.
    fn merge_draft(&self, entry: &OfferEntry, mine: &Offer, theirs: Offer) {
        let base = self
            .bases
            .with_value(|bases| bases.get(&mine.id).cloned())
            .unwrap_or_else(|| theirs.draft.clone());
        self.remember_base(&theirs);
        let merged_form = merge_forms(&base, &mine.draft, &theirs.draft);
        let mut merged = theirs;
        merged.draft = merged_form.form;
        merged.touch(mine.changed);
        let name = merged.draft.settings.name.clone();
        if let Some(again) = self.persist(&merged) {
            // A third write in between: show the newest; this tab's form waits for the
            // next save.
            merged = Offer {
                draft: merged.draft.clone(),
                ..again
            };
        }
        entry.offer.set(merged);
        if !merged_form.conflicts.is_empty() {
            self.notices.update(|notices| {
                let notice = Notice::MergedFromOtherTab(name);
                if !notices.contains(&notice) {
                    notices.push(notice);
                }
            });
        }
    }

    /// A change another tab made to one offer (a `storage` event): shown here at once.
    /// Edits typed here and not yet written are kept on top of it.
    pub fn offer_changed_elsewhere(&self, id: &OfferId) {
        let reloaded = self.store.try_update_value(|store| store.reload_offer(id));
        let entry = self.entry(id);
        match (reloaded, entry) {
            (Some(Ok(Some(theirs))), Some(entry)) => {
                let pending = self.unsaved.with_value(|unsaved| unsaved.contains(id));
                if pending {
                    let mine = entry.offer.get_untracked();
                    self.merge_draft(&entry, &mine, theirs);
                } else {
                    self.remember_base(&theirs);
                    if entry.offer.with_untracked(|offer| offer != &theirs) {
                        entry.offer.set(theirs);
                    }
                }
            }
            (Some(Ok(Some(theirs))), None) => {
                self.remember_base(&theirs);
                self.offers.update(|offers| {
                    offers.push(OfferEntry {
                        id: theirs.id.clone(),
                        offer: ArcRwSignal::new(theirs),
                    })
                });
            }
            (Some(Err(LoadProblem::NewerSchema { key, schema })), _) => {
                self.add_read_only(key, schema);
            }
            (Some(Ok(None)), Some(_)) => {
                self.offers
                    .update(|offers| offers.retain(|entry| &entry.id != id));
                if self
                    .route
                    .with_untracked(|route| route.offer.as_ref() == Some(id))
                {
                    self.route.update(|route| route.offer = None);
                }
            }
            _ => {}
        }
    }

    /// The clock another tab changed (speed, pause): followed here at once.
    pub fn clock_changed_elsewhere(&self) {
        if let Some(Ok(Some(clock))) = self.store.try_update_value(|store| store.reload_clock()) {
            self.clock.set(clock);
        }
    }

    /// Shows the outcome of a write: a newer schema's refusal in the read-only notice;
    /// anything else refused by storage in the write notice, which stays while any offer
    /// (or the clock) still waits to be written and goes once everything is.
    fn report(&self, result: Option<Result<(), SaveError>>) {
        let fault = match result {
            Some(Ok(())) => None,
            Some(Err(SaveError::ReadOnly { key, schema })) => {
                self.add_read_only(key, schema);
                None
            }
            Some(Err(SaveError::Storage(fault))) => Some(fault),
            Some(Err(stale @ SaveError::Stale { .. })) => {
                Some(StorageFault::Other(stale.to_string()))
            }
            None => Some(StorageFault::Other("store closed".into())),
        };
        let pending = self.failed.with_value(Vec::len);
        let clock_pending = self.clock_failed.get_value();
        let previous = self.notices.with_untracked(|notices| {
            notices.iter().find_map(|notice| match notice {
                Notice::WriteFailed { fault, .. } => Some(fault.clone()),
                _ => None,
            })
        });
        let wanted = match (fault, previous) {
            _ if pending == 0 && !clock_pending => None,
            (Some(fault), _) | (None, Some(fault)) => Some(Notice::WriteFailed { fault, pending }),
            (None, None) => None,
        };
        let current = self.notices.with_untracked(|notices| {
            notices
                .iter()
                .find(|notice| matches!(notice, Notice::WriteFailed { .. }))
                .cloned()
        });
        if current != wanted {
            self.notices.update(|notices| {
                notices.retain(|notice| !matches!(notice, Notice::WriteFailed { .. }));
                notices.extend(wanted);
            });
        }
        self.queue_usage_refresh();
    }

    /// Reports a write of the clock, remembering whether it waits to be written again.
    fn report_clock(&self, saved: Option<Result<(), SaveError>>) {
        let refused = matches!(saved, Some(Err(SaveError::Storage(_))) | None);
        self.clock_failed.set_value(refused);
        self.report(saved);
    }

    /// Writes again every offer (and the clock) whose last write failed: on "Try again",
    /// after a delete frees space, and periodically while any wait. The notice goes once
    /// all are written.
    pub fn retry_writes(&self) {
        let ids = self.failed.with_value(Clone::clone);
        if ids.is_empty() && !self.clock_failed.get_value() {
            return;
        }
        for id in ids {
            match self.entry(&id) {
                Some(entry) => {
                    let mine = entry.offer.get_untracked();
                    if let Some(theirs) = self.persist(&mine) {
                        self.merge_draft(&entry, &mine, theirs);
                    }
                }
                None => self
                    .failed
                    .update_value(|failed| failed.retain(|failed| failed != &id)),
            }
        }
        if self.clock_failed.get_value() {
            let clock = self.clock.get_untracked();
            let saved = self
                .store
                .try_update_value(|store| store.save_clock(&clock));
            self.report_clock(saved);
        }
        self.report(Some(Ok(())));
    }

    /// Whether writes are waiting for storage to accept them.
    pub fn has_failed_writes(&self) -> bool {
        self.failed.with_value(|failed| !failed.is_empty()) || self.clock_failed.get_value()
    }

    /// Refuses a change to an offer whose stored value a newer version of the app wrote:
    /// the read-only notice says why.
    fn refuse_read_only(&self, id: &OfferId) -> bool {
        let read_only = self.store.with_value(|store| store.is_read_only(id));
        if read_only {
            let key = crate::store::offer_key(id);
            let schema = self
                .store
                .with_value(|store| store.raw(&key))
                .and_then(|text| crate::store::Header::read(&text).ok())
                .map_or(crate::store::SCHEMA + 1, |header| header.schema);
            self.add_read_only(key, schema);
        }
        read_only
    }

    /// Adds a key to the read-only notice (once).
    fn add_read_only(&self, key: String, schema: u32) {
        self.notices.update(|notices| {
            let listed = notices.iter_mut().find_map(|notice| match notice {
                Notice::ReadOnly(keys) => Some(keys),
                _ => None,
            });
            match listed {
                Some(keys) if keys.iter().any(|(known, _)| *known == key) => {}
                Some(keys) => keys.push((key, schema)),
                None => notices.push(Notice::ReadOnly(vec![(key, schema)])),
            }
        });
    }

    /// The raw text of a stored key (a quarantined value), for download.
    pub fn raw(&self, key: &str) -> Option<String> {
        self.store.with_value(|store| store.raw(key))
    }

    /// Hides a notice the user has read (the data it is about stays where it is).
    pub fn dismiss(&self, notice: &Notice) {
        self.notices
            .update(|notices| notices.retain(|known| known != notice));
    }

    /// The export file of every offer, or of one, as shown in memory (so that changes not
    /// yet written are exported too).
    pub fn export(&self, only: Option<&OfferId>) -> String {
        let offers: Vec<Offer> = self.offers.with_untracked(|entries| {
            entries
                .iter()
                .filter(|entry| only.is_none_or(|id| &entry.id == id))
                .map(|entry| entry.offer.get_untracked())
                .collect()
        });
        export(&offers, &self.clock.get_untracked())
    }

    /// The identities of every offer shown.
    pub fn offer_ids(&self) -> Vec<OfferId> {
        self.offers
            .with_untracked(|entries| entries.iter().map(|entry| entry.id.clone()).collect())
    }

    /// A fresh identity for an imported offer kept beside an existing one.
    pub fn fresh_id(&self) -> OfferId {
        new_offer_id()
    }

    /// Adds imported offers (already validated and resolved against conflicts): one that
    /// has an existing offer's identity replaces it, the others are added. Each is written;
    /// a failed write keeps it in memory like any other. Announces how many were imported.
    pub fn import_offers(&self, offers: Vec<Offer>, announce: impl FnOnce(usize) -> String) {
        let mut count = 0;
        for offer in offers {
            self.unsaved
                .update_value(|unsaved| unsaved.retain(|unsaved| unsaved != &offer.id));
            // An offer a newer version wrote here (shown or not) is never written over.
            if self.refuse_read_only(&offer.id) {
                continue;
            }
            match self.entry(&offer.id) {
                Some(entry) => {
                    let written = match self.persist(&offer) {
                        // Another tab wrote it in between: the import still wins, over
                        // that tab's revision.
                        Some(_) => self.persist(&offer).is_none(),
                        None => true,
                    };
                    if written {
                        entry.offer.set(offer);
                    }
                    count += 1;
                }
                None => {
                    self.persist(&offer);
                    self.offers.update(|offers| {
                        offers.push(OfferEntry {
                            id: offer.id.clone(),
                            offer: ArcRwSignal::new(offer),
                        })
                    });
                    count += 1;
                }
            }
        }
        self.announcement.set(announce(count));
    }

    /// Recomputes the storage meter once, shortly after a burst of writes (reading every
    /// value costs a few milliseconds, too much for each keystroke).
    fn queue_usage_refresh(&self) {
        if self.usage_queued.get_value() {
            return;
        }
        self.usage_queued.set_value(true);
        let state = *self;
        set_timeout(
            // The app may have unmounted in between (a test, a closed page): then there is
            // nothing to refresh.
            move || {
                if state.usage_queued.try_set_value(false).is_none() {
                    state.refresh_usage();
                }
            },
            std::time::Duration::from_millis(200),
        );
    }

    /// Recomputes the storage meter now.
    pub fn refresh_usage(&self) {
        let usage = self
            .store
            .try_with_value(|store| store.usage().ok())
            .flatten();
        let _ = self.usage.try_set(usage);
    }
}

/// The notices a load calls for: values set aside now (with why) or on an earlier visit,
/// and values of a newer schema.
fn load_notices<S: Storage>(store: &Store<S>, problems: &[LoadProblem]) -> Vec<Notice> {
    let mut set_aside: Vec<SetAside> = problems
        .iter()
        .filter_map(|problem| match problem {
            LoadProblem::Quarantined {
                key,
                quarantined_as,
                kind,
                ..
            } => Some(SetAside {
                key: key.clone(),
                quarantined_as: quarantined_as.clone(),
                kind: Some(*kind),
            }),
            _ => None,
        })
        .collect();
    let prefix = crate::store::quarantine_key("");
    for quarantined_as in store.quarantined() {
        if set_aside
            .iter()
            .any(|item| item.quarantined_as == quarantined_as)
        {
            continue;
        }
        let key = quarantined_as
            .strip_prefix(&prefix)
            .map(|rest| rest.split('#').next().unwrap_or(rest).to_owned())
            .unwrap_or_else(|| quarantined_as.clone());
        set_aside.push(SetAside {
            key,
            quarantined_as,
            kind: None,
        });
    }
    let read_only: Vec<(String, u32)> = problems
        .iter()
        .filter_map(|problem| match problem {
            LoadProblem::NewerSchema { key, schema } => Some((key.clone(), *schema)),
            _ => None,
        })
        .collect();
    let repaired: Vec<(String, bool)> = problems
        .iter()
        .filter_map(|problem| match problem {
            LoadProblem::MissingOffer { id } => Some((id.as_str().to_owned(), true)),
            LoadProblem::NotInIndex { id } => Some((id.as_str().to_owned(), false)),
            _ => None,
        })
        .collect();
    let mut notices = Vec::new();
    if !repaired.is_empty() {
        notices.push(Notice::IndexRepaired(repaired));
    }
    if !set_aside.is_empty() {
        notices.push(Notice::Quarantined(set_aside));
    }
    if !read_only.is_empty() {
        notices.push(Notice::ReadOnly(read_only));
    }
    notices
}

/// The browser's real time.
pub fn wall_now() -> WallTime {
    WallTime(js_sys::Date::now() as i64)
}

/// A new identity: time and randomness in base 36, unique enough for one browser.
fn new_offer_id() -> OfferId {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 36f64.powi(6)) as u64;
    OfferId(format!("o-{}-{}", base36(time), base36(random)))
}

/// Entropy for a new run's durations.
pub fn new_seed() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64
}

fn base36(mut value: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(value % 36) as usize]);
        value /= 36;
        if value == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8_lossy(&out).into_owned()
}
