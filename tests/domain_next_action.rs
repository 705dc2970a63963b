#![cfg(not(target_arch = "wasm32"))]
//! The next action the Status tab names for an offer, in every state the flow can be in.

use golive::domain::fields;
use golive::domain::*;

mod common;
use common::{advanced, complete_offer, ok, publish, T0, TO_SIGNOFF};

/// Simulated time at real time `wall`.
fn at(wall: i64) -> SimTime {
    SimTime(T0 + wall)
}

fn complete() -> Offer {
    complete_offer("local-1", "Contoso")
}

fn emailed(offer: &Offer) -> Offer {
    publish(offer, 7)
}

fn due(offer: &Offer) -> SimTime {
    offer.next_deadline().expect("a running timed step")
}

#[test]
fn a_new_offer_is_to_be_filled_in_and_published() {
    let empty = Offer::new(OfferId("local-2".into()), "Empty".into(), SimTime(T0));
    match next_action(&empty, at(0)) {
        NextAction::Publish { problems } => assert!(problems > 5, "{problems} problems"),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        next_action(&complete(), at(0)),
        NextAction::Publish { problems: 0 }
    );
}

#[test]
fn after_publish_the_notification_email_is_asked_for() {
    let o = ok(&complete(), Command::Publish { seed: 1 }, 0);
    assert_eq!(next_action(&o, at(0)), NextAction::EnterEmail);
}

#[test]
fn while_steps_1_to_4_run_there_is_nothing_to_do_but_wait() {
    let o = emailed(&complete());
    let left = due(&o).since(at(0));
    assert_eq!(
        next_action(&o, at(0)),
        NextAction::Wait {
            step: Step::ValidatePrerequisites,
            left_ms: left
        }
    );
    assert!(left > 0 && left < 15 * MINUTE_MS);
    for step in [
        Step::Certification,
        Step::Provisioning,
        Step::PackagingAndLeadRegistration,
    ] {
        let mut o = emailed(&complete());
        let mut wall = 0;
        while o.current_step() != Some(step) {
            wall = due(&o).since(SimTime(T0));
            o = advanced(&o, wall);
        }
        let now = at(wall + MINUTE_MS);
        assert_eq!(
            next_action(&o, now),
            NextAction::Wait {
                step,
                left_ms: due(&o).since(now)
            },
            "{step:?}"
        );
    }
}

#[test]
fn a_deadline_passed_but_not_yet_applied_counts() {
    let o = emailed(&complete());
    // Not advanced: the stored offer is still at step 1, but at sign-off time it is waiting.
    assert_eq!(next_action(&o, at(TO_SIGNOFF)), NextAction::SignOff);
}

#[test]
fn at_publisher_signoff_the_publisher_checks_then_signs_off() {
    let o = advanced(&emailed(&complete()), TO_SIGNOFF);
    assert_eq!(next_action(&o, at(TO_SIGNOFF)), NextAction::SignOff);
}

#[test]
fn after_go_live_the_publisher_waits_and_may_still_cancel() {
    let o = advanced(&emailed(&complete()), TO_SIGNOFF);
    let o = ok(&o, Command::GoLive, TO_SIGNOFF);
    let now = at(TO_SIGNOFF + HOUR_MS);
    assert_eq!(
        next_action(&o, now),
        NextAction::GoingLive {
            left_ms: due(&o).since(now)
        }
    );
}

#[test]
fn live_needs_nothing_until_the_draft_changes() {
    let o = advanced(&emailed(&complete()), TO_SIGNOFF);
    let o = advanced(&ok(&o, Command::GoLive, TO_SIGNOFF), TO_SIGNOFF + DAY_MS);
    assert_eq!(next_action(&o, at(TO_SIGNOFF + DAY_MS)), NextAction::Live);
    let mut edited = o.clone();
    edited.draft.marketplace.summary = "A new summary.".into();
    assert_eq!(
        next_action(&edited, at(TO_SIGNOFF + DAY_MS)),
        NextAction::PublishDraft
    );
}

#[test]
fn a_canceled_run_is_published_again_from_step_1() {
    let o = advanced(&emailed(&complete()), TO_SIGNOFF);
    let canceled = ok(&o, Command::CancelPublishing, TO_SIGNOFF);
    assert_eq!(
        next_action(&canceled, at(TO_SIGNOFF)),
        NextAction::PublishAgain { live: false }
    );
    // A second run of a live offer, canceled: the first version stays live.
    let live = advanced(&ok(&o, Command::GoLive, TO_SIGNOFF), TO_SIGNOFF + DAY_MS);
    let mut draft = live.clone();
    draft.draft.marketplace.summary = "A new summary.".into();
    let second = ok(&draft, Command::Publish { seed: 9 }, TO_SIGNOFF + DAY_MS);
    let second = ok(
        &second,
        Command::SubmitNotificationEmail("dana@contoso.com".into()),
        TO_SIGNOFF + DAY_MS,
    );
    let second = advanced(&second, 2 * TO_SIGNOFF);
    let second = ok(&second, Command::CancelPublishing, 2 * TO_SIGNOFF);
    assert_eq!(
        next_action(&second, at(2 * TO_SIGNOFF)),
        NextAction::PublishAgain { live: true }
    );
}

#[test]
fn a_failure_names_the_fields_to_fix() {
    let mut bad = complete();
    let url = &mut bad.draft.skus[0].disk_versions[0].os_vhd_url;
    *url = url.replace("sp=rl", "sp=r");
    let o = advanced(&emailed(&bad), TO_SIGNOFF);
    assert_eq!(
        next_action(&o, at(TO_SIGNOFF)),
        NextAction::Fix {
            step: Step::Certification,
            fields: vec![FieldPath::parse("skus[0].disk_versions[0].os_vhd_url")],
        }
    );
}

#[test]
fn a_failure_outside_the_form_names_no_field() {
    let o = ok(
        &complete(),
        Command::PlanFault {
            step: Step::Provisioning,
            reason: FaultReason::ReplicationFailed,
        },
        0,
    );
    let o = advanced(&emailed(&o), TO_SIGNOFF);
    assert_eq!(
        next_action(&o, at(TO_SIGNOFF)),
        NextAction::Fix {
            step: Step::Provisioning,
            fields: vec![],
        }
    );
    let o = ok(
        &complete(),
        Command::PlanFault {
            step: Step::PackagingAndLeadRegistration,
            reason: FaultReason::LeadConnectionRejected,
        },
        0,
    );
    let o = advanced(&emailed(&o), TO_SIGNOFF);
    assert_eq!(
        next_action(&o, at(TO_SIGNOFF)),
        NextAction::Fix {
            step: Step::PackagingAndLeadRegistration,
            // The complete form's destination is an Azure Table: its connection string.
            fields: vec![fields::lead_destination::connection_string()],
        }
    );
}
