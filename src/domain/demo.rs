//! Demo mode's script: the whole journey of the sample offer, played by itself.
//!
//! The script is a sequence of [`Beat`]s (what is shown now: its caption, the view a presenter
//! would show, how long it stays) and one transition, [`next`], which reads the beat shown and
//! the offer as it is and answers what to do ([`Act`], as data) and the beat that follows. The
//! UI only applies the act through the app's own commands at the beat's pace, so every rule
//! that holds for a person holds for the demo: it can never do what the engine would refuse.

use super::fault::FaultReason;
use super::form::OfferForm;
use super::offer::Offer;
use super::path::FieldPath;
use super::sample::sas_uri;
use super::step::{PublishState, Step};
use super::workflow::Command;

/// The entropy of the demo's runs: fixed, so every demo plays the same (steps are skipped,
/// so their drawn durations never show as waiting).
pub const DEMO_SEED: u64 = 2018;

/// The notification email the demo gives at step 1.
pub const DEMO_EMAIL: &str = "dana@contoso.com";

/// The step the demo makes fail, and why: Certification cannot copy the disk through its
/// SAS URI, the failure a publisher most often meets.
pub const DEMO_FAULT: (Step, FaultReason) =
    (Step::Certification, FaultReason::SasUriNotDownloadable);

/// What the demo shows now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Beat {
    /// Nothing yet: the sample offer is about to be made.
    Start,
    /// The sample offer is open in the Editor, complete.
    Sample,
    /// A trainer planned a failure at Certification.
    Planned,
    /// Publish was pressed; step 1 asks for the notification email.
    Published,
    /// A timed step is running (skipped to its end after its pace).
    Running(Step),
    /// Between beats: the offer is read to find what is shown next (no pace of its own).
    Settling,
    /// The run failed at Certification; Status shows why.
    Failed,
    /// The field the failure named is fixed in the Editor.
    Fixed,
    /// Publish again: a new run from step 1.
    Republished,
    /// Step 5 is done: the preview is ready.
    Preview,
    /// Step 6 waits for the publisher's Go Live.
    Signoff,
    /// The offer is live: the end of the journey.
    Live,
}

/// What the demo does to move on; the UI applies it to the demo's one offer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Act {
    /// Nothing: only the beat changes.
    Nothing,
    /// Make the sample offer (in the interface language) and open it.
    CreateSample,
    /// Send this publishing command to the demo's offer.
    Command(Command),
    /// Fix the field the failure named (see [`fix`]) in the offer's draft.
    Fix(FieldPath),
    /// The journey is over; with `loop` it starts again from [`Beat::Start`] on a fresh
    /// session.
    Restart,
    /// The journey is over and stays on its last beat.
    Stop,
}

/// The next move: what to do, and the beat shown afterwards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// What to do.
    pub act: Act,
    /// What is shown afterwards.
    pub beat: Beat,
}

/// The view a presenter would show during a beat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scene {
    /// The offer's form.
    Editor,
    /// The offer's publishing steps.
    Status,
}

/// What a beat's caption says: the Guide's own words about a step where they fit, the
/// demo's few words where the Guide has none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Caption {
    /// The sample offer is complete and ready to publish.
    Sample,
    /// A failure is planned, to show how one is fixed.
    Planned,
    /// What happens in a step (the Guide's "what happens").
    StepWhat(Step),
    /// What the publisher does in a step (the Guide's "what you do").
    StepYou(Step),
    /// What can go wrong in a step, and its fix (the Guide's "what can go wrong").
    StepWrong(Step),
    /// The named field is fixed.
    Fixed,
    /// Publishing again starts over at step 1.
    Republish,
    /// The offer is live.
    Live,
}

/// How long a beat stays on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pace {
    /// Not shown: the next beat follows at once.
    Instant,
    /// A few words.
    Short,
    /// A caption to read.
    Read,
    /// A longer caption, or a moment that matters (the failure, the fix).
    Long,
}

impl Pace {
    /// The pace in real milliseconds: each beat visible a few seconds, the journey about
    /// a minute and a half.
    pub fn ms(self) -> u32 {
        match self {
            Pace::Instant => 0,
            Pace::Short => 4_000,
            Pace::Read => 6_000,
            Pace::Long => 9_000,
        }
    }
}

impl Beat {
    /// The caption shown, if any.
    pub fn caption(self) -> Option<Caption> {
        Some(match self {
            Beat::Start | Beat::Settling => return None,
            Beat::Sample => Caption::Sample,
            Beat::Planned => Caption::Planned,
            Beat::Published => Caption::StepYou(Step::ValidatePrerequisites),
            Beat::Running(step) => Caption::StepWhat(step),
            Beat::Failed => Caption::StepWrong(Step::Certification),
            Beat::Fixed => Caption::Fixed,
            Beat::Republished => Caption::Republish,
            Beat::Preview => Caption::StepWhat(Step::PreviewAvailable),
            Beat::Signoff => Caption::StepYou(Step::PublisherSignoff),
            Beat::Live => Caption::Live,
        })
    }

    /// How long it stays.
    pub fn pace(self) -> Pace {
        match self {
            Beat::Start | Beat::Settling => Pace::Instant,
            Beat::Sample | Beat::Republished | Beat::Running(_) | Beat::Preview => Pace::Short,
            Beat::Planned | Beat::Published | Beat::Signoff | Beat::Live => Pace::Read,
            Beat::Failed | Beat::Fixed => Pace::Long,
        }
    }

    /// The step the beat is about, if any (for the caption's heading).
    pub fn step(self) -> Option<Step> {
        match self {
            Beat::Published | Beat::Republished => Some(Step::ValidatePrerequisites),
            Beat::Running(step) => Some(step),
            Beat::Planned | Beat::Failed | Beat::Fixed => Some(DEMO_FAULT.0),
            Beat::Preview => Some(Step::PreviewAvailable),
            Beat::Signoff => Some(Step::PublisherSignoff),
            Beat::Live => Some(Step::Live),
            Beat::Start | Beat::Sample | Beat::Settling => None,
        }
    }

    /// The view shown.
    pub fn scene(self) -> Scene {
        match self {
            Beat::Start | Beat::Sample | Beat::Published | Beat::Fixed | Beat::Republished => {
                Scene::Editor
            }
            _ => Scene::Status,
        }
    }
}

/// The one transition of the script: from the beat shown and the demo's offer as it is
/// (`None` before it exists), what to do and what is shown next. `looping` is `?demo&loop`.
///
/// Every command it answers fits the offer's state, so the engine accepts it; a state the
/// script did not lead to (which a person cannot cause: the demo pauses on any input) is
/// read afresh through [`Beat::Settling`] rather than trusted.
pub fn next(beat: Beat, offer: Option<&Offer>, looping: bool) -> Cue {
    let cue = |act, beat| Cue { act, beat };
    let Some(offer) = offer else {
        return match beat {
            Beat::Live => end(looping),
            _ => cue(Act::CreateSample, Beat::Sample),
        };
    };
    let state = offer.publish_state();
    match beat {
        Beat::Start => cue(Act::Nothing, Beat::Sample),
        Beat::Sample if offer.fault.is_none() && state == PublishState::NeverPublished => {
            let (step, reason) = DEMO_FAULT;
            cue(
                Act::Command(Command::PlanFault { step, reason }),
                Beat::Planned,
            )
        }
        Beat::Planned | Beat::Fixed if can_publish(state) => publish(beat),
        Beat::Published | Beat::Republished if waits_for_email(offer) => cue(
            Act::Command(Command::SubmitNotificationEmail(DEMO_EMAIL.into())),
            Beat::Running(Step::ValidatePrerequisites),
        ),
        Beat::Running(step) if running(offer) == Some(step) => {
            cue(Act::Command(Command::SkipStep), Beat::Settling)
        }
        Beat::Failed => match failed_field(offer) {
            Some(field) => cue(Act::Fix(field), Beat::Fixed),
            // A failure that names no field: publishing again is its fix.
            None => publish(beat),
        },
        Beat::Preview if state == PublishState::WaitingForPublisherReview => {
            cue(Act::Nothing, Beat::Signoff)
        }
        Beat::Signoff if state == PublishState::WaitingForPublisherReview => {
            cue(Act::Command(Command::GoLive), Beat::Running(Step::Live))
        }
        Beat::Live => end(looping),
        _ => cue(Act::Nothing, settle(offer)),
    }
}

/// The end of the journey: again, or stay.
fn end(looping: bool) -> Cue {
    Cue {
        act: if looping { Act::Restart } else { Act::Stop },
        beat: if looping { Beat::Start } else { Beat::Live },
    }
}

/// Publish: the first time from `Planned`, again after the failure.
fn publish(from: Beat) -> Cue {
    Cue {
        act: Act::Command(Command::Publish { seed: DEMO_SEED }),
        beat: if from == Beat::Planned {
            Beat::Published
        } else {
            Beat::Republished
        },
    }
}

/// Whether Publish would start a new run (the form is the complete sample's).
fn can_publish(state: PublishState) -> bool {
    matches!(
        state,
        PublishState::NeverPublished | PublishState::Failed | PublishState::Canceled
    )
}

/// Whether step 1 waits for the notification email.
fn waits_for_email(offer: &Offer) -> bool {
    offer.publish_state() == PublishState::NotStarted
        && offer
            .run
            .as_ref()
            .is_some_and(|run| run.step(Step::ValidatePrerequisites).due.is_none())
}

/// The timed step running now, if any (one that "Skip to end of step" would end).
fn running(offer: &Offer) -> Option<Step> {
    let run = offer.run.as_ref()?;
    let (step, _) = run.next_deadline()?;
    Some(step)
}

/// The field the run's failure names, if any.
fn failed_field(offer: &Offer) -> Option<FieldPath> {
    let failure = offer.run.as_ref()?.failure.as_ref()?;
    match &failure.reason {
        super::failure::FailureReason::FaultOnField { field, .. } => Some(field.clone()),
        _ => None,
    }
}

/// The beat that shows the offer as it is.
fn settle(offer: &Offer) -> Beat {
    match offer.publish_state() {
        PublishState::Failed => Beat::Failed,
        PublishState::WaitingForPublisherReview => Beat::Preview,
        PublishState::Succeeded => Beat::Live,
        PublishState::NeverPublished | PublishState::Canceled => {
            if offer.fault.is_some() {
                Beat::Planned
            } else {
                Beat::Sample
            }
        }
        PublishState::NotStarted if waits_for_email(offer) => Beat::Published,
        PublishState::NotStarted | PublishState::Running => match running(offer) {
            Some(step) => Beat::Running(step),
            // A run with nothing due cannot move on by itself: start again from Publish.
            None => Beat::Planned,
        },
    }
}

/// The fix for the field a Certification failure named: a disk's OS VHD URL gets a SAS URI
/// that can be read (container-scoped, read and list, far from expiring). Answers whether
/// the form changed (another field is left as it is).
pub fn fix(form: &mut OfferForm, field: &FieldPath) -> bool {
    let segments = field.segments();
    let [("skus", Some(sku)), ("disk_versions", Some(version)), ("os_vhd_url", None)] =
        segments.as_slice()
    else {
        return false;
    };
    let Some(disk) = form
        .skus
        .get_mut(*sku)
        .and_then(|sku| sku.disk_versions.get_mut(*version))
    else {
        return false;
    };
    disk.os_vhd_url = sas_uri("contoso-web-server-os-fixed.vhd");
    true
}
