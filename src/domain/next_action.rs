//! The one thing a publisher should do next with an offer, whatever state it is in: what the
//! top of the Status tab says, so that a newcomer always knows where the flow goes on.

use super::failure::RunFailure;
use super::offer::{check_offer, Offer};
use super::path::FieldPath;
use super::step::{PublishState, Step};
use super::time::{SimClock, SimTime, WallTime};
use super::workflow::advance;
use serde::{Deserialize, Serialize};

/// What the publisher should do next (the UI puts it into words).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum NextAction {
    /// Never published: fill in what the form still lacks (`problems` fields' problems, 0
    /// when it is complete), then press Publish in the Editor.
    Publish {
        /// How many problems Publish would report now.
        problems: usize,
    },
    /// Step 1 waits for the notification email (asked for by the Publish pop-up).
    EnterEmail,
    /// A timed step runs by itself (steps 1 to 4 once the email is given): nothing to do, the
    /// publisher may close the app.
    Wait {
        /// The running step.
        step: Step,
        /// Simulated milliseconds until it ends (0 when it ends now).
        left_ms: i64,
    },
    /// A step failed: fix the named fields (none when the cause is not in the form) and
    /// press Publish again, which restarts from step 1; or open a support request.
    Fix {
        /// The step that failed.
        step: Step,
        /// The fields the failure's remedies name, in order, each once.
        fields: Vec<FieldPath>,
    },
    /// At Publisher Signoff: check the listing preview, deploy to staging from a
    /// subscription on the preview allow-list, then Go Live or Cancel publishing.
    SignOff,
    /// Go Live was pressed: the move to production takes hours; Cancel publishing is still
    /// possible until the offer is live.
    GoingLive {
        /// Simulated milliseconds until the offer is live.
        left_ms: i64,
    },
    /// Live, and the draft is the live version: nothing to do; an edit makes a draft beside
    /// the live version.
    Live,
    /// Live, with a draft that differs from the live version: Publish takes the draft
    /// through the seven steps (from step 1); the live version stays live meanwhile.
    PublishDraft,
    /// The last run was canceled: Publish again starts from step 1.
    PublishAgain {
        /// Whether an earlier version is still live.
        live: bool,
    },
}

/// The next action for `offer` at simulated time `now`, counting deadlines that have passed
/// even if the stored offer has not been advanced yet (as [`status`](super::status::status) does).
pub fn next_action(offer: &Offer, now: SimTime) -> NextAction {
    let frozen = SimClock::frozen_at(now);
    let projected;
    let offer = match offer.next_deadline() {
        Some(due) if due <= now => {
            projected = advance(offer, &frozen, WallTime(0)).offer;
            &projected
        }
        _ => offer,
    };
    let Some(run) = &offer.run else {
        return NextAction::Publish {
            problems: check_offer(offer).len(),
        };
    };
    let left = || {
        run.next_deadline()
            .map(|(_, due)| due.since(now).max(0))
            .unwrap_or(0)
    };
    match run.state {
        PublishState::NeverPublished => NextAction::Publish {
            problems: check_offer(offer).len(),
        },
        PublishState::NotStarted => NextAction::EnterEmail,
        PublishState::Running => match run.current_step() {
            Step::Live => NextAction::GoingLive { left_ms: left() },
            step => NextAction::Wait {
                step,
                left_ms: left(),
            },
        },
        PublishState::WaitingForPublisherReview => NextAction::SignOff,
        PublishState::Failed => {
            let failure = run.failure.as_ref();
            NextAction::Fix {
                step: failure.map_or(run.current_step(), |f| f.step),
                fields: failure.map(fields_of).unwrap_or_default(),
            }
        }
        PublishState::Succeeded if offer.has_unpublished_changes() => NextAction::PublishDraft,
        PublishState::Succeeded => NextAction::Live,
        PublishState::Canceled => NextAction::PublishAgain {
            live: offer.live.is_some(),
        },
    }
}

/// The fields the remedies of a failure name, in order, each once.
fn fields_of(failure: &RunFailure) -> Vec<FieldPath> {
    let mut out: Vec<FieldPath> = Vec::new();
    for remedy in failure.remedies() {
        if let Some(path) = remedy.field() {
            if !out.contains(path) {
                out.push(path.clone());
            }
        }
    }
    out
}
