#![cfg(not(target_arch = "wasm32"))]
//! The consistency checks the app uses to validate loaded data catch corrupt offers.

mod common;

use common::{at_signoff, clock, T0};
use golive::domain::*;

/// The seed of every run here.
const SEED: u64 = 1;

fn run_mut(o: &mut Offer) -> &mut Run {
    o.run.as_mut().expect("run")
}

#[test]
fn a_fresh_offer_is_consistent() {
    assert!(Offer::new(OfferId("x".into()), "n".into(), SimTime(0)).is_consistent());
}

#[test]
fn a_later_step_started_before_an_earlier_one_completed_is_caught() {
    let mut o = at_signoff(SEED);
    run_mut(&mut o).step_mut(Step::Provisioning).state = StepState::InProgress;
    assert!(o.inconsistencies().contains(&Inconsistency::StepOrder {
        step: Step::PackagingAndLeadRegistration
    }));
}

#[test]
fn live_without_every_step_complete_is_caught() {
    let mut o = at_signoff(SEED);
    let r = run_mut(&mut o);
    r.state = PublishState::Succeeded;
    *r.step_mut(Step::Live) = StepRecord {
        state: StepState::Complete,
        started: Some(SimTime(T0)),
        due: None,
        ended: Some(SimTime(T0)),
        skipped: false,
    };
    assert!(o.inconsistencies().contains(&Inconsistency::RunState {
        state: PublishState::Succeeded
    }));
}

#[test]
fn a_succeeded_run_without_its_live_version_is_caught() {
    let clock = clock();
    let o = apply(
        &at_signoff(SEED),
        Command::GoLive,
        &clock,
        WallTime(7 * DAY_MS),
    )
    .expect("go live");
    let mut o = advance(&o.offer, &clock, WallTime(8 * DAY_MS)).offer;
    assert!(o.is_consistent());
    o.live = None;
    assert!(o.inconsistencies().contains(&Inconsistency::LiveVersion));
}

#[test]
fn a_step_ending_before_it_started_is_caught() {
    let mut o = at_signoff(SEED);
    let rec = run_mut(&mut o).step_mut(Step::Certification);
    rec.ended = Some(SimTime(0));
    assert!(!o.is_consistent());
}

#[test]
fn a_missing_notification_email_is_caught() {
    let mut o = at_signoff(SEED);
    run_mut(&mut o).email = None;
    assert!(o.inconsistencies().contains(&Inconsistency::Email));
}

#[test]
fn a_failure_on_a_run_that_did_not_fail_is_caught() {
    let mut o = at_signoff(SEED);
    run_mut(&mut o).failure = Some(RunFailure {
        step: Step::Provisioning,
        at: SimTime(T0),
        reason: FailureReason::Fault(FaultReason::ReplicationFailed),
    });
    assert!(o.inconsistencies().contains(&Inconsistency::Failure));
}

#[test]
fn history_out_of_time_order_is_caught() {
    let mut o = at_signoff(SEED);
    o.history.swap(0, 5);
    assert!(matches!(
        o.inconsistencies().as_slice(),
        [Inconsistency::HistoryOrder { .. }]
    ));
}

#[test]
fn a_run_number_beyond_the_count_of_runs_is_caught() {
    let mut o = at_signoff(SEED);
    o.runs = 0;
    assert!(o.inconsistencies().contains(&Inconsistency::RunNumber));
}

#[test]
fn advancing_a_corrupt_offer_does_not_panic() {
    let mut o = at_signoff(SEED);
    let r = run_mut(&mut o);
    r.state = PublishState::Running;
    r.step_mut(Step::PublisherSignoff).due = Some(SimTime(T0));
    r.step_mut(Step::PublisherSignoff).state = StepState::InProgress;
    let clock = clock();
    let _ = advance(&o, &clock, WallTime(100 * DAY_MS));
    let _ = apply(&o, Command::GoLive, &clock, WallTime(100 * DAY_MS));
    let _ = apply(&o, Command::SkipStep, &clock, WallTime(100 * DAY_MS));
}
