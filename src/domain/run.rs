//! A publishing run: the form submitted at Publish, and where each of the seven steps stands.

use super::failure::RunFailure;
use super::form::OfferForm;
use super::formats;
use super::lead::LeadRecord;
use super::rng::{self, streams};
use super::step::{PublishState, Step, StepState};
use super::time::SimTime;
use serde::{Deserialize, Serialize};

/// Where one step stands, with absolute simulated times.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StepRecord {
    /// State.
    pub state: StepState,
    /// When the step was entered.
    pub started: Option<SimTime>,
    /// When a timed step ends by itself (its deadline).
    pub due: Option<SimTime>,
    /// When the step ended (complete, failed or canceled).
    pub ended: Option<SimTime>,
    /// Whether "Skip to end of step" ended it: it then ended early, and its planned duration
    /// ([`Run::duration_ms`]) is what it stands for. Left out of stored JSON when false.
    #[serde(skip_serializing_if = "is_false")]
    pub skipped: bool,
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// One publishing run of an offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    /// 1 for the offer's first Publish, then 2, 3 ...
    pub number: u32,
    /// The form as it was at Publish (the draft may change while the run goes on).
    pub submitted: OfferForm,
    /// When Publish was pressed: the submission time for certification.
    pub published_at: SimTime,
    /// The seed every duration and fake datum of this run is drawn from.
    pub seed: u64,
    /// The notification email given in step 1.
    pub email: Option<String>,
    /// The seven steps, in [`Step::ALL`] order.
    pub steps: [StepRecord; 7],
    /// The run's state.
    pub state: PublishState,
    /// The failure, when the run failed.
    pub failure: Option<RunFailure>,
    /// The test lead sent in step 4, if a lead destination was set.
    pub lead: Option<LeadRecord>,
}

/// A way in which a run or an offer breaks the engine's rules (for validating loaded data).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Inconsistency {
    /// Steps are not: complete ones, then at most one current one, then not-started ones.
    StepOrder {
        /// The first step out of order.
        step: Step,
    },
    /// A step's times contradict its state or each other.
    StepTimes {
        /// The step.
        step: Step,
    },
    /// A step did not start when the one before it ended.
    StepChain {
        /// The step.
        step: Step,
    },
    /// The run's state does not match its steps.
    RunState {
        /// The run's state.
        state: PublishState,
    },
    /// The failure does not match the failed step.
    Failure,
    /// The notification email is missing or invalid where one is needed.
    Email,
    /// A test lead without a complete Packaging step.
    Lead,
    /// The live version does not match the run that went live.
    LiveVersion,
    /// Email identities are not increasing, or exceed the count of emails sent.
    NotificationIds,
    /// The run number is larger than the offer's count of runs.
    RunNumber,
    /// History entries are not in time order.
    HistoryOrder {
        /// The first entry out of order.
        index: usize,
    },
}

impl Run {
    /// A new run of `submitted`, published at `now`: step 1 in progress, waiting for the email.
    pub fn new(number: u32, submitted: OfferForm, now: SimTime, seed: u64) -> Run {
        let mut steps = [StepRecord::default(); 7];
        steps[0] = StepRecord {
            state: StepState::InProgress,
            started: Some(now),
            ..StepRecord::default()
        };
        Run {
            number,
            submitted,
            published_at: now,
            seed,
            email: None,
            steps,
            state: PublishState::NotStarted,
            failure: None,
            lead: None,
        }
    }

    /// The record of `step`.
    pub fn step(&self, step: Step) -> &StepRecord {
        &self.steps[step.index()]
    }

    /// The record of `step`, to change it.
    pub fn step_mut(&mut self, step: Step) -> &mut StepRecord {
        &mut self.steps[step.index()]
    }

    /// The step the run is at: the first step not complete; Live once live; step 1 once canceled
    /// (CPP: Cancel publishing resets the status to step 1).
    pub fn current_step(&self) -> Step {
        match self.state {
            PublishState::Succeeded => Step::Live,
            PublishState::Canceled => Step::ValidatePrerequisites,
            _ => Step::ALL
                .iter()
                .copied()
                .find(|s| self.step(*s).state != StepState::Complete)
                .unwrap_or(Step::Live),
        }
    }

    /// The drawn duration of a timed step (ms), within its bound.
    pub fn duration_ms(&self, step: Step) -> i64 {
        match step.duration_range_ms() {
            Some((lo, hi)) => {
                rng::draw(self.seed, streams::STEP + u64::from(step.number()), lo, hi)
            }
            None => 0,
        }
    }

    /// The next deadline of the run, if a timed step is running: `(step, due)`.
    pub fn next_deadline(&self) -> Option<(Step, SimTime)> {
        if !self.state.is_active() {
            return None;
        }
        let step = self.current_step();
        let rec = self.step(step);
        match rec.state {
            StepState::InProgress => rec.due.map(|d| (step, d)),
            _ => None,
        }
    }

    /// Every way in which this run breaks the engine's rules; empty when it is valid.
    pub fn check_invariants(&self) -> Vec<Inconsistency> {
        let mut out = Vec::new();
        // Shape: Complete*, then at most one current step, then NotStarted*.
        let mut phase = 0; // 0: complete prefix, 1: after current
        let mut current: Option<Step> = None;
        for step in Step::ALL {
            let st = self.step(step).state;
            match (phase, st) {
                (0, StepState::Complete) => {}
                (0, StepState::NotStarted) => phase = 1,
                (0, _) => {
                    current = Some(step);
                    phase = 1;
                }
                (_, StepState::NotStarted) => {}
                _ => out.push(Inconsistency::StepOrder { step }),
            }
        }
        for step in Step::ALL {
            let r = self.step(step);
            let started_ok = r.started.is_some() == (r.state != StepState::NotStarted);
            let ended_ok = r.ended.is_some() == r.state.is_ended();
            let order_ok = match (r.started, r.ended, r.due) {
                (Some(s), Some(e), _) if e < s => false,
                (Some(s), _, Some(d)) if d < s => false,
                (None, _, Some(_)) => false,
                _ => true,
            };
            let due_ok = r.due.is_none() || step.duration_range_ms().is_some();
            // A skipped step is a timed one that ended at its (moved) deadline.
            let skipped_ok = !r.skipped
                || (matches!(
                    r.state,
                    StepState::Complete | StepState::Rejected | StepState::Blocked
                ) && r.due.is_some()
                    && r.ended == r.due);
            if !(started_ok && ended_ok && order_ok && due_ok && skipped_ok) {
                out.push(Inconsistency::StepTimes { step });
            }
            if r.state == StepState::Rejected && step != Step::Certification {
                out.push(Inconsistency::StepTimes { step });
            }
            if let Some(next) = step.next() {
                let n = self.step(next);
                if n.started.is_some() && n.started != r.ended {
                    out.push(Inconsistency::StepChain { step: next });
                }
            }
        }
        let cur = current.map(|s| (s, self.step(s)));
        let state_ok = match self.state {
            PublishState::NeverPublished => false,
            PublishState::NotStarted => matches!(cur, Some((Step::ValidatePrerequisites, r))
                if r.state == StepState::InProgress && r.due.is_none()),
            PublishState::Running => matches!(cur, Some((s, r))
                if r.state == StepState::InProgress && r.due.is_some()
                && s != Step::PreviewAvailable && s != Step::PublisherSignoff),
            PublishState::WaitingForPublisherReview => {
                matches!(cur, Some((Step::PublisherSignoff, r))
                if r.state == StepState::WaitingForPublisherReview)
            }
            PublishState::Succeeded => {
                cur.is_none() && self.steps.iter().all(|r| r.state == StepState::Complete)
            }
            PublishState::Failed => matches!(cur, Some((s, r))
                if matches!(r.state, StepState::Blocked | StepState::Rejected)
                && s != Step::ValidatePrerequisites),
            PublishState::Canceled => matches!(cur, Some((Step::PublisherSignoff | Step::Live, r))
                if r.state == StepState::Canceled),
        };
        if !state_ok {
            out.push(Inconsistency::RunState { state: self.state });
        }
        let failure_ok = match (&self.failure, self.state) {
            (Some(f), PublishState::Failed) => cur.is_some_and(|(s, _)| s == f.step),
            (None, PublishState::Failed) => false,
            (Some(_), _) => false,
            (None, _) => true,
        };
        if !failure_ok {
            out.push(Inconsistency::Failure);
        }
        let email_needed = self.step(Step::ValidatePrerequisites).due.is_some();
        let email_ok = match &self.email {
            Some(e) => email_needed && formats::is_email(e),
            None => !email_needed,
        };
        if !email_ok {
            out.push(Inconsistency::Email);
        }
        if self.lead.is_some()
            && self.step(Step::PackagingAndLeadRegistration).state != StepState::Complete
        {
            out.push(Inconsistency::Lead);
        }
        out
    }

    /// Whether the run keeps every rule of the engine.
    pub fn is_valid(&self) -> bool {
        self.check_invariants().is_empty()
    }
}
