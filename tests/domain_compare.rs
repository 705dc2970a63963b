#![cfg(not(target_arch = "wasm32"))]
//! Compare with live, View live version, Discard draft, and the status of a live offer
//! while its update runs.

mod common;

use common::{complete_offer, publish};
use golive::domain::compare::{compare, discarded_draft, fields_of, Change, Shown};
use golive::domain::fields::{lead_destination, marketplace, settings, skus};
use golive::domain::*;

fn text(t: &str) -> Shown {
    Shown::Text(t.to_owned())
}

#[test]
fn compare_lists_each_changed_field_with_the_live_and_the_draft_value() {
    let live = sample::complete_form();
    let mut draft = live.clone();
    draft.marketplace.summary = "A faster web server.".into();
    draft.marketplace.categories.push("Security".into());
    draft.marketplace.logos.small = None;
    draft.settings.name.clear();
    let changes = compare(&live, &draft);
    assert_eq!(
        changes,
        vec![
            Change {
                path: settings::name(),
                live: text(&live.settings.name),
                draft: Shown::Empty,
            },
            Change {
                path: marketplace::summary(),
                live: text(&live.marketplace.summary),
                draft: text("A faster web server."),
            },
            Change {
                path: marketplace::category(2),
                live: Shown::Empty,
                draft: text("Security"),
            },
            Change {
                path: marketplace::logo(LogoKind::Small),
                live: text("logo-40.png (40 × 40)"),
                draft: Shown::Empty,
            },
        ]
    );
    assert_eq!(compare(&live, &live), vec![]);
}

#[test]
fn a_password_is_never_shown_and_an_added_sku_is_summed_up() {
    let mut live = sample::complete_form();
    live.marketplace.lead_destination = LeadDestination::DynamicsCrmOnline {
        url: "https://contoso.crm.dynamics.com".into(),
        user: "leads@contoso.com".into(),
        password: "old-secret".into(),
    };
    let mut draft = live.clone();
    draft.marketplace.lead_destination = LeadDestination::DynamicsCrmOnline {
        url: "https://contoso.crm.dynamics.com".into(),
        user: "leads@contoso.com".into(),
        password: "new-secret".into(),
    };
    let mut sku = draft.skus[0].clone();
    sku.sku_id = "second".into();
    draft.skus.push(sku);
    let changes = compare(&live, &draft);
    let password = changes
        .iter()
        .find(|c| c.path == lead_destination::password())
        .expect("the password changed");
    assert_eq!(
        (&password.live, &password.draft),
        (&Shown::Hidden, &Shown::Hidden)
    );
    let added = changes
        .iter()
        .find(|c| c.path == skus().index(1))
        .expect("the second SKU is new");
    assert_eq!(added.live, Shown::Empty);
    assert!(matches!(&added.draft, Shown::Text(t) if t.contains("second")));
    let all = format!("{changes:?}");
    assert!(!all.contains("secret"), "{all}");
}

#[test]
fn the_live_version_is_shown_field_by_field_without_its_secrets_or_image_bytes() {
    let form = sample::complete_form();
    let fields = fields_of(&form);
    assert!(fields.contains(&(settings::name(), text(&form.settings.name))));
    assert!(fields.contains(&(
        marketplace::screenshot(0),
        text("dashboard.png (533 × 324)")
    )));
    // Only fields: no section or list that holds others.
    assert!(!fields.iter().any(|(path, _)| *path == settings::section()));
    assert!(!fields.iter().any(|(path, _)| *path == skus()));
    let all = format!("{fields:?}");
    assert!(!all.contains("iVBOR"), "no image bytes");
}

#[test]
fn discard_draft_gives_back_the_live_form_only_when_there_is_a_draft() {
    let mut offer = common::advanced(&publish(&complete_offer("o-1", "Contoso VM"), 1), 0);
    offer.live = Some(LiveVersion {
        form: offer.draft.clone(),
        since: SimTime(0),
        run: 1,
    });
    assert_eq!(discarded_draft(&offer), None);
    let live = offer.draft.clone();
    offer.draft.marketplace.summary = "Changed".into();
    assert_eq!(discarded_draft(&offer), Some(live));
    offer.live = None;
    assert_eq!(discarded_draft(&offer), None);
}

#[test]
fn a_live_offer_stays_live_through_its_update_run_and_its_failure() {
    let offer = sample::typical_offer(OfferId("o-typical".into()));
    assert_eq!(status_of(&offer), OfferStatus::Live);
    assert!(!live_through_update(&offer, status_of(&offer)));
    let mut updating = offer.clone();
    updating.draft.marketplace.summary = "An update.".into();
    let updating = publish(&updating, 3);
    let status = status_of(&updating);
    assert!(matches!(status, OfferStatus::Running(_)), "{status:?}");
    assert!(live_through_update(&updating, status));
    // A first publish has nothing live: only the run's step.
    let first = publish(&complete_offer("o-2", "Contoso VM"), 3);
    assert!(!live_through_update(&first, status_of(&first)));
    for failed in [
        OfferStatus::AttentionNeeded(Step::Certification),
        OfferStatus::WaitingForSignoff,
    ] {
        assert!(live_through_update(&updating, failed));
    }
}
