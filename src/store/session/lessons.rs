//! The session's part in lessons: their completions, and starting one over. The decision to
//! write a completion lives here, like every other write.

use super::{DeleteError, OfferCell, Session};
use crate::domain::lesson::{self, LessonId};
use crate::domain::{OfferId, WallTime};
use crate::store::lessons::{load_lessons, mark_lesson_done, LessonSaved};
use crate::store::Storage;
use std::collections::BTreeSet;

impl<S: Storage, C: OfferCell> Session<S, C> {
    /// The lessons completed in this browser that this build knows (any tab's).
    pub fn completed_lessons(&self) -> BTreeSet<LessonId> {
        load_lessons(self.store.storage())
            .done()
            .iter()
            .filter_map(|key| LessonId::from_key(key))
            .collect()
    }

    /// The offers of lesson `id` in this tab.
    pub fn lesson_offers(&self, id: LessonId) -> Vec<OfferId> {
        self.offers
            .iter()
            .filter(|tracked| tracked.cell.read(|offer| offer.lesson_id()) == Some(id))
            .map(|tracked| tracked.id.clone())
            .collect()
    }

    /// Records lesson `id` as completed when its offers reach its goal; answers what was
    /// stored, or `None` when the goal is not reached (nothing written).
    pub fn mark_lesson_done(&mut self, id: LessonId) -> Option<LessonSaved> {
        let offers: Vec<_> = self
            .offers
            .iter()
            .filter(|tracked| tracked.cell.read(|offer| offer.lesson_id()) == Some(id))
            .map(|tracked| tracked.cell.get())
            .collect();
        lesson::done(id, &offers).then(|| mark_lesson_done(self.store.storage(), id.key()))
    }

    /// Deletes every offer of lesson `id` (and only those), so that its setup can run again.
    /// Stops at the first that cannot be deleted, answering why.
    pub fn delete_lesson_offers(
        &mut self,
        id: LessonId,
        wall: WallTime,
    ) -> Result<(), DeleteError> {
        for offer in self.lesson_offers(id) {
            self.delete(&offer, wall)?;
        }
        Ok(())
    }
}
