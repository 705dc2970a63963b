//! The domain's failures, remedies, history and lead records put into words for the Status
//! tab (and the Inbox, whose emails say the same things).

use crate::domain::{
    CertificationKind, FailureReason, FaultReason, FieldPath, HistoryKind, LeadDestinationKind,
    LeadFailure, LeadSource, OsFamily, Remedy, StepState,
};
use crate::i18n::*;
use crate::ui::{format, text::step_name};

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

/// What certification found wrong with one field.
pub fn certification_text(kind: &CertificationKind) -> String {
    let i18n = use_i18n();
    match kind {
        CertificationKind::SasQueryMissing => {
            t_string!(i18n, status.cert_sas_query_missing).to_string()
        }
        CertificationKind::SasPermissionsMissing { found: Some(found) } => {
            t_string!(i18n, status.cert_sas_permissions, found = found).to_string()
        }
        CertificationKind::SasPermissionsMissing { found: None } => {
            t_string!(i18n, status.cert_sas_permissions_none).to_string()
        }
        CertificationKind::SasNotContainer { found: Some(found) } => {
            t_string!(i18n, status.cert_sas_not_container, found = found).to_string()
        }
        CertificationKind::SasNotContainer { found: None } => {
            t_string!(i18n, status.cert_sas_not_container_none).to_string()
        }
        CertificationKind::SasStartMissing => {
            t_string!(i18n, status.cert_sas_start_missing).to_string()
        }
        CertificationKind::SasStartUnparseable { value } => {
            t_string!(i18n, status.cert_sas_start_unparseable, value = value).to_string()
        }
        CertificationKind::SasExpiryMissing => {
            t_string!(i18n, status.cert_sas_expiry_missing).to_string()
        }
        CertificationKind::SasExpiryUnparseable { value } => {
            t_string!(i18n, status.cert_sas_expiry_unparseable, value = value).to_string()
        }
        CertificationKind::SasExpiresTooSoon {
            expiry,
            submitted,
            min_days,
        } => t_string!(
            i18n,
            status.cert_sas_expires_too_soon,
            expiry = format::date_time(*expiry),
            submitted = format::date_time(*submitted),
            count = *min_days
        )
        .to_string(),
        CertificationKind::VhdNameHasSpaces => {
            t_string!(i18n, status.cert_vhd_name_spaces).to_string()
        }
        CertificationKind::NotAVhd => t_string!(i18n, status.cert_not_a_vhd).to_string(),
        CertificationKind::OsDiskSizeOutOfRange {
            family,
            min_gb,
            max_gb,
            actual_gb,
        } => t_string!(
            i18n,
            status.cert_os_disk_size,
            actual = actual_gb,
            family = os_family_text(*family),
            min = min_gb,
            max = max_gb
        )
        .to_string(),
        CertificationKind::DataDiskTooLarge { max_gb, actual_gb } => t_string!(
            i18n,
            status.cert_data_disk_too_large,
            actual = actual_gb,
            max = max_gb
        )
        .to_string(),
        CertificationKind::LunGap { missing } => {
            t_string!(i18n, status.cert_lun_gap, missing = missing).to_string()
        }
    }
}

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
            setting = setting
        )
        .to_string(),
        LeadFailure::BadSetting {
            destination,
            setting,
        } => t_string!(
            i18n,
            status.lead_failure_bad,
            destination = destination_text(*destination),
            setting = setting
        )
        .to_string(),
    }
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
        FailureReason::LeadRegistration(failure) => vec![(
            lead_failure_text(failure),
            Some(FieldPath::root("marketplace").field("lead_destination")),
        )],
        FailureReason::Fault(reason) => vec![(fault_text(reason), None)],
    }
}

/// The field a remedy asks to change, if any.
pub fn remedy_field(remedy: &Remedy) -> Option<&FieldPath> {
    remedy.field()
}

/// What to do, in words.
pub fn remedy_text(remedy: &Remedy) -> String {
    let i18n = use_i18n();
    let field = remedy_field(remedy).map(field_label).unwrap_or_default();
    match remedy {
        Remedy::GenerateContainerSas { .. } => {
            t_string!(i18n, status.remedy_generate_sas, field = field).to_string()
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
        Remedy::RenumberLuns { .. } => {
            t_string!(i18n, status.remedy_renumber_luns, field = field).to_string()
        }
        Remedy::FixLeadDestination { .. } => {
            t_string!(i18n, status.remedy_fix_lead_destination, field = field).to_string()
        }
        Remedy::FixAndPublishAgain => t_string!(i18n, status.remedy_publish_again).to_string(),
        Remedy::OpenSupportRequest => t_string!(i18n, status.remedy_support).to_string(),
        Remedy::PreviewThenGoLive => {
            t_string!(i18n, status.remedy_preview_then_go_live).to_string()
        }
        Remedy::Nothing => t_string!(i18n, status.remedy_nothing).to_string(),
    }
}

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
        HistoryKind::StepSkipped { run, step } => t_string!(
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

/// A field path as the words a publisher knows, e.g. "SKU 1 › disk version 1 › OS VHD URL".
pub fn field_label(path: &FieldPath) -> String {
    let i18n = use_i18n();
    segments(path.as_str())
        .into_iter()
        .map(|(name, index)| {
            let n = index.map(|i| i + 1).unwrap_or(0);
            match (name, index) {
                ("skus", Some(_)) => t_string!(i18n, status.field_sku, n = n).to_string(),
                ("skus", None) => t_string!(i18n, status.field_skus).to_string(),
                ("disk_versions", Some(_)) => {
                    t_string!(i18n, status.field_disk_version, n = n).to_string()
                }
                ("disk_versions", None) => t_string!(i18n, status.field_disk_versions).to_string(),
                ("data_disks", Some(_)) => {
                    t_string!(i18n, status.field_data_disk, n = n).to_string()
                }
                ("data_disks", None) => t_string!(i18n, status.field_data_disks).to_string(),
                ("os_vhd_url", _) => t_string!(i18n, status.field_os_vhd_url).to_string(),
                ("os_disk_size_gb", _) => t_string!(i18n, status.field_os_disk_size).to_string(),
                ("vhd_url", _) => t_string!(i18n, status.field_vhd_url).to_string(),
                ("size_gb", _) => t_string!(i18n, status.field_size).to_string(),
                ("lun", _) => t_string!(i18n, status.field_lun).to_string(),
                ("marketplace", _) => t_string!(i18n, status.field_marketplace).to_string(),
                ("lead_destination", _) => {
                    t_string!(i18n, status.field_lead_destination).to_string()
                }
                // A field no failure names today: its technical name is still precise.
                (other, Some(_)) => format!("{other} {n}"),
                (other, None) => other.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" › ")
}

/// The parts of a field path: each name with its list position, if any
/// (`skus[0].title` is `[("skus", Some(0)), ("title", None)]`).
pub fn segments(path: &str) -> Vec<(&str, Option<usize>)> {
    path.split('.')
        .filter(|part| !part.is_empty())
        .map(|part| match part.split_once('[') {
            Some((name, rest)) => (name, rest.trim_end_matches(']').parse().ok()),
            None => (part, None),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::segments;

    #[test]
    fn a_path_splits_into_names_and_list_positions() {
        assert_eq!(
            segments("skus[1].disk_versions[0].os_vhd_url"),
            vec![
                ("skus", Some(1)),
                ("disk_versions", Some(0)),
                ("os_vhd_url", None)
            ]
        );
    }

    #[test]
    fn a_list_without_position_and_an_empty_path_split_plainly() {
        assert_eq!(segments("skus"), vec![("skus", None)]);
        assert_eq!(segments(""), Vec::<(&str, Option<usize>)>::new());
        assert_eq!(segments("a[x].b"), vec![("a", None), ("b", None)]);
    }
}
