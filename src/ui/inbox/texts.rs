//! The notification emails put into words: subject, body and what to do, per kind.

use crate::domain::{Notification, NotificationKind};
use crate::i18n::*;
use crate::ui::text::step_name;

/// A short name of an email's kind (for the history: "Email sent: preview ready").
pub fn kind_text(kind: NotificationKind) -> String {
    let i18n = use_i18n();
    match kind {
        NotificationKind::CertificationFailed => t_string!(i18n, inbox.kind_certification_failed),
        NotificationKind::StepFailed => t_string!(i18n, inbox.kind_step_failed),
        NotificationKind::PreviewReady => t_string!(i18n, inbox.kind_preview_ready),
        NotificationKind::Live => t_string!(i18n, inbox.kind_live),
        NotificationKind::Canceled => t_string!(i18n, inbox.kind_canceled),
    }
    .to_string()
}

/// The subject line of an email.
pub fn subject(email: &Notification) -> String {
    let i18n = use_i18n();
    let offer = email.offer_name.as_str();
    let step = step_name(email.step);
    match email.kind {
        NotificationKind::CertificationFailed => {
            t_string!(i18n, inbox.subject_certification_failed, offer = offer).to_string()
        }
        NotificationKind::StepFailed => {
            t_string!(i18n, inbox.subject_step_failed, offer = offer, step = step).to_string()
        }
        NotificationKind::PreviewReady => {
            t_string!(i18n, inbox.subject_preview_ready, offer = offer).to_string()
        }
        NotificationKind::Live => t_string!(i18n, inbox.subject_live, offer = offer).to_string(),
        NotificationKind::Canceled => {
            t_string!(i18n, inbox.subject_canceled, offer = offer).to_string()
        }
    }
}

/// The opening paragraph of an email (what happened); what went wrong and what to do follow.
pub fn body(email: &Notification) -> String {
    let i18n = use_i18n();
    let offer = email.offer_name.as_str();
    let step = step_name(email.step);
    let number = email.step.number();
    let run = email.run;
    match email.kind {
        NotificationKind::CertificationFailed => t_string!(
            i18n,
            inbox.body_certification_failed,
            offer = offer,
            run = run
        )
        .to_string(),
        NotificationKind::StepFailed => t_string!(
            i18n,
            inbox.body_step_failed,
            offer = offer,
            run = run,
            number = number,
            step = step
        )
        .to_string(),
        NotificationKind::PreviewReady => {
            t_string!(i18n, inbox.body_preview_ready, offer = offer, run = run).to_string()
        }
        NotificationKind::Live => t_string!(i18n, inbox.body_live, offer = offer).to_string(),
        NotificationKind::Canceled => t_string!(
            i18n,
            inbox.body_canceled,
            offer = offer,
            run = run,
            number = number,
            step = step
        )
        .to_string(),
    }
}
