//! What certification checks and finds, in words.

use super::names::os_family_text;
use crate::domain::certification::{MAX_DATA_DISK_GB, MIN_SAS_VALIDITY_DAYS};
use crate::domain::{os_disk_range, CertificationKind, Check, OsFamily, Verdict};
use crate::i18n::*;
use crate::ui::format;

/// What certification found wrong with one field.
pub fn certification_text(kind: &CertificationKind) -> String {
    let i18n = use_i18n();
    match kind {
        CertificationKind::SasQueryMissing => {
            t_string!(i18n, status.cert_sas_query_missing).to_string()
        }
        CertificationKind::NotAzureBlobHost { host } if host.is_empty() => {
            t_string!(i18n, status.cert_not_blob_host_none).to_string()
        }
        CertificationKind::NotAzureBlobHost { host } => {
            t_string!(i18n, status.cert_not_blob_host, host = host).to_string()
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

/// What a check verifies, in words; the OS disk size names the SKU's OS family when known.
pub fn check_name(check: Check, family: Option<OsFamily>) -> String {
    let i18n = use_i18n();
    match check {
        Check::SasUri => t_string!(i18n, status.check_sas_uri).to_string(),
        Check::BlobHost => t_string!(i18n, status.check_blob_host).to_string(),
        Check::ReadAndList => t_string!(i18n, status.check_read_list).to_string(),
        Check::ContainerScope => t_string!(i18n, status.check_container).to_string(),
        Check::StartAndExpiry => t_string!(i18n, status.check_start_expiry).to_string(),
        Check::ExpiryWindow => t_string!(
            i18n,
            status.check_expiry_window,
            count = MIN_SAS_VALIDITY_DAYS
        )
        .to_string(),
        Check::VhdName => t_string!(i18n, status.check_vhd_name).to_string(),
        Check::OsDiskSize => match family {
            Some(family) => {
                let (min, max) = os_disk_range(family);
                t_string!(
                    i18n,
                    status.check_os_disk_size,
                    family = os_family_text(family),
                    min = min,
                    max = max
                )
                .to_string()
            }
            None => t_string!(i18n, status.check_os_disk_size_any).to_string(),
        },
        Check::DataDiskSize => {
            t_string!(i18n, status.check_data_disk_size, max = MAX_DATA_DISK_GB).to_string()
        }
        Check::LunNumbering => t_string!(i18n, status.check_luns).to_string(),
    }
}

/// A verdict in one word or two (`None`: the check has not run yet).
pub fn verdict_text(verdict: Option<&Verdict>) -> String {
    let i18n = use_i18n();
    match verdict {
        None => t_string!(i18n, status.verdict_waiting),
        Some(Verdict::Passed) => t_string!(i18n, status.verdict_passed),
        Some(Verdict::Failed(_)) => t_string!(i18n, status.verdict_failed),
        Some(Verdict::NotChecked) => t_string!(i18n, status.verdict_not_checked),
    }
    .to_string()
}

/// Why a check could not run.
pub fn not_checked_text(check: Check) -> String {
    let i18n = use_i18n();
    match check {
        Check::ExpiryWindow => t_string!(i18n, status.not_checked_no_expiry),
        Check::OsDiskSize | Check::DataDiskSize | Check::LunNumbering => {
            t_string!(i18n, status.not_checked_no_size)
        }
        Check::SasUri
        | Check::BlobHost
        | Check::ReadAndList
        | Check::ContainerScope
        | Check::StartAndExpiry
        | Check::VhdName => t_string!(i18n, status.not_checked_no_token),
    }
    .to_string()
}
