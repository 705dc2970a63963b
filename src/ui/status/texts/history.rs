//! The history's entries in words.

use super::failure::fault_text;
use crate::domain::HistoryKind;
use crate::i18n::*;
use crate::ui::{format, text::step_name};

/// One entry of the history, in words.
pub fn history_text(kind: &HistoryKind) -> String {
    let i18n = use_i18n();
    match kind {
        HistoryKind::Published { run } => {
            t_string!(i18n, status.history_published, run = run).to_string()
        }
        HistoryKind::NotificationEmailSubmitted { run, email } => {
            t_string!(i18n, status.history_email, run = run, email = email).to_string()
        }
        HistoryKind::StepStarted { run, step } => t_string!(
            i18n,
            status.history_step_started,
            run = run,
            step = step_name(*step)
        )
        .to_string(),
        HistoryKind::StepCompleted { run, step } => t_string!(
            i18n,
            status.history_step_completed,
            run = run,
            step = step_name(*step)
        )
        .to_string(),
        HistoryKind::StepFailed { run, failure } => t_string!(
            i18n,
            status.history_step_failed,
            run = run,
            step = step_name(failure.step)
        )
        .to_string(),
        HistoryKind::StepSkipped {
            run,
            step,
            planned_ms,
        } if *planned_ms > 0 => t_string!(
            i18n,
            status.history_step_skipped_planned,
            run = run,
            step = step_name(*step),
            planned = format::duration(*planned_ms)
        )
        .to_string(),
        // Entries stored before the planned duration was kept.
        HistoryKind::StepSkipped { run, step, .. } => t_string!(
            i18n,
            status.history_step_skipped,
            run = run,
            step = step_name(*step)
        )
        .to_string(),
        HistoryKind::LeadSent { run } => {
            t_string!(i18n, status.history_lead_sent, run = run).to_string()
        }
        HistoryKind::NotificationSent { run, kind } => t_string!(
            i18n,
            status.history_email_sent,
            run = run,
            subject = crate::ui::inbox::texts::kind_text(*kind)
        )
        .to_string(),
        HistoryKind::GoLiveRequested { run } => {
            t_string!(i18n, status.history_go_live, run = run).to_string()
        }
        HistoryKind::PublishingCanceled { run, step } => t_string!(
            i18n,
            status.history_canceled,
            run = run,
            step = step_name(*step)
        )
        .to_string(),
        HistoryKind::WentLive { run } => {
            t_string!(i18n, status.history_went_live, run = run).to_string()
        }
        HistoryKind::SupportRequestOpened { number } => {
            t_string!(i18n, status.history_ticket, number = number).to_string()
        }
        HistoryKind::FaultPlanned { step, reason } => t_string!(
            i18n,
            status.history_fault_planned,
            step = step_name(*step),
            reason = fault_text(reason)
        )
        .to_string(),
        HistoryKind::FaultCleared => t_string!(i18n, status.history_fault_cleared).to_string(),
    }
}
