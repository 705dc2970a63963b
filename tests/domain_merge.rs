//! Two tabs editing one offer's form: each side's changes survive, field by field.
#![cfg(not(target_arch = "wasm32"))]

use golive::domain::{merge_forms, sample};

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
fn the_same_field_changed_on_both_sides_is_a_conflict_this_side_wins() {
    let base = sample::complete_form();
    let mut mine = base.clone();
    mine.settings.name = "Mine".into();
    let mut theirs = base.clone();
    theirs.settings.name = "Theirs".into();

    let merged = merge_forms(&base, &mine, &theirs);
    assert_eq!(merged.form.settings.name, "Mine");
    assert_eq!(merged.conflicts, ["/settings/name"]);
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
