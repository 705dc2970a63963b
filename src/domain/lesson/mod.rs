//! Lessons: a goal on an offer of its own, which the app checks from the offer's state and
//! history.
//!
//! Each lesson is data ([`Lesson`]): its identity, the stem of its texts' keys, a setup that
//! builds its offer through the engine ([`setup`]) and a completion check read from that offer
//! ([`done`]). No screen is written per lesson: the UI lists [`ALL`] and reads these.

mod done;
mod setup;

pub use done::{done, LESSON_SUBSCRIPTION};
pub use setup::{setup, SetupContext};

use serde::{Deserialize, Serialize};

/// The lessons, in the order the list shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum LessonId {
    /// Take the sample offer to Live.
    FirstGoLive,
    /// Publish refuses an incomplete offer: fill in the fields it names.
    IncompleteOffer,
    /// Certification fails on the SAS URI: fix it, publish again from step 1, reach Live.
    SasUri,
    /// A disk the image checks reject (the OS disk's size).
    RejectedDisk,
    /// Lead registration fails for the chosen CRM: fix its settings, publish again.
    LeadRegistration,
    /// Only allow-listed subscriptions may deploy to staging.
    StagingAllowList,
    /// Cancel at Publisher Signoff and start again.
    CancelAtSignoff,
    /// Update a live offer and compare the live version with the draft.
    UpdateLive,
    /// Open a support request from an error.
    SupportRequest,
}

/// Every lesson, in order.
pub const ALL: [LessonId; 9] = [
    LessonId::FirstGoLive,
    LessonId::IncompleteOffer,
    LessonId::SasUri,
    LessonId::RejectedDisk,
    LessonId::LeadRegistration,
    LessonId::StagingAllowList,
    LessonId::CancelAtSignoff,
    LessonId::UpdateLive,
    LessonId::SupportRequest,
];

/// Where a lesson takes the learner first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opens {
    /// The Editor tab: the lesson starts with the form.
    Editor,
    /// The Status tab: the lesson starts with a run.
    Status,
}

/// One lesson as data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lesson {
    /// Its identity.
    pub id: LessonId,
    /// The stem of its texts' keys in the `lessons` namespace (`<stem>_title`, ...), and its
    /// identity in storage (stable: a stored offer and a stored completion name it).
    pub key: &'static str,
    /// How many hints it has.
    pub hints: u8,
    /// The tab its offer opens on.
    pub opens: Opens,
}

impl LessonId {
    /// The lesson's definition.
    pub fn lesson(self) -> Lesson {
        let (key, opens) = match self {
            LessonId::FirstGoLive => ("first_go_live", Opens::Editor),
            LessonId::IncompleteOffer => ("incomplete_offer", Opens::Editor),
            LessonId::SasUri => ("sas_uri", Opens::Status),
            LessonId::RejectedDisk => ("rejected_disk", Opens::Status),
            LessonId::LeadRegistration => ("lead_registration", Opens::Status),
            LessonId::StagingAllowList => ("staging_allow_list", Opens::Status),
            LessonId::CancelAtSignoff => ("cancel_at_signoff", Opens::Status),
            LessonId::UpdateLive => ("update_live", Opens::Editor),
            LessonId::SupportRequest => ("support_request", Opens::Status),
        };
        Lesson {
            id: self,
            key,
            hints: 3,
            opens,
        }
    }

    /// The stable key (see [`Lesson::key`]).
    pub fn key(self) -> &'static str {
        self.lesson().key
    }

    /// The lesson a stored key names, if this build knows it (a newer build may have more).
    pub fn from_key(key: &str) -> Option<LessonId> {
        ALL.into_iter().find(|id| id.key() == key)
    }

    /// Its place in the list, from 1.
    pub fn number(self) -> usize {
        ALL.iter().position(|id| *id == self).unwrap_or(0) + 1
    }
}

/// Where a learner is with a lesson, for the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// No offer of the lesson exists and it was never completed.
    NotStarted,
    /// Its offer exists; the goal is not reached yet.
    InProgress,
    /// Completed (kept even after its offers are deleted).
    Done,
}

/// The progress of `lesson` given whether its completion is stored and whether an offer of it
/// exists.
pub fn progress(completed: bool, has_offer: bool) -> Progress {
    match (completed, has_offer) {
        (true, _) => Progress::Done,
        (false, true) => Progress::InProgress,
        (false, false) => Progress::NotStarted,
    }
}
