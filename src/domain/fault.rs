//! Trainer scenarios: a step made to fail on purpose with a chosen reason.
//!
//! A planned fault is kept on the offer and fires once, at its step's deadline (or, for the
//! untimed steps 5 and 6, when the step is reached), in the current run or the next one.

use super::fields;
use super::remedy::Remedy;
use super::step::Step;
use super::time::SimTime;
use serde::{Deserialize, Serialize};

/// Why a planned fault makes its step fail: presets per step, or the trainer's own text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FaultReason {
    /// Certification: "Failure: Copying Images. Not able to download blob using provided SAS Uri."
    SasUriNotDownloadable,
    /// Certification: a VHD is dynamic, not fixed-format.
    VhdNotFixedFormat,
    /// Certification: the image was not generalized (sysprep / waagent -deprovision).
    ImageNotGeneralized,
    /// Provisioning: replication to a region failed.
    ReplicationFailed,
    /// Packaging and Lead Registration: the lead destination refused the test lead
    /// (a wrong connection string).
    LeadConnectionRejected,
    /// Packaging and Lead Registration: the marketing content could not be packaged.
    PackagingFailed,
    /// Offer Available in Preview: the preview deployment to staging failed.
    PreviewDeploymentFailed,
    /// Publisher Signoff: the preview subscriptions could not see the offer.
    PreviewAccessDenied,
    /// Live: the move to production failed.
    ProductionRolloutFailed,
    /// Any step: the trainer's own reason (shown as written).
    Custom(String),
}

impl FaultReason {
    /// The preset reasons a trainer may choose for `step` (none for step 1, which never fails
    /// after Publish: its gaps are field problems). `Custom` fits every step after 1 too.
    pub fn presets(step: Step) -> Vec<FaultReason> {
        match step {
            Step::ValidatePrerequisites => vec![],
            Step::Certification => vec![
                FaultReason::SasUriNotDownloadable,
                FaultReason::VhdNotFixedFormat,
                FaultReason::ImageNotGeneralized,
            ],
            Step::Provisioning => vec![FaultReason::ReplicationFailed],
            Step::PackagingAndLeadRegistration => vec![
                FaultReason::LeadConnectionRejected,
                FaultReason::PackagingFailed,
            ],
            Step::PreviewAvailable => vec![FaultReason::PreviewDeploymentFailed],
            Step::PublisherSignoff => vec![FaultReason::PreviewAccessDenied],
            Step::Live => vec![FaultReason::ProductionRolloutFailed],
        }
    }

    /// Whether this reason may be planned for `step`.
    pub fn fits(&self, step: Step) -> bool {
        match self {
            FaultReason::Custom(_) => step != Step::ValidatePrerequisites,
            other => FaultReason::presets(step).contains(other),
        }
    }

    /// What to do about it.
    pub fn remedies(&self) -> Vec<Remedy> {
        let mut out = match self {
            FaultReason::SasUriNotDownloadable => vec![Remedy::GenerateContainerSas {
                field: fields::skus(),
            }],
            FaultReason::VhdNotFixedFormat => vec![Remedy::PointToVhdFile {
                field: fields::skus(),
            }],
            FaultReason::LeadConnectionRejected => vec![Remedy::FixLeadDestination {
                field: fields::lead_destination::section(),
            }],
            FaultReason::ImageNotGeneralized
            | FaultReason::ReplicationFailed
            | FaultReason::PackagingFailed
            | FaultReason::PreviewDeploymentFailed
            | FaultReason::PreviewAccessDenied
            | FaultReason::ProductionRolloutFailed
            | FaultReason::Custom(_) => vec![Remedy::OpenSupportRequest],
        };
        out.push(Remedy::FixAndPublishAgain);
        out
    }
}

/// A fault the trainer planned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedFault {
    /// The step that will fail.
    pub step: Step,
    /// Why.
    pub reason: FaultReason,
    /// When it was planned.
    pub planned: SimTime,
}
