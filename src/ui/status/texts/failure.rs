//! Why a step failed and what to do about it, in words.

use super::certification::certification_text;
use super::fields::{field_label, lead_field_label};
use super::names::{destination_text, os_family_text};
use crate::domain::{
    FailureReason, FaultReason, FieldPath, LeadDestinationKind, LeadFailure, Remedy,
};
use crate::i18n::*;
use crate::ui::format;

/// Why the lead destination refused the test lead.
pub fn lead_failure_text(failure: &LeadFailure) -> String {
    let i18n = use_i18n();
    match failure {
        LeadFailure::NoDestination => t_string!(i18n, status.lead_failure_none).to_string(),
        LeadFailure::MissingSetting {
            destination,
            setting,
        } => t_string!(
            i18n,
            status.lead_failure_missing,
            destination = destination_text(*destination),
            setting = lead_field_label(setting)
        )
        .to_string(),
        LeadFailure::BadSetting {
            destination,
            setting,
        } => t_string!(
            i18n,
            status.lead_failure_bad,
            destination = destination_text(*destination),
            setting = lead_field_label(setting)
        )
        .to_string(),
        LeadFailure::Rejected { destination } => lead_rejected_text(*destination),
    }
}

/// A lead destination refusing the test lead, naming that destination's own fields.
fn lead_rejected_text(destination: LeadDestinationKind) -> String {
    let i18n = use_i18n();
    match destination {
        LeadDestinationKind::None => t_string!(i18n, status.lead_failure_none),
        LeadDestinationKind::AzureTable => t_string!(i18n, status.lead_rejected_azure_table),
        LeadDestinationKind::DynamicsCrmOnline => t_string!(i18n, status.lead_rejected_dynamics),
        LeadDestinationKind::HttpsEndpoint => t_string!(i18n, status.lead_rejected_https),
        LeadDestinationKind::Marketo => t_string!(i18n, status.lead_rejected_marketo),
        LeadDestinationKind::Salesforce => t_string!(i18n, status.lead_rejected_salesforce),
    }
    .to_string()
}

/// A trainer's fault reason, as the failure it causes.
pub fn fault_text(reason: &FaultReason) -> String {
    let i18n = use_i18n();
    match reason {
        FaultReason::SasUriNotDownloadable => {
            t_string!(i18n, status.fault_sas_not_downloadable).to_string()
        }
        FaultReason::VhdNotFixedFormat => t_string!(i18n, status.fault_vhd_not_fixed).to_string(),
        FaultReason::ImageNotGeneralized => {
            t_string!(i18n, status.fault_not_generalized).to_string()
        }
        FaultReason::ReplicationFailed => t_string!(i18n, status.fault_replication).to_string(),
        FaultReason::LeadConnectionRejected => {
            t_string!(i18n, status.fault_lead_connection).to_string()
        }
        FaultReason::LeadSettingsRejected { destination } => lead_rejected_text(*destination),
        FaultReason::PackagingFailed => t_string!(i18n, status.fault_packaging).to_string(),
        FaultReason::PreviewDeploymentFailed => {
            t_string!(i18n, status.fault_preview_deployment).to_string()
        }
        FaultReason::PreviewAccessDenied => {
            t_string!(i18n, status.fault_preview_access).to_string()
        }
        FaultReason::ProductionRolloutFailed => {
            t_string!(i18n, status.fault_production).to_string()
        }
        // The trainer's own words, shown as written.
        FaultReason::Custom(text) => text.clone(),
    }
}

/// Each thing that went wrong, with the field it is about when there is one.
pub fn failure_lines(reason: &FailureReason) -> Vec<(String, Option<FieldPath>)> {
    match reason {
        FailureReason::Certification(failures) => failures
            .iter()
            .map(|failure| {
                (
                    certification_text(&failure.kind),
                    Some(failure.path.clone()),
                )
            })
            .collect(),
        FailureReason::LeadRegistration(failure) => {
            vec![(lead_failure_text(failure), Some(failure.field()))]
        }
        FailureReason::Fault(reason) => vec![(fault_text(reason), None)],
        FailureReason::FaultOnField { reason, field } => {
            vec![(fault_text(reason), Some(field.clone()))]
        }
    }
}

/// What to do, in words.
pub fn remedy_text(remedy: &Remedy) -> String {
    let i18n = use_i18n();
    let field = remedy.field().map(field_label).unwrap_or_default();
    match remedy {
        Remedy::GenerateContainerSas { .. } => {
            t_string!(i18n, status.remedy_generate_sas, field = field).to_string()
        }
        Remedy::UseAzureBlobStorage { .. } => {
            t_string!(i18n, status.remedy_azure_storage, field = field).to_string()
        }
        Remedy::GrantReadAndList { .. } => {
            t_string!(i18n, status.remedy_read_list, field = field).to_string()
        }
        Remedy::UseContainerScope { .. } => {
            t_string!(i18n, status.remedy_container_scope, field = field).to_string()
        }
        Remedy::SetStartAndExpiry { .. } => {
            t_string!(i18n, status.remedy_start_expiry, field = field).to_string()
        }
        Remedy::ExtendExpiry { not_before, .. } => t_string!(
            i18n,
            status.remedy_extend_expiry,
            field = field,
            date = format::date_time(*not_before)
        )
        .to_string(),
        Remedy::RenameVhdWithoutSpaces { .. } => {
            t_string!(i18n, status.remedy_rename_vhd, field = field).to_string()
        }
        Remedy::PointToVhdFile { .. } => {
            t_string!(i18n, status.remedy_point_to_vhd, field = field).to_string()
        }
        Remedy::ResizeOsDisk {
            family,
            min_gb,
            max_gb,
            ..
        } => t_string!(
            i18n,
            status.remedy_resize_os_disk,
            field = field,
            family = os_family_text(*family),
            min = min_gb,
            max = max_gb
        )
        .to_string(),
        Remedy::ResizeDataDisk { max_gb, .. } => t_string!(
            i18n,
            status.remedy_resize_data_disk,
            field = field,
            max = max_gb
        )
        .to_string(),
        Remedy::RenumberLuns { field: lun } => {
            // The fix link goes to the first LUN; the words name the list of data disks.
            let disks = lun
                .as_str()
                .strip_suffix("[0].lun")
                .map(|list| field_label(&FieldPath::parse(list)))
                .unwrap_or(field);
            t_string!(i18n, status.remedy_renumber_luns, field = disks).to_string()
        }
        Remedy::FixLeadDestination { .. } => {
            t_string!(i18n, status.remedy_fix_lead_destination, field = field).to_string()
        }
        Remedy::FixAndPublishAgain => t_string!(i18n, status.remedy_publish_again).to_string(),
        Remedy::PublishWhenReady => t_string!(i18n, status.remedy_publish_when_ready).to_string(),
        Remedy::OpenSupportRequest => t_string!(i18n, status.remedy_support).to_string(),
        Remedy::PreviewThenGoLive => {
            t_string!(i18n, status.remedy_preview_then_go_live).to_string()
        }
        Remedy::Nothing => t_string!(i18n, status.remedy_nothing).to_string(),
    }
}
