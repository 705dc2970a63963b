#![cfg(not(target_arch = "wasm32"))]
//! The typed field paths (`domain::fields`): their text is the DOM id contract, and every path
//! the rules, certification, the diff and the remedies report is one of them.

use golive::domain::fields::{self, lead_destination, marketplace, paths_of, settings, support};
use golive::domain::sample::{complete_form, png};
use golive::domain::*;
use std::collections::HashSet;

/// The name of a problem kind; the match is exhaustive, so a new kind must be added here and
/// then to the form below.
fn kind_name(kind: &ProblemKind) -> &'static str {
    match kind {
        ProblemKind::Missing => "Missing",
        ProblemKind::TooLong { .. } => "TooLong",
        ProblemKind::TooMany { .. } => "TooMany",
        ProblemKind::TooFew { .. } => "TooFew",
        ProblemKind::BadFormat { .. } => "BadFormat",
        ProblemKind::NotHttps => "NotHttps",
        ProblemKind::WrongImageSize { .. } => "WrongImageSize",
        ProblemKind::WrongImageType { .. } => "WrongImageType",
        ProblemKind::Duplicate => "Duplicate",
        ProblemKind::OutOfRange { .. } => "OutOfRange",
        ProblemKind::Locked => "Locked",
    }
}

const EVERY_KIND: [&str; 11] = [
    "Missing",
    "TooLong",
    "TooMany",
    "TooFew",
    "BadFormat",
    "NotHttps",
    "WrongImageSize",
    "WrongImageType",
    "Duplicate",
    "OutOfRange",
    "Locked",
];

/// A form with a problem in every list and section: two SKUs with the same ID, too many and
/// repeated VM sizes, bad and repeated ports, repeated disk versions with bad data disks, bad
/// logos, screenshots, videos and links, no categories, and bad contacts.
fn broken_form() -> OfferForm {
    let mut form = complete_form();
    form.settings.offer_id = "Not_An_Id".into();
    form.settings.name = "n".repeat(51);
    let mut second = form.skus[0].clone();
    second.title.clear();
    second.os_family = None;
    second.vm_sizes = vec!["A".into(); 7];
    second.open_ports = vec![
        Port {
            number: "70000".into(),
            protocol: Protocol::Tcp,
        },
        Port {
            number: "x".into(),
            protocol: Protocol::Udp,
        },
        Port {
            number: "22".into(),
            protocol: Protocol::Tcp,
        },
        Port {
            number: "22".into(),
            protocol: Protocol::Tcp,
        },
    ];
    let mut version = second.disk_versions[0].clone();
    version.os_vhd_url = "http://example.com/os.vhd".into();
    version.os_disk_size_gb = "5000".into();
    version.data_disks = vec![
        DataDisk {
            lun: "0".into(),
            vhd_url: "not a url".into(),
            size_gb: "2000".into(),
        },
        DataDisk {
            lun: "0".into(),
            vhd_url: String::new(),
            size_gb: "many".into(),
        },
        DataDisk {
            lun: "3".into(),
            vhd_url: "https://example.com/no-sas.vhd".into(),
            size_gb: "10".into(),
        },
    ];
    second.disk_versions = vec![version.clone(), version];
    form.skus.push(second);

    let m = &mut form.marketplace;
    m.title.clear();
    m.preview_subscription_ids = vec!["nope".into(), "nope".into()];
    m.categories.clear();
    m.logos.small = Some(png("small.png", 41, 40));
    m.logos.medium = Some(ImageMeta {
        mime: "image/jpeg".into(),
        ..png("medium.jpg", 90, 90)
    });
    m.logos.wide = None;
    m.logos.hero = Some(png("hero.png", 1, 1));
    m.screenshots = vec![png("shot.png", 1, 1); 6];
    m.videos = vec![Video {
        link: "http://example.com/video".into(),
        thumbnail: None,
    }];
    m.useful_links = vec![Link {
        title: String::new(),
        url: "ftp://example.com".into(),
    }];
    m.privacy_policy_url = "http://example.com/privacy".into();
    form.support.engineering.email = "nobody".into();
    form.support.customer.phone = "call me".into();
    form
}

/// An offer whose draft is `form` and whose Offer ID went live as another one (Locked).
fn published_as_another_id(form: OfferForm) -> Offer {
    let mut offer = Offer::new(OfferId("o1".into()), "x".into(), SimTime(0));
    offer.draft = form;
    offer.live = Some(LiveVersion {
        form: complete_form(),
        since: SimTime(0),
        run: 1,
    });
    offer
}

/// Asserts that every path in `reported` is one of `known`.
fn assert_known<'a>(
    what: &str,
    reported: impl IntoIterator<Item = &'a FieldPath>,
    known: &HashSet<FieldPath>,
) {
    for path in reported {
        assert!(
            known.contains(path),
            "{what} reports {path}, which domain::fields cannot produce"
        );
    }
}

#[test]
fn the_broken_form_has_every_kind_of_problem() {
    let problems = check_offer(&published_as_another_id(broken_form()));
    let kinds: HashSet<&str> = problems.iter().map(|p| kind_name(&p.kind)).collect();
    for kind in EVERY_KIND {
        assert!(kinds.contains(kind), "no {kind} in {problems:#?}");
    }
}

#[test]
fn every_path_the_field_rules_report_is_a_typed_path() {
    let form = broken_form();
    let known: HashSet<FieldPath> = paths_of(&form).into_iter().collect();
    let problems = check_offer(&published_as_another_id(form));
    assert_known("check_offer", problems.iter().map(|p| &p.path), &known);
    let empty = OfferForm::default();
    let known: HashSet<FieldPath> = paths_of(&empty).into_iter().collect();
    let problems = check_form(&empty);
    assert_known(
        "check_form (empty)",
        problems.iter().map(|p| &p.path),
        &known,
    );
}

#[test]
fn every_lead_destination_kind_reports_typed_paths() {
    for kind in LeadDestinationKind::ALL {
        let mut form = complete_form();
        form.marketplace.lead_destination = kind.empty();
        let known: HashSet<FieldPath> = paths_of(&form).into_iter().collect();
        let problems = check_form(&form);
        assert_known("check_form", problems.iter().map(|p| &p.path), &known);
        if kind != LeadDestinationKind::None {
            assert!(!problems.is_empty(), "{kind:?} empty has no problem");
        }
        let changed = diff(&complete_form(), &form);
        assert_known("diff", &changed, &known);
    }
}

#[test]
fn every_path_certification_and_its_remedies_report_is_a_typed_path() {
    let form = broken_form();
    let known: HashSet<FieldPath> = paths_of(&form).into_iter().collect();
    let failures = certify(&form, SimTime(0));
    assert!(failures.len() >= 5, "{failures:#?}");
    assert_known("certify", failures.iter().map(|f| &f.path), &known);
    let remedies: Vec<Remedy> = failures.iter().map(CertificationFailure::remedy).collect();
    assert_known(
        "remedies",
        remedies.iter().filter_map(Remedy::field),
        &known,
    );
}

#[test]
fn every_path_the_diff_reports_is_a_typed_path() {
    let (live, draft) = (complete_form(), broken_form());
    let known: HashSet<FieldPath> = paths_of(&live)
        .into_iter()
        .chain(paths_of(&draft))
        .collect();
    let changed = diff(&live, &draft);
    assert!(changed.len() > 20, "{changed:#?}");
    assert_known("diff live -> draft", &changed, &known);
    assert_known("diff draft -> live", &diff(&draft, &live), &known);
}

#[test]
fn every_field_a_failure_or_fault_points_to_is_a_typed_path() {
    let known: HashSet<FieldPath> = paths_of(&complete_form()).into_iter().collect();
    let mut remedies = Vec::new();
    let form = complete_form();
    for step in Step::ALL {
        for reason in FaultReason::presets(step, &form) {
            remedies.extend(reason.remedies(None));
        }
    }
    let lead = RunFailure {
        step: Step::PackagingAndLeadRegistration,
        at: SimTime(0),
        reason: FailureReason::LeadRegistration(LeadFailure::NoDestination),
    };
    remedies.extend(lead.remedies());
    assert_known(
        "remedies",
        remedies.iter().filter_map(Remedy::field),
        &known,
    );
}

#[test]
fn typed_paths_keep_the_text_the_page_ids_use() {
    let sku = fields::sku(0);
    let cases = [
        (settings::offer_id(), "settings.offer_id"),
        (settings::name(), "settings.name"),
        (fields::skus(), "skus"),
        (sku.sku_id(), "skus[0].sku_id"),
        (sku.os_family(), "skus[0].os_family"),
        (sku.vm_sizes(), "skus[0].vm_sizes"),
        (sku.vm_size(2), "skus[0].vm_sizes[2]"),
        (sku.open_port(1).number(), "skus[0].open_ports[1].number"),
        (
            sku.open_port(1).protocol(),
            "skus[0].open_ports[1].protocol",
        ),
        (sku.free_trial(), "skus[0].license.free_trial"),
        (sku.disk_versions(), "skus[0].disk_versions"),
        (
            sku.disk_version(0).os_vhd_url(),
            "skus[0].disk_versions[0].os_vhd_url",
        ),
        (
            fields::sku(1).disk_version(2).data_disk(3).vhd_url(),
            "skus[1].disk_versions[2].data_disks[3].vhd_url",
        ),
        (
            marketplace::logo(LogoKind::Small),
            "marketplace.logos.small",
        ),
        (marketplace::logo(LogoKind::Hero), "marketplace.logos.hero"),
        (
            marketplace::preview_subscription_id(0),
            "marketplace.preview_subscription_ids[0]",
        ),
        (marketplace::categories(), "marketplace.categories"),
        (marketplace::screenshot(4), "marketplace.screenshots[4]"),
        (marketplace::video(0).link(), "marketplace.videos[0].link"),
        (
            marketplace::useful_link(1).url(),
            "marketplace.useful_links[1].url",
        ),
        (lead_destination::section(), "marketplace.lead_destination"),
        (
            lead_destination::munchkin_id(),
            "marketplace.lead_destination.munchkin_id",
        ),
        (support::customer().phone(), "support.customer.phone"),
        (support::support_url(), "support.support_url"),
    ];
    for (typed, text) in cases {
        assert_eq!(typed.as_str(), text);
    }
}

#[test]
fn paths_of_lists_each_path_once() {
    let paths = paths_of(&broken_form());
    let unique: HashSet<&FieldPath> = paths.iter().collect();
    assert_eq!(unique.len(), paths.len());
}

#[test]
fn a_path_splits_into_names_and_list_positions() {
    assert_eq!(
        FieldPath::parse("skus[1].disk_versions[0].os_vhd_url").segments(),
        vec![
            ("skus", Some(1)),
            ("disk_versions", Some(0)),
            ("os_vhd_url", None)
        ]
    );
}

#[test]
fn a_list_without_position_and_an_empty_path_split_plainly() {
    assert_eq!(FieldPath::parse("skus").segments(), vec![("skus", None)]);
    assert_eq!(
        FieldPath::parse("").segments(),
        Vec::<(&str, Option<usize>)>::new()
    );
    assert_eq!(
        FieldPath::parse("a[x].b").segments(),
        vec![("a", None), ("b", None)]
    );
}

#[test]
fn a_path_lies_inside_its_parent_up_to_its_section() {
    let path = fields::sku(0).disk_version(1).os_vhd_url();
    let mut parents = Vec::new();
    let mut at = path.parent();
    while let Some(parent) = at {
        assert!(path.is_within(&parent));
        at = parent.parent();
        parents.push(parent.to_string());
    }
    assert_eq!(
        parents,
        [
            "skus[0].disk_versions[1]",
            "skus[0].disk_versions",
            "skus[0]",
            "skus"
        ]
    );
}
