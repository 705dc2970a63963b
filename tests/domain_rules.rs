#![cfg(not(target_arch = "wasm32"))]
//! Field rules of the offer form (PRODUCT.md "The offer form").
//!
//! Longer than most files: a test per field rule, in the order of the form.

use golive::domain::sample::{complete_form, png};
use golive::domain::*;

/// The problems of the sample form after `edit`.
fn problems_after(edit: impl FnOnce(&mut OfferForm)) -> Vec<FieldProblem> {
    let mut form = complete_form();
    edit(&mut form);
    check_form(&form)
}

/// Asserts that exactly one problem was found, at `path`, of `kind`.
fn assert_only(problems: &[FieldProblem], path: &str, kind: ProblemKind) {
    assert_eq!(
        problems,
        &[FieldProblem {
            path: FieldPath::parse(path),
            kind
        }],
        "problems: {problems:#?}"
    );
}

/// Sets one text field of a form.
type Setter = fn(&mut OfferForm, String);

fn bad(expected: Format) -> ProblemKind {
    ProblemKind::BadFormat { expected }
}

#[test]
fn sample_form_has_no_problems() {
    assert_eq!(check_form(&complete_form()), vec![]);
}

#[test]
fn empty_form_reports_every_problem_at_once() {
    let p = check_form(&OfferForm::default());
    let paths: Vec<&str> = p.iter().map(|p| p.path.as_str()).collect();
    for expected in [
        "settings.offer_id",
        "settings.publisher_id",
        "settings.name",
        "skus",
        "marketplace.title",
        "marketplace.summary",
        "marketplace.long_summary",
        "marketplace.description",
        "marketplace.marketing_id",
        "marketplace.preview_subscription_ids",
        "marketplace.categories",
        "marketplace.logos.small",
        "marketplace.logos.medium",
        "marketplace.logos.large",
        "marketplace.logos.wide",
        "marketplace.privacy_policy_url",
        "marketplace.terms_of_use",
        "support.engineering.name",
        "support.engineering.email",
        "support.engineering.phone",
        "support.customer.name",
        "support.customer.email",
        "support.customer.phone",
        "support.support_url",
    ] {
        assert!(paths.contains(&expected), "missing {expected} in {paths:?}");
    }
    assert!(
        !paths.contains(&"marketplace.logos.hero"),
        "hero is optional"
    );
    assert!(
        !paths.contains(&"marketplace.screenshots"),
        "screenshots are optional"
    );
}

#[test]
fn offer_id_ending_in_dash_is_bad_format() {
    let p = problems_after(|f| f.settings.offer_id = "contoso-".into());
    assert_only(&p, "settings.offer_id", bad(Format::IdRule));
}

#[test]
fn offer_id_with_uppercase_is_bad_format() {
    let p = problems_after(|f| f.settings.offer_id = "Contoso".into());
    assert_only(&p, "settings.offer_id", bad(Format::IdRule));
}

#[test]
fn offer_id_with_underscore_or_space_is_bad_format() {
    for id in ["con_toso", "con toso", "contoso.web"] {
        let p = problems_after(|f| f.settings.offer_id = id.into());
        assert_only(&p, "settings.offer_id", bad(Format::IdRule));
    }
}

#[test]
fn offer_id_of_50_characters_is_accepted_and_51_is_bad_format() {
    let p = problems_after(|f| f.settings.offer_id = "a".repeat(50));
    assert_eq!(p, vec![]);
    let p = problems_after(|f| f.settings.offer_id = "a".repeat(51));
    assert_only(&p, "settings.offer_id", bad(Format::IdRule));
}

#[test]
fn empty_offer_id_is_missing() {
    let p = problems_after(|f| f.settings.offer_id.clear());
    assert_only(&p, "settings.offer_id", ProblemKind::Missing);
}

#[test]
fn publisher_id_follows_the_id_rule() {
    let p = problems_after(|f| f.settings.publisher_id = "Contoso Inc".into());
    assert_only(&p, "settings.publisher_id", bad(Format::IdRule));
}

#[test]
fn blank_name_is_missing() {
    let p = problems_after(|f| f.settings.name = "   ".into());
    assert_only(&p, "settings.name", ProblemKind::Missing);
}

#[test]
fn name_over_50_characters_is_too_long() {
    let p = problems_after(|f| f.settings.name = "x".repeat(51));
    assert_only(
        &p,
        "settings.name",
        ProblemKind::TooLong {
            max: 50,
            actual: 51,
        },
    );
}

#[test]
fn lengths_count_characters_not_bytes() {
    // 50 Chinese characters are 150 bytes but only 50 characters.
    let p = problems_after(|f| f.settings.name = "认".repeat(50));
    assert_eq!(p, vec![]);
    let p = problems_after(|f| f.settings.name = "认".repeat(51));
    assert_only(
        &p,
        "settings.name",
        ProblemKind::TooLong {
            max: 50,
            actual: 51,
        },
    );
}

#[test]
fn offer_without_sku_has_too_few_skus() {
    let p = problems_after(|f| f.skus.clear());
    assert_only(&p, "skus", ProblemKind::TooFew { min: 1 });
}

#[test]
fn duplicate_sku_id_is_reported_on_the_later_sku() {
    let p = problems_after(|f| {
        let sku = f.skus[0].clone();
        f.skus.push(sku);
    });
    assert_only(&p, "skus[1].sku_id", ProblemKind::Duplicate);
}

#[test]
fn sku_id_follows_the_id_rule() {
    let p = problems_after(|f| f.skus[0].sku_id = "ubuntu-".into());
    assert_only(&p, "skus[0].sku_id", bad(Format::IdRule));
}

#[test]
fn sku_text_limits_are_50_100_3000() {
    let p = problems_after(|f| f.skus[0].title = "t".repeat(51));
    assert_only(
        &p,
        "skus[0].title",
        ProblemKind::TooLong {
            max: 50,
            actual: 51,
        },
    );
    let p = problems_after(|f| f.skus[0].summary = "s".repeat(101));
    assert_only(
        &p,
        "skus[0].summary",
        ProblemKind::TooLong {
            max: 100,
            actual: 101,
        },
    );
    let p = problems_after(|f| f.skus[0].description = "d".repeat(3001));
    assert_only(
        &p,
        "skus[0].description",
        ProblemKind::TooLong {
            max: 3000,
            actual: 3001,
        },
    );
    let p = problems_after(|f| f.skus[0].description = "d".repeat(3000));
    assert_eq!(p, vec![]);
}

#[test]
fn sku_without_os_family_is_missing() {
    let p = problems_after(|f| f.skus[0].os_family = None);
    assert_only(&p, "skus[0].os_family", ProblemKind::Missing);
}

#[test]
fn sku_os_type_and_friendly_name_are_required() {
    let p = problems_after(|f| {
        f.skus[0].os_type.clear();
        f.skus[0].os_friendly_name.clear();
    });
    assert_eq!(p.len(), 2);
    assert_eq!(p[0].path.as_str(), "skus[0].os_type");
    assert_eq!(p[1].path.as_str(), "skus[0].os_friendly_name");
}

#[test]
fn hidden_sku_is_optional() {
    let p = problems_after(|f| f.skus[0].hidden = true);
    assert_eq!(p, vec![]);
}

#[test]
fn more_than_six_vm_sizes_is_too_many() {
    let p =
        problems_after(|f| f.skus[0].vm_sizes = (0..7).map(|i| format!("Standard_A{i}")).collect());
    assert_only(
        &p,
        "skus[0].vm_sizes",
        ProblemKind::TooMany { max: 6, actual: 7 },
    );
}

#[test]
fn no_vm_size_is_too_few() {
    let p = problems_after(|f| f.skus[0].vm_sizes.clear());
    assert_only(&p, "skus[0].vm_sizes", ProblemKind::TooFew { min: 1 });
}

#[test]
fn duplicate_vm_size_is_duplicate() {
    let p = problems_after(|f| {
        f.skus[0].vm_sizes = vec!["Standard_D2s_v3".into(), "standard_d2s_v3".into()]
    });
    assert_only(&p, "skus[0].vm_sizes[1]", ProblemKind::Duplicate);
}

#[test]
fn default_ports_are_rdp_and_winrm_for_windows_and_ssh_for_linux() {
    let numbers = |f| {
        default_ports(f)
            .into_iter()
            .map(|p| (p.number, p.protocol))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        numbers(OsFamily::Windows),
        vec![
            ("3389".to_string(), Protocol::Tcp),
            ("5986".to_string(), Protocol::Tcp)
        ]
    );
    assert_eq!(
        numbers(OsFamily::Linux),
        vec![("22".to_string(), Protocol::Tcp)]
    );
}

#[test]
fn port_that_is_not_a_number_is_bad_format() {
    let p = problems_after(|f| f.skus[0].open_ports[0].number = "ssh".into());
    assert_only(&p, "skus[0].open_ports[0].number", bad(Format::Number));
}

#[test]
fn port_zero_or_above_65535_is_out_of_range() {
    let p = problems_after(|f| f.skus[0].open_ports[0].number = "70000".into());
    assert_only(
        &p,
        "skus[0].open_ports[0].number",
        ProblemKind::OutOfRange {
            min: 1,
            max: 65535,
            actual: 70000,
        },
    );
    let p = problems_after(|f| f.skus[0].open_ports[0].number = "0".into());
    assert_eq!(p.len(), 1);
}

#[test]
fn same_port_and_protocol_twice_is_duplicate() {
    let p = problems_after(|f| {
        let port = f.skus[0].open_ports[0].clone();
        f.skus[0].open_ports.push(port);
    });
    assert_only(&p, "skus[0].open_ports[1]", ProblemKind::Duplicate);
}

#[test]
fn no_disk_version_is_too_few() {
    let p = problems_after(|f| f.skus[0].disk_versions.clear());
    assert_only(&p, "skus[0].disk_versions", ProblemKind::TooFew { min: 1 });
}

#[test]
fn nine_disk_versions_is_too_many() {
    let p = problems_after(|f| {
        let dv = f.skus[0].disk_versions[0].clone();
        f.skus[0].disk_versions = (0..9)
            .map(|i| DiskVersion {
                version: format!("1.0.{i}"),
                ..dv.clone()
            })
            .collect();
    });
    assert_only(
        &p,
        "skus[0].disk_versions",
        ProblemKind::TooMany { max: 8, actual: 9 },
    );
}

#[test]
fn disk_version_must_be_semver() {
    for v in ["1.0", "1.0.0.0", "v1.0.0", "1.0.a", "01.0.0", "1.0.0-beta"] {
        let p = problems_after(|f| f.skus[0].disk_versions[0].version = v.into());
        assert_only(&p, "skus[0].disk_versions[0].version", bad(Format::SemVer));
    }
}

#[test]
fn duplicate_disk_version_is_duplicate() {
    let p = problems_after(|f| {
        let dv = f.skus[0].disk_versions[0].clone();
        f.skus[0].disk_versions.push(dv);
    });
    assert_only(
        &p,
        "skus[0].disk_versions[1].version",
        ProblemKind::Duplicate,
    );
}

#[test]
fn highest_disk_version_is_offered() {
    let mut form = complete_form();
    let dv = form.skus[0].disk_versions[0].clone();
    form.skus[0].disk_versions = ["1.2.0", "1.10.0", "1.9.9"]
        .iter()
        .map(|v| DiskVersion {
            version: v.to_string(),
            ..dv.clone()
        })
        .collect();
    assert_eq!(
        form.skus[0].offered_version().map(|d| d.version.as_str()),
        Some("1.10.0")
    );
}

#[test]
fn os_vhd_url_over_http_is_not_https() {
    let p = problems_after(|f| {
        f.skus[0].disk_versions[0].os_vhd_url =
            "http://contoso.blob.core.windows.net/vhds/os.vhd?sp=rl".into()
    });
    assert_only(
        &p,
        "skus[0].disk_versions[0].os_vhd_url",
        ProblemKind::NotHttps,
    );
}

#[test]
fn os_vhd_url_that_is_not_a_url_is_bad_format() {
    let p = problems_after(|f| f.skus[0].disk_versions[0].os_vhd_url = "contoso os.vhd".into());
    assert_only(
        &p,
        "skus[0].disk_versions[0].os_vhd_url",
        bad(Format::HttpsUrl),
    );
}

#[test]
fn os_disk_size_that_is_not_a_number_is_bad_format() {
    let p = problems_after(|f| f.skus[0].disk_versions[0].os_disk_size_gb = "30GB".into());
    assert_only(
        &p,
        "skus[0].disk_versions[0].os_disk_size_gb",
        bad(Format::Number),
    );
}

#[test]
fn sixteen_data_disks_is_too_many() {
    let p = problems_after(|f| {
        let d = f.skus[0].disk_versions[0].data_disks[0].clone();
        f.skus[0].disk_versions[0].data_disks = (0..16)
            .map(|i| DataDisk {
                lun: i.to_string(),
                ..d.clone()
            })
            .collect();
    });
    assert_only(
        &p,
        "skus[0].disk_versions[0].data_disks",
        ProblemKind::TooMany {
            max: 15,
            actual: 16,
        },
    );
}

#[test]
fn data_disk_fields_are_checked() {
    let p = problems_after(|f| {
        f.skus[0].disk_versions[0].data_disks[0] = DataDisk {
            lun: "zero".into(),
            vhd_url: String::new(),
            size_gb: "big".into(),
        }
    });
    let d = "skus[0].disk_versions[0].data_disks[0]";
    assert_eq!(
        p,
        vec![
            FieldProblem {
                path: FieldPath::parse(&format!("{d}.lun")),
                kind: bad(Format::Number)
            },
            FieldProblem {
                path: FieldPath::parse(&format!("{d}.vhd_url")),
                kind: ProblemKind::Missing
            },
            FieldProblem {
                path: FieldPath::parse(&format!("{d}.size_gb")),
                kind: bad(Format::Number)
            },
        ]
    );
}

#[test]
fn duplicate_lun_is_duplicate() {
    let p = problems_after(|f| {
        let d = f.skus[0].disk_versions[0].data_disks[0].clone();
        f.skus[0].disk_versions[0].data_disks.push(d);
    });
    assert_only(
        &p,
        "skus[0].disk_versions[0].data_disks[1].lun",
        ProblemKind::Duplicate,
    );
}

#[test]
fn marketplace_text_limits_are_50_100_256_3000_50() {
    let cases: [(Setter, &str, usize); 5] = [
        (|f, s| f.marketplace.title = s, "marketplace.title", 50),
        (|f, s| f.marketplace.summary = s, "marketplace.summary", 100),
        (
            |f, s| f.marketplace.long_summary = s,
            "marketplace.long_summary",
            256,
        ),
        (
            |f, s| f.marketplace.description = s,
            "marketplace.description",
            3000,
        ),
        (
            |f, s| f.marketplace.marketing_id = s,
            "marketplace.marketing_id",
            50,
        ),
    ];
    for (set, path, max) in cases {
        let p = problems_after(|f| set(f, "é".repeat(max)));
        assert_eq!(p, vec![], "{path} at its limit");
        let p = problems_after(|f| set(f, "é".repeat(max + 1)));
        assert_only(
            &p,
            path,
            ProblemKind::TooLong {
                max,
                actual: max + 1,
            },
        );
    }
}

#[test]
fn no_preview_subscription_is_too_few() {
    let p = problems_after(|f| f.marketplace.preview_subscription_ids.clear());
    assert_only(
        &p,
        "marketplace.preview_subscription_ids",
        ProblemKind::TooFew { min: 1 },
    );
}

#[test]
fn more_than_100_preview_subscriptions_is_too_many() {
    let p = problems_after(|f| {
        f.marketplace.preview_subscription_ids = (0..101)
            .map(|i| format!("00000000-0000-0000-0000-{i:012}"))
            .collect()
    });
    assert_only(
        &p,
        "marketplace.preview_subscription_ids",
        ProblemKind::TooMany {
            max: 100,
            actual: 101,
        },
    );
}

#[test]
fn preview_subscription_that_is_not_a_guid_is_bad_format() {
    let p = problems_after(|f| {
        let ids = &mut f.marketplace.preview_subscription_ids;
        ids.push("00000000-0000-0000-0000-000000000001".into());
        ids.push("00000000-0000-0000-0000-000000000002".into());
        ids.push("not-a-guid".into());
    });
    assert_only(
        &p,
        "marketplace.preview_subscription_ids[3]",
        bad(Format::Guid),
    );
}

#[test]
fn duplicate_preview_subscription_ignores_case() {
    let p = problems_after(|f| {
        let id = f.marketplace.preview_subscription_ids[0].to_uppercase();
        f.marketplace.preview_subscription_ids.push(id);
    });
    assert_only(
        &p,
        "marketplace.preview_subscription_ids[1]",
        ProblemKind::Duplicate,
    );
}

#[test]
fn more_than_five_categories_is_too_many_and_none_is_too_few() {
    let p =
        problems_after(|f| f.marketplace.categories = (0..6).map(|i| format!("Cat{i}")).collect());
    assert_only(
        &p,
        "marketplace.categories",
        ProblemKind::TooMany { max: 5, actual: 6 },
    );
    let p = problems_after(|f| f.marketplace.categories.clear());
    assert_only(&p, "marketplace.categories", ProblemKind::TooFew { min: 1 });
}

#[test]
fn missing_required_logo_is_missing() {
    let p = problems_after(|f| f.marketplace.logos.wide = None);
    assert_only(&p, "marketplace.logos.wide", ProblemKind::Missing);
}

#[test]
fn logo_of_wrong_size_is_wrong_image_size() {
    let p = problems_after(|f| f.marketplace.logos.small = Some(png("s.png", 48, 48)));
    assert_only(
        &p,
        "marketplace.logos.small",
        ProblemKind::WrongImageSize {
            expected_w: 40,
            expected_h: 40,
            actual_w: 48,
            actual_h: 48,
        },
    );
}

#[test]
fn logo_sizes_are_40_90_115_and_255x115() {
    let p = problems_after(|f| {
        f.marketplace.logos.medium = Some(png("m.png", 40, 40));
        f.marketplace.logos.large = Some(png("l.png", 90, 90));
        f.marketplace.logos.wide = Some(png("w.png", 115, 115));
    });
    let sizes: Vec<(&str, u32, u32)> = p
        .iter()
        .filter_map(|p| match p.kind {
            ProblemKind::WrongImageSize {
                expected_w,
                expected_h,
                ..
            } => Some((p.path.as_str(), expected_w, expected_h)),
            _ => None,
        })
        .collect();
    assert_eq!(
        sizes,
        vec![
            ("marketplace.logos.medium", 90, 90),
            ("marketplace.logos.large", 115, 115),
            ("marketplace.logos.wide", 255, 115),
        ]
    );
}

#[test]
fn jpeg_logo_is_wrong_image_type() {
    let p = problems_after(|f| {
        if let Some(l) = f.marketplace.logos.small.as_mut() {
            l.mime = "image/jpeg".into();
        }
    });
    assert_only(
        &p,
        "marketplace.logos.small",
        ProblemKind::WrongImageType {
            expected: ImageType::Png,
        },
    );
}

#[test]
fn hero_is_optional_but_must_be_815x290() {
    let p = problems_after(|f| f.marketplace.logos.hero = Some(png("h.png", 815, 290)));
    assert_eq!(p, vec![]);
    let p = problems_after(|f| f.marketplace.logos.hero = Some(png("h.png", 800, 290)));
    assert_only(
        &p,
        "marketplace.logos.hero",
        ProblemKind::WrongImageSize {
            expected_w: 815,
            expected_h: 290,
            actual_w: 800,
            actual_h: 290,
        },
    );
}

#[test]
fn more_than_five_screenshots_is_too_many() {
    let p = problems_after(|f| f.marketplace.screenshots = vec![png("s.png", 533, 324); 6]);
    assert_only(
        &p,
        "marketplace.screenshots",
        ProblemKind::TooMany { max: 5, actual: 6 },
    );
}

#[test]
fn screenshot_must_be_533x324() {
    let p = problems_after(|f| f.marketplace.screenshots[0] = png("s.png", 1280, 720));
    assert_only(
        &p,
        "marketplace.screenshots[0]",
        ProblemKind::WrongImageSize {
            expected_w: 533,
            expected_h: 324,
            actual_w: 1280,
            actual_h: 720,
        },
    );
}

#[test]
fn video_needs_https_link_and_533x324_thumbnail() {
    let p = problems_after(|f| {
        f.marketplace.videos[0] = Video {
            link: "http://example.com/v".into(),
            thumbnail: None,
        }
    });
    assert_eq!(
        p,
        vec![
            FieldProblem {
                path: FieldPath::parse("marketplace.videos[0].link"),
                kind: ProblemKind::NotHttps
            },
            FieldProblem {
                path: FieldPath::parse("marketplace.videos[0].thumbnail"),
                kind: ProblemKind::Missing
            },
        ]
    );
    let p = problems_after(|f| f.marketplace.videos[0].thumbnail = Some(png("t.png", 100, 100)));
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].path.as_str(), "marketplace.videos[0].thumbnail");
}

#[test]
fn videos_and_useful_links_are_optional() {
    let p = problems_after(|f| {
        f.marketplace.videos.clear();
        f.marketplace.useful_links.clear();
    });
    assert_eq!(p, vec![]);
}

#[test]
fn useful_link_needs_title_and_https_url() {
    let p = problems_after(|f| {
        f.marketplace.useful_links[0] = Link {
            title: String::new(),
            url: "ftp://example.com".into(),
        }
    });
    assert_eq!(
        p,
        vec![
            FieldProblem {
                path: FieldPath::parse("marketplace.useful_links[0].title"),
                kind: ProblemKind::Missing
            },
            FieldProblem {
                path: FieldPath::parse("marketplace.useful_links[0].url"),
                kind: bad(Format::HttpsUrl)
            },
        ]
    );
}

#[test]
fn no_lead_destination_is_fine() {
    let p = problems_after(|f| f.marketplace.lead_destination = LeadDestination::None);
    assert_eq!(p, vec![]);
}

#[test]
fn lead_destination_connection_fields_are_required() {
    let base = "marketplace.lead_destination";
    for kind in LeadDestinationKind::ALL {
        let p = problems_after(|f| f.marketplace.lead_destination = kind.empty());
        let paths: Vec<String> = p.iter().map(|p| p.path.to_string()).collect();
        let expected: Vec<String> = match kind {
            LeadDestinationKind::None => vec![],
            LeadDestinationKind::AzureTable => vec!["connection_string".into()],
            LeadDestinationKind::DynamicsCrmOnline => {
                vec!["url".into(), "user".into(), "password".into()]
            }
            LeadDestinationKind::HttpsEndpoint => vec!["url".into()],
            LeadDestinationKind::Marketo => {
                vec!["server_id".into(), "munchkin_id".into(), "form_id".into()]
            }
            LeadDestinationKind::Salesforce => vec!["org_id".into()],
        };
        let expected: Vec<String> = expected.iter().map(|f| format!("{base}.{f}")).collect();
        assert_eq!(paths, expected, "{kind:?}");
        assert!(p.iter().all(|p| p.kind == ProblemKind::Missing));
    }
}

#[test]
fn https_endpoint_over_http_is_not_https() {
    let p = problems_after(|f| {
        f.marketplace.lead_destination = LeadDestination::HttpsEndpoint {
            url: "http://leads.contoso.com/in".into(),
        }
    });
    assert_only(
        &p,
        "marketplace.lead_destination.url",
        ProblemKind::NotHttps,
    );
}

#[test]
fn privacy_policy_must_be_https_and_terms_required() {
    let p = problems_after(|f| {
        f.marketplace.privacy_policy_url = "http://contoso.com/privacy".into();
        f.marketplace.terms_of_use.clear();
    });
    assert_eq!(
        p,
        vec![
            FieldProblem {
                path: FieldPath::parse("marketplace.privacy_policy_url"),
                kind: ProblemKind::NotHttps
            },
            FieldProblem {
                path: FieldPath::parse("marketplace.terms_of_use"),
                kind: ProblemKind::Missing
            },
        ]
    );
}

#[test]
fn contact_email_and_phone_must_be_well_formed() {
    let p = problems_after(|f| {
        f.support.engineering.email = "dana@".into();
        f.support.customer.phone = "call me".into();
    });
    assert_eq!(
        p,
        vec![
            FieldProblem {
                path: FieldPath::parse("support.engineering.email"),
                kind: bad(Format::Email)
            },
            FieldProblem {
                path: FieldPath::parse("support.customer.phone"),
                kind: bad(Format::Phone)
            },
        ]
    );
}

#[test]
fn support_url_over_http_is_not_https() {
    let p = problems_after(|f| f.support.support_url = "http://support.contoso.com".into());
    assert_only(&p, "support.support_url", ProblemKind::NotHttps);
}

#[test]
fn problems_at_finds_the_problems_inside_a_field() {
    let p = problems_after(|f| {
        f.skus[0].title.clear();
        f.settings.name.clear();
    });
    let sku = problems_at(&p, &FieldPath::root("skus").index(0));
    assert_eq!(sku.len(), 1);
    assert_eq!(sku[0].path.as_str(), "skus[0].title");
    // `skus[0]` is not inside `skus[01]`-like prefixes: only whole segments match.
    assert!(!FieldPath::parse("skus[10].title").is_within(&FieldPath::parse("skus[1]")));
}

#[test]
fn field_paths_render_as_documented() {
    let p = FieldPath::root("skus")
        .index(1)
        .field("disk_versions")
        .index(0)
        .field("os_vhd_url");
    assert_eq!(p.to_string(), "skus[1].disk_versions[0].os_vhd_url");
    assert_eq!(p.as_str(), "skus[1].disk_versions[0].os_vhd_url");
    assert_eq!(
        serde_json::to_string(&p).ok().as_deref(),
        Some("\"skus[1].disk_versions[0].os_vhd_url\"")
    );
}

#[test]
fn offer_id_is_locked_once_published() {
    let mut offer = Offer::new(OfferId("o1".into()), "x".into(), SimTime(0));
    offer.draft = complete_form();
    assert_eq!(check_offer(&offer), vec![]);
    offer.live = Some(LiveVersion {
        form: complete_form(),
        since: SimTime(0),
        run: 1,
    });
    offer.draft.settings.offer_id = "renamed-offer".into();
    assert_only(
        &check_offer(&offer),
        "settings.offer_id",
        ProblemKind::Locked,
    );
}

#[test]
fn old_partial_json_still_loads_with_defaults() {
    let form: Result<OfferForm, _> = serde_json::from_str(r#"{"settings":{"name":"Old"}}"#);
    let form = form.map_err(|e| e.to_string());
    assert_eq!(form.map(|f| f.settings.name), Ok("Old".to_string()));
}
