//! What the step list shows of each of the seven steps: the one function any picture of the
//! publishing steps should call ([`pipeline`], or [`Run::pipeline`]).
//!
//! It is the run's step records as the publisher should read them: a canceled run shows the
//! offer back at step 1 with no step complete (CPP: Cancel publishing resets the status to
//! step 1; the history keeps what happened), and a skipped step shows the duration it was
//! planned to take, never the moment it was skipped at.

use super::offer::Offer;
use super::run::Run;
use super::step::{PublishState, Step, StepState};
use super::time::SimTime;
use serde::{Deserialize, Serialize};

/// How long a step took, or how long it has left, as the step list shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepTiming {
    /// Nothing to show: not reached, or waiting for the notification email.
    None,
    /// Running; it ends by itself at `due` (the time left is `due` minus now).
    Until {
        /// Its deadline.
        due: SimTime,
    },
    /// Waiting for the publisher since `since` (Publisher Signoff).
    WaitingSince {
        /// When it started waiting.
        since: SimTime,
    },
    /// Complete after `ms`.
    Took {
        /// Duration, ms.
        ms: i64,
    },
    /// Failed or canceled after `ms`.
    StoppedAfter {
        /// Duration, ms.
        ms: i64,
    },
    /// "Skip to end of step" ended it: it stands for its planned duration.
    Skipped {
        /// The duration drawn for it from the run's seed, ms.
        planned_ms: i64,
    },
}

/// One step as the step list shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepView {
    /// The step.
    pub step: Step,
    /// The state to show.
    pub state: StepState,
    /// Whether this is the step the offer is at (one step at most).
    pub current: bool,
    /// When it started, if it did in the run shown.
    pub started: Option<SimTime>,
    /// Its duration or time left.
    pub timing: StepTiming,
}

impl StepView {
    /// A step not reached.
    fn not_started(step: Step) -> StepView {
        StepView {
            step,
            state: StepState::NotStarted,
            current: false,
            started: None,
            timing: StepTiming::None,
        }
    }
}

impl Run {
    /// The state `step` shows: its record's, except after a cancel, when every step shows
    /// not started (the offer is back at step 1, waiting for Publish).
    pub fn shown_state(&self, step: Step) -> StepState {
        if self.state == PublishState::Canceled {
            StepState::NotStarted
        } else {
            self.step(step).state
        }
    }

    /// The seven steps as the step list shows them, in order.
    pub fn pipeline(&self) -> [StepView; 7] {
        let current = self.current_step();
        Step::ALL.map(|step| {
            let mut view = StepView::not_started(step);
            view.current = step == current;
            if self.state == PublishState::Canceled {
                return view;
            }
            let record = self.step(step);
            view.state = record.state;
            view.started = record.started;
            let took = match (record.started, record.ended) {
                (Some(started), Some(ended)) => ended.since(started),
                _ => 0,
            };
            view.timing = match record.state {
                _ if record.skipped => StepTiming::Skipped {
                    planned_ms: self.duration_ms(step),
                },
                StepState::InProgress => match record.due {
                    Some(due) => StepTiming::Until { due },
                    None => StepTiming::None,
                },
                StepState::WaitingForPublisherReview => match record.started {
                    Some(since) => StepTiming::WaitingSince { since },
                    None => StepTiming::None,
                },
                StepState::Complete => StepTiming::Took { ms: took },
                StepState::Blocked | StepState::Rejected | StepState::Canceled => {
                    StepTiming::StoppedAfter { ms: took }
                }
                StepState::NotStarted => StepTiming::None,
            };
            view
        })
    }
}

/// The seven steps of the offer's current (or last) run as the step list shows them; all not
/// started, none current, before the first Publish.
pub fn pipeline(offer: &Offer) -> [StepView; 7] {
    match &offer.run {
        Some(run) => run.pipeline(),
        None => Step::ALL.map(StepView::not_started),
    }
}
