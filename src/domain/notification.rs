//! Notification emails, as data: a kind and its facts. The UI writes the subject and body of
//! each kind in the user's language; "what to do" is data too ([`Notification::what_to_do`]).

use super::failure::RunFailure;
use super::remedy::Remedy;
use super::step::Step;
use super::time::{SimTime, WallTime};
use serde::{Deserialize, Serialize};

/// Which email this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NotificationKind {
    /// Certification (step 2) rejected the submission.
    CertificationFailed,
    /// Another step after step 1 failed.
    StepFailed,
    /// The offer is available in preview (step 5).
    PreviewReady,
    /// The offer is live (step 7).
    Live,
    /// The publisher canceled publishing (at step 6 or while going live).
    Canceled,
}

impl NotificationKind {
    /// Every email a run may send, in the order a run sends them (for the Publish dialog's
    /// "which emails will come").
    pub const ALL: [NotificationKind; 5] = [
        NotificationKind::CertificationFailed,
        NotificationKind::StepFailed,
        NotificationKind::PreviewReady,
        NotificationKind::Live,
        NotificationKind::Canceled,
    ];
}

/// An email's identity within its offer: the offer's count of emails sent when it was sent
/// (1 for the first). It never changes, even when older emails are dropped from the bounded
/// list, so the Inbox can name an email by it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct NotificationId(pub u32);

/// One email sent to the address given at Publish.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notification {
    /// Its identity within the offer.
    pub id: NotificationId,
    /// Which email.
    pub kind: NotificationKind,
    /// The step it is about.
    pub step: Step,
    /// The run (1 for the offer's first Publish).
    pub run: u32,
    /// The offer's name as submitted.
    pub offer_name: String,
    /// Recipient.
    pub to: String,
    /// When it was sent (simulated).
    pub sent: SimTime,
    /// When it was sent (real).
    pub wall: WallTime,
    /// The failure it reports, if any.
    pub failure: Option<RunFailure>,
    /// Whether the user has opened it.
    pub read: bool,
}

impl Notification {
    /// What the email tells the publisher to do.
    pub fn what_to_do(&self) -> Vec<Remedy> {
        match (&self.failure, self.kind) {
            (Some(f), _) => f.remedies(),
            (None, NotificationKind::PreviewReady) => vec![Remedy::PreviewThenGoLive],
            (None, NotificationKind::Canceled) => vec![Remedy::PublishWhenReady],
            (None, _) => vec![Remedy::Nothing],
        }
    }
}
