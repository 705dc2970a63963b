//! A scenario a trainer hands a class: an offer's form, the failure planned for it, the
//! simulation speed and the interface language, and what makes one acceptable.
//!
//! Plain data and rules only: the link and file formats that carry a scenario are the
//! store's (`store::scenario`), and adding one as a new offer is the session's.

use super::fault::FaultReason;
use super::form::OfferForm;
use super::images::{self, ImageProblem};
use super::offer::{Offer, OfferId};
use super::path::FieldPath;
use super::step::Step;
use super::time::{SimTime, Speed};
use super::workflow::Command;
use serde::{Deserialize, Serialize};

/// The interface languages a scenario may name (the app's locales; a native test keeps the
/// two lists equal).
pub const LANGUAGES: [&str; 6] = ["en", "fr", "pt-BR", "ru", "zh-Hans", "zh-Hant"];

/// The longest trainer's own failure reason a scenario may carry, in characters: a few
/// sentences; anything longer was not typed into the trainer panel.
pub const CUSTOM_REASON_MAX_CHARS: usize = 1_000;

/// The failure a scenario plans: a step and why it fails (when it was planned is the
/// adding browser's business).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioFault {
    /// The step that will fail.
    pub step: Step,
    /// Why.
    pub reason: FaultReason,
}

/// An offer's form with its planned failure, speed and language, as a trainer shares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scenario {
    /// The offer's draft.
    pub form: OfferForm,
    /// The failure planned for it, if any.
    pub fault: Option<ScenarioFault>,
    /// The simulation speed the trainer chose.
    pub speed: Speed,
    /// The interface language tag the trainer used (one of [`LANGUAGES`]).
    pub language: String,
}

/// Why a scenario's content is not acceptable (it was read whole, but holds something the
/// app would not make).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScenarioProblem {
    /// The planned failure cannot be planned for its step (step 1, or a reason of another
    /// step).
    FaultDoesNotFit {
        /// The step named.
        step: Step,
    },
    /// The trainer's own reason is empty.
    CustomReasonEmpty,
    /// The trainer's own reason is longer than [`CUSTOM_REASON_MAX_CHARS`].
    CustomReasonTooLong {
        /// Its length in characters.
        chars: usize,
    },
    /// The language is not one the app ships.
    UnknownLanguage(String),
    /// An image copy is not a whole PNG of its declared size, or the copies break the budget.
    Image {
        /// The image's field.
        path: FieldPath,
        /// What is wrong with it.
        problem: ImageProblem,
    },
}

impl Scenario {
    /// The scenario of `offer` as it stands: its draft and the failure planned on it.
    pub fn of(offer: &Offer, speed: Speed, language: &str) -> Scenario {
        Scenario {
            form: offer.draft.clone(),
            fault: offer.fault.as_ref().map(|fault| ScenarioFault {
                step: fault.step,
                reason: fault.reason.clone(),
            }),
            speed,
            language: language.to_owned(),
        }
    }

    /// The same scenario without the image copies (their names, types and sizes stay): what
    /// a link holds.
    pub fn without_image_copies(&self) -> Scenario {
        let mut out = self.clone();
        strip_copies(&mut out.form);
        out
    }

    /// Whether the form holds any image copy.
    pub fn has_image_copies(&self) -> bool {
        images::copies_bytes(&self.form, None) > 0
    }

    /// Every reason the content is not acceptable, first found first; empty when it may be
    /// added. The same checks an imported offer's form goes through (its images), and the
    /// engine's own rule for planning a failure.
    pub fn problems(&self) -> Vec<ScenarioProblem> {
        let mut out = Vec::new();
        if let Some(fault) = &self.fault {
            if fault.step == Step::ValidatePrerequisites || !fault.reason.fits(fault.step) {
                out.push(ScenarioProblem::FaultDoesNotFit { step: fault.step });
            }
            if let FaultReason::Custom(text) = &fault.reason {
                let chars = text.chars().count();
                if text.trim().is_empty() {
                    out.push(ScenarioProblem::CustomReasonEmpty);
                } else if chars > CUSTOM_REASON_MAX_CHARS {
                    out.push(ScenarioProblem::CustomReasonTooLong { chars });
                }
            }
        }
        if !LANGUAGES.contains(&self.language.as_str()) {
            out.push(ScenarioProblem::UnknownLanguage(self.language.clone()));
        }
        out.extend(
            images::form_problems(&self.form)
                .into_iter()
                .map(|(path, problem)| ScenarioProblem::Image { path, problem }),
        );
        out
    }

    /// A new, never published offer holding the scenario's form, created at `now` with the
    /// identity `id`; its failure is planned through the engine ([`Scenario::plan_fault`]),
    /// so that the offer's history says so as if the trainer had planned it here.
    pub fn new_offer(&self, id: OfferId, now: SimTime) -> Offer {
        let mut offer = Offer::new(id, String::new(), now);
        offer.draft = self.form.clone();
        offer
    }

    /// The command that plans the scenario's failure, if it has one.
    pub fn plan_fault(&self) -> Option<Command> {
        self.fault.as_ref().map(|fault| Command::PlanFault {
            step: fault.step,
            reason: fault.reason.clone(),
        })
    }
}

/// Empties every image copy of `form`.
fn strip_copies(form: &mut OfferForm) {
    let m = &mut form.marketplace;
    for kind in images::LogoKind::ALL {
        if let Some(image) = m.logos.slot_mut(kind) {
            image.png = Default::default();
        }
    }
    for image in &mut m.screenshots {
        image.png = Default::default();
    }
    for video in &mut m.videos {
        if let Some(image) = &mut video.thumbnail {
            image.png = Default::default();
        }
    }
}
