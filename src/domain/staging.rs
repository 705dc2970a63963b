//! Deploy to staging (step 5): the publisher checks the preview by deploying the VM with a
//! subscription, which only the subscriptions on the submitted form's preview allow-list may
//! do, and only once the offer is available in preview.

use super::formats;
use super::run::Run;
use super::step::{PublishState, Step, StepState};
use serde::{Deserialize, Serialize};

/// A deployment to staging that the preview allowed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StagingDeployment {
    /// The subscription, as written on the allow-list.
    pub subscription_id: String,
}

/// Why a deployment to staging was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StagingRefusal {
    /// The offer is not (or no longer) available in preview: step 5 has not completed in this
    /// run, or the run was canceled.
    PreviewNotAvailable,
    /// What was entered is not a GUID (8-4-4-4-12 hexadecimal digits).
    NotAGuid,
    /// A GUID, but not one of the preview subscription IDs submitted with the offer.
    NotOnAllowList,
}

/// Whether the run's listing can be previewed: Offer Available in Preview (step 5) has
/// completed and the run was not canceled.
pub fn preview_available(run: &Run) -> bool {
    run.step(Step::PreviewAvailable).state == StepState::Complete
        && run.state != PublishState::Canceled
}

/// Deploys the run's offer to staging with `subscription_id`.
///
/// The preview exists from Offer Available in Preview (step 5) on, for as long as the run is
/// not canceled; it is checked first, since no subscription can help before then. GUIDs are
/// compared without regard to case or surrounding spaces, as Azure does.
pub fn deploy_to_staging(
    run: &Run,
    subscription_id: &str,
) -> Result<StagingDeployment, StagingRefusal> {
    if !preview_available(run) {
        return Err(StagingRefusal::PreviewNotAvailable);
    }
    let wanted = subscription_id.trim();
    if !formats::is_guid(wanted) {
        return Err(StagingRefusal::NotAGuid);
    }
    run.submitted
        .marketplace
        .preview_subscription_ids
        .iter()
        .find(|allowed| allowed.trim().eq_ignore_ascii_case(wanted))
        .map(|allowed| StagingDeployment {
            subscription_id: allowed.trim().to_string(),
        })
        .ok_or(StagingRefusal::NotOnAllowList)
}
