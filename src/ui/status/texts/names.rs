//! Step states, OS families, lead sources and destinations in words.

use crate::domain::{LeadDestinationKind, LeadSource, OsFamily, StepState};
use crate::i18n::*;

/// A step's state in words.
pub fn step_state_text(state: StepState) -> String {
    let i18n = use_i18n();
    match state {
        StepState::NotStarted => t_string!(i18n, status.state_not_started),
        StepState::InProgress => t_string!(i18n, status.state_in_progress),
        StepState::WaitingForPublisherReview => t_string!(i18n, status.state_waiting),
        StepState::Blocked => t_string!(i18n, status.state_blocked),
        StepState::Rejected => t_string!(i18n, status.state_rejected),
        StepState::Complete => t_string!(i18n, status.state_complete),
        StepState::Canceled => t_string!(i18n, status.state_canceled),
    }
    .to_string()
}

/// An OS family's name.
pub fn os_family_text(family: OsFamily) -> String {
    let i18n = use_i18n();
    match family {
        OsFamily::Linux => t_string!(i18n, status.os_linux),
        OsFamily::Windows => t_string!(i18n, status.os_windows),
    }
    .to_string()
}

/// Where a lead came from, in words.
pub fn lead_source_text(source: LeadSource) -> String {
    let i18n = use_i18n();
    match source {
        LeadSource::AzureMarketplace => t_string!(i18n, status.lead_source_marketplace),
        LeadSource::AzurePortal => t_string!(i18n, status.lead_source_portal),
        LeadSource::TestDrive => t_string!(i18n, status.lead_source_test_drive),
    }
    .to_string()
}

/// The name of a lead destination (the CRM).
pub fn destination_text(kind: LeadDestinationKind) -> String {
    let i18n = use_i18n();
    match kind {
        LeadDestinationKind::None => t_string!(i18n, status.destination_none),
        LeadDestinationKind::AzureTable => t_string!(i18n, status.destination_azure_table),
        LeadDestinationKind::DynamicsCrmOnline => t_string!(i18n, status.destination_dynamics),
        LeadDestinationKind::HttpsEndpoint => t_string!(i18n, status.destination_https),
        LeadDestinationKind::Marketo => t_string!(i18n, status.destination_marketo),
        LeadDestinationKind::Salesforce => t_string!(i18n, status.destination_salesforce),
    }
    .to_string()
}
