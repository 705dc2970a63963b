//! The app state's part in importing offers: written all or nothing through the session,
//! in slices of about one frame with the page free in between.

use super::{wall_now, AppState};
use crate::domain::{Offer, OfferId};
use crate::store::session::{Failure, ImportJob, ImportRefusal, ImportStep};
use crate::ui::ids::new_offer_id;
use crate::ui::slices::{next_task, now_ms, SLICE_MS};
use leptos::prelude::*;

/// How an import ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Imported {
    /// Every offer is stored: how many were added and how many replaced.
    Done {
        /// Offers added.
        added: usize,
        /// Offers replaced.
        replaced: usize,
    },
    /// Nothing was imported.
    Refused(ImportRefusal),
}

impl AppState {
    /// A fresh identity for an imported offer kept beside an existing one.
    pub fn fresh_id(&self) -> OfferId {
        new_offer_id()
    }

    /// Imports offers (validated, conflicts resolved), all or nothing: measured against
    /// the room left in storage first, then written, in slices of about one frame with the
    /// page free in between, progress in [`AppState::import`].
    pub async fn import_offers(&self, offers: Vec<Offer>) -> Imported {
        let mut job = ImportJob::new(offers);
        let ended = loop {
            let started = now_ms();
            let step = loop {
                let Some(step) = self
                    .session
                    .try_update_value(|s| s.import_step(&mut job, 1, wall_now()))
                else {
                    // The app unmounted: nothing more will be written.
                    return Imported::Refused(ImportRefusal::Failed(Failure::KeptChanging));
                };
                if !matches!(step, ImportStep::Working(_)) || now_ms() - started >= SLICE_MS {
                    break step;
                }
            };
            match step {
                ImportStep::Working(progress) => {
                    let _ = self.import.try_set(Some(progress));
                    next_task().await;
                }
                ImportStep::Done { added, replaced } => {
                    break Imported::Done {
                        added: added.len(),
                        replaced,
                    }
                }
                ImportStep::Refused(refusal) => break Imported::Refused(refusal),
            }
        };
        let _ = self.import.try_set(None);
        self.mirror();
        self.queue_usage_refresh();
        self.relist();
        ended
    }
}
