//! The app's state as signals, and the commands components call: each applies the domain,
//! updates the signals and writes through the store.

use super::route::Route;
use crate::domain::{Offer, OfferForm, OfferId, SimTime};
use crate::store::{BrowserStorage, LoadProblem, MemoryStorage, OfferStore, Storage, StorageFault};
use leptos::prelude::*;

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
    store: StoredValue<OfferStore<Box<dyn Storage>>, LocalStorage>,
}

impl AppState {
    /// Opens the browser's storage (or memory, when the browser refuses it) and loads
    /// every offer.
    pub fn open(route: Route) -> AppState {
        let (storage, mut notices): (Box<dyn Storage>, Vec<Notice>) = match BrowserStorage::open() {
            Ok(storage) => (Box::new(storage), Vec::new()),
            Err(_) => (
                Box::new(MemoryStorage::new()),
                vec![Notice::StorageUnavailable],
            ),
        };
        let (store, loaded) = OfferStore::load(storage);
        let quarantined = loaded
            .problems
            .iter()
            .filter(|problem| matches!(problem, LoadProblem::Quarantined { .. }))
            .count();
        if quarantined > 0 {
            notices.push(Notice::Quarantined(quarantined));
        }
        let offers = loaded
            .offers
            .into_iter()
            .map(|offer| OfferEntry {
                id: offer.id.clone(),
                offer: ArcRwSignal::new(offer),
            })
            .collect();
        AppState {
            offers: RwSignal::new(offers),
            route: RwSignal::new(route),
            notices: RwSignal::new(notices),
            store: StoredValue::new_local(store),
        }
    }

    /// The entry of one offer, if it exists.
    pub fn entry(&self, id: &OfferId) -> Option<OfferEntry> {
        self.offers
            .with(|offers| offers.iter().find(|entry| &entry.id == id).cloned())
    }

    /// Creates an offer with a name, saves it and returns its identity.
    pub fn create_offer(&self, name: String) -> OfferId {
        let id = new_offer_id();
        let offer = Offer::new(id.clone(), name, now());
        self.persist(&offer);
        self.offers.update(|offers| {
            offers.push(OfferEntry {
                id: id.clone(),
                offer: ArcRwSignal::new(offer),
            })
        });
        id
    }

    /// Changes an offer's draft and saves it.
    pub fn edit_draft(&self, id: &OfferId, change: impl FnOnce(&mut OfferForm)) {
        let Some(entry) = self.entry(id) else { return };
        entry.offer.update(|offer| {
            change(&mut offer.draft);
            offer.changed = now();
        });
        entry.offer.with_untracked(|offer| self.persist(offer));
    }

    /// Writes one offer; a failure leaves the in-memory state as it is and says so.
    fn persist(&self, offer: &Offer) {
        let result = self.store.try_update_value(|store| store.save(offer));
        let notice = match result {
            Some(Ok(())) => None,
            Some(Err(fault)) => Some(Notice::WriteFailed(fault_text(&fault))),
            None => Some(Notice::WriteFailed("store closed".into())),
        };
        self.notices.update(|notices| {
            notices.retain(|notice| !matches!(notice, Notice::WriteFailed(_)));
            notices.extend(notice);
        });
    }
}

fn fault_text(fault: &StorageFault) -> String {
    fault.to_string()
}

/// The current wall time as simulated time, until the simulated clock arrives.
fn now() -> SimTime {
    SimTime(js_sys::Date::now() as i64)
}

/// A new identity: time and randomness in base 36, unique enough for one browser.
fn new_offer_id() -> OfferId {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 36f64.powi(6)) as u64;
    OfferId(format!("o-{}-{}", base36(time), base36(random)))
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
