#![cfg(not(target_arch = "wasm32"))]
//! Demo mode's script, played through the real engine on a simulated clock: it reaches Live
//! with a failure shown and fixed on the way, never sends a command the engine refuses, and
//! with `loop` starts over.

mod common;

use common::{clock, id, T0};
use golive::domain::demo::{fix, next, Act, Beat, Caption, Pace};
use golive::domain::sample::complete_form;
use golive::domain::*;

/// What a played script did: every beat shown, the offer at the end, the real time it took.
struct Played {
    beats: Vec<Beat>,
    offer: Option<Offer>,
    wall: i64,
    restarts: usize,
    commands: Vec<Command>,
}

/// Plays the script as the UI does: apply each act to the offer (commands through
/// `workflow::apply`), let the beat's pace pass on the clock (and the engine advance), until
/// it stops or has restarted `restarts` times.
fn play(looping: bool, restarts: usize) -> Played {
    let mut played = Played {
        beats: vec![Beat::Start],
        offer: None,
        wall: 0,
        restarts: 0,
        commands: Vec::new(),
    };
    let mut beat = Beat::Start;
    for _ in 0..200 {
        let cue = next(beat, played.offer.as_ref(), looping);
        match cue.act {
            Act::Nothing => {}
            Act::CreateSample => {
                let mut offer = Offer::new(id("demo-1"), String::new(), SimTime(T0));
                offer.draft = complete_form();
                played.offer = Some(offer);
            }
            Act::Command(command) => {
                let offer = played.offer.as_ref().expect("a command needs the offer");
                match apply(offer, command.clone(), &clock(), WallTime(played.wall)) {
                    Ok(out) => {
                        assert!(
                            out.offer.is_consistent(),
                            "{:?}",
                            out.offer.inconsistencies()
                        );
                        played.offer = Some(out.offer);
                    }
                    Err(refusal) => panic!("the demo sent {command:?}, refused: {refusal:?}"),
                }
                played.commands.push(command);
            }
            Act::Fix(field) => {
                let offer = played.offer.as_mut().expect("a fix needs the offer");
                assert!(fix(&mut offer.draft, &field), "nothing to fix at {field}");
            }
            Act::Restart => {
                played.restarts += 1;
                if played.restarts > restarts {
                    return played;
                }
                played.offer = None;
            }
            Act::Stop => return played,
        }
        beat = cue.beat;
        played.beats.push(beat);
        played.wall += i64::from(beat.pace().ms());
        if let Some(offer) = &played.offer {
            played.offer = Some(advance(offer, &clock(), WallTime(played.wall)).offer);
        }
    }
    panic!("the demo never ended: {:?}", played.beats);
}

fn position(beats: &[Beat], beat: Beat) -> usize {
    beats
        .iter()
        .position(|b| *b == beat)
        .unwrap_or_else(|| panic!("{beat:?} never shown in {beats:?}"))
}

#[test]
fn the_demo_reaches_live_through_a_failure_fixed_on_the_way() {
    let played = play(false, 0);
    let offer = played.offer.expect("the sample offer");
    assert_eq!(offer.publish_state(), PublishState::Succeeded);
    assert_eq!(played.beats.last(), Some(&Beat::Live));
    let run = offer.run.as_ref().expect("a run");
    assert_eq!(run.number, 2, "one failed run, one that went live");
    let failed = offer.history.iter().any(|event| {
        matches!(
            &event.kind,
            HistoryKind::StepFailed { run: 1, failure } if failure.step == Step::Certification
        )
    });
    assert!(failed, "Certification failed in the first run");
    let failure_shown = position(&played.beats, Beat::Failed);
    let fixed = position(&played.beats, Beat::Fixed);
    let republished = position(&played.beats, Beat::Republished);
    assert!(failure_shown < fixed && fixed < republished);
    // The fix is in the run that went live: a SAS URI other than the sample's.
    let url = &run.submitted.skus[0].disk_versions[0].os_vhd_url;
    assert_ne!(url, &complete_form().skus[0].disk_versions[0].os_vhd_url);
    assert!(check_form(&run.submitted).is_empty());
}

#[test]
fn every_step_is_shown_running_and_skipped_with_the_apps_own_command() {
    let played = play(false, 0);
    let after_fix = position(&played.beats, Beat::Republished);
    for step in [
        Step::ValidatePrerequisites,
        Step::Certification,
        Step::Provisioning,
        Step::PackagingAndLeadRegistration,
        Step::Live,
    ] {
        assert!(
            played.beats[after_fix..].contains(&Beat::Running(step)),
            "{step:?} not shown in {:?}",
            played.beats
        );
    }
    for beat in [Beat::Preview, Beat::Signoff] {
        position(&played.beats, beat);
    }
    let skips = played
        .commands
        .iter()
        .filter(|c| **c == Command::SkipStep)
        .count();
    // Step 1 and Certification in the first run; steps 1 to 4 and Live in the second.
    assert_eq!(skips, 7);
    assert!(played.commands.contains(&Command::GoLive));
}

#[test]
fn every_beat_shown_has_a_caption_and_the_journey_takes_one_to_two_minutes() {
    let played = play(false, 0);
    for beat in &played.beats {
        if beat.pace() != Pace::Instant {
            assert!(beat.caption().is_some(), "{beat:?} has no caption");
        }
    }
    assert!(
        (60_000..=120_000).contains(&played.wall),
        "the journey took {} ms",
        played.wall
    );
    assert_eq!(Beat::Live.caption(), Some(Caption::Live));
}

#[test]
fn with_loop_it_starts_over_on_a_fresh_offer_after_live() {
    let played = play(true, 2);
    assert_eq!(played.restarts, 3);
    let lives = played.beats.iter().filter(|b| **b == Beat::Live).count();
    assert_eq!(lives, 3, "{:?}", played.beats);
    let starts = played.beats.iter().filter(|b| **b == Beat::Start).count();
    assert_eq!(starts, 3);
    // Without loop, Live stays.
    let cue = next(Beat::Live, played.offer.as_ref(), false);
    assert_eq!((cue.act, cue.beat), (Act::Stop, Beat::Live));
}

#[test]
fn an_unexpected_state_is_read_afresh_rather_than_trusted() {
    // An offer already waiting at Publisher Signoff while the script thinks step 2 runs.
    let played = play(false, 0);
    let live = played.offer.expect("offer");
    let cue = next(Beat::Running(Step::Certification), Some(&live), false);
    assert_eq!((cue.act, cue.beat), (Act::Nothing, Beat::Live));
    let cue = next(Beat::Signoff, Some(&live), false);
    assert_eq!(cue.act, Act::Nothing);
}

#[test]
fn the_fix_changes_only_a_disks_os_vhd_url() {
    let mut form = complete_form();
    assert!(!fix(&mut form, &FieldPath::parse("settings.name")));
    assert!(!fix(
        &mut form,
        &FieldPath::parse("skus[4].disk_versions[0].os_vhd_url")
    ));
    assert_eq!(form, complete_form());
    assert!(fix(
        &mut form,
        &FieldPath::parse("skus[0].disk_versions[0].os_vhd_url")
    ));
    assert_ne!(form, complete_form());
    assert!(check_form(&form).is_empty());
}
