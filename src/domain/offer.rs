//! The offer as the publisher keeps it in this browser.

use super::SimTime;
use serde::{Deserialize, Serialize};

/// The identity of an offer in this browser, made by the caller; not the form's Offer ID.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
pub struct OfferId(pub String);

impl OfferId {
    /// The identity as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The offer settings section of the form.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OfferSettings {
    /// The Offer ID, locked once published.
    pub offer_id: String,
    /// The publisher's ID.
    pub publisher_id: String,
    /// The offer's name, at most 50 characters.
    pub name: String,
}

/// Everything the publisher fills in.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OfferForm {
    /// The offer settings section.
    pub settings: OfferSettings,
}

/// An offer: its draft form and when it was made and last changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offer {
    /// The identity in this browser.
    pub id: OfferId,
    /// The form as the publisher is editing it.
    pub draft: OfferForm,
    /// When the offer was created.
    pub created: SimTime,
    /// When the offer last changed.
    pub changed: SimTime,
}

impl Offer {
    /// A new draft offer with only a name.
    pub fn new(id: OfferId, name: String, now: SimTime) -> Offer {
        let mut draft = OfferForm::default();
        draft.settings.name = name;
        Offer {
            id,
            draft,
            created: now,
            changed: now,
        }
    }
}
