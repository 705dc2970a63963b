#![cfg(not(target_arch = "wasm32"))]
//! The simulated clock: real elapsed time times speed, with pause, stored as a mapping.

use golive::domain::*;

#[test]
fn speeds_have_their_factors() {
    assert_eq!(Speed::RealTime.factor(), 1);
    assert_eq!(Speed::HourPerMinute.factor(), 60);
    assert_eq!(Speed::DayPerMinute.factor(), 1440);
    assert_eq!(Speed::DayPer10Seconds.factor(), 8640);
}

#[test]
fn simulated_time_is_real_elapsed_time_times_speed() {
    let c = SimClock::new(WallTime(1_000), SimTime(50_000));
    assert_eq!(c.now(WallTime(1_000)), SimTime(50_000));
    assert_eq!(c.now(WallTime(2_000)), SimTime(51_000));
    let fast = c.apply(ClockCommand::SetSpeed(Speed::DayPerMinute), WallTime(2_000));
    assert_eq!(
        fast.now(WallTime(2_000)),
        SimTime(51_000),
        "no jump at the change"
    );
    assert_eq!(fast.now(WallTime(62_000)), SimTime(51_000 + DAY_MS));
    let faster = fast.apply(
        ClockCommand::SetSpeed(Speed::DayPer10Seconds),
        WallTime(62_000),
    );
    assert_eq!(faster.now(WallTime(72_000)), SimTime(51_000 + 2 * DAY_MS));
}

#[test]
fn pause_stops_simulated_time_and_resume_continues_without_a_jump() {
    let c = SimClock::new(WallTime(0), SimTime(0));
    let p = c.apply(ClockCommand::Pause, WallTime(10));
    assert_eq!(p.now(WallTime(10)), SimTime(10));
    assert_eq!(p.now(WallTime(10_000)), SimTime(10));
    let r = p.apply(ClockCommand::Resume, WallTime(10_000));
    assert_eq!(r.now(WallTime(10_000)), SimTime(10));
    assert_eq!(r.now(WallTime(10_005)), SimTime(15));
    // Speed changes while paused keep it paused.
    let ps = p.apply(
        ClockCommand::SetSpeed(Speed::DayPerMinute),
        WallTime(20_000),
    );
    assert!(ps.paused);
    assert_eq!(ps.now(WallTime(30_000)), SimTime(10));
}

#[test]
fn wall_at_is_the_inverse_of_now() {
    let c = SimClock::new(WallTime(5_000), SimTime(1_000_000))
        .apply(ClockCommand::SetSpeed(Speed::DayPerMinute), WallTime(6_000));
    for w in [6_000i64, 6_001, 7_777, 100_000] {
        assert_eq!(c.wall_at(c.now(WallTime(w))), WallTime(w));
    }
}

#[test]
fn a_real_clock_set_back_never_moves_simulated_time_back_past_the_anchor() {
    let c = SimClock::new(WallTime(1_000), SimTime(50_000));
    assert_eq!(c.now(WallTime(0)), SimTime(50_000));
}

#[test]
fn the_clock_round_trips_through_json() {
    let c = SimClock::new(WallTime(1), SimTime(2)).apply(ClockCommand::Pause, WallTime(3));
    let json = serde_json::to_string(&c).expect("json");
    let back: SimClock = serde_json::from_str(&json).expect("parse");
    assert_eq!(back, c);
    assert_eq!(back.now(WallTime(999)), c.now(WallTime(999)));
}

#[test]
fn an_idle_clock_runs_at_real_time_whatever_the_speed() {
    let fast = SimClock::new(WallTime(0), SimTime(0))
        .apply(ClockCommand::SetSpeed(Speed::DayPer10Seconds), WallTime(0));
    let idle = fast.settle(Activity::IdleSince(None), WallTime(0));
    assert!(idle.idle);
    assert_eq!(idle.now(WallTime(10 * MINUTE_MS)), SimTime(10 * MINUTE_MS));
}

#[test]
fn a_step_starting_applies_the_speed_from_that_moment_without_a_jump() {
    let idle = SimClock::new(WallTime(0), SimTime(0))
        .apply(ClockCommand::SetSpeed(Speed::DayPerMinute), WallTime(0))
        .settle(Activity::IdleSince(None), WallTime(0));
    let running = idle.settle(Activity::Running, WallTime(5 * MINUTE_MS));
    assert!(!running.idle);
    assert_eq!(running.now(WallTime(5 * MINUTE_MS)), SimTime(5 * MINUTE_MS));
    assert_eq!(
        running.now(WallTime(6 * MINUTE_MS)),
        SimTime(5 * MINUTE_MS + DAY_MS)
    );
    // Settling to what it already follows changes nothing.
    assert_eq!(
        running.settle(Activity::Running, WallTime(7 * MINUTE_MS)),
        running
    );
}

#[test]
fn the_last_step_ending_makes_time_real_again_from_that_moment() {
    let running = SimClock::new(WallTime(0), SimTime(0))
        .apply(ClockCommand::SetSpeed(Speed::DayPerMinute), WallTime(0));
    // The last step ended after 3 simulated days (3 real minutes); the page looks at 10.
    let idle = running.settle(
        Activity::IdleSince(Some(SimTime(3 * DAY_MS))),
        WallTime(10 * MINUTE_MS),
    );
    assert!(idle.idle);
    assert_eq!(idle.now(WallTime(3 * MINUTE_MS)), SimTime(3 * DAY_MS));
    assert_eq!(
        idle.now(WallTime(10 * MINUTE_MS)),
        SimTime(3 * DAY_MS + 7 * MINUTE_MS),
        "seven real minutes since, at real time"
    );
    // What happened before keeps its real times.
    assert_eq!(idle.wall_at(SimTime(3 * DAY_MS)), WallTime(3 * MINUTE_MS));
}

#[test]
fn an_end_before_the_last_anchoring_or_after_now_is_held_within_them() {
    let running = SimClock::new(WallTime(MINUTE_MS), SimTime(DAY_MS)).apply(
        ClockCommand::SetSpeed(Speed::DayPerMinute),
        WallTime(MINUTE_MS),
    );
    let early = running.settle(
        Activity::IdleSince(Some(SimTime(0))),
        WallTime(2 * MINUTE_MS),
    );
    assert_eq!(early.anchor_sim, SimTime(DAY_MS));
    let late = running.settle(
        Activity::IdleSince(Some(SimTime(100 * DAY_MS))),
        WallTime(2 * MINUTE_MS),
    );
    assert_eq!(late.anchor_sim, SimTime(2 * DAY_MS));
}

#[test]
fn a_paused_clock_going_idle_stays_where_it_stands() {
    let paused = SimClock::new(WallTime(0), SimTime(0))
        .apply(ClockCommand::SetSpeed(Speed::DayPerMinute), WallTime(0))
        .apply(ClockCommand::Pause, WallTime(MINUTE_MS));
    let idle = paused.settle(Activity::IdleSince(None), WallTime(5 * MINUTE_MS));
    assert!(idle.idle && idle.paused);
    assert_eq!(idle.now(WallTime(9 * MINUTE_MS)), SimTime(DAY_MS));
}
