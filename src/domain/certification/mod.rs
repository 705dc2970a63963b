//! Certification (step 2): the checks a simulator can run on the data of the submitted form.
//!
//! Run at Certification's deadline against the form snapshot taken at Publish, with the SAS
//! expiry measured from the simulated submission time (PRODUCT.md "What certification can fail
//! on"). Each failure names its field and carries data for the message and a remedy
//! ([`CertificationFailure::remedy`]).

use super::fields;
use super::form::{OfferForm, OsFamily};
use super::formats::{parse_iso_datetime, parse_number};
use super::path::FieldPath;
use super::run::Run;
pub use super::sas::SasUri;
use super::step::{Step, StepState};
use super::time::{SimTime, DAY_MS};
use serde::{Deserialize, Serialize};

mod kind;
pub use kind::{CertificationFailure, CertificationKind};

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

/// One check certification runs on a disk of the submitted form, in the order it runs them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Check {
    /// The VHD URL is a SAS URI at all: it has a `?` and a token after it.
    SasUri,
    /// The URL is on an Azure Storage blob endpoint, `<account>.blob.core.windows.net`.
    BlobHost,
    /// The SAS grants read and list (`sp` contains `r` and `l`).
    ReadAndList,
    /// The SAS is for the container (`sr=c`).
    ContainerScope,
    /// The SAS has a start and an expiry datetime (`st`, `se`) that parse.
    StartAndExpiry,
    /// The SAS expires at least [`MIN_SAS_VALIDITY_DAYS`] days after submission.
    ExpiryWindow,
    /// The VHD's name has no spaces and ends in `.vhd`.
    VhdName,
    /// The OS disk's size is within its OS family's range.
    OsDiskSize,
    /// A data disk is at most [`MAX_DATA_DISK_GB`].
    DataDiskSize,
    /// The data disks' LUNs run 0, 1, 2 ... without gaps.
    LunNumbering,
}

impl Check {
    /// The checks run on one VHD URL, in order.
    pub const URL: [Check; 7] = [
        Check::SasUri,
        Check::BlobHost,
        Check::ReadAndList,
        Check::ContainerScope,
        Check::StartAndExpiry,
        Check::ExpiryWindow,
        Check::VhdName,
    ];
}

/// What a check is about inside one disk version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Subject {
    /// The OS disk.
    OsDisk,
    /// The data disk at this position (0 for the first).
    DataDisk(usize),
    /// The disk version's data disks together (their LUNs).
    DataDisks,
}

/// How a check came out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verdict {
    /// Passed.
    Passed,
    /// Failed, with every reason found (never empty).
    Failed(Vec<CertificationKind>),
    /// Could not run: what it reads is absent (no SAS token, no expiry that parses, a size
    /// or OS family the field rules already refuse).
    NotChecked,
}

/// One check on one field of one disk version, and its verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckResult {
    /// Which check.
    pub check: Check,
    /// The SKU's position in the form.
    pub sku: usize,
    /// The disk version's position in its SKU.
    pub version: usize,
    /// The disk (or disks) checked.
    pub subject: Subject,
    /// The field checked.
    pub path: FieldPath,
    /// How it came out.
    pub verdict: Verdict,
}

impl CheckResult {
    /// Whether the check passed.
    pub fn passed(&self) -> bool {
        self.verdict == Verdict::Passed
    }

    /// The failures it found, each with its field.
    pub fn failures(&self) -> Vec<CertificationFailure> {
        match &self.verdict {
            Verdict::Failed(kinds) => kinds
                .iter()
                .map(|kind| CertificationFailure {
                    path: self.path.clone(),
                    kind: kind.clone(),
                })
                .collect(),
            Verdict::Passed | Verdict::NotChecked => Vec::new(),
        }
    }
}

/// A verdict from the failures one check found.
fn verdict(failures: Vec<CertificationKind>) -> Verdict {
    if failures.is_empty() {
        Verdict::Passed
    } else {
        Verdict::Failed(failures)
    }
}

/// The verdicts of the URL checks ([`Check::URL`], in order) on one VHD SAS URI.
fn url_verdicts(url: &str, submitted: SimTime) -> [(Check, Verdict); 7] {
    let sas = SasUri::parse(url);
    let blob = sas.blob_name();
    let mut name = Vec::new();
    if blob.chars().any(char::is_whitespace) {
        name.push(CertificationKind::VhdNameHasSpaces);
    }
    if !blob.to_ascii_lowercase().ends_with(".vhd") {
        name.push(CertificationKind::NotAVhd);
    }
    let host = if sas.is_azure_blob_host() {
        Verdict::Passed
    } else {
        Verdict::Failed(vec![CertificationKind::NotAzureBlobHost {
            host: sas.host(),
        }])
    };
    if !sas.has_query {
        let none = Verdict::NotChecked;
        return [
            (
                Check::SasUri,
                Verdict::Failed(vec![CertificationKind::SasQueryMissing]),
            ),
            (Check::BlobHost, host),
            (Check::ReadAndList, none.clone()),
            (Check::ContainerScope, none.clone()),
            (Check::StartAndExpiry, none.clone()),
            (Check::ExpiryWindow, none),
            (Check::VhdName, verdict(name)),
        ];
    }
    let sp = sas.param("sp");
    let read_list = if sp.is_some_and(|p| p.contains('r') && p.contains('l')) {
        Verdict::Passed
    } else {
        Verdict::Failed(vec![CertificationKind::SasPermissionsMissing {
            found: sp.map(str::to_string),
        }])
    };
    let sr = sas.param("sr");
    let container = if sr == Some("c") {
        Verdict::Passed
    } else {
        Verdict::Failed(vec![CertificationKind::SasNotContainer {
            found: sr.map(str::to_string),
        }])
    };
    let mut dates = Vec::new();
    match sas.param("st") {
        None => dates.push(CertificationKind::SasStartMissing),
        Some(v) if parse_iso_datetime(v).is_none() => {
            dates.push(CertificationKind::SasStartUnparseable {
                value: v.to_string(),
            })
        }
        Some(_) => {}
    }
    let expiry = match sas.param("se") {
        None => {
            dates.push(CertificationKind::SasExpiryMissing);
            None
        }
        Some(v) => {
            let parsed = parse_iso_datetime(v);
            if parsed.is_none() {
                dates.push(CertificationKind::SasExpiryUnparseable {
                    value: v.to_string(),
                });
            }
            parsed
        }
    };
    let window = match expiry {
        None => Verdict::NotChecked,
        Some(expiry) if expiry.since(submitted) < MIN_SAS_VALIDITY_DAYS * DAY_MS => {
            Verdict::Failed(vec![CertificationKind::SasExpiresTooSoon {
                expiry,
                submitted,
                min_days: MIN_SAS_VALIDITY_DAYS,
            }])
        }
        Some(_) => Verdict::Passed,
    };
    [
        (Check::SasUri, Verdict::Passed),
        (Check::BlobHost, host),
        (Check::ReadAndList, read_list),
        (Check::ContainerScope, container),
        (Check::StartAndExpiry, verdict(dates)),
        (Check::ExpiryWindow, window),
        (Check::VhdName, verdict(name)),
    ]
}

/// Every check certification runs on the submitted form, in order: for each SKU and each of
/// its disk versions, the URL checks and the size of the OS disk, then of each data disk, then
/// the data disks' LUNs (when there are data disks). `submitted` is the simulated submission
/// time, from which the SAS expiry is measured.
///
/// This is the one source of truth of step 2: [`certify`] is its failures.
pub fn checks(form: &OfferForm, submitted: SimTime) -> Vec<CheckResult> {
    let mut out = Vec::new();
    for (sku, s) in form.skus.iter().enumerate() {
        for (version, dv) in s.disk_versions.iter().enumerate() {
            let dvp = fields::sku(sku).disk_version(version);
            let mut push = |check, subject, path: &FieldPath, verdict| {
                out.push(CheckResult {
                    check,
                    sku,
                    version,
                    subject,
                    path: path.clone(),
                    verdict,
                })
            };
            let os_url = dvp.os_vhd_url();
            for (check, v) in url_verdicts(&dv.os_vhd_url, submitted) {
                push(check, Subject::OsDisk, &os_url, v);
            }
            let os_size = match (s.os_family, parse_number(&dv.os_disk_size_gb)) {
                (Some(family), Some(size)) => {
                    let (min_gb, max_gb) = os_disk_range(family);
                    if (min_gb..=max_gb).contains(&size) {
                        Verdict::Passed
                    } else {
                        Verdict::Failed(vec![CertificationKind::OsDiskSizeOutOfRange {
                            family,
                            min_gb,
                            max_gb,
                            actual_gb: size,
                        }])
                    }
                }
                _ => Verdict::NotChecked,
            };
            push(
                Check::OsDiskSize,
                Subject::OsDisk,
                &dvp.os_disk_size_gb(),
                os_size,
            );
            for (k, disk) in dv.data_disks.iter().enumerate() {
                let dp = dvp.data_disk(k);
                let url = dp.vhd_url();
                for (check, v) in url_verdicts(&disk.vhd_url, submitted) {
                    push(check, Subject::DataDisk(k), &url, v);
                }
                let size = match parse_number(&disk.size_gb) {
                    Some(size) if size > MAX_DATA_DISK_GB => {
                        Verdict::Failed(vec![CertificationKind::DataDiskTooLarge {
                            max_gb: MAX_DATA_DISK_GB,
                            actual_gb: size,
                        }])
                    }
                    Some(_) => Verdict::Passed,
                    None => Verdict::NotChecked,
                };
                push(
                    Check::DataDiskSize,
                    Subject::DataDisk(k),
                    &dp.size_gb(),
                    size,
                );
            }
            if !dv.data_disks.is_empty() {
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
                let v = match missing {
                    Some(missing) => Verdict::Failed(vec![CertificationKind::LunGap { missing }]),
                    None => Verdict::Passed,
                };
                push(
                    Check::LunNumbering,
                    Subject::DataDisks,
                    &dvp.data_disks(),
                    v,
                );
            }
        }
    }
    out
}

/// Every certification failure of the submitted form, given the simulated submission time:
/// the failures of [`checks`], in the same order.
///
/// Fields that do not even parse (caught by the field rules before Publish) are not checked.
pub fn certify(form: &OfferForm, submitted: SimTime) -> Vec<CertificationFailure> {
    checks(form, submitted)
        .iter()
        .flat_map(CheckResult::failures)
        .collect()
}

/// How many of `total` checks have a result while Certification runs from `started` to
/// `due`, at `now`: they finish one after another, evenly over the step's span, the last one
/// at the deadline. Deterministic: it depends on the times only.
pub fn checks_done(total: usize, started: SimTime, due: SimTime, now: SimTime) -> usize {
    let span = due.since(started);
    if span <= 0 || now >= due {
        return total;
    }
    let elapsed = now.since(started).clamp(0, span);
    let done = i128::from(elapsed) * total as i128 / i128::from(span);
    usize::try_from(done).unwrap_or(total).min(total)
}

/// How many of the run's `total` checks have a result at `now`: none before Certification
/// starts (or once the run was canceled and shows step 1 again), all once it has ended, and
/// [`checks_done`] of its span while it runs.
pub fn checks_done_in(run: &Run, total: usize, now: SimTime) -> usize {
    let record = run.step(Step::Certification);
    match (
        run.shown_state(Step::Certification),
        record.started,
        record.due,
    ) {
        (StepState::InProgress, Some(started), Some(due)) => checks_done(total, started, due, now),
        (StepState::Complete | StepState::Rejected | StepState::Blocked, ..) => total,
        _ => 0,
    }
}
