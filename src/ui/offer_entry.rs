//! One offer as the interface holds it: its identity and its signal, which is also the cell
//! the session keeps the offer in.

use crate::domain::{Offer, OfferId};
use crate::store::session::OfferCell;
use leptos::prelude::*;

/// One offer in the list: its identity and its own signal, so that editing one offer
/// re-renders only what shows that offer.
///
/// The signal is reference-counted rather than owned by the component that happened to
/// create it, so that it outlives the tab it was made in; the session holds the same one.
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

impl OfferCell for ArcRwSignal<Offer> {
    fn new(offer: Offer) -> Self {
        ArcRwSignal::new(offer)
    }

    fn read<R>(&self, f: impl FnOnce(&Offer) -> R) -> R {
        self.with_untracked(f)
    }

    fn write(&self, f: impl FnOnce(&mut Offer)) {
        self.update(f)
    }
}
