//! Each lesson's completion, read from its offers' state and history: never true of the
//! offers its setup builds.

use super::LessonId;
use crate::domain::history::HistoryKind;
use crate::domain::offer::Offer;
use crate::domain::staging::preview_available;
use crate::domain::step::{PublishState, Step};

/// The subscription the allow-list lesson deploys with (the learner adds it to the preview
/// subscription IDs); its setup leaves it off the list.
pub const LESSON_SUBSCRIPTION: &str = "6b1f0c2d-9a4e-4f3b-8c7d-2e5a1b9f0d34";

/// Whether lesson `id` is complete, given its offers.
pub fn done(id: LessonId, offers: &[Offer]) -> bool {
    offers.iter().any(|o| offer_done(id, o))
}

fn offer_done(id: LessonId, o: &Offer) -> bool {
    match id {
        LessonId::FirstGoLive => o.live.is_some(),
        // Publish accepted: every field it named was fixed.
        LessonId::IncompleteOffer => o.runs >= 1,
        LessonId::SasUri | LessonId::RejectedDisk => {
            o.live.is_some() && failed_at(o, Step::Certification)
        }
        LessonId::LeadRegistration => {
            o.live.is_some() && failed_at(o, Step::PackagingAndLeadRegistration)
        }
        LessonId::StagingAllowList => o.run.as_ref().is_some_and(|run| {
            preview_available(run)
                && run
                    .submitted
                    .marketplace
                    .preview_subscription_ids
                    .iter()
                    .any(|s| s.trim().eq_ignore_ascii_case(LESSON_SUBSCRIPTION))
        }),
        LessonId::CancelAtSignoff => {
            o.publish_state() == PublishState::Succeeded
                && o.history.iter().any(|e| {
                    matches!(
                        e.kind,
                        HistoryKind::PublishingCanceled {
                            step: Step::PublisherSignoff,
                            ..
                        }
                    )
                })
        }
        // The setup's single run went live; the update is a later run going live.
        LessonId::UpdateLive => o.live.as_ref().is_some_and(|l| l.run >= 2),
        LessonId::SupportRequest => !o.tickets.is_empty(),
    }
}

/// Whether some run of the offer failed at `step` (from its history).
fn failed_at(o: &Offer, step: Step) -> bool {
    o.history
        .iter()
        .any(|e| matches!(&e.kind, HistoryKind::StepFailed { failure, .. } if failure.step == step))
}
