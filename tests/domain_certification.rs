#![cfg(not(target_arch = "wasm32"))]
//! Certification checks (PRODUCT.md "What certification can fail on").

use golive::domain::sample::{complete_form, sas_uri};
use golive::domain::*;

mod common;
use common::{kinds, only};

/// 2018-06-01T00:00:00Z.
const SUBMITTED: SimTime = SimTime(1_527_811_200_000);
const OS_URL: &str = "skus[0].disk_versions[0].os_vhd_url";

fn failures_after(edit: impl FnOnce(&mut OfferForm)) -> Vec<CertificationFailure> {
    let mut form = complete_form();
    edit(&mut form);
    certify(&form, SUBMITTED)
}

fn with_os_url(url: &str) -> Vec<CertificationFailure> {
    failures_after(|f| f.skus[0].disk_versions[0].os_vhd_url = url.to_string())
}

const BASE: &str = "https://contosostorage.blob.core.windows.net/vhds/os.vhd";
const GOOD_QUERY: &str = "sr=c&sp=rl&st=2018-05-01T00:00:00Z&se=2018-07-01T00:00:00Z&sig=abc";

#[test]
fn sample_form_passes_certification() {
    assert_eq!(certify(&complete_form(), SUBMITTED), vec![]);
}

#[test]
fn url_without_question_mark_is_not_a_sas_uri() {
    only(
        &with_os_url(BASE),
        OS_URL,
        CertificationKind::SasQueryMissing,
    );
}

#[test]
fn sas_without_read_and_list_permission_fails() {
    let f = with_os_url(&format!("{BASE}?{}", GOOD_QUERY.replace("sp=rl", "sp=r")));
    only(
        &f,
        OS_URL,
        CertificationKind::SasPermissionsMissing {
            found: Some("r".into()),
        },
    );
    let f = with_os_url(&format!("{BASE}?{}", GOOD_QUERY.replace("sp=rl&", "")));
    only(
        &f,
        OS_URL,
        CertificationKind::SasPermissionsMissing { found: None },
    );
}

#[test]
fn sas_with_more_permissions_than_read_list_passes() {
    let f = with_os_url(&format!(
        "{BASE}?{}",
        GOOD_QUERY.replace("sp=rl", "sp=racwdl")
    ));
    assert_eq!(f, vec![]);
}

#[test]
fn blob_sas_instead_of_container_sas_fails() {
    let f = with_os_url(&format!("{BASE}?{}", GOOD_QUERY.replace("sr=c", "sr=b")));
    only(
        &f,
        OS_URL,
        CertificationKind::SasNotContainer {
            found: Some("b".into()),
        },
    );
}

#[test]
fn sas_without_start_or_expiry_fails() {
    let q = GOOD_QUERY.replace("st=2018-05-01T00:00:00Z&", "");
    only(
        &with_os_url(&format!("{BASE}?{q}")),
        OS_URL,
        CertificationKind::SasStartMissing,
    );
    let q = GOOD_QUERY.replace("se=2018-07-01T00:00:00Z&", "");
    only(
        &with_os_url(&format!("{BASE}?{q}")),
        OS_URL,
        CertificationKind::SasExpiryMissing,
    );
}

#[test]
fn sas_with_unparseable_datetimes_fails() {
    let q = GOOD_QUERY
        .replace("2018-05-01T00:00:00Z", "yesterday")
        .replace("2018-07-01T00:00:00Z", "2018-02-30");
    assert_eq!(
        kinds(&with_os_url(&format!("{BASE}?{q}"))),
        vec![
            CertificationKind::SasStartUnparseable {
                value: "yesterday".into()
            },
            CertificationKind::SasExpiryUnparseable {
                value: "2018-02-30".into()
            },
        ]
    );
}

#[test]
fn sas_expiring_less_than_three_weeks_after_submission_fails() {
    // 20 days and 23 hours after submission.
    let q = GOOD_QUERY.replace("2018-07-01T00:00:00Z", "2018-06-21T23:00:00Z");
    let f = with_os_url(&format!("{BASE}?{q}"));
    only(
        &f,
        OS_URL,
        CertificationKind::SasExpiresTooSoon {
            expiry: SimTime(SUBMITTED.0 + 20 * DAY_MS + 23 * HOUR_MS),
            submitted: SUBMITTED,
            min_days: 21,
        },
    );
    assert_eq!(
        f[0].remedy(),
        Remedy::ExtendExpiry {
            field: FieldPath::parse(OS_URL),
            not_before: SimTime(SUBMITTED.0 + 21 * DAY_MS),
        }
    );
}

#[test]
fn sas_expiring_exactly_three_weeks_after_submission_passes() {
    let q = GOOD_QUERY.replace("2018-07-01T00:00:00Z", "2018-06-22T00:00:00Z");
    assert_eq!(with_os_url(&format!("{BASE}?{q}")), vec![]);
}

#[test]
fn sas_expiry_is_measured_from_the_submission_time() {
    let form = complete_form();
    // The sample expires in 2099: fine in 2018, too soon in 2099.
    assert_eq!(certify(&form, SUBMITTED), vec![]);
    let late = SimTime(4_102_000_000_000); // 2099-12-26
    assert!(matches!(
        kinds(&certify(&form, late)).first(),
        Some(CertificationKind::SasExpiresTooSoon { .. })
    ));
}

#[test]
fn percent_encoded_datetimes_are_decoded() {
    let q = GOOD_QUERY.replace("2018-07-01T00:00:00Z", "2018-07-01T00%3A00%3A00Z");
    assert_eq!(with_os_url(&format!("{BASE}?{q}")), vec![]);
}

#[test]
fn vhd_name_with_spaces_fails() {
    let url = format!("https://contosostorage.blob.core.windows.net/vhds/my%20os.vhd?{GOOD_QUERY}");
    only(
        &with_os_url(&url),
        OS_URL,
        CertificationKind::VhdNameHasSpaces,
    );
}

#[test]
fn url_not_ending_in_vhd_fails() {
    let url = format!("https://contosostorage.blob.core.windows.net/vhds/os.vhdx?{GOOD_QUERY}");
    only(&with_os_url(&url), OS_URL, CertificationKind::NotAVhd);
    let url = format!("https://contosostorage.blob.core.windows.net/vhds/?{GOOD_QUERY}");
    only(&with_os_url(&url), OS_URL, CertificationKind::NotAVhd);
}

#[test]
fn data_disk_urls_are_checked_like_os_urls() {
    let f = failures_after(|f| {
        f.skus[0].disk_versions[0].data_disks[0].vhd_url =
            sas_uri("data.vhd").replace("sr=c", "sr=b")
    });
    assert_eq!(f.len(), 1);
    assert_eq!(
        f[0].path.as_str(),
        "skus[0].disk_versions[0].data_disks[0].vhd_url"
    );
}

#[test]
fn linux_os_disk_must_be_30_to_1023_gb() {
    for (size, ok) in [("29", false), ("30", true), ("1023", true), ("1024", false)] {
        let f = failures_after(|f| f.skus[0].disk_versions[0].os_disk_size_gb = size.into());
        assert_eq!(f.is_empty(), ok, "{size}");
    }
    let f = failures_after(|f| f.skus[0].disk_versions[0].os_disk_size_gb = "2000".into());
    only(
        &f,
        "skus[0].disk_versions[0].os_disk_size_gb",
        CertificationKind::OsDiskSizeOutOfRange {
            family: OsFamily::Linux,
            min_gb: 30,
            max_gb: 1023,
            actual_gb: 2000,
        },
    );
}

#[test]
fn windows_os_disk_must_be_30_to_250_gb() {
    let windows = |size: &str| {
        failures_after(|f| {
            f.skus[0].os_family = Some(OsFamily::Windows);
            f.skus[0].disk_versions[0].os_disk_size_gb = size.into();
        })
    };
    assert_eq!(windows("128"), vec![]);
    assert_eq!(windows("250"), vec![]);
    assert_eq!(
        kinds(&windows("251")),
        vec![CertificationKind::OsDiskSizeOutOfRange {
            family: OsFamily::Windows,
            min_gb: 30,
            max_gb: 250,
            actual_gb: 251,
        }]
    );
}

#[test]
fn data_disk_over_1023_gb_fails() {
    let f = failures_after(|f| f.skus[0].disk_versions[0].data_disks[0].size_gb = "1024".into());
    only(
        &f,
        "skus[0].disk_versions[0].data_disks[0].size_gb",
        CertificationKind::DataDiskTooLarge {
            max_gb: 1023,
            actual_gb: 1024,
        },
    );
    let f = failures_after(|f| f.skus[0].disk_versions[0].data_disks[0].size_gb = "1023".into());
    assert_eq!(f, vec![]);
}

#[test]
fn luns_must_start_at_zero_without_gaps() {
    let with_luns = |luns: &[&str]| {
        failures_after(|f| {
            let d = f.skus[0].disk_versions[0].data_disks[0].clone();
            f.skus[0].disk_versions[0].data_disks = luns
                .iter()
                .map(|l| DataDisk {
                    lun: l.to_string(),
                    ..d.clone()
                })
                .collect();
        })
    };
    assert_eq!(with_luns(&["1", "0", "2"]), vec![]);
    only(
        &with_luns(&["0", "2"]),
        "skus[0].disk_versions[0].data_disks",
        CertificationKind::LunGap { missing: 1 },
    );
    assert_eq!(
        kinds(&with_luns(&["1"])),
        vec![CertificationKind::LunGap { missing: 0 }]
    );
}

#[test]
fn every_failure_has_a_remedy_naming_its_field() {
    // In the order of the checks: a SAS URI at all, then the VHD's name.
    let f = with_os_url("https://contosostorage.blob.core.windows.net/vhds/my disk.vhdx");
    assert_eq!(
        f.iter()
            .map(CertificationFailure::remedy)
            .collect::<Vec<_>>(),
        vec![
            Remedy::GenerateContainerSas {
                field: FieldPath::parse(OS_URL)
            },
            Remedy::RenameVhdWithoutSpaces {
                field: FieldPath::parse(OS_URL)
            },
            Remedy::PointToVhdFile {
                field: FieldPath::parse(OS_URL)
            },
        ]
    );
}

#[test]
fn certify_never_panics_on_odd_urls() {
    for url in [
        "",
        "?",
        "https://",
        "%%%?&&==&sp",
        "https://x.com/a.vhd?se=%E0%A4%A",
    ] {
        let _ = with_os_url(url);
    }
}
