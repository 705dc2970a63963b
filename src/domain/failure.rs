//! Why a run failed: the step, the time and the reason, with what to do.

use super::certification::CertificationFailure;
use super::fault::FaultReason;
use super::lead::LeadFailure;
use super::path::FieldPath;
use super::remedy::Remedy;
use super::step::Step;
use super::time::SimTime;
use serde::{Deserialize, Serialize};

/// The reason a step failed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FailureReason {
    /// Certification found problems in the submitted data.
    Certification(Vec<CertificationFailure>),
    /// The lead destination did not accept the test lead.
    LeadRegistration(LeadFailure),
    /// A fault planned by the trainer.
    Fault(FaultReason),
    /// A fault planned by the trainer, about one field of the submitted form.
    FaultOnField {
        /// The trainer's reason.
        reason: FaultReason,
        /// The field it is about.
        field: FieldPath,
    },
}

/// The failure of a run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunFailure {
    /// The step that failed.
    pub step: Step,
    /// When it failed (simulated).
    pub at: SimTime,
    /// Why.
    pub reason: FailureReason,
}

impl RunFailure {
    /// What to do, in order; always ends with fixing and publishing again.
    pub fn remedies(&self) -> Vec<Remedy> {
        match &self.reason {
            FailureReason::Certification(failures) => {
                let mut out: Vec<Remedy> = Vec::new();
                for r in failures.iter().map(CertificationFailure::remedy) {
                    if !out.contains(&r) {
                        out.push(r);
                    }
                }
                out.push(Remedy::FixAndPublishAgain);
                out
            }
            FailureReason::LeadRegistration(failure) => vec![
                Remedy::FixLeadDestination {
                    field: failure.field(),
                },
                Remedy::FixAndPublishAgain,
            ],
            FailureReason::Fault(reason) => reason.remedies(None),
            FailureReason::FaultOnField { reason, field } => reason.remedies(Some(field)),
        }
    }
}
