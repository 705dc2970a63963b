#![cfg(not(target_arch = "wasm32"))]
//! Draft against live.

use golive::domain::sample::{complete_form, png};
use golive::domain::*;

fn paths(live: &OfferForm, draft: &OfferForm) -> Vec<String> {
    diff(live, draft).iter().map(|p| p.to_string()).collect()
}

#[test]
fn identical_forms_have_no_diff() {
    assert_eq!(
        paths(&complete_form(), &complete_form()),
        Vec::<String>::new()
    );
}

#[test]
fn changed_fields_are_listed_by_path_in_form_order() {
    let live = complete_form();
    let mut draft = complete_form();
    draft.settings.name = "New".into();
    draft.skus[0].disk_versions[0].os_vhd_url = "https://x.com/a.vhd".into();
    draft.marketplace.preview_subscription_ids[0] = "00000000-0000-0000-0000-000000000000".into();
    assert_eq!(
        paths(&live, &draft),
        vec![
            "settings.name",
            "skus[0].disk_versions[0].os_vhd_url",
            "marketplace.preview_subscription_ids[0]",
        ]
    );
}

#[test]
fn added_list_items_are_listed_by_index() {
    let live = complete_form();
    let mut draft = complete_form();
    let dv = DiskVersion {
        version: "1.1.0".into(),
        ..draft.skus[0].disk_versions[0].clone()
    };
    draft.skus[0].disk_versions.push(dv);
    assert_eq!(paths(&live, &draft), vec!["skus[0].disk_versions[1]"]);
    assert_eq!(paths(&draft, &live), vec!["skus[0].disk_versions[1]"]);
}

#[test]
fn an_image_counts_as_one_field() {
    let live = complete_form();
    let mut draft = complete_form();
    draft.marketplace.logos.small = Some(png("new.png", 41, 41));
    draft.marketplace.logos.hero = Some(png("hero.png", 815, 290));
    assert_eq!(
        paths(&live, &draft),
        vec!["marketplace.logos.small", "marketplace.logos.hero"]
    );
}

#[test]
fn another_lead_destination_kind_is_one_change() {
    let live = complete_form();
    let mut draft = complete_form();
    draft.marketplace.lead_destination = LeadDestination::Salesforce {
        org_id: "00D000000000001".into(),
    };
    assert_eq!(paths(&live, &draft), vec!["marketplace.lead_destination"]);
}

#[test]
fn diff_paths_match_the_field_rule_paths() {
    // The same field changed and broken gives the same path in both, so the UI can link them.
    let live = complete_form();
    let mut draft = complete_form();
    draft.support.customer.email = "broken".into();
    let problems = check_form(&draft);
    assert_eq!(diff(&live, &draft), vec![problems[0].path.clone()]);
}

#[test]
fn any_change_to_a_form_shows_in_the_diff() {
    // A change anywhere makes the forms unequal, and the diff must then not be empty.
    let live = complete_form();
    let edits: Vec<fn(&mut OfferForm)> = vec![
        |f| f.skus[0].hidden = true,
        |f| f.skus[0].license = License::Byol,
        |f| f.skus[0].open_ports.clear(),
        |f| f.skus[0].disk_versions[0].data_disks[0].size_gb = "1".into(),
        |f| f.marketplace.categories.push("AI".into()),
        |f| f.marketplace.videos[0].link = "https://v.example.com".into(),
        |f| f.marketplace.useful_links[0].title = "Docs".into(),
        |f| f.marketplace.terms_of_use = "New terms".into(),
        |f| f.support.engineering.phone = "+1 555 0100 000".into(),
        |f| f.support.support_url = "https://help.contoso.com".into(),
        |f| {
            f.marketplace.lead_destination = LeadDestination::AzureTable {
                connection_string: "x".into(),
            }
        },
    ];
    for edit in edits {
        let mut draft = complete_form();
        edit(&mut draft);
        assert_ne!(draft, live);
        assert!(!diff(&live, &draft).is_empty(), "{draft:?}");
    }
}
