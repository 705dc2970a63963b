//! The seven publishing steps and the states of a step and of a run, as the Cloud Partner
//! Portal API named them.

use super::time::{DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS};
use serde::{Deserialize, Serialize};

/// A publishing step, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Step {
    /// 1. Validate Pre-Requisites.
    ValidatePrerequisites,
    /// 2. Certification.
    Certification,
    /// 3. Provisioning.
    Provisioning,
    /// 4. Packaging and Lead Generation Registration.
    PackagingAndLeadRegistration,
    /// 5. Offer Available in Preview.
    PreviewAvailable,
    /// 6. Publisher Signoff.
    PublisherSignoff,
    /// 7. Live.
    Live,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 7] = [
        Step::ValidatePrerequisites,
        Step::Certification,
        Step::Provisioning,
        Step::PackagingAndLeadRegistration,
        Step::PreviewAvailable,
        Step::PublisherSignoff,
        Step::Live,
    ];

    /// Position in the flow, from 1 to 7.
    pub fn number(&self) -> u8 {
        self.index() as u8 + 1
    }

    /// Position in the flow, from 0 to 6 (an index into [`Step::ALL`]).
    pub fn index(&self) -> usize {
        match self {
            Step::ValidatePrerequisites => 0,
            Step::Certification => 1,
            Step::Provisioning => 2,
            Step::PackagingAndLeadRegistration => 3,
            Step::PreviewAvailable => 4,
            Step::PublisherSignoff => 5,
            Step::Live => 6,
        }
    }

    /// The step after this one.
    pub fn next(&self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    /// The range (inclusive, ms) a timed step's duration is drawn from, strictly under the
    /// step's bound in PRODUCT.md. `None` for steps that are not timed: Offer Available in
    /// Preview is reached and left at once; Publisher Signoff waits for Go Live.
    /// Step 1's duration counts from the notification email.
    pub fn duration_range_ms(&self) -> Option<(i64, i64)> {
        match self {
            Step::ValidatePrerequisites => Some((MINUTE_MS, 15 * MINUTE_MS - SECOND_MS)),
            Step::Certification => Some((6 * HOUR_MS, 5 * DAY_MS - MINUTE_MS)),
            Step::Provisioning => Some((2 * HOUR_MS, DAY_MS - MINUTE_MS)),
            Step::PackagingAndLeadRegistration => Some((5 * MINUTE_MS, HOUR_MS - SECOND_MS)),
            Step::PreviewAvailable | Step::PublisherSignoff => None,
            // Go Live to Live: "several hours".
            Step::Live => Some((2 * HOUR_MS, 8 * HOUR_MS)),
        }
    }

    /// The upper bound PRODUCT.md gives the step (ms), for "time left" displays.
    pub fn bound_ms(&self) -> Option<i64> {
        match self {
            Step::ValidatePrerequisites => Some(15 * MINUTE_MS),
            Step::Certification => Some(5 * DAY_MS),
            Step::Provisioning => Some(DAY_MS),
            Step::PackagingAndLeadRegistration => Some(HOUR_MS),
            Step::PreviewAvailable | Step::PublisherSignoff => None,
            Step::Live => Some(8 * HOUR_MS),
        }
    }
}

/// The state of one step (CPP API names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum StepState {
    /// Not reached yet.
    #[default]
    NotStarted,
    /// Running (timed steps; step 1 while it waits for the notification email).
    InProgress,
    /// Waiting for the publisher (Publisher Signoff).
    WaitingForPublisherReview,
    /// Stopped by an error (steps after Certification).
    Blocked,
    /// Certification rejected the submission.
    Rejected,
    /// Done.
    Complete,
    /// Publishing was canceled at this step.
    Canceled,
}

impl StepState {
    /// Whether the step has ended one way or another.
    pub fn is_ended(&self) -> bool {
        matches!(
            self,
            StepState::Blocked | StepState::Rejected | StepState::Complete | StepState::Canceled
        )
    }
}

/// The publishing state of an offer or a run (CPP API names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum PublishState {
    /// Never published (an offer without a run).
    #[default]
    NeverPublished,
    /// Published, step 1 waits for the notification email.
    NotStarted,
    /// At Publisher Signoff, waiting for Go Live or Cancel.
    WaitingForPublisherReview,
    /// A step is running.
    Running,
    /// Live.
    Succeeded,
    /// Canceled at Publisher Signoff (or while going live).
    Canceled,
    /// A step failed.
    Failed,
}

impl PublishState {
    /// Whether the run is still going (a new Publish would be refused, except at step 1).
    pub fn is_active(&self) -> bool {
        matches!(
            self,
            PublishState::NotStarted
                | PublishState::WaitingForPublisherReview
                | PublishState::Running
        )
    }
}
