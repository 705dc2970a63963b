#![cfg(not(target_arch = "wasm32"))]
//! Certification's list of checks (`domain::checks`): every check it runs on each disk, each
//! verdict with its reasons, the blob host check, and how the checks finish over the step.

use golive::domain::sample::complete_form;
use golive::domain::*;

mod common;
use common::{kinds, only};

/// 2018-06-01T00:00:00Z.
const SUBMITTED: SimTime = SimTime(1_527_811_200_000);
const OS_URL: &str = "skus[0].disk_versions[0].os_vhd_url";
const BASE: &str = "https://contosostorage.blob.core.windows.net/vhds/os.vhd";
const GOOD_QUERY: &str = "sr=c&sp=rl&st=2018-05-01T00:00:00Z&se=2018-07-01T00:00:00Z&sig=abc";

fn with_os_url(url: &str) -> Vec<CertificationFailure> {
    let mut form = complete_form();
    form.skus[0].disk_versions[0].os_vhd_url = url.to_string();
    certify(&form, SUBMITTED)
}

#[test]
fn a_sas_uri_off_azure_storage_fails_the_blob_host_check() {
    for (host, found) in [
        ("https://example.com", "example.com"),
        (
            "https://contoso.blob.core.windows.net.example.com",
            "contoso.blob.core.windows.net.example.com",
        ),
        ("https://blob.core.windows.net", "blob.core.windows.net"),
        (
            "https://Contoso_Store.blob.core.windows.net",
            "contoso_store.blob.core.windows.net",
        ),
        (
            "https://contoso.file.core.windows.net",
            "contoso.file.core.windows.net",
        ),
    ] {
        let url = format!("{host}/vhds/os.vhd?{GOOD_QUERY}");
        let f = with_os_url(&url);
        only(
            &f,
            OS_URL,
            CertificationKind::NotAzureBlobHost { host: found.into() },
        );
        assert_eq!(
            f[0].remedy(),
            Remedy::UseAzureBlobStorage {
                field: FieldPath::parse(OS_URL)
            }
        );
    }
    // User info and a port are not part of the host.
    let url =
        format!("https://me@contosostorage.blob.core.windows.net:443/vhds/os.vhd?{GOOD_QUERY}");
    assert_eq!(with_os_url(&url), vec![]);
    // A URL with no host at all names none.
    assert!(
        kinds(&with_os_url("os.vhd?sp=rl")).contains(&CertificationKind::NotAzureBlobHost {
            host: String::new()
        })
    );
}

/// The result of `check` on the first SKU's OS disk (or its data disks), after `edit`.
fn os_check(check: Check, edit: impl FnOnce(&mut OfferForm)) -> CheckResult {
    let mut form = complete_form();
    edit(&mut form);
    checks(&form, SUBMITTED)
        .into_iter()
        .find(|r| {
            r.check == check && r.sku == 0 && r.version == 0 && r.subject != Subject::DataDisk(0)
        })
        .expect("the check runs")
}

fn os_url(url: String) -> impl FnOnce(&mut OfferForm) {
    move |f| f.skus[0].disk_versions[0].os_vhd_url = url
}

#[test]
fn the_sample_form_passes_every_check_in_order() {
    let results = checks(&complete_form(), SUBMITTED);
    let names: Vec<(Check, Subject)> = results.iter().map(|r| (r.check, r.subject)).collect();
    let mut expected: Vec<(Check, Subject)> =
        Check::URL.iter().map(|c| (*c, Subject::OsDisk)).collect();
    expected.push((Check::OsDiskSize, Subject::OsDisk));
    expected.extend(Check::URL.iter().map(|c| (*c, Subject::DataDisk(0))));
    expected.push((Check::DataDiskSize, Subject::DataDisk(0)));
    expected.push((Check::LunNumbering, Subject::DataDisks));
    assert_eq!(names, expected);
    assert!(results.iter().all(CheckResult::passed));
    assert_eq!(results[0].path.as_str(), OS_URL);
    assert_eq!(
        results[7].path.as_str(),
        "skus[0].disk_versions[0].os_disk_size_gb"
    );
}

/// A change to the sample form.
type Edit = Box<dyn FnOnce(&mut OfferForm)>;

#[test]
fn each_check_fails_on_its_own_fault_and_names_it() {
    let cases: Vec<(Check, Edit, CertificationKind)> = vec![
        (
            Check::SasUri,
            Box::new(os_url(BASE.into())),
            CertificationKind::SasQueryMissing,
        ),
        (
            Check::BlobHost,
            Box::new(os_url(format!(
                "https://example.com/vhds/os.vhd?{GOOD_QUERY}"
            ))),
            CertificationKind::NotAzureBlobHost {
                host: "example.com".into(),
            },
        ),
        (
            Check::ReadAndList,
            Box::new(os_url(format!(
                "{BASE}?{}",
                GOOD_QUERY.replace("sp=rl", "sp=l")
            ))),
            CertificationKind::SasPermissionsMissing {
                found: Some("l".into()),
            },
        ),
        (
            Check::ContainerScope,
            Box::new(os_url(format!(
                "{BASE}?{}",
                GOOD_QUERY.replace("sr=c", "sr=b")
            ))),
            CertificationKind::SasNotContainer {
                found: Some("b".into()),
            },
        ),
        (
            Check::StartAndExpiry,
            Box::new(os_url(format!(
                "{BASE}?{}",
                GOOD_QUERY.replace("st=2018-05-01T00:00:00Z&", "")
            ))),
            CertificationKind::SasStartMissing,
        ),
        (
            Check::ExpiryWindow,
            Box::new(os_url(format!(
                "{BASE}?{}",
                GOOD_QUERY.replace("2018-07-01", "2018-06-10")
            ))),
            CertificationKind::SasExpiresTooSoon {
                expiry: SimTime(SUBMITTED.0 + 9 * DAY_MS),
                submitted: SUBMITTED,
                min_days: 21,
            },
        ),
        (
            Check::VhdName,
            Box::new(os_url(format!("{BASE}x?{GOOD_QUERY}"))),
            CertificationKind::NotAVhd,
        ),
        (
            Check::OsDiskSize,
            Box::new(|f: &mut OfferForm| f.skus[0].disk_versions[0].os_disk_size_gb = "20".into()),
            CertificationKind::OsDiskSizeOutOfRange {
                family: OsFamily::Linux,
                min_gb: 30,
                max_gb: 1023,
                actual_gb: 20,
            },
        ),
        (
            Check::LunNumbering,
            Box::new(|f: &mut OfferForm| f.skus[0].disk_versions[0].data_disks[0].lun = "1".into()),
            CertificationKind::LunGap { missing: 0 },
        ),
    ];
    for (check, edit, kind) in cases {
        let mut form = complete_form();
        edit(&mut form);
        let results = checks(&form, SUBMITTED);
        let failed: Vec<&CheckResult> = results
            .iter()
            .filter(|r| matches!(r.verdict, Verdict::Failed(_)))
            .collect();
        assert_eq!(
            failed.len(),
            1,
            "{check:?}: only its own check fails: {failed:?}"
        );
        assert_eq!(failed[0].check, check);
        assert_eq!(
            failed[0].verdict,
            Verdict::Failed(vec![kind.clone()]),
            "{check:?}"
        );
        assert_eq!(certify(&form, SUBMITTED), failed[0].failures(), "{check:?}");
    }
    let mut form = complete_form();
    form.skus[0].disk_versions[0].data_disks[0].size_gb = "2048".into();
    let results = checks(&form, SUBMITTED);
    let failed: Vec<&CheckResult> = results.iter().filter(|r| !r.passed()).collect();
    assert_eq!(failed.len(), 1);
    assert_eq!(
        (failed[0].check, failed[0].subject),
        (Check::DataDiskSize, Subject::DataDisk(0))
    );
}

#[test]
fn without_a_token_the_sas_checks_are_not_checked() {
    let results = checks(
        &{
            let mut f = complete_form();
            f.skus[0].disk_versions[0].os_vhd_url = BASE.into();
            f
        },
        SUBMITTED,
    );
    let verdict = |check| {
        results
            .iter()
            .find(|r| r.check == check && r.subject == Subject::OsDisk)
            .map(|r| r.verdict.clone())
    };
    assert_eq!(
        verdict(Check::SasUri),
        Some(Verdict::Failed(vec![CertificationKind::SasQueryMissing]))
    );
    assert_eq!(verdict(Check::BlobHost), Some(Verdict::Passed));
    for check in [
        Check::ReadAndList,
        Check::ContainerScope,
        Check::StartAndExpiry,
        Check::ExpiryWindow,
    ] {
        assert_eq!(verdict(check), Some(Verdict::NotChecked), "{check:?}");
    }
    assert_eq!(verdict(Check::VhdName), Some(Verdict::Passed));
    // An expiry that does not parse leaves the three-week window unmeasured.
    let r = os_check(
        Check::ExpiryWindow,
        os_url(format!(
            "{BASE}?{}",
            GOOD_QUERY.replace("2018-07-01T00:00:00Z", "soon")
        )),
    );
    assert_eq!(r.verdict, Verdict::NotChecked);
    // A size the field rules refuse is not measured either.
    let r = os_check(Check::OsDiskSize, |f| {
        f.skus[0].disk_versions[0].os_disk_size_gb = "big".into()
    });
    assert_eq!(r.verdict, Verdict::NotChecked);
}

#[test]
fn windows_os_disks_are_checked_against_the_windows_range() {
    let r = os_check(Check::OsDiskSize, |f| {
        f.skus[0].os_family = Some(OsFamily::Windows);
        f.skus[0].disk_versions[0].os_disk_size_gb = "500".into();
    });
    assert_eq!(
        r.verdict,
        Verdict::Failed(vec![CertificationKind::OsDiskSizeOutOfRange {
            family: OsFamily::Windows,
            min_gb: 30,
            max_gb: 250,
            actual_gb: 500,
        }])
    );
}

#[test]
fn a_disk_version_without_data_disks_has_no_lun_check() {
    let mut form = complete_form();
    form.skus[0].disk_versions[0].data_disks.clear();
    let results = checks(&form, SUBMITTED);
    assert_eq!(results.len(), 8);
    assert!(results.iter().all(|r| r.subject == Subject::OsDisk));
}

#[test]
fn checks_finish_evenly_over_the_step_the_last_at_its_deadline() {
    let start = SimTime(1_000);
    let due = SimTime(11_000);
    assert_eq!(checks_done(17, start, due, start), 0);
    assert_eq!(checks_done(17, start, due, SimTime(0)), 0);
    assert_eq!(checks_done(10, start, due, SimTime(6_000)), 5);
    assert_eq!(checks_done(17, start, due, SimTime(10_999)), 16);
    assert_eq!(checks_done(17, start, due, due), 17);
    assert_eq!(checks_done(17, start, due, SimTime(99_000)), 17);
    assert_eq!(
        checks_done(17, due, due, start),
        17,
        "an empty span is done"
    );
    let mut last = 0;
    for t in (0..12_000).step_by(250) {
        let n = checks_done(17, start, due, SimTime(t));
        assert!(n >= last, "never goes back");
        last = n;
    }
}
