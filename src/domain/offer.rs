//! The offer: everything stored under one storage key.

use super::fault::PlannedFault;
use super::fields;
use super::form::OfferForm;
use super::formats;
use super::history::{HistoryEvent, HistoryKind};
use super::notification::Notification;
use super::rules::{check_form, FieldProblem, ProblemKind};
use super::run::{Inconsistency, Run};
use super::step::{PublishState, Step};
use super::support::SupportTicket;
use super::time::{Activity, SimTime};
use serde::{Deserialize, Serialize};

/// The local identity of an offer in this browser (made by the caller); not the form's Offer ID.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct OfferId(pub String);

impl OfferId {
    /// The identity as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The version of the offer that is live on the marketplace.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LiveVersion {
    /// The form as it went live.
    pub form: OfferForm,
    /// When it went live.
    pub since: SimTime,
    /// The run that took it live.
    pub run: u32,
}

/// One offer: its draft, its live version, its current or last run, and what happened to it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Offer {
    /// Local identity.
    pub id: OfferId,
    /// The form being edited.
    pub draft: OfferForm,
    /// The live version, once a run has gone live; it stays live until another run does.
    pub live: Option<LiveVersion>,
    /// The current or last publishing run.
    pub run: Option<Run>,
    /// How many runs Publish has started (the last run's number).
    pub runs: u32,
    /// Every publishing action and step change, oldest first.
    pub history: Vec<HistoryEvent>,
    /// Support requests, oldest first.
    pub tickets: Vec<SupportTicket>,
    /// Emails sent about this offer, oldest first (the newest [`NOTIFICATIONS_KEPT`]).
    ///
    /// [`NOTIFICATIONS_KEPT`]: super::workflow::NOTIFICATIONS_KEPT
    pub notifications: Vec<Notification>,
    /// How many emails were ever sent about this offer: the last email's identity.
    pub emails_sent: u32,
    /// A trainer's planned fault, until it fires or is cleared.
    pub fault: Option<PlannedFault>,
    /// When the offer was created (simulated).
    pub created: SimTime,
    /// When it last changed (simulated).
    pub changed: SimTime,
    /// The key of the lesson this offer belongs to ([`LessonId::key`]), for a lesson's
    /// offer; absent on the user's own offers. A key, not the enum, so that an offer of a
    /// lesson a newer build added still loads here.
    ///
    /// [`LessonId::key`]: super::lesson::LessonId::key
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lesson: Option<String>,
}

impl Offer {
    /// A new, never published offer with an empty form named `name`.
    pub fn new(id: OfferId, name: String, now: SimTime) -> Offer {
        let mut draft = OfferForm::default();
        draft.settings.name = name;
        Offer {
            id,
            draft,
            created: now,
            changed: now,
            ..Offer::default()
        }
    }

    /// Notes that the draft was edited at `now` (the UI edits `draft` directly).
    pub fn touch(&mut self, now: SimTime) {
        self.changed = self.changed.max(now);
    }

    /// The offer's publishing state (CPP API names): NeverPublished without a run.
    pub fn publish_state(&self) -> PublishState {
        self.run
            .as_ref()
            .map(|r| r.state)
            .unwrap_or(PublishState::NeverPublished)
    }

    /// The step the current or last run is at.
    pub fn current_step(&self) -> Option<Step> {
        self.run.as_ref().map(Run::current_step)
    }

    /// The Offer ID the publishing system knows, once published: it may no longer change.
    pub fn locked_offer_id(&self) -> Option<&str> {
        self.live
            .as_ref()
            .map(|l| l.form.settings.offer_id.as_str())
            .or_else(|| {
                self.run
                    .as_ref()
                    .map(|r| r.submitted.settings.offer_id.as_str())
            })
    }

    /// Whether the draft differs from the live version.
    pub fn has_unpublished_changes(&self) -> bool {
        self.live.as_ref().is_some_and(|l| l.form != self.draft)
    }

    /// The next simulated time at which this offer changes by itself (for the app's single
    /// ticker), if a timed step is running.
    pub fn next_deadline(&self) -> Option<SimTime> {
        self.run
            .as_ref()
            .and_then(Run::next_deadline)
            .map(|(_, due)| due)
    }

    /// The form a fault planned now would meet: the running run's (it fires in this run), or
    /// the draft (it fires in the next run, which submits the draft).
    pub fn fault_form(&self) -> &OfferForm {
        match &self.run {
            Some(run) if run.state.is_active() => &run.submitted,
            _ => &self.draft,
        }
    }

    /// The notification email the offer's runs last used: the current run's, else the newest
    /// one given to an earlier run (from the history). Publish asks for it again with this one
    /// filled in.
    pub fn last_notification_email(&self) -> Option<&str> {
        self.run
            .as_ref()
            .and_then(|run| run.email.as_deref())
            .or_else(|| {
                self.history
                    .iter()
                    .rev()
                    .find_map(|event| match &event.kind {
                        HistoryKind::NotificationEmailSubmitted { email, .. } => {
                            Some(email.as_str())
                        }
                        _ => None,
                    })
            })
    }

    /// The address Publish offers for the notification emails: the one the last run used,
    /// else the draft's engineering contact (who usually follows publishing), when valid.
    pub fn suggested_notification_email(&self) -> Option<SuggestedEmail> {
        if let Some(last) = self.last_notification_email() {
            return Some(SuggestedEmail::LastRun(last.to_owned()));
        }
        let contact = self.draft.support.engineering.email.trim();
        formats::is_email(contact).then(|| SuggestedEmail::EngineeringContact(contact.to_owned()))
    }

    /// The lesson this offer belongs to, when this build knows it.
    pub fn lesson_id(&self) -> Option<super::lesson::LessonId> {
        self.lesson
            .as_deref()
            .and_then(super::lesson::LessonId::from_key)
    }

    /// Unread emails.
    pub fn unread(&self) -> usize {
        self.notifications.iter().filter(|n| !n.read).count()
    }

    /// Every way the offer breaks the engine's rules (for validating loaded data).
    pub fn inconsistencies(&self) -> Vec<Inconsistency> {
        let mut out = Vec::new();
        if let Some(run) = &self.run {
            out.extend(run.check_invariants());
            if run.number == 0 || run.number > self.runs {
                out.push(Inconsistency::RunNumber);
            }
            if run.state == PublishState::Succeeded
                && !self
                    .live
                    .as_ref()
                    .is_some_and(|l| l.run == run.number && l.form == run.submitted)
            {
                out.push(Inconsistency::LiveVersion);
            }
        }
        let numbered = self.notifications.iter().map(|n| n.id.0);
        let mut previous = 0;
        for id in numbered {
            if id <= previous || id > self.emails_sent {
                out.push(Inconsistency::NotificationIds);
                break;
            }
            previous = id;
        }
        if let Some(i) = (1..self.history.len()).find(|i| {
            match (self.history.get(i - 1), self.history.get(*i)) {
                (Some(a), Some(b)) => b.at < a.at,
                _ => false,
            }
        }) {
            out.push(Inconsistency::HistoryOrder { index: i });
        }
        out
    }

    /// Whether the offer keeps every rule of the engine.
    pub fn is_consistent(&self) -> bool {
        self.inconsistencies().is_empty()
    }
}

/// The field rules of the offer's draft, plus the rules that need the offer: the Offer ID is
/// locked once published. This is what Publish checks.
pub fn check_offer(offer: &Offer) -> Vec<FieldProblem> {
    let mut problems = check_form(&offer.draft);
    if let Some(locked) = offer.locked_offer_id() {
        if locked != offer.draft.settings.offer_id {
            problems.push(FieldProblem {
                path: fields::settings::offer_id(),
                kind: ProblemKind::Locked,
            });
        }
    }
    problems
}

/// Whether a timed step runs in any of `offers`, and if none does, when the last thing
/// happened to one of them (a step ending, an edit): what the shared clock follows
/// ([`SimClock::settle`](super::SimClock::settle)).
pub fn activity<'a>(offers: impl IntoIterator<Item = &'a Offer>) -> Activity {
    let mut seen = Activity::IdleSince(None);
    for offer in offers {
        seen = seen.with(offer);
        if seen == Activity::Running {
            break;
        }
    }
    seen
}

impl Activity {
    /// This activity, with one more offer seen.
    pub fn with(self, offer: &Offer) -> Activity {
        match self {
            Activity::Running => Activity::Running,
            Activity::IdleSince(_) if offer.next_deadline().is_some() => Activity::Running,
            Activity::IdleSince(last) => Activity::IdleSince(last.max(Some(offer.changed))),
        }
    }
}

/// An address offered for the notification emails, and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SuggestedEmail {
    /// The one the offer's last run used.
    LastRun(String),
    /// The engineering contact's, from the form.
    EngineeringContact(String),
}

impl SuggestedEmail {
    /// The address.
    pub fn address(&self) -> &str {
        match self {
            SuggestedEmail::LastRun(address) | SuggestedEmail::EngineeringContact(address) => {
                address
            }
        }
    }
}
