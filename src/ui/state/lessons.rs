//! The app state's part in lessons: starting one (its setup's offers added through the
//! session), resetting one, and keeping its completion; each asks the session.

use super::{wall_now, AppState};
use crate::domain::lesson::{self, LessonId, SetupContext};
use crate::domain::{OfferForm, OfferId, Refusal};
use crate::store::session::DeleteError;
use crate::store::LessonSaved;
use crate::ui::ids::new_offer_id;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// Why a lesson could not be started over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LessonRefused {
    /// An offer of the lesson could not be deleted.
    Delete(DeleteError),
    /// The engine refused a step of the setup (a bug the native tests guard against).
    Setup(Refusal),
}

impl AppState {
    /// The lessons completed in this browser (any tab's).
    pub fn completed_lessons(&self) -> BTreeSet<LessonId> {
        self.session
            .try_with_value(|session| session.completed_lessons())
            .unwrap_or_default()
    }

    /// The first offer of lesson `id`, if one exists (reactive: follows the list).
    pub fn lesson_offer(&self, id: LessonId) -> Option<OfferId> {
        self.offers.with(|offers| {
            offers
                .iter()
                .find(|entry| entry.offer.with_untracked(|o| o.lesson_id()) == Some(id))
                .map(|entry| entry.id.clone())
        })
    }

    /// Runs lesson `id`'s setup on `form` (the sample form in the interface language) and
    /// adds its offers, named `name`; answers the first offer.
    pub fn start_lesson(
        &self,
        id: LessonId,
        form: OfferForm,
        name: String,
    ) -> Result<OfferId, Refusal> {
        let wall = wall_now();
        let ctx = SetupContext {
            clock: self.clock.get_untracked(),
            wall,
            // Entropy for the setup's runs: the real time, as for any Publish.
            seed: wall.0.unsigned_abs() ^ id.number() as u64,
            email: form.support.engineering.email.clone(),
            form,
            name,
        };
        let offers = lesson::setup(id, &ctx, &mut new_offer_id)?;
        let first = offers.first().map(|offer| offer.id.clone());
        for offer in offers {
            // A fresh identity is never taken.
            let _ = self.ask_writing(|session| session.add(offer, wall));
        }
        self.relist();
        first.ok_or(Refusal::NotFailed { current: None })
    }

    /// Deletes lesson `id`'s offers (and no other) and starts it again.
    pub fn reset_lesson(
        &self,
        id: LessonId,
        form: OfferForm,
        name: String,
    ) -> Result<OfferId, LessonRefused> {
        let deleted = self
            .ask_writing(|session| session.delete_lesson_offers(id, wall_now()))
            .unwrap_or(Err(DeleteError::NoSuchOffer));
        self.relist();
        deleted.map_err(LessonRefused::Delete)?;
        self.start_lesson(id, form, name)
            .map_err(LessonRefused::Setup)
    }

    /// Stores lesson `id`'s completion if its offers reached its goal (see
    /// `Session::mark_lesson_done`).
    pub fn mark_lesson_done(&self, id: LessonId) -> Option<LessonSaved> {
        self.ask(|session| session.mark_lesson_done(id)).flatten()
    }
}
