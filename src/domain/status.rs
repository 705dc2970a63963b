//! The status of an offer in a few words, as All offers and the Status tab's summary show it.

use super::offer::Offer;
use super::step::{PublishState, Step};
use super::time::{SimClock, SimTime, WallTime};
use super::workflow::advance;
use serde::{Deserialize, Serialize};

/// An offer's latest status, as the All offers table shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OfferStatus {
    /// Never published: being written.
    Draft,
    /// A run is at this step (step 1 included while it waits for the email).
    Running(Step),
    /// The run failed at this step: the publisher has something to fix.
    AttentionNeeded(Step),
    /// At Publisher Signoff: waiting for Go Live or Cancel publishing.
    WaitingForSignoff,
    /// The last run was canceled and nothing is live.
    Canceled,
    /// Live, and the draft is the live version.
    Live,
    /// Live, with a draft that differs from the live version (and no run going on).
    LiveWithDraft,
}

/// The status of an offer at simulated time `now`, counting deadlines that have passed even if
/// the stored offer has not been advanced yet (the table may render before the ticker runs).
pub fn status(offer: &Offer, now: SimTime) -> OfferStatus {
    let frozen = SimClock::frozen_at(now);
    match offer.run.as_ref().and_then(|r| r.next_deadline()) {
        Some((_, due)) if due <= now => status_of(&advance(offer, &frozen, WallTime(0)).offer),
        _ => status_of(offer),
    }
}

/// The status of an offer as stored, without applying passed deadlines.
pub fn status_of(offer: &Offer) -> OfferStatus {
    let live_status = || {
        if offer.has_unpublished_changes() {
            OfferStatus::LiveWithDraft
        } else {
            OfferStatus::Live
        }
    };
    let Some(run) = &offer.run else {
        return match offer.live {
            Some(_) => live_status(),
            None => OfferStatus::Draft,
        };
    };
    match run.state {
        PublishState::NotStarted | PublishState::Running => {
            OfferStatus::Running(run.current_step())
        }
        PublishState::WaitingForPublisherReview => OfferStatus::WaitingForSignoff,
        PublishState::Failed => OfferStatus::AttentionNeeded(
            run.failure
                .as_ref()
                .map(|f| f.step)
                .unwrap_or(run.current_step()),
        ),
        PublishState::Canceled | PublishState::NeverPublished => match offer.live {
            Some(_) => live_status(),
            None if run.state == PublishState::Canceled => OfferStatus::Canceled,
            None => OfferStatus::Draft,
        },
        PublishState::Succeeded => live_status(),
    }
}

/// Whether customers still see a live version while `status` is about an update's run (at a
/// step, failed, or waiting for sign-off): the run only replaces the live version when it
/// goes live, so All offers and the Status tab say both.
pub fn live_through_update(offer: &Offer, status: OfferStatus) -> bool {
    offer.live.is_some()
        && matches!(
            status,
            OfferStatus::Running(_)
                | OfferStatus::AttentionNeeded(_)
                | OfferStatus::WaitingForSignoff
        )
}
