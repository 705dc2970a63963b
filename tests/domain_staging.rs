#![cfg(not(target_arch = "wasm32"))]
//! Deploy to staging: only from the preview on, only for subscriptions on the allow-list.

mod common;

use common::{at_signoff, clock, ok, published, run, TO_SIGNOFF};
use golive::domain::*;

/// The preview subscription of the sample form.
const ALLOWED: &str = "3f2c5a8e-1b7d-4c9a-8e2f-6d5b4a3c2e1f";

/// The seed of every run here.
const SEED: u64 = 7;

#[test]
fn an_allowed_subscription_deploys_at_publisher_signoff() {
    let offer = at_signoff(SEED);
    assert_eq!(
        deploy_to_staging(run(&offer), ALLOWED),
        Ok(StagingDeployment {
            subscription_id: ALLOWED.to_string()
        })
    );
}

#[test]
fn subscription_ids_compare_without_case_or_surrounding_spaces() {
    let offer = at_signoff(SEED);
    let shouted = format!("  {}\t", ALLOWED.to_ascii_uppercase());
    assert_eq!(
        deploy_to_staging(run(&offer), &shouted).map(|d| d.subscription_id),
        Ok(ALLOWED.to_string())
    );
}

#[test]
fn a_guid_not_on_the_allow_list_is_refused() {
    let offer = at_signoff(SEED);
    assert_eq!(
        deploy_to_staging(run(&offer), "00000000-0000-0000-0000-000000000000"),
        Err(StagingRefusal::NotOnAllowList)
    );
}

#[test]
fn text_that_is_not_a_guid_is_refused_as_such() {
    let offer = at_signoff(SEED);
    for text in [
        "",
        "   ",
        "contoso",
        "3f2c5a8e1b7d4c9a8e2f6d5b4a3c2e1f",
        "3f2c5a8e-1b7d-4c9a-8e2f-6d5b4a3c2e1g",
    ] {
        assert_eq!(
            deploy_to_staging(run(&offer), text),
            Err(StagingRefusal::NotAGuid),
            "{text:?}"
        );
    }
}

#[test]
fn before_the_preview_even_an_allowed_subscription_is_refused() {
    // Certification is still running one hour after the email.
    let offer = advance(&published(SEED), &clock(), WallTime(HOUR_MS)).offer;
    assert_eq!(offer.current_step(), Some(Step::Certification));
    assert_eq!(
        deploy_to_staging(run(&offer), ALLOWED),
        Err(StagingRefusal::PreviewNotAvailable)
    );
}

#[test]
fn after_cancel_publishing_the_preview_is_gone() {
    let offer = ok(&at_signoff(SEED), Command::CancelPublishing, TO_SIGNOFF);
    assert_eq!(
        deploy_to_staging(run(&offer), ALLOWED),
        Err(StagingRefusal::PreviewNotAvailable)
    );
}

#[test]
fn while_going_live_and_once_live_the_preview_still_deploys() {
    let going_live = ok(&at_signoff(SEED), Command::GoLive, TO_SIGNOFF);
    assert_eq!(going_live.current_step(), Some(Step::Live));
    assert!(deploy_to_staging(run(&going_live), ALLOWED).is_ok());
    let live = advance(&going_live, &clock(), WallTime(TO_SIGNOFF + DAY_MS)).offer;
    assert_eq!(live.publish_state(), PublishState::Succeeded);
    assert!(deploy_to_staging(run(&live), ALLOWED).is_ok());
}

#[test]
fn the_allow_list_is_the_submitted_one_not_the_draft() {
    // Changing the draft after Publish does not change who may preview this run.
    let mut offer = at_signoff(SEED);
    offer.draft.marketplace.preview_subscription_ids =
        vec!["11111111-2222-3333-4444-555555555555".to_string()];
    assert!(deploy_to_staging(run(&offer), ALLOWED).is_ok());
    assert_eq!(
        deploy_to_staging(run(&offer), "11111111-2222-3333-4444-555555555555"),
        Err(StagingRefusal::NotOnAllowList)
    );
}

#[test]
fn the_preview_is_available_from_step_5_until_canceled() {
    assert!(!preview_available(run(&published(SEED))));
    let offer = at_signoff(SEED);
    assert!(preview_available(run(&offer)));
    let canceled = ok(&offer, Command::CancelPublishing, TO_SIGNOFF);
    assert!(!preview_available(run(&canceled)));
}
