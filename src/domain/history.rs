//! The history of every publishing action and step change of an offer, with its times.

use super::failure::RunFailure;
use super::fault::FaultReason;
use super::step::Step;
use super::time::{SimTime, WallTime};
use serde::{Deserialize, Serialize};

/// What happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum HistoryKind {
    /// Publish started run `run` at step 1.
    Published {
        /// Run number.
        run: u32,
    },
    /// The notification email was given.
    NotificationEmailSubmitted {
        /// Run number.
        run: u32,
        /// The address.
        email: String,
    },
    /// A step started.
    StepStarted {
        /// Run number.
        run: u32,
        /// The step.
        step: Step,
    },
    /// A step completed.
    StepCompleted {
        /// Run number.
        run: u32,
        /// The step.
        step: Step,
    },
    /// A step failed.
    StepFailed {
        /// Run number.
        run: u32,
        /// The failure.
        failure: RunFailure,
    },
    /// "Skip to the end of this step" moved the step's deadline to now.
    StepSkipped {
        /// Run number.
        run: u32,
        /// The step.
        step: Step,
        /// How long the step was planned to take (ms; 0 in entries stored before it was kept).
        #[serde(default)]
        planned_ms: i64,
    },
    /// The test lead was sent to the lead destination.
    LeadSent {
        /// Run number.
        run: u32,
    },
    /// An email was sent.
    NotificationSent {
        /// Run number.
        run: u32,
        /// Which email.
        kind: super::notification::NotificationKind,
    },
    /// The publisher chose Go Live.
    GoLiveRequested {
        /// Run number.
        run: u32,
    },
    /// The publisher canceled publishing.
    PublishingCanceled {
        /// Run number.
        run: u32,
        /// The step at which it was canceled.
        step: Step,
    },
    /// The run went live; its snapshot replaced the live version.
    WentLive {
        /// Run number.
        run: u32,
    },
    /// A support request was opened.
    SupportRequestOpened {
        /// Ticket number.
        number: String,
    },
    /// A trainer planned a fault.
    FaultPlanned {
        /// The step.
        step: Step,
        /// The reason.
        reason: FaultReason,
    },
    /// A trainer cleared the planned fault.
    FaultCleared,
}

/// One entry of the history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEvent {
    /// Simulated time.
    pub at: SimTime,
    /// Real time (for timed transitions: the real time at which the clock reached `at`).
    pub wall: WallTime,
    /// What happened.
    pub kind: HistoryKind,
}
