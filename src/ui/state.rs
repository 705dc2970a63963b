//! The app's state as signals, and the commands components call: each applies the domain,
//! updates the signals and writes through the store. Components never change an offer
//! any other way.

use super::route::Route;
use crate::domain::{
    advance, apply, duplicate, merge_forms, ClockCommand, Command, Effect, Offer, OfferForm,
    OfferId, Refusal, SimClock, SimTime, Speed, WallTime,
};
use crate::store::{BrowserStorage, LoadProblem, MemoryStorage, SaveError, Storage, Store};
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

/// A message about storage that stays on screen until the situation changes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Notice {
    /// The browser refuses storage: offers live only in this tab.
    StorageUnavailable,
    /// A write failed; the change is kept in memory.
    WriteFailed(String),
    /// Stored values that could not be read were set aside.
    Quarantined(usize),
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
        let quarantined = loaded
            .problems
            .iter()
            .filter(|problem| matches!(problem, LoadProblem::Quarantined { .. }))
            .count();
        if quarantined > 0 {
            notices.push(Notice::Quarantined(quarantined));
        }
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
        };
        // A first visit's clock is written at once: a reload or a second tab must continue
        // this simulated time, not start its own.
        if stored_clock.is_none() {
            let clock = state.clock.get_untracked();
            let saved = state
                .store
                .try_update_value(|store| store.save_clock(&clock));
            state.report(saved);
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
        self.offers
            .update(|offers| offers.retain(|entry| &entry.id != id));
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
        self.report(saved);
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
        if let Some(Ok(())) = result {
            self.remember_base(offer);
        }
        if let Some(Err(SaveError::Stale { .. })) = result {
            let reloaded = self
                .store
                .try_update_value(|store| store.reload_offer(&offer.id));
            return match reloaded {
                Some(Ok(Some(theirs))) => Some(theirs),
                // Deleted in the other tab: this tab's offer is written again as new.
                Some(Ok(None)) => {
                    let again = self.store.try_update_value(|store| store.save(offer));
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

    fn report(&self, result: Option<Result<(), SaveError>>) {
        let notice = match result {
            Some(Ok(())) => None,
            Some(Err(fault)) => Some(Notice::WriteFailed(fault.to_string())),
            None => Some(Notice::WriteFailed("store closed".into())),
        };
        let changed = self.notices.with_untracked(|notices| {
            let had = notices.iter().any(|n| matches!(n, Notice::WriteFailed(_)));
            had || notice.is_some()
        });
        if changed {
            self.notices.update(|notices| {
                notices.retain(|notice| !matches!(notice, Notice::WriteFailed(_)));
                notices.extend(notice);
            });
        }
    }
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
