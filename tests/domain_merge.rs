//! Two tabs editing one offer's form: each side's changes survive, field by field.
#![cfg(not(target_arch = "wasm32"))]

use golive::domain::{merge_forms, restore_field, sample, FieldPath, LeadDestination};

#[test]
fn changes_to_different_fields_are_both_kept() {
    let base = sample::complete_form();
    let mut mine = base.clone();
    mine.marketplace.summary = "Typed in this tab".into();
    let mut theirs = base.clone();
    theirs.settings.name = "Renamed in the other tab".into();

    let merged = merge_forms(&base, &mine, &theirs);
    assert_eq!(merged.form.marketplace.summary, "Typed in this tab");
    assert_eq!(merged.form.settings.name, "Renamed in the other tab");
    assert!(merged.conflicts.is_empty());
}

#[test]
fn the_same_field_changed_on_both_sides_keeps_the_stored_value_and_reports_mine() {
    let base = sample::complete_form();
    let mut mine = base.clone();
    mine.settings.name = "Mine".into();
    mine.marketplace.summary = "Only mine".into();
    let mut theirs = base.clone();
    theirs.settings.name = "Theirs".into();

    let merged = merge_forms(&base, &mine, &theirs);
    assert_eq!(merged.form.settings.name, "Theirs");
    assert_eq!(merged.form.marketplace.summary, "Only mine");
    assert_eq!(merged.conflicts.len(), 1);
    let conflict = &merged.conflicts[0];
    assert_eq!(conflict.field, FieldPath::parse("settings.name"));
    assert_eq!(conflict.pointer, "/settings/name");
    assert_eq!(conflict.yours, "\"Mine\"");
    assert_eq!(conflict.kept, "\"Theirs\"");

    // Keeping mine afterwards puts exactly that value back.
    let restored = restore_field(&merged.form, &conflict.pointer, &conflict.yours).unwrap();
    assert_eq!(restored.settings.name, "Mine");
    assert_eq!(restored.marketplace.summary, "Only mine");
}

#[test]
fn a_conflict_inside_a_list_names_the_item_field() {
    let base = sample::complete_form();
    let mut mine = base.clone();
    mine.skus[0].disk_versions[0].os_vhd_url = "https://mine".into();
    let mut theirs = base.clone();
    theirs.skus[0].disk_versions[0].os_vhd_url = "https://theirs".into();
    let merged = merge_forms(&base, &mine, &theirs);
    assert_eq!(
        merged.conflicts[0].field,
        FieldPath::parse("skus[0].disk_versions[0].os_vhd_url")
    );
}

#[test]
fn a_changed_choice_is_merged_whole_not_field_by_field() {
    let base = sample::complete_form();
    let mut mine = base.clone();
    mine.marketplace.lead_destination = LeadDestination::HttpsEndpoint {
        url: "https://leads.contoso.com".into(),
    };
    let theirs = base.clone();
    let merged = merge_forms(&base, &mine, &theirs);
    assert_eq!(
        merged.form.marketplace.lead_destination,
        mine.marketplace.lead_destination
    );
    assert!(merged.conflicts.is_empty());

    // Both changed the kind differently: one conflict for the whole choice, theirs kept.
    let mut theirs = base.clone();
    theirs.marketplace.lead_destination = LeadDestination::None;
    let merged = merge_forms(&base, &mine, &theirs);
    assert_eq!(
        merged.form.marketplace.lead_destination,
        LeadDestination::None
    );
    assert_eq!(
        merged
            .conflicts
            .iter()
            .map(|c| c.field.as_str())
            .collect::<Vec<_>>(),
        ["marketplace.lead_destination"]
    );
}

#[test]
fn restoring_into_a_list_item_that_no_longer_exists_is_refused() {
    let form = sample::complete_form();
    assert_eq!(restore_field(&form, "/skus/5/title", "\"x\""), None);
}

#[test]
fn a_list_grown_on_this_side_is_taken_whole_and_other_fields_still_merge() {
    let base = sample::complete_form();
    let mut mine = base.clone();
    mine.marketplace.categories.push("Security".into());
    let mut theirs = base.clone();
    theirs.support.support_url = "https://help.contoso.com".into();

    let merged = merge_forms(&base, &mine, &theirs);
    assert_eq!(
        merged.form.marketplace.categories,
        mine.marketplace.categories
    );
    assert_eq!(merged.form.support.support_url, "https://help.contoso.com");
}

#[test]
fn with_no_change_on_this_side_their_version_stands() {
    let base = sample::complete_form();
    let mut theirs = base.clone();
    theirs.skus[0].title = "Their title".into();
    let merged = merge_forms(&base, &base, &theirs);
    assert_eq!(merged.form, theirs);
}
