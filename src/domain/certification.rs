//! Certification (step 2): the checks a simulator can run on the data of the submitted form.
//!
//! Run at Certification's deadline against the form snapshot taken at Publish, with the SAS
//! expiry measured from the simulated submission time (PRODUCT.md "What certification can fail
//! on"). Each failure names its field and carries data for the message and a [`Remedy`].

use super::fields;
use super::form::{OfferForm, OsFamily};
use super::formats::{self, parse_iso_datetime, parse_number};
use super::path::FieldPath;
use super::remedy::Remedy;
use super::time::{SimTime, DAY_MS};
use serde::{Deserialize, Serialize};

/// The SAS expiry must be at least this many days after submission (3 weeks).
pub const MIN_SAS_VALIDITY_DAYS: i64 = 21;
/// Largest data disk, in GB.
pub const MAX_DATA_DISK_GB: u32 = 1023;

/// The OS disk size range of an OS family, in GB: Linux 30 to 1023, Windows 30 to 250.
pub fn os_disk_range(family: OsFamily) -> (u32, u32) {
    match family {
        OsFamily::Linux => (30, 1023),
        OsFamily::Windows => (30, 250),
    }
}

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
            CertificationKind::LunGap { .. } => Remedy::RenumberLuns { field },
        }
    }
}

/// The parts of a SAS URI that certification looks at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SasUri {
    /// Everything before `?`.
    pub resource: String,
    /// Query parameters, names lower-cased, values percent-decoded.
    pub params: Vec<(String, String)>,
    /// Whether there was a `?` at all.
    pub has_query: bool,
}

impl SasUri {
    /// Splits a URL into its resource and query parameters.
    pub fn parse(url: &str) -> SasUri {
        let url = url.trim();
        let (resource, query) = match url.split_once('?') {
            Some((r, q)) => (r, Some(q)),
            None => (url, None),
        };
        let query = query.map(|q| q.split('#').next().unwrap_or(""));
        let params = query
            .map(|q| {
                q.split('&')
                    .filter(|kv| !kv.is_empty())
                    .map(|kv| {
                        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                        (k.to_ascii_lowercase(), formats::percent_decode(v))
                    })
                    .collect()
            })
            .unwrap_or_default();
        SasUri {
            resource: resource.to_string(),
            params,
            has_query: query.is_some(),
        }
    }

    /// The value of parameter `name` (lower-case), if present and not empty.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
    }

    /// The blob name: the last segment of the resource path, percent-decoded.
    pub fn blob_name(&self) -> String {
        let after_scheme = self
            .resource
            .split_once("://")
            .map(|(_, r)| r)
            .unwrap_or(&self.resource);
        match after_scheme.split_once('/') {
            Some((_, path)) => formats::percent_decode(path.rsplit('/').next().unwrap_or("")),
            None => String::new(),
        }
    }
}

/// Every check on one VHD SAS URI.
fn check_vhd_url(
    out: &mut Vec<CertificationFailure>,
    path: &FieldPath,
    url: &str,
    submitted: SimTime,
) {
    let mut fail = |kind| {
        out.push(CertificationFailure {
            path: path.clone(),
            kind,
        })
    };
    let sas = SasUri::parse(url);
    let blob = sas.blob_name();
    if blob.chars().any(char::is_whitespace) {
        fail(CertificationKind::VhdNameHasSpaces);
    }
    if !blob.to_ascii_lowercase().ends_with(".vhd") {
        fail(CertificationKind::NotAVhd);
    }
    if !sas.has_query {
        fail(CertificationKind::SasQueryMissing);
        return;
    }
    let sp = sas.param("sp");
    if !sp.is_some_and(|p| p.contains('r') && p.contains('l')) {
        fail(CertificationKind::SasPermissionsMissing {
            found: sp.map(str::to_string),
        });
    }
    let sr = sas.param("sr");
    if sr != Some("c") {
        fail(CertificationKind::SasNotContainer {
            found: sr.map(str::to_string),
        });
    }
    match sas.param("st") {
        None => fail(CertificationKind::SasStartMissing),
        Some(v) if parse_iso_datetime(v).is_none() => {
            fail(CertificationKind::SasStartUnparseable {
                value: v.to_string(),
            })
        }
        Some(_) => {}
    }
    match sas.param("se") {
        None => fail(CertificationKind::SasExpiryMissing),
        Some(v) => match parse_iso_datetime(v) {
            None => fail(CertificationKind::SasExpiryUnparseable {
                value: v.to_string(),
            }),
            Some(expiry) => {
                if expiry.since(submitted) < MIN_SAS_VALIDITY_DAYS * DAY_MS {
                    fail(CertificationKind::SasExpiresTooSoon {
                        expiry,
                        submitted,
                        min_days: MIN_SAS_VALIDITY_DAYS,
                    });
                }
            }
        },
    }
}

/// Every certification failure of the submitted form, given the simulated submission time.
///
/// Fields that do not even parse (caught by the field rules before Publish) are skipped here.
pub fn certify(form: &OfferForm, submitted: SimTime) -> Vec<CertificationFailure> {
    let mut out = Vec::new();
    for (i, sku) in form.skus.iter().enumerate() {
        for (j, dv) in sku.disk_versions.iter().enumerate() {
            let dvp = fields::sku(i).disk_version(j);
            check_vhd_url(&mut out, &dvp.os_vhd_url(), &dv.os_vhd_url, submitted);
            if let (Some(family), Some(size)) = (sku.os_family, parse_number(&dv.os_disk_size_gb)) {
                let (min_gb, max_gb) = os_disk_range(family);
                if !(min_gb..=max_gb).contains(&size) {
                    out.push(CertificationFailure {
                        path: dvp.os_disk_size_gb(),
                        kind: CertificationKind::OsDiskSizeOutOfRange {
                            family,
                            min_gb,
                            max_gb,
                            actual_gb: size,
                        },
                    });
                }
            }
            for (k, disk) in dv.data_disks.iter().enumerate() {
                let dp = dvp.data_disk(k);
                check_vhd_url(&mut out, &dp.vhd_url(), &disk.vhd_url, submitted);
                if let Some(size) = parse_number(&disk.size_gb) {
                    if size > MAX_DATA_DISK_GB {
                        out.push(CertificationFailure {
                            path: dp.size_gb(),
                            kind: CertificationKind::DataDiskTooLarge {
                                max_gb: MAX_DATA_DISK_GB,
                                actual_gb: size,
                            },
                        });
                    }
                }
            }
            let mut luns: Vec<u32> = dv
                .data_disks
                .iter()
                .filter_map(|d| parse_number(&d.lun))
                .collect();
            luns.sort_unstable();
            luns.dedup();
            let missing = (0u32..)
                .zip(luns.iter())
                .find(|(expected, lun)| *expected != **lun)
                .map(|(expected, _)| expected);
            if let Some(missing) = missing {
                out.push(CertificationFailure {
                    path: dvp.data_disks(),
                    kind: CertificationKind::LunGap { missing },
                });
            }
        }
    }
    out
}
