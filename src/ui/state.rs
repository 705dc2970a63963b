//! The app's state as signals, around the one owner of saving ([`Session`]): components call
//! the methods here, each asks the session, then mirrors what changed into the signals
//! (the list of offers, the clock, the notices, the storage meter). Every decision about
//! saving is the session's; this file only wires it to the page.
//!
//! What concerns one feature only (importing, lessons, scenarios) is in a submodule of
//! its own; the choice of the backing ([`Backing`]) stays here, beside `open`.

mod import;
mod lessons;
mod scenario;

use super::ids::new_offer_id;
pub use super::offer_entry::OfferEntry;
use super::route::Route;
use crate::domain::{
    duplicate, ClockCommand, Command, Effect, FieldPath, Offer, OfferForm, OfferId, Refusal,
    SimClock, SimTime, WallTime,
};
use crate::store::notices::{Conflict, Notice};
use crate::store::session::{
    CommandError, DeleteError, Deleted, EditStarted, Elsewhere, ImportProgress, Session,
    SessionOptions,
};
use crate::store::{BrowserStorage, MemoryStorage, Storage, StorageUsage};
pub use import::Imported;
use leptos::prelude::*;
pub use lessons::LessonRefused;

/// The session of this tab, over the browser's storage (or memory when it refuses).
type TabSession = Session<Box<dyn Storage>, ArcRwSignal<Offer>>;

/// Where the session keeps its offers: chosen once, when the app opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backing {
    /// The browser's localStorage (memory when the browser refuses it, which is said).
    Browser,
    /// Memory only, for demo mode: the visitor's storage is neither read nor written (not
    /// even probed), and their saved language is not used.
    Demo,
}

/// Everything the components share, passed by context.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The offers in list order.
    pub offers: RwSignal<Vec<OfferEntry>>,
    /// The view shown.
    pub route: RwSignal<Route>,
    /// Storage notices shown in the banner (the session's, mirrored).
    pub notices: RwSignal<Vec<Notice>>,
    /// The mapping from real to simulated time, shared by every offer (the session's,
    /// mirrored).
    pub clock: RwSignal<SimClock>,
    /// A field the Editor should show and focus when it next renders, by its path (e.g.
    /// `skus[0].disk_versions[0].os_vhd_url`): set by links such as "fix this" on Status.
    pub pending_focus: RwSignal<Option<FieldPath>>,
    /// Real time as of the last tick of the app's one ticker; everything that shows
    /// progress derives from it (never from a count of ticks).
    pub wall: RwSignal<WallTime>,
    session: StoredValue<TabSession, LocalStorage>,
    /// How much storage the app uses, for the meter; refreshed shortly after writes.
    pub usage: RwSignal<Option<StorageUsage>>,
    /// Whether a refresh of `usage` is already scheduled.
    usage_queued: StoredValue<bool, LocalStorage>,
    /// How far an import has come, while one runs.
    pub import: RwSignal<Option<ImportProgress>>,
    /// A polite announcement of what a command just did (e.g. "Imported 3 offers").
    pub announcement: RwSignal<String>,
    /// Where offers are kept.
    pub backing: Backing,
}

/// How long after the last keystroke an edited offer is written.
const SAVE_DELAY: std::time::Duration = std::time::Duration::from_millis(300);

impl AppState {
    /// Opens the session over its backing: the browser's storage (or memory, when the
    /// browser refuses it), or memory alone for the demo; loads every offer and the clock.
    pub fn open(route: Route, backing: Backing) -> AppState {
        let wall = wall_now();
        let (storage, unavailable): (Box<dyn Storage>, bool) = match backing {
            Backing::Demo => (Box::new(MemoryStorage::new()), false),
            Backing::Browser => match BrowserStorage::open() {
                Ok(storage) => (Box::new(storage), false),
                Err(_) => (Box::new(MemoryStorage::new()), true),
            },
        };
        let mut session: TabSession = Session::open(storage, wall, SessionOptions::default());
        if unavailable {
            session.note_storage_unavailable();
        }
        let state = AppState {
            offers: RwSignal::new(entries(&session)),
            route: RwSignal::new(route),
            notices: RwSignal::new(session.notices().to_vec()),
            clock: RwSignal::new(session.clock().clone()),
            pending_focus: RwSignal::new(None),
            wall: RwSignal::new(wall),
            session: StoredValue::new_local(session),
            usage: RwSignal::new(None),
            usage_queued: StoredValue::new_local(false),
            import: RwSignal::new(None),
            announcement: RwSignal::new(String::new()),
            backing,
        };
        state.refresh_usage();
        state
    }

    /// Asks the session something, then mirrors its notices and clock into the signals.
    /// `None` once the app has unmounted (a timer firing late).
    fn ask<R>(&self, f: impl FnOnce(&mut TabSession) -> R) -> Option<R> {
        let answer = self.session.try_update_value(f)?;
        self.mirror();
        Some(answer)
    }

    /// Copies the session's notices and clock into their signals when they changed.
    fn mirror(&self) {
        let Some((notices, clock)) = self
            .session
            .try_with_value(|session| (session.notices().to_vec(), session.clock().clone()))
        else {
            return;
        };
        if self.notices.with_untracked(|shown| shown != &notices) {
            self.notices.set(notices);
        }
        if self.clock.with_untracked(|shown| shown != &clock) {
            self.clock.set(clock);
        }
    }

    /// Asks the session for something that writes to storage: the storage meter follows.
    fn ask_writing<R>(&self, f: impl FnOnce(&mut TabSession) -> R) -> Option<R> {
        let answer = self.ask(f);
        self.queue_usage_refresh();
        answer
    }

    /// Rebuilds the list of offers from the session (after one was added or removed).
    fn relist(&self) {
        if let Some(list) = self.session.try_with_value(entries) {
            self.offers.set(list);
        }
    }

    /// Keeps the chosen interface language in this browser (not in the demo, which keeps
    /// nothing); a refused write only costs the choice on the next visit, so it is not
    /// reported.
    pub fn save_language(&self, tag: &str) {
        if self.backing == Backing::Demo {
            return;
        }
        if let Ok(storage) = BrowserStorage::open() {
            let _ = crate::store::save_language(&storage, tag);
        }
    }

    /// The interface language chosen before in this browser, if any (never in the demo,
    /// which follows the browser's languages).
    pub fn saved_language(&self) -> Option<String> {
        if self.backing == Backing::Demo {
            return None;
        }
        BrowserStorage::open()
            .ok()
            .and_then(|storage| crate::store::load_language(&storage))
    }

    /// Opens the Editor on one offer and asks it to focus the field at `path`.
    pub fn fix_field(&self, id: &OfferId, path: &FieldPath) {
        self.pending_focus.set(Some(path.clone()));
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

    /// The simulated time now, without subscribing to it.
    pub fn now_untracked(&self) -> SimTime {
        self.clock.with_untracked(|clock| clock.now(wall_now()))
    }

    /// Adds a new offer and saves it; answers its identity.
    fn add(&self, offer: Offer) -> OfferId {
        let id = offer.id.clone();
        // A fresh identity is never taken; nothing to report when the session says so.
        let _ = self.ask_writing(|session| session.add(offer, wall_now()));
        self.relist();
        id
    }

    /// Creates an offer with a name, saves it and returns its identity.
    pub fn create_offer(&self, name: String) -> OfferId {
        self.add(Offer::new(new_offer_id(), name, self.now_untracked()))
    }

    /// Creates an offer whose draft is `form` (the sample offer a newcomer starts with),
    /// saves it and returns its identity. Afterwards it is an ordinary offer.
    pub fn create_sample_offer(&self, form: OfferForm) -> OfferId {
        let mut offer = Offer::new(new_offer_id(), String::new(), self.now_untracked());
        offer.draft = form;
        self.add(offer)
    }

    /// Creates a draft copy of an offer's form under a new name, and returns its identity.
    pub fn duplicate_offer(&self, id: &OfferId, name: String) -> Option<OfferId> {
        let entry = self.entry(id)?;
        let now = self.now_untracked();
        let copy = entry
            .offer
            .with_untracked(|offer| duplicate(offer, new_offer_id(), name, now));
        Some(self.add(copy))
    }

    /// Deletes an offer from the list and from storage, and answers it so that the delete
    /// can be undone; refused with why, nothing changed.
    pub fn delete_offer(&self, id: &OfferId) -> Result<Offer, DeleteError> {
        let deleted = self
            .ask_writing(|session| session.delete(id, wall_now()))
            .unwrap_or(Err(DeleteError::NoSuchOffer))?;
        self.relist();
        if self
            .route
            .with_untracked(|route| route.offer.as_ref() == Some(id))
        {
            self.route.update(|route| route.offer = None);
        }
        // The space it took may be what refused writes were waiting for.
        self.retry_writes();
        let Deleted { offer } = deleted;
        Ok(offer)
    }

    /// Puts a deleted offer back, as it was.
    pub fn restore_offer(&self, offer: Offer) {
        if self.entry(&offer.id).is_none() {
            self.add(offer);
        }
    }

    /// Changes an offer's draft at once, and saves it 300 ms after the first change of a
    /// burst; [`AppState::save_now`] writes it earlier when the page is hidden or closed.
    pub fn edit_draft(&self, id: &OfferId, change: impl FnOnce(&mut OfferForm)) {
        let started = self.ask(|session| session.edit(id, wall_now(), change));
        if let Some(Ok(EditStarted::First)) = started {
            let state = *self;
            set_timeout(move || state.save_now(), SAVE_DELAY);
        }
    }

    /// Puts this tab's value of a conflicting field back, as an edit, and saves it; answers
    /// why it could not (the notice then stays).
    pub fn keep_mine(&self, conflict: &Conflict) -> Result<(), CommandError> {
        let kept = self
            .ask(|session| session.keep_mine(conflict, wall_now()))
            .unwrap_or(Err(CommandError::NoSuchOffer));
        if kept.is_ok() {
            self.save_now();
        }
        kept
    }

    /// Writes every change not written yet (edits, and writes storage refused before).
    pub fn save_now(&self) {
        self.ask_writing(|session| session.write_pending(wall_now()));
    }

    /// Writes again whatever storage refused: on "Try again", after a delete frees space,
    /// and periodically while anything waits.
    pub fn retry_writes(&self) {
        self.save_now();
    }

    /// Whether writes are waiting for storage to accept them.
    pub fn has_failed_writes(&self) -> bool {
        self.session
            .try_with_value(|session| session.has_failed())
            .unwrap_or(false)
    }

    /// Applies a publishing command to one offer. On success the offer is updated and
    /// saved (a write storage refuses is said in the notices, and kept), and what happened
    /// is returned; a refusal changes nothing and says why.
    pub fn command(&self, id: &OfferId, command: Command) -> Result<Vec<Effect>, Refusal> {
        let wall = wall_now();
        match self.ask_writing(|session| session.command(id, command, wall)) {
            Some(Ok(done)) => {
                self.wall.set(wall);
                Ok(done.effects)
            }
            Some(Err(CommandError::Refused(refusal))) => Err(refusal),
            // Deleted meanwhile, or read-only (the notice says so): nothing to announce.
            Some(Err(
                CommandError::NoSuchOffer | CommandError::ReadOnly | CommandError::FieldGone,
            ))
            | None => Ok(Vec::new()),
        }
    }

    /// Changes the shared clock (speed, pause, resume).
    pub fn clock_command(&self, command: ClockCommand) {
        let wall = wall_now();
        self.wall.set(wall);
        self.ask_writing(|session| session.clock_command(command, wall));
    }

    /// Moves real time on, and answers the offers that have a deadline behind them, for the
    /// ticker to move on (in slices, so that a burst never freezes the page).
    pub fn due(&self) -> Vec<OfferId> {
        let wall = wall_now();
        let _ = self.wall.try_set(wall);
        self.session
            .try_with_value(|session| session.due(wall))
            .unwrap_or_default()
    }

    /// Moves one offer on to now: what came due happens, and is saved.
    pub fn advance(&self, id: &OfferId) {
        self.ask_writing(|session| session.advance(id, wall_now()));
    }

    /// A change another tab made to one offer (a `storage` event): shown here at once.
    pub fn offer_changed_elsewhere(&self, id: &OfferId) {
        let changed = self.ask(|session| session.changed_elsewhere(id));
        if let Some(Elsewhere::Added(_) | Elsewhere::Removed) = changed {
            self.relist();
            if self.entry(id).is_none()
                && self
                    .route
                    .with_untracked(|route| route.offer.as_ref() == Some(id))
            {
                self.route.update(|route| route.offer = None);
            }
        }
    }

    /// The clock another tab changed (speed, pause): followed here at once.
    pub fn clock_changed_elsewhere(&self) {
        self.ask(|session| session.clock_changed_elsewhere());
    }

    /// The raw text of a stored key (a quarantined value), for download.
    pub fn raw(&self, key: &str) -> Option<String> {
        self.session.with_value(|session| session.raw(key))
    }

    /// Hides a notice the person has read (the data it is about stays where it is).
    pub fn dismiss(&self, notice: &Notice) {
        self.ask(|session| session.dismiss(notice));
    }

    /// The export file of every offer, or of one, as shown in memory (so that changes not
    /// yet written are exported too).
    pub fn export(&self, only: Option<&OfferId>) -> String {
        self.session.with_value(|session| session.export(only))
    }

    /// The identities of every offer shown.
    pub fn offer_ids(&self) -> Vec<OfferId> {
        self.offers
            .with_untracked(|entries| entries.iter().map(|entry| entry.id.clone()).collect())
    }

    /// Recomputes the storage meter once, shortly after a burst of writes (reading every
    /// value costs a few milliseconds, too much for each keystroke).
    fn queue_usage_refresh(&self) {
        if self.usage_queued.try_get_value() != Some(false) {
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
            .session
            .try_with_value(|session| session.usage().ok())
            .flatten();
        let _ = self.usage.try_set(usage);
    }
}

/// The list entries of a session's offers.
fn entries(session: &TabSession) -> Vec<OfferEntry> {
    session
        .offers()
        .map(|(id, cell)| OfferEntry {
            id: id.clone(),
            offer: cell.clone(),
        })
        .collect()
}

/// The browser's real time.
pub fn wall_now() -> WallTime {
    WallTime(js_sys::Date::now() as i64)
}
