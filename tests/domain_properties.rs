#![cfg(not(target_arch = "wasm32"))]
//! Property tests of the workflow engine under any sequence of commands, edits and clock moves.

mod common;

use common::{clock, complete_offer, T0};
use golive::domain::sample::complete_form;
use golive::domain::*;
use proptest::prelude::*;

/// One thing that can happen to an offer.
#[derive(Debug, Clone)]
enum Op {
    /// A command (refusals leave the offer as it was).
    Cmd(Command),
    /// Real time passes by this many ms, then the app advances.
    Wait(i64),
    /// A clock command.
    Clock(ClockCommand),
    /// The user edits the draft.
    Edit(Edit),
    /// A whole journey in one op (Publish, email, a week, Go Live), so that random sequences
    /// often get far into the flow; each part may still be refused.
    Journey(u64),
}

#[derive(Debug, Clone, Copy)]
enum Edit {
    /// Back to the valid sample.
    Fix,
    /// Clear a required field (Publish will be refused).
    Break,
    /// A SAS that expires too soon (certification will fail).
    ExpireSas,
    /// A wrong lead connection string (lead registration will fail).
    BadLead,
    /// A harmless change (a draft beside the live version).
    Retitle,
}

fn step() -> impl Strategy<Value = Step> {
    prop::sample::select(Step::ALL.to_vec())
}

fn fault() -> impl Strategy<Value = Command> {
    (step(), any::<bool>(), 0usize..3).prop_map(|(step, custom, i)| {
        let presets = FaultReason::presets(step, &complete_form());
        let reason = match presets.get(i % presets.len().max(1)) {
            Some(r) if !custom => r.clone(),
            _ => FaultReason::Custom("trainer".into()),
        };
        Command::PlanFault { step, reason }
    })
}

fn command() -> impl Strategy<Value = Command> {
    prop_oneof![
        4 => any::<u64>().prop_map(|seed| Command::Publish { seed }),
        4 => Just(Command::SubmitNotificationEmail("dana@contoso.com".into())),
        1 => Just(Command::SubmitNotificationEmail("not an email".into())),
        4 => Just(Command::GoLive),
        1 => Just(Command::CancelPublishing),
        1 => prop::sample::select(vec!["help", " "])
            .prop_map(|t| Command::OpenSupportRequest { text: t.to_string() }),
        3 => Just(Command::SkipStep),
        1 => fault(),
        1 => Just(Command::ClearFault),
        1 => (0u32..4).prop_map(|id| Command::MarkNotificationRead { id: NotificationId(id) }),
    ]
}

fn clock_command() -> impl Strategy<Value = ClockCommand> {
    prop_oneof![
        prop::sample::select(Speed::ALL.to_vec()).prop_map(ClockCommand::SetSpeed),
        Just(ClockCommand::Pause),
        Just(ClockCommand::Resume),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => command().prop_map(Op::Cmd),
        5 => prop::sample::select(vec![
            0,
            1_000,
            60_000,
            600_000,
            HOUR_MS,
            6 * HOUR_MS,
            DAY_MS,
            3 * DAY_MS,
            7 * DAY_MS,
        ])
        .prop_map(Op::Wait),
        1 => clock_command().prop_map(Op::Clock),
        2 => any::<u64>().prop_map(Op::Journey),
        2 => prop_oneof![
            3 => Just(Edit::Fix),
            1 => Just(Edit::Break),
            1 => Just(Edit::ExpireSas),
            1 => Just(Edit::BadLead),
            1 => Just(Edit::Retitle),
        ]
        .prop_map(Op::Edit),
    ]
}

/// Everything the app stores: the offer, the clock, and the real time now.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
struct World {
    offer: Offer,
    clock: SimClock,
    wall: WallTime,
}

impl World {
    fn new() -> World {
        World {
            offer: complete_offer("p", "Contoso"),
            clock: clock(),
            wall: WallTime(0),
        }
    }

    fn step(&mut self, op: &Op) {
        match op {
            Op::Journey(seed) => {
                for part in [
                    Op::Cmd(Command::Publish { seed: *seed }),
                    Op::Cmd(Command::SubmitNotificationEmail("dana@contoso.com".into())),
                    Op::Wait(7 * DAY_MS),
                    Op::Cmd(Command::GoLive),
                ] {
                    self.step(&part);
                }
            }
            Op::Cmd(cmd) => {
                if let Ok(out) = apply(&self.offer, cmd.clone(), &self.clock, self.wall) {
                    self.offer = out.offer;
                }
            }
            Op::Wait(ms) => {
                self.wall = WallTime(self.wall.0 + ms);
                self.offer = advance(&self.offer, &self.clock, self.wall).offer;
            }
            Op::Clock(c) => self.clock = self.clock.apply(*c, self.wall),
            Op::Edit(e) => {
                let now = self.clock.now(self.wall);
                let d = &mut self.offer.draft;
                match e {
                    Edit::Fix => *d = complete_form(),
                    Edit::Break => d.marketplace.title.clear(),
                    Edit::ExpireSas => {
                        if let Some(dv) = d.skus.get_mut(0).and_then(|s| s.disk_versions.get_mut(0))
                        {
                            dv.os_vhd_url = dv.os_vhd_url.replace("se=2099-12-31", "se=2018-06-02");
                        }
                    }
                    Edit::BadLead => {
                        d.marketplace.lead_destination = LeadDestination::AzureTable {
                            connection_string: "AccountName=x".into(),
                        }
                    }
                    Edit::Retitle => d.marketplace.title.push('!'),
                }
                self.offer.touch(now);
            }
        }
    }
}

/// The rule that matters most: no run is Live unless every step before it is Complete.
fn never_live_without_every_step(offer: &Offer) -> Result<(), TestCaseError> {
    if let Some(run) = &offer.run {
        let live_done = run.step(Step::Live).state == StepState::Complete;
        if live_done || run.state == PublishState::Succeeded {
            prop_assert!(run.steps.iter().all(|s| s.state == StepState::Complete));
            prop_assert_eq!(run.state, PublishState::Succeeded);
        }
    }
    if let Some(live) = &offer.live {
        prop_assert!(live.run >= 1 && live.run <= offer.runs);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Any sequence of commands, edits and clock moves keeps the offer valid.
    #[test]
    fn any_sequence_keeps_the_offer_valid(ops in prop::collection::vec(op(), 1..60)) {
        let mut w = World::new();
        for op in &ops {
            let history_before = w.offer.history.len();
            let notes_before = w.offer.notifications.len();
            if let Op::Cmd(cmd) = op {
                if let Ok(out) = apply(&w.offer, cmd.clone(), &w.clock, w.wall) {
                    // The effects list says exactly what was appended.
                    let records = out.effects.iter().filter(|e| matches!(e, Effect::Record(_))).count();
                    let notes = out.effects.iter().filter(|e| matches!(e, Effect::Notify(_))).count();
                    prop_assert_eq!(out.offer.history.len(), history_before + records);
                    prop_assert_eq!(out.offer.notifications.len(), notes_before + notes);
                }
            }
            w.step(op);
            let problems = w.offer.inconsistencies();
            prop_assert!(problems.is_empty(), "{:?} after {:?}", problems, op);
            never_live_without_every_step(&w.offer)?;
        }
    }

    /// `advance` twice is `advance` once, at any point.
    #[test]
    fn advance_is_idempotent(ops in prop::collection::vec(op(), 0..30), extra in 0i64..(10 * DAY_MS)) {
        let mut w = World::new();
        for op in &ops {
            w.step(op);
        }
        let at = WallTime(w.wall.0 + extra);
        let once = advance(&w.offer, &w.clock, at);
        let twice = advance(&once.offer, &w.clock, at);
        prop_assert_eq!(&twice.offer, &once.offer);
        prop_assert!(twice.effects.is_empty());
    }

    /// Many small advances give the same offer as one jump.
    #[test]
    fn small_steps_equal_one_jump(
        ops in prop::collection::vec(op(), 0..30),
        cuts in prop::collection::vec(0i64..(12 * DAY_MS), 1..12),
        jump in 0i64..(12 * DAY_MS),
    ) {
        let mut w = World::new();
        for op in &ops {
            w.step(op);
        }
        let target = WallTime(w.wall.0 + jump);
        let one = advance(&w.offer, &w.clock, target).offer;
        let mut cuts: Vec<i64> = cuts.into_iter().filter(|c| *c <= jump).collect();
        cuts.sort_unstable();
        let mut many = w.offer.clone();
        for c in cuts {
            many = advance(&many, &w.clock, WallTime(w.wall.0 + c)).offer;
        }
        many = advance(&many, &w.clock, target).offer;
        prop_assert_eq!(many, one);
    }

    /// Saving to JSON and reloading at any point gives the same future.
    #[test]
    fn reload_gives_the_same_future(
        before in prop::collection::vec(op(), 0..25),
        after in prop::collection::vec(op(), 0..25),
    ) {
        let mut w = World::new();
        for op in &before {
            w.step(op);
        }
        let json = serde_json::to_string(&w).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut reloaded: World =
            serde_json::from_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&reloaded, &w);
        for op in &after {
            w.step(op);
            reloaded.step(op);
            prop_assert_eq!(&reloaded, &w);
        }
    }

    /// Step durations always stay under their bounds, for any seed.
    #[test]
    fn durations_stay_within_bounds(seed in any::<u64>()) {
        let run = Run::new(1, complete_form(), SimTime(T0), seed);
        for step in Step::ALL {
            if let (Some((lo, hi)), Some(bound)) = (step.duration_range_ms(), step.bound_ms()) {
                let d = run.duration_ms(step);
                prop_assert!(d >= lo && d <= hi && d <= bound && d > 0);
            }
        }
    }

    /// The field rules and certification never panic, and the rules report what they find
    /// at paths that exist, whatever the user typed.
    #[test]
    fn rules_never_panic_on_any_text(text in "\\PC{0,80}", n in 0usize..3) {
        let mut f = complete_form();
        f.settings.offer_id = text.clone();
        f.skus[0].disk_versions[0].os_vhd_url = text.clone();
        f.skus[0].disk_versions[0].os_disk_size_gb = text.clone();
        f.marketplace.preview_subscription_ids = vec![text.clone(); n];
        f.support.engineering.email = text.clone();
        f.support.customer.phone = text.clone();
        let _ = check_form(&f);
        let _ = certify(&f, SimTime(T0));
        let _ = register_leads(&LeadDestination::AzureTable { connection_string: text.clone() }, 1);
        let _ = register_leads(&LeadDestination::Marketo {
            server_id: text.clone(), munchkin_id: text.clone(), form_id: text.clone(),
        }, 1);
    }

    /// Clock commands never make simulated time jump, and it never runs backwards.
    #[test]
    fn the_clock_never_jumps_or_runs_back(
        moves in prop::collection::vec((0i64..(10 * 60_000), clock_command()), 0..20),
    ) {
        let mut clock = clock();
        let mut wall = 0;
        let mut last = clock.now(WallTime(0));
        for (dt, cmd) in moves {
            wall += dt;
            let now = clock.now(WallTime(wall));
            prop_assert!(now >= last);
            let next = clock.apply(cmd, WallTime(wall));
            prop_assert_eq!(next.now(WallTime(wall)), now);
            if !next.paused {
                prop_assert_eq!(next.wall_at(now), WallTime(wall));
            }
            clock = next;
            last = now;
        }
    }
}
