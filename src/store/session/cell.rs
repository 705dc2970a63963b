//! Where the session keeps each offer it shows: a plain cell in native tests, a signal in
//! the app, so that the session is the one owner of the data and the interface re-renders
//! only the offer that changed.

use crate::domain::Offer;
use std::{cell::RefCell, rc::Rc};

/// A shared, changeable place holding one offer.
pub trait OfferCell: Clone {
    /// A new cell holding `offer`.
    fn new(offer: Offer) -> Self;
    /// Reads the offer (in the app: without subscribing the caller to it).
    fn read<R>(&self, f: impl FnOnce(&Offer) -> R) -> R;
    /// Changes the offer (in the app: and notifies whatever shows it).
    fn write(&self, f: impl FnOnce(&mut Offer));

    /// Replaces the offer, unless it is already equal (so nothing re-renders for nothing).
    fn replace(&self, offer: Offer) {
        if self.read(|current| current != &offer) {
            self.write(|current| *current = offer);
        }
    }

    /// A copy of the offer.
    fn get(&self) -> Offer {
        self.read(Offer::clone)
    }
}

impl OfferCell for Rc<RefCell<Offer>> {
    fn new(offer: Offer) -> Self {
        Rc::new(RefCell::new(offer))
    }

    fn read<R>(&self, f: impl FnOnce(&Offer) -> R) -> R {
        f(&self.borrow())
    }

    fn write(&self, f: impl FnOnce(&mut Offer)) {
        f(&mut self.borrow_mut())
    }
}
