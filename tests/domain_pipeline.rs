#![cfg(not(target_arch = "wasm32"))]
//! What the step list shows (`domain::pipeline`): a canceled run shows the offer back at step
//! 1 with no step complete, and a skipped step its planned duration; Cancel publishing sends
//! its email; Publish offers the last run's address again.

use golive::domain::sample::complete_form;
use golive::domain::*;

mod common;
use common::{advanced, complete_offer, ok, run, T0, TO_SIGNOFF};

fn new_offer() -> Offer {
    complete_offer("local-1", "Contoso")
}

fn published(seed: u64, email: &str) -> Offer {
    let o = ok(&new_offer(), Command::Publish { seed }, 0);
    ok(&o, Command::SubmitNotificationEmail(email.into()), 0)
}

fn states(o: &Offer) -> Vec<StepState> {
    pipeline(o).iter().map(|v| v.state).collect()
}

fn current(o: &Offer) -> Vec<Step> {
    pipeline(o)
        .iter()
        .filter(|v| v.current)
        .map(|v| v.step)
        .collect()
}

#[test]
fn before_publish_no_step_has_started_and_none_is_current() {
    let o = new_offer();
    assert_eq!(states(&o), vec![StepState::NotStarted; 7]);
    assert_eq!(current(&o), vec![]);
    assert!(pipeline(&o)
        .iter()
        .all(|v| v.timing == StepTiming::None && v.started.is_none()));
}

#[test]
fn while_running_the_steps_show_their_records() {
    let o = advanced(&published(1, "dana@contoso.com"), HOUR_MS);
    let views = pipeline(&o);
    assert_eq!(views[0].state, StepState::Complete);
    assert!(matches!(views[0].timing, StepTiming::Took { ms } if ms > 0));
    assert_eq!(views[1].state, StepState::InProgress);
    assert!(views[1].current);
    assert_eq!(
        views[1].timing,
        StepTiming::Until {
            due: run(&o).step(Step::Certification).due.expect("due")
        }
    );
    assert_eq!(current(&o), vec![Step::Certification]);
    assert_eq!(views.map(|v| v.step), Step::ALL);
}

#[test]
fn at_signoff_the_step_waits_since_it_started() {
    let o = advanced(&published(1, "dana@contoso.com"), TO_SIGNOFF);
    let view = pipeline(&o)[Step::PublisherSignoff.index()];
    assert_eq!(view.state, StepState::WaitingForPublisherReview);
    assert_eq!(
        view.timing,
        StepTiming::WaitingSince {
            since: run(&o)
                .step(Step::PublisherSignoff)
                .started
                .expect("started")
        }
    );
}

#[test]
fn after_a_cancel_the_offer_shows_step_1_and_no_step_complete() {
    let o = advanced(&published(1, "dana@contoso.com"), TO_SIGNOFF);
    let o = ok(&o, Command::CancelPublishing, TO_SIGNOFF);
    assert_eq!(states(&o), vec![StepState::NotStarted; 7]);
    assert_eq!(current(&o), vec![Step::ValidatePrerequisites]);
    assert!(pipeline(&o)
        .iter()
        .all(|v| v.timing == StepTiming::None && v.started.is_none()));
    for step in Step::ALL {
        assert_eq!(run(&o).shown_state(step), StepState::NotStarted);
    }
    // The run itself, and the history, keep what happened.
    assert_eq!(run(&o).step(Step::Certification).state, StepState::Complete);
    assert!(o.history.iter().any(|e| matches!(
        e.kind,
        HistoryKind::StepCompleted {
            step: Step::Provisioning,
            ..
        }
    )));
}

#[test]
fn a_cancel_while_going_live_shows_step_1_too() {
    let o = advanced(&published(1, "dana@contoso.com"), TO_SIGNOFF);
    let o = ok(&o, Command::GoLive, TO_SIGNOFF);
    let o = ok(&o, Command::CancelPublishing, TO_SIGNOFF + HOUR_MS);
    assert!(!states(&o).contains(&StepState::Complete));
    assert_eq!(current(&o), vec![Step::ValidatePrerequisites]);
}

#[test]
fn once_live_every_step_is_complete_and_live_is_current() {
    let o = advanced(&published(1, "dana@contoso.com"), TO_SIGNOFF);
    let o = ok(&o, Command::GoLive, TO_SIGNOFF);
    let o = advanced(&o, TO_SIGNOFF + DAY_MS);
    assert_eq!(states(&o), vec![StepState::Complete; 7]);
    assert_eq!(current(&o), vec![Step::Live]);
}

#[test]
fn a_skipped_step_shows_its_planned_duration_never_a_shorter_one() {
    for seed in 1..20 {
        let o = advanced(&published(seed, "dana@contoso.com"), HOUR_MS);
        let o = ok(&o, Command::SkipStep, HOUR_MS);
        let r = run(&o);
        let cert = r.step(Step::Certification);
        assert!(cert.skipped, "the record says it was skipped");
        assert_eq!(cert.state, StepState::Complete);
        let planned = r.duration_ms(Step::Certification);
        let view = pipeline(&o)[Step::Certification.index()];
        assert_eq!(
            view.timing,
            StepTiming::Skipped {
                planned_ms: planned
            }
        );
        // It ended early, yet what shows is at least 6 hours (Certification's shortest draw).
        assert!(
            cert.ended
                .expect("ended")
                .since(cert.started.expect("started"))
                < planned
        );
        assert!(planned >= 6 * HOUR_MS);
        assert!(o.history.iter().any(|e| e.kind
            == HistoryKind::StepSkipped {
                run: 1,
                step: Step::Certification,
                planned_ms: planned,
            }));
        // The step after it is not marked.
        assert!(!r.step(Step::Provisioning).skipped);
        assert!(!matches!(
            pipeline(&o)[Step::Provisioning.index()].timing,
            StepTiming::Skipped { .. }
        ));
    }
}

#[test]
fn a_skipped_certification_that_fails_is_rejected_and_still_shows_its_plan() {
    let mut o = new_offer();
    o.draft.skus[0].disk_versions[0].os_vhd_url = complete_form().skus[0].disk_versions[0]
        .os_vhd_url
        .replace("sp=rl", "sp=r");
    let o = ok(&o, Command::Publish { seed: 3 }, 0);
    let o = ok(
        &o,
        Command::SubmitNotificationEmail("dana@contoso.com".into()),
        0,
    );
    let o = advanced(&o, HOUR_MS);
    let o = ok(&o, Command::SkipStep, HOUR_MS);
    let view = pipeline(&o)[Step::Certification.index()];
    assert_eq!(view.state, StepState::Rejected);
    assert_eq!(
        view.timing,
        StepTiming::Skipped {
            planned_ms: run(&o).duration_ms(Step::Certification)
        }
    );
}

#[test]
fn the_skipped_mark_is_checked_by_the_invariants() {
    let o = advanced(&published(1, "dana@contoso.com"), HOUR_MS);
    // On a step that is still running, or not reached, or untimed, it is corrupt.
    for step in [
        Step::Certification,
        Step::Provisioning,
        Step::PreviewAvailable,
    ] {
        let mut bad = o.clone();
        if let Some(run) = bad.run.as_mut() {
            run.step_mut(step).skipped = true;
        }
        assert!(
            bad.inconsistencies()
                .contains(&Inconsistency::StepTimes { step }),
            "{step:?}"
        );
    }
    // On a step that ended at its deadline, it is fine.
    let skipped = ok(&o, Command::SkipStep, HOUR_MS);
    assert!(skipped.is_consistent());
}

#[test]
fn a_record_without_the_skipped_mark_reads_as_not_skipped_and_is_stored_without_it() {
    let record: StepRecord = serde_json::from_str(r#"{"state":"Complete","started":1,"ended":2}"#)
        .expect("an older record");
    assert!(!record.skipped);
    let json = serde_json::to_string(&record).expect("json");
    assert!(!json.contains("skipped"), "{json}");
    let skipped = StepRecord {
        skipped: true,
        ..record
    };
    assert!(serde_json::to_string(&skipped)
        .expect("json")
        .contains("\"skipped\":true"));
    let old: HistoryKind =
        serde_json::from_str(r#"{"StepSkipped":{"run":1,"step":"Certification"}}"#)
            .expect("an older history entry");
    assert_eq!(
        old,
        HistoryKind::StepSkipped {
            run: 1,
            step: Step::Certification,
            planned_ms: 0
        }
    );
}

#[test]
fn cancel_publishing_sends_a_canceled_email_to_the_run_address() {
    let o = advanced(&published(1, "dana@contoso.com"), TO_SIGNOFF);
    let o = ok(&o, Command::CancelPublishing, TO_SIGNOFF);
    let last = o.notifications.last().expect("an email");
    assert_eq!(last.kind, NotificationKind::Canceled);
    assert_eq!(last.step, Step::PublisherSignoff);
    assert_eq!(last.to, "dana@contoso.com");
    assert_eq!(last.id, NotificationId(o.emails_sent));
    assert_eq!(last.what_to_do(), vec![Remedy::PublishWhenReady]);
    assert!(o.history.iter().any(|e| e.kind
        == HistoryKind::NotificationSent {
            run: 1,
            kind: NotificationKind::Canceled
        }));
    assert!(NotificationKind::ALL.contains(&NotificationKind::Canceled));
}

#[test]
fn publish_again_offers_the_last_runs_address() {
    let o = new_offer();
    assert_eq!(o.last_notification_email(), None);
    let o = ok(&o, Command::Publish { seed: 1 }, 0);
    assert_eq!(o.last_notification_email(), None);
    let o = ok(
        &o,
        Command::SubmitNotificationEmail("dana@contoso.com".into()),
        0,
    );
    assert_eq!(o.last_notification_email(), Some("dana@contoso.com"));
    let o = advanced(&o, TO_SIGNOFF);
    let o = ok(&o, Command::CancelPublishing, TO_SIGNOFF);
    // The new run has no address yet: the last run's is offered.
    let o = ok(&o, Command::Publish { seed: 2 }, TO_SIGNOFF);
    assert_eq!(run(&o).email, None);
    assert_eq!(o.last_notification_email(), Some("dana@contoso.com"));
    let o = ok(
        &o,
        Command::SubmitNotificationEmail("sam@contoso.com".into()),
        TO_SIGNOFF,
    );
    let o = advanced(&o, 2 * TO_SIGNOFF);
    let o = ok(&o, Command::CancelPublishing, 2 * TO_SIGNOFF);
    let o = ok(&o, Command::Publish { seed: 3 }, 2 * TO_SIGNOFF);
    assert_eq!(o.last_notification_email(), Some("sam@contoso.com"));
}

#[test]
fn the_certification_checks_show_results_as_the_step_runs() {
    let o = advanced(&published(1, "dana@contoso.com"), 0);
    let total = checks(&run(&o).submitted, run(&o).published_at).len();
    assert_eq!(total, 17);
    // Step 1 still runs: no check has run.
    assert_eq!(checks_done_in(run(&o), total, SimTime(T0)), 0);
    let o = advanced(&o, 20 * MINUTE_MS);
    let cert = *run(&o).step(Step::Certification);
    let (started, due) = (cert.started.expect("started"), cert.due.expect("due"));
    assert_eq!(checks_done_in(run(&o), total, started), 0);
    let half = SimTime(started.0 + due.since(started) / 2);
    assert_eq!(checks_done_in(run(&o), total, half), total / 2);
    assert_eq!(checks_done_in(run(&o), total, due), total);
    let o = advanced(&o, TO_SIGNOFF);
    assert_eq!(checks_done_in(run(&o), total, SimTime(T0)), total);
    let o = ok(&o, Command::CancelPublishing, TO_SIGNOFF);
    assert_eq!(checks_done_in(run(&o), total, SimTime(T0)), 0);
}
