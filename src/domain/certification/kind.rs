//! What certification finds wrong with one field, and what to do about it.

use super::super::form::OsFamily;
use super::super::path::FieldPath;
use super::super::remedy::Remedy;
use super::super::time::{SimTime, DAY_MS};
use serde::{Deserialize, Serialize};

/// Why certification failed on one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum CertificationKind {
    /// The URL has no `?`: it is not a SAS URI.
    SasQueryMissing,
    /// The permissions (`sp`) lack read and/or list.
    SasPermissionsMissing {
        /// The `sp` value found, if any.
        found: Option<String>,
    },
    /// The URL is not on an Azure Storage blob endpoint (`<account>.blob.core.windows.net`).
    NotAzureBlobHost {
        /// The host found ("" when the URL has none).
        host: String,
    },
    /// The SAS is not for a container (`sr` is not `c`).
    SasNotContainer {
        /// The `sr` value found, if any.
        found: Option<String>,
    },
    /// No start datetime (`st`).
    SasStartMissing,
    /// A start datetime that does not parse.
    SasStartUnparseable {
        /// The value found.
        value: String,
    },
    /// No expiry datetime (`se`).
    SasExpiryMissing,
    /// An expiry datetime that does not parse.
    SasExpiryUnparseable {
        /// The value found.
        value: String,
    },
    /// The SAS expires less than 3 weeks after submission.
    SasExpiresTooSoon {
        /// Expiry found.
        expiry: SimTime,
        /// Submission time.
        submitted: SimTime,
        /// Required days of validity.
        min_days: i64,
    },
    /// The VHD's name has spaces.
    VhdNameHasSpaces,
    /// The URL does not end in `.vhd`.
    NotAVhd,
    /// OS disk size outside the family's range.
    OsDiskSizeOutOfRange {
        /// OS family.
        family: OsFamily,
        /// Smallest size in GB.
        min_gb: u32,
        /// Largest size in GB.
        max_gb: u32,
        /// Size given in GB.
        actual_gb: u32,
    },
    /// A data disk over 1023 GB.
    DataDiskTooLarge {
        /// Largest size in GB.
        max_gb: u32,
        /// Size given in GB.
        actual_gb: u32,
    },
    /// LUNs not numbered 0, 1, 2 ... without gaps.
    LunGap {
        /// The first missing LUN number.
        missing: u32,
    },
}

/// One certification failure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificationFailure {
    /// The field that failed.
    pub path: FieldPath,
    /// Why.
    pub kind: CertificationKind,
}

impl CertificationFailure {
    /// What to do about it.
    pub fn remedy(&self) -> Remedy {
        let field = self.path.clone();
        match &self.kind {
            CertificationKind::SasQueryMissing => Remedy::GenerateContainerSas { field },
            CertificationKind::SasPermissionsMissing { .. } => Remedy::GrantReadAndList { field },
            CertificationKind::NotAzureBlobHost { .. } => Remedy::UseAzureBlobStorage { field },
            CertificationKind::SasNotContainer { .. } => Remedy::UseContainerScope { field },
            CertificationKind::SasStartMissing
            | CertificationKind::SasStartUnparseable { .. }
            | CertificationKind::SasExpiryMissing
            | CertificationKind::SasExpiryUnparseable { .. } => Remedy::SetStartAndExpiry { field },
            CertificationKind::SasExpiresTooSoon {
                submitted,
                min_days,
                ..
            } => Remedy::ExtendExpiry {
                field,
                not_before: submitted.plus_ms(min_days.saturating_mul(DAY_MS)),
            },
            CertificationKind::VhdNameHasSpaces => Remedy::RenameVhdWithoutSpaces { field },
            CertificationKind::NotAVhd => Remedy::PointToVhdFile { field },
            CertificationKind::OsDiskSizeOutOfRange {
                family,
                min_gb,
                max_gb,
                ..
            } => Remedy::ResizeOsDisk {
                field,
                family: *family,
                min_gb: *min_gb,
                max_gb: *max_gb,
            },
            CertificationKind::DataDiskTooLarge { max_gb, .. } => Remedy::ResizeDataDisk {
                field,
                max_gb: *max_gb,
            },
            // The list itself has no field to type in: its first LUN is where to start.
            CertificationKind::LunGap { .. } => Remedy::RenumberLuns {
                field: field.index(0).field(super::super::fields::names::LUN),
            },
        }
    }
}
