//! The domain's data put into words: step names, offer statuses and refusals. Each tab's
//! own texts (field problems, failures, emails) live with that tab.

use crate::domain::{live_through_update, status_of, Offer, OfferStatus, Refusal, Step};
use crate::i18n::*;

/// The official name of a step.
pub fn step_name(step: Step) -> String {
    let i18n = use_i18n();
    match step {
        Step::ValidatePrerequisites => t_string!(i18n, common.step_1),
        Step::Certification => t_string!(i18n, common.step_2),
        Step::Provisioning => t_string!(i18n, common.step_3),
        Step::PackagingAndLeadRegistration => t_string!(i18n, common.step_4),
        Step::PreviewAvailable => t_string!(i18n, common.step_5),
        Step::PublisherSignoff => t_string!(i18n, common.step_6),
        Step::Live => t_string!(i18n, common.step_7),
    }
    .to_string()
}

/// The status of an offer as All offers and the Status tab show it: while an update of a
/// live offer runs, both facts ("Live · update at Certification").
pub fn offer_status(offer: &Offer) -> String {
    let i18n = use_i18n();
    let status = status_of(offer);
    if live_through_update(offer, status) {
        return match status {
            OfferStatus::Running(step) => t_string!(
                i18n,
                common.offer_status_live_update_at,
                step = step_name(step)
            )
            .to_string(),
            OfferStatus::AttentionNeeded(step) => t_string!(
                i18n,
                common.offer_status_live_update_failed,
                step = step_name(step)
            )
            .to_string(),
            _ => t_string!(i18n, common.offer_status_live_update_signoff).to_string(),
        };
    }
    match status {
        OfferStatus::Draft => t_string!(i18n, common.offer_status_draft).to_string(),
        OfferStatus::Running(step) => {
            t_string!(i18n, common.offer_status_running, step = step_name(step)).to_string()
        }
        OfferStatus::AttentionNeeded(step) => {
            t_string!(i18n, common.offer_status_attention, step = step_name(step)).to_string()
        }
        OfferStatus::WaitingForSignoff => t_string!(i18n, common.offer_status_signoff).to_string(),
        OfferStatus::Canceled => t_string!(i18n, common.offer_status_canceled).to_string(),
        OfferStatus::Live => t_string!(i18n, common.offer_status_live).to_string(),
        OfferStatus::LiveWithDraft => {
            t_string!(i18n, common.offer_status_live_with_draft).to_string()
        }
    }
}

/// Why a command was refused, and what to do instead.
pub fn refusal_text(refusal: &Refusal) -> String {
    let i18n = use_i18n();
    match refusal {
        Refusal::FormHasProblems(problems) => t_string!(
            i18n,
            common.refusal_form_has_problems,
            count = problems.len()
        )
        .to_string(),
        Refusal::AlreadyRunning { current } => t_string!(
            i18n,
            common.refusal_already_running,
            step = step_name(*current)
        )
        .to_string(),
        Refusal::NotWaitingForEmail { .. } => {
            t_string!(i18n, common.refusal_not_waiting_for_email).to_string()
        }
        Refusal::InvalidEmail => t_string!(i18n, common.refusal_invalid_email).to_string(),
        Refusal::NotAtPublisherSignoff {
            current: Some(step),
        } => t_string!(i18n, common.refusal_not_at_signoff, step = step_name(*step)).to_string(),
        Refusal::NotAtPublisherSignoff { current: None } => {
            t_string!(i18n, common.refusal_not_at_signoff_none).to_string()
        }
        Refusal::NotFailed { .. } => t_string!(i18n, common.refusal_not_failed).to_string(),
        Refusal::EmptySupportRequest => {
            t_string!(i18n, common.refusal_empty_support_request).to_string()
        }
        Refusal::NothingToSkip { .. } => {
            t_string!(i18n, common.refusal_nothing_to_skip).to_string()
        }
        Refusal::FaultNotPossible { .. } => {
            t_string!(i18n, common.refusal_fault_not_possible).to_string()
        }
        Refusal::FaultNotForStep { .. } => {
            t_string!(i18n, common.refusal_fault_not_for_step).to_string()
        }
        Refusal::NoFaultPlanned => t_string!(i18n, common.refusal_no_fault_planned).to_string(),
        Refusal::NoSuchNotification { .. } => {
            t_string!(i18n, common.refusal_no_such_notification).to_string()
        }
    }
}
