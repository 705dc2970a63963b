//! Trainer scenarios: a step made to fail on purpose with a chosen reason.
//!
//! A planned fault is kept on the offer and fires once, at its step's deadline (or, for the
//! untimed steps 5 and 6, when the step is reached), in the current run or the next one. The
//! reasons offered fit the offer ([`FaultReason::presets`]), and the failure a fault causes
//! names the fields the submitted offer really has ([`FaultReason::failure`]).

use super::failure::FailureReason;
use super::fields;
use super::form::{LeadDestination, LeadDestinationKind, OfferForm};
use super::lead::LeadFailure;
use super::path::FieldPath;
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
    /// Packaging and Lead Registration: the lead destination refused the test lead (a wrong
    /// connection string). Planned before the reasons named the offer's own destination: kept
    /// so that stored offers load, no longer offered.
    LeadConnectionRejected,
    /// Packaging and Lead Registration: the offer's lead destination refuses the test lead
    /// with the connection settings given.
    LeadSettingsRejected {
        /// The kind of destination the offer had when the fault was planned.
        destination: LeadDestinationKind,
    },
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
    /// The preset reasons a trainer may choose for `step` of an offer whose form is `form`
    /// (the run's, or the draft's before a run): none for step 1, which never fails after
    /// Publish (its gaps are field problems); a lead failure only when the offer has a lead
    /// destination, naming it. `Custom` fits every step after 1 too.
    pub fn presets(step: Step, form: &OfferForm) -> Vec<FaultReason> {
        match step {
            Step::ValidatePrerequisites => vec![],
            Step::Certification => vec![
                FaultReason::SasUriNotDownloadable,
                FaultReason::VhdNotFixedFormat,
                FaultReason::ImageNotGeneralized,
            ],
            Step::Provisioning => vec![FaultReason::ReplicationFailed],
            Step::PackagingAndLeadRegistration => {
                let destination = form.marketplace.lead_destination.kind();
                let mut out = Vec::new();
                if destination != LeadDestinationKind::None {
                    out.push(FaultReason::LeadSettingsRejected { destination });
                }
                out.push(FaultReason::PackagingFailed);
                out
            }
            Step::PreviewAvailable => vec![FaultReason::PreviewDeploymentFailed],
            Step::PublisherSignoff => vec![FaultReason::PreviewAccessDenied],
            Step::Live => vec![FaultReason::ProductionRolloutFailed],
        }
    }

    /// Whether this reason may be planned for `step` (whatever the offer holds).
    pub fn fits(&self, step: Step) -> bool {
        match self {
            FaultReason::Custom(_) => step != Step::ValidatePrerequisites,
            FaultReason::LeadConnectionRejected => step == Step::PackagingAndLeadRegistration,
            FaultReason::LeadSettingsRejected { destination } => {
                step == Step::PackagingAndLeadRegistration
                    && *destination != LeadDestinationKind::None
            }
            other => FaultReason::presets(step, &OfferForm::default()).contains(other),
        }
    }

    /// Whether the fault can happen to a run of `form`: a lead failure needs a lead
    /// destination. One that cannot stays planned for a run that can.
    pub fn applies_to(&self, form: &OfferForm) -> bool {
        match self {
            FaultReason::LeadConnectionRejected | FaultReason::LeadSettingsRejected { .. } => {
                form.marketplace.lead_destination != LeadDestination::None
            }
            _ => true,
        }
    }

    /// The failure this fault causes in a run of `form`, naming the fields the form really
    /// has: the first SKU's offered OS VHD URL for an image that cannot be copied, the
    /// destination's own connection fields for a refused test lead.
    pub fn failure(&self, form: &OfferForm) -> FailureReason {
        match self {
            FaultReason::LeadConnectionRejected | FaultReason::LeadSettingsRejected { .. } => {
                FailureReason::LeadRegistration(LeadFailure::Rejected {
                    destination: form.marketplace.lead_destination.kind(),
                })
            }
            FaultReason::SasUriNotDownloadable | FaultReason::VhdNotFixedFormat => {
                match offered_os_vhd_url(form) {
                    Some(field) => FailureReason::FaultOnField {
                        reason: self.clone(),
                        field,
                    },
                    None => FailureReason::Fault(self.clone()),
                }
            }
            _ => FailureReason::Fault(self.clone()),
        }
    }

    /// What to do about it; `field` is the field the failure names, if any.
    pub fn remedies(&self, field: Option<&FieldPath>) -> Vec<Remedy> {
        let field = || field.cloned().unwrap_or_else(fields::skus);
        let mut out = match self {
            FaultReason::SasUriNotDownloadable => {
                vec![Remedy::GenerateContainerSas { field: field() }]
            }
            FaultReason::VhdNotFixedFormat => vec![Remedy::PointToVhdFile { field: field() }],
            FaultReason::LeadConnectionRejected | FaultReason::LeadSettingsRejected { .. } => {
                vec![Remedy::FixLeadDestination {
                    field: fields::lead_destination::section(),
                }]
            }
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

/// The OS VHD URL of the first SKU's offered disk version (its highest version, else its
/// first), if the form has one.
fn offered_os_vhd_url(form: &OfferForm) -> Option<FieldPath> {
    let sku = form.skus.first()?;
    let offered = sku.offered_version();
    let index = sku
        .disk_versions
        .iter()
        .position(|d| offered.is_some_and(|o| std::ptr::eq(d, o)))
        .or((!sku.disk_versions.is_empty()).then_some(0))?;
    Some(fields::sku(0).disk_version(index).os_vhd_url())
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
