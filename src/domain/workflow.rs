//! The publishing workflow engine: one pure transition function.
//!
//! [`apply`] takes an offer, a [`Command`], the clock and the real time, and returns the new
//! offer and the [`Effect`]s that happened, or a [`Refusal`] with its reason. [`advance`]
//! applies every deadline that has passed, in order. Both first bring the offer up to the
//! current simulated time, so a command always sees the state the user sees.
//!
//! Timed transitions happen *at their deadline*: their history and emails carry the deadline's
//! simulated time and `clock.wall_at(deadline)`, never the time somebody looked. That is what
//! makes `advance` idempotent and one jump equal to many small steps.
//!
//! Longer than most files: the one transition function and the step timings it needs; splitting
//! it would scatter the state machine.

use super::certification::certify;
use super::failure::{FailureReason, RunFailure};
use super::fault::{FaultReason, PlannedFault};
use super::form::LeadDestination;
use super::formats;
use super::history::{HistoryEvent, HistoryKind};
use super::lead::{register_leads, LeadRecord};
use super::notification::{Notification, NotificationId, NotificationKind};
use super::offer::{check_offer, LiveVersion, Offer};
use super::rules::FieldProblem;
use super::run::Run;
use super::step::{PublishState, Step, StepState};
use super::support::{ticket_number, SupportTicket, TicketState};
use super::time::{SimClock, SimTime, WallTime};
use serde::{Deserialize, Serialize};

/// Something the user (or trainer) asks of an offer.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Command {
    /// Publish the draft: checks every field, then starts step 1 and waits for the email.
    /// Also the way to retry after a failure or a cancel: a new run from step 1. `seed` is the
    /// caller's entropy; every duration of the run is drawn from it.
    Publish {
        /// Entropy for the run.
        seed: u64,
    },
    /// The notification email asked for in step 1.
    SubmitNotificationEmail(String),
    /// Sign off at Publisher Signoff: start the move to production.
    GoLive,
    /// Cancel publishing (only once Publisher Signoff is reached, until the offer is live).
    CancelPublishing,
    /// Open a support request about the run's failure.
    OpenSupportRequest {
        /// What the publisher writes.
        text: String,
    },
    /// End the current timed step now ("skip to the end of this step"). The step is marked
    /// skipped and keeps its planned duration, so it never looks shorter than planned.
    SkipStep,
    /// Trainer: make `step` fail with `reason` (once, in this run or the next).
    PlanFault {
        /// A step after step 1.
        step: Step,
        /// The reason it will fail with.
        reason: FaultReason,
    },
    /// Trainer: forget the planned fault.
    ClearFault,
    /// Mark one email as read.
    MarkNotificationRead {
        /// The email's identity.
        id: NotificationId,
    },
    /// Mark every email of the offer as read.
    MarkAllNotificationsRead,
}

/// Why a command was refused (nothing changed).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Refusal {
    /// Publish found field problems: every one of them.
    FormHasProblems(Vec<FieldProblem>),
    /// Publish while a run is going on past step 1's email prompt.
    AlreadyRunning {
        /// The step the run is at.
        current: Step,
    },
    /// An email when step 1 is not waiting for one.
    NotWaitingForEmail {
        /// The step the run is at, if any.
        current: Option<Step>,
    },
    /// Not a valid email address.
    InvalidEmail,
    /// Go Live or Cancel publishing before Publisher Signoff (or once live).
    NotAtPublisherSignoff {
        /// The step the run is at, if any.
        current: Option<Step>,
    },
    /// A support request needs a failed run.
    NotFailed {
        /// The step the run is at, if any.
        current: Option<Step>,
    },
    /// A support request with no text.
    EmptySupportRequest,
    /// Skip when no timed step is running.
    NothingToSkip {
        /// The step the run is at, if any.
        current: Option<Step>,
    },
    /// A fault for a step that cannot fail after Publish (step 1).
    FaultNotPossible {
        /// The step.
        step: Step,
    },
    /// A preset reason that belongs to another step.
    FaultNotForStep {
        /// The step.
        step: Step,
        /// The reason.
        reason: FaultReason,
    },
    /// Clear when no fault is planned.
    NoFaultPlanned,
    /// No email with that identity (it may have been dropped as one of the oldest).
    NoSuchNotification {
        /// The identity given.
        id: NotificationId,
    },
}

/// Something that happened, for the UI to announce (the new offer already contains it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Effect {
    /// A step changed state.
    StepChanged {
        /// The step.
        step: Step,
        /// Its new state.
        state: StepState,
    },
    /// The run changed state.
    RunChanged {
        /// Its new state.
        state: PublishState,
    },
    /// A history entry was appended.
    Record(HistoryEvent),
    /// An email was sent.
    Notify(Notification),
    /// The test lead arrived in the lead destination.
    LeadSent(LeadRecord),
    /// A support ticket was opened.
    TicketOpened(SupportTicket),
}

/// The result of a command or an advance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    /// The offer afterwards.
    pub offer: Offer,
    /// What happened, in order.
    pub effects: Vec<Effect>,
}

/// A moment of a transition: simulated and real time.
#[derive(Debug, Clone, Copy)]
struct Stamp {
    at: SimTime,
    wall: WallTime,
}

/// The engine while it works on one offer.
struct Engine<'c> {
    offer: Offer,
    effects: Vec<Effect>,
    clock: &'c SimClock,
}

/// Brings the offer up to the clock's time: applies every passed deadline, in order.
pub fn advance(offer: &Offer, clock: &SimClock, wall: WallTime) -> Outcome {
    let mut e = Engine::new(offer, clock);
    let now = e.now(wall);
    e.advance_to(now);
    e.finish()
}

/// Applies one command at real time `wall` (after bringing the offer up to that time).
pub fn apply(
    offer: &Offer,
    cmd: Command,
    clock: &SimClock,
    wall: WallTime,
) -> Result<Outcome, Refusal> {
    let mut e = Engine::new(offer, clock);
    let now = e.now(wall);
    e.advance_to(now);
    e.command(cmd, Stamp { at: now, wall })?;
    e.offer.touch(now);
    e.advance_to(now);
    Ok(e.finish())
}

impl<'c> Engine<'c> {
    fn new(offer: &Offer, clock: &'c SimClock) -> Engine<'c> {
        Engine {
            offer: offer.clone(),
            effects: Vec::new(),
            clock,
        }
    }

    /// Simulated now; never before the offer's last change, so that a real clock set back
    /// cannot write history out of order.
    fn now(&self, wall: WallTime) -> SimTime {
        self.clock.now(wall).max(self.offer.changed)
    }

    fn finish(self) -> Outcome {
        Outcome {
            offer: self.offer,
            effects: self.effects,
        }
    }

    fn run(&self) -> Option<&Run> {
        self.offer.run.as_ref()
    }

    fn run_number(&self) -> u32 {
        self.run().map(|r| r.number).unwrap_or(0)
    }

    fn current(&self) -> Option<Step> {
        self.offer.current_step()
    }

    fn advance_to(&mut self, now: SimTime) {
        // A run has seven steps; the bound only guards against a corrupt run looping.
        for _ in 0..32 {
            let Some((step, due)) = self.run().and_then(Run::next_deadline) else {
                return;
            };
            if due > now {
                return;
            }
            let stamp = Stamp {
                at: due,
                wall: self.clock.wall_at(due),
            };
            self.fire(step, stamp);
        }
    }

    fn record(&mut self, s: Stamp, kind: HistoryKind) {
        let ev = HistoryEvent {
            at: s.at,
            wall: s.wall,
            kind,
        };
        self.offer.history.push(ev.clone());
        keep_last(&mut self.offer.history, HISTORY_KEPT);
        self.effects.push(Effect::Record(ev));
        self.offer.touch(s.at);
    }

    fn set_step(&mut self, step: Step, state: StepState, s: Stamp) {
        let Some(run) = self.offer.run.as_mut() else {
            return;
        };
        let rec = run.step_mut(step);
        rec.state = state;
        if state == StepState::InProgress || state == StepState::WaitingForPublisherReview {
            if rec.started.is_none() {
                rec.started = Some(s.at);
            }
        } else if state.is_ended() {
            rec.ended = Some(s.at);
        }
        self.effects.push(Effect::StepChanged { step, state });
    }

    fn set_run_state(&mut self, state: PublishState) {
        if let Some(run) = self.offer.run.as_mut() {
            if run.state != state {
                run.state = state;
                self.effects.push(Effect::RunChanged { state });
            }
        }
    }

    fn notify(
        &mut self,
        kind: NotificationKind,
        step: Step,
        failure: Option<RunFailure>,
        s: Stamp,
    ) {
        let Some(run) = self.run() else { return };
        let id = NotificationId(self.offer.emails_sent.saturating_add(1));
        let n = Notification {
            id,
            kind,
            step,
            run: run.number,
            offer_name: run.submitted.settings.name.clone(),
            to: run.email.clone().unwrap_or_default(),
            sent: s.at,
            wall: s.wall,
            failure,
            read: false,
        };
        let run_no = run.number;
        self.offer.emails_sent = id.0;
        self.offer.notifications.push(n.clone());
        keep_last(&mut self.offer.notifications, NOTIFICATIONS_KEPT);
        self.effects.push(Effect::Notify(n));
        self.record(s, HistoryKind::NotificationSent { run: run_no, kind });
    }

    /// Takes the planned fault if it is for `step` and can happen to this run (a fault fires
    /// once), as the failure it causes in the submitted form.
    fn take_fault(&mut self, step: Step) -> Option<FailureReason> {
        let form = &self.offer.run.as_ref()?.submitted;
        match &self.offer.fault {
            Some(f) if f.step == step && f.reason.applies_to(form) => {
                let failure = f.reason.failure(form);
                self.offer.fault = None;
                Some(failure)
            }
            _ => None,
        }
    }

    fn complete(&mut self, step: Step, s: Stamp) {
        self.set_step(step, StepState::Complete, s);
        let run = self.run_number();
        self.record(s, HistoryKind::StepCompleted { run, step });
    }

    fn fail(&mut self, step: Step, reason: FailureReason, s: Stamp) {
        let state = if step == Step::Certification {
            StepState::Rejected
        } else {
            StepState::Blocked
        };
        self.set_step(step, state, s);
        let failure = RunFailure {
            step,
            at: s.at,
            reason,
        };
        if let Some(run) = self.offer.run.as_mut() {
            run.failure = Some(failure.clone());
        }
        self.set_run_state(PublishState::Failed);
        let run = self.run_number();
        self.record(
            s,
            HistoryKind::StepFailed {
                run,
                failure: failure.clone(),
            },
        );
        let kind = if step == Step::Certification {
            NotificationKind::CertificationFailed
        } else {
            NotificationKind::StepFailed
        };
        self.notify(kind, step, Some(failure), s);
    }

    /// Enters `step` at `s`: timed steps get their deadline; untimed ones act at once.
    fn enter(&mut self, step: Step, s: Stamp) {
        let waiting = step == Step::PublisherSignoff;
        let state = if waiting {
            StepState::WaitingForPublisherReview
        } else {
            StepState::InProgress
        };
        self.set_step(step, state, s);
        if let Some(run) = self.offer.run.as_mut() {
            if step.duration_range_ms().is_some() {
                let d = run.duration_ms(step);
                run.step_mut(step).due = Some(s.at.plus_ms(d));
            }
        }
        let run = self.run_number();
        self.record(s, HistoryKind::StepStarted { run, step });
        match step {
            Step::PreviewAvailable => {
                if let Some(reason) = self.take_fault(step) {
                    return self.fail(step, reason, s);
                }
                self.complete(step, s);
                self.notify(NotificationKind::PreviewReady, step, None, s);
                self.enter(Step::PublisherSignoff, s);
            }
            Step::PublisherSignoff => {
                self.set_run_state(PublishState::WaitingForPublisherReview);
                if let Some(reason) = self.take_fault(step) {
                    self.fail(step, reason, s);
                }
            }
            _ => self.set_run_state(PublishState::Running),
        }
    }

    /// The deadline of `step` has come.
    fn fire(&mut self, step: Step, s: Stamp) {
        let Some(run) = self.run() else { return };
        let submitted_at = run.published_at;
        match step {
            Step::ValidatePrerequisites => {
                self.complete(step, s);
                self.enter(Step::Certification, s);
            }
            Step::Certification => {
                let failures = certify(&run.submitted, submitted_at);
                if !failures.is_empty() {
                    return self.fail(step, FailureReason::Certification(failures), s);
                }
                if let Some(reason) = self.take_fault(step) {
                    return self.fail(step, reason, s);
                }
                self.complete(step, s);
                self.enter(Step::Provisioning, s);
            }
            Step::Provisioning => {
                if let Some(reason) = self.take_fault(step) {
                    return self.fail(step, reason, s);
                }
                self.complete(step, s);
                self.enter(Step::PackagingAndLeadRegistration, s);
            }
            Step::PackagingAndLeadRegistration => {
                let dest = run.submitted.marketplace.lead_destination.clone();
                let seed = run.seed;
                if let Some(reason) = self.take_fault(step) {
                    return self.fail(step, reason, s);
                }
                if dest != LeadDestination::None {
                    match register_leads(&dest, seed) {
                        Err(f) => return self.fail(step, FailureReason::LeadRegistration(f), s),
                        Ok(lead) => {
                            if let Some(run) = self.offer.run.as_mut() {
                                run.lead = Some(lead.clone());
                            }
                            self.effects.push(Effect::LeadSent(lead));
                            let run = self.run_number();
                            self.record(s, HistoryKind::LeadSent { run });
                        }
                    }
                }
                self.complete(step, s);
                self.enter(Step::PreviewAvailable, s);
            }
            Step::Live => {
                let form = run.submitted.clone();
                let number = run.number;
                if let Some(reason) = self.take_fault(step) {
                    return self.fail(step, reason, s);
                }
                self.complete(step, s);
                self.set_run_state(PublishState::Succeeded);
                self.offer.live = Some(LiveVersion {
                    form,
                    since: s.at,
                    run: number,
                });
                self.record(s, HistoryKind::WentLive { run: number });
                self.notify(NotificationKind::Live, step, None, s);
            }
            // Untimed: never have a deadline.
            Step::PreviewAvailable | Step::PublisherSignoff => {}
        }
    }

    fn command(&mut self, cmd: Command, s: Stamp) -> Result<(), Refusal> {
        match cmd {
            Command::Publish { seed } => self.publish(seed, s),
            Command::SubmitNotificationEmail(email) => self.submit_email(&email, s),
            Command::GoLive => self.go_live(s),
            Command::CancelPublishing => self.cancel(s),
            Command::OpenSupportRequest { text } => self.open_ticket(text, s),
            Command::SkipStep => self.skip(s),
            Command::PlanFault { step, reason } => self.plan_fault(step, reason, s),
            Command::ClearFault => {
                if self.offer.fault.take().is_none() {
                    return Err(Refusal::NoFaultPlanned);
                }
                self.record(s, HistoryKind::FaultCleared);
                Ok(())
            }
            Command::MarkNotificationRead { id } => {
                match self.offer.notifications.iter_mut().find(|n| n.id == id) {
                    Some(n) => n.read = true,
                    None => return Err(Refusal::NoSuchNotification { id }),
                }
                Ok(())
            }
            Command::MarkAllNotificationsRead => {
                self.offer
                    .notifications
                    .iter_mut()
                    .for_each(|n| n.read = true);
                Ok(())
            }
        }
    }

    fn publish(&mut self, seed: u64, s: Stamp) -> Result<(), Refusal> {
        if let Some(run) = self.run() {
            // Publishing again while step 1 still waits for the email simply starts over.
            if run.state.is_active() && run.state != PublishState::NotStarted {
                return Err(Refusal::AlreadyRunning {
                    current: run.current_step(),
                });
            }
        }
        let problems = check_offer(&self.offer);
        if !problems.is_empty() {
            return Err(Refusal::FormHasProblems(problems));
        }
        self.offer.runs = self.offer.runs.saturating_add(1);
        let number = self.offer.runs;
        self.offer.run = Some(Run::new(number, self.offer.draft.clone(), s.at, seed));
        self.effects.push(Effect::RunChanged {
            state: PublishState::NotStarted,
        });
        self.effects.push(Effect::StepChanged {
            step: Step::ValidatePrerequisites,
            state: StepState::InProgress,
        });
        self.record(s, HistoryKind::Published { run: number });
        self.record(
            s,
            HistoryKind::StepStarted {
                run: number,
                step: Step::ValidatePrerequisites,
            },
        );
        Ok(())
    }

    fn submit_email(&mut self, email: &str, s: Stamp) -> Result<(), Refusal> {
        let current = self.current();
        let Some(run) = self.offer.run.as_mut() else {
            return Err(Refusal::NotWaitingForEmail { current });
        };
        if run.state != PublishState::NotStarted {
            return Err(Refusal::NotWaitingForEmail { current });
        }
        let email = email.trim();
        if !formats::is_email(email) {
            return Err(Refusal::InvalidEmail);
        }
        run.email = Some(email.to_string());
        let d = run.duration_ms(Step::ValidatePrerequisites);
        run.step_mut(Step::ValidatePrerequisites).due = Some(s.at.plus_ms(d));
        let number = run.number;
        self.set_run_state(PublishState::Running);
        self.record(
            s,
            HistoryKind::NotificationEmailSubmitted {
                run: number,
                email: email.to_string(),
            },
        );
        Ok(())
    }

    fn go_live(&mut self, s: Stamp) -> Result<(), Refusal> {
        if self.offer.publish_state() != PublishState::WaitingForPublisherReview {
            return Err(Refusal::NotAtPublisherSignoff {
                current: self.current(),
            });
        }
        let run = self.run_number();
        self.record(s, HistoryKind::GoLiveRequested { run });
        self.complete(Step::PublisherSignoff, s);
        self.enter(Step::Live, s);
        Ok(())
    }

    /// CPP rule: Cancel publishing only once Publisher Signoff is reached; it stays possible
    /// while the offer moves to production (the opposite of Partner Center), not once live.
    fn cancel(&mut self, s: Stamp) -> Result<(), Refusal> {
        let current = self.current();
        let step = match (self.offer.publish_state(), current) {
            (PublishState::WaitingForPublisherReview, Some(step)) => step,
            (PublishState::Running, Some(Step::Live)) => Step::Live,
            _ => return Err(Refusal::NotAtPublisherSignoff { current }),
        };
        self.set_step(step, StepState::Canceled, s);
        self.set_run_state(PublishState::Canceled);
        let run = self.run_number();
        self.record(s, HistoryKind::PublishingCanceled { run, step });
        self.notify(NotificationKind::Canceled, step, None, s);
        Ok(())
    }

    fn open_ticket(&mut self, text: String, s: Stamp) -> Result<(), Refusal> {
        let current = self.current();
        let Some(run) = self.run() else {
            return Err(Refusal::NotFailed { current });
        };
        let (Some(failure), PublishState::Failed) = (run.failure.clone(), run.state) else {
            return Err(Refusal::NotFailed { current });
        };
        if formats::is_blank(&text) {
            return Err(Refusal::EmptySupportRequest);
        }
        let number = ticket_number(run.seed, self.offer.tickets.len(), s.at);
        let ticket = SupportTicket {
            number: number.clone(),
            opened: s.at,
            wall: s.wall,
            run: run.number,
            step: failure.step,
            failure,
            text,
            state: TicketState::Open,
        };
        self.offer.tickets.push(ticket.clone());
        keep_last(&mut self.offer.tickets, TICKETS_KEPT);
        self.effects.push(Effect::TicketOpened(ticket));
        self.record(s, HistoryKind::SupportRequestOpened { number });
        Ok(())
    }

    fn skip(&mut self, s: Stamp) -> Result<(), Refusal> {
        let current = self.current();
        let Some((step, _)) = self.run().and_then(Run::next_deadline) else {
            return Err(Refusal::NothingToSkip { current });
        };
        let mut planned_ms = 0;
        if let Some(run) = self.offer.run.as_mut() {
            planned_ms = run.duration_ms(step);
            let record = run.step_mut(step);
            record.due = Some(s.at);
            record.skipped = true;
        }
        let run = self.run_number();
        self.record(
            s,
            HistoryKind::StepSkipped {
                run,
                step,
                planned_ms,
            },
        );
        Ok(())
    }

    fn plan_fault(&mut self, step: Step, reason: FaultReason, s: Stamp) -> Result<(), Refusal> {
        if step == Step::ValidatePrerequisites {
            return Err(Refusal::FaultNotPossible { step });
        }
        if !reason.fits(step) {
            return Err(Refusal::FaultNotForStep { step, reason });
        }
        self.offer.fault = Some(PlannedFault {
            step,
            reason: reason.clone(),
            planned: s.at,
        });
        self.record(s, HistoryKind::FaultPlanned { step, reason });
        Ok(())
    }
}

/// History events an offer keeps: a run records about twenty, so this holds the last dozen
/// runs or so. Without a bound, an offer republished all day long would grow until the
/// browser's storage refused it.
pub const HISTORY_KEPT: usize = 250;
/// Emails an offer keeps (a run sends two or three).
pub const NOTIFICATIONS_KEPT: usize = 60;
/// Support requests an offer keeps.
pub const TICKETS_KEPT: usize = 30;

/// Drops the oldest entries beyond `kept`.
fn keep_last<T>(list: &mut Vec<T>, kept: usize) {
    if list.len() > kept {
        let excess = list.len() - kept;
        list.drain(..excess);
    }
}
