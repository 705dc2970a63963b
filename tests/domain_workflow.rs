#![cfg(not(target_arch = "wasm32"))]
//! The publishing workflow engine: commands, refusals, timed steps, effects.

mod common;

use common::{
    advanced, at_signoff, clock, complete_offer, ok, published, refused, run, T0, TO_SIGNOFF,
};
use golive::domain::sample::complete_form;
use golive::domain::*;

fn new_offer() -> Offer {
    complete_offer("local-1", "Contoso")
}

fn state(o: &Offer, s: Step) -> StepState {
    run(o).step(s).state
}

#[test]
fn publish_with_field_problems_is_refused_with_every_problem() {
    let mut o = new_offer();
    o.draft.settings.name.clear();
    o.draft.marketplace.logos.small = None;
    let r = refused(&o, Command::Publish { seed: 1 }, 0);
    assert_eq!(r, Refusal::FormHasProblems(check_form(&o.draft)));
    if let Refusal::FormHasProblems(p) = r {
        assert_eq!(p.len(), 2);
    }
}

#[test]
fn publish_starts_step_1_and_waits_for_the_email() {
    let o = ok(&new_offer(), Command::Publish { seed: 1 }, 0);
    assert_eq!(o.publish_state(), PublishState::NotStarted);
    assert_eq!(
        state(&o, Step::ValidatePrerequisites),
        StepState::InProgress
    );
    assert_eq!(run(&o).step(Step::ValidatePrerequisites).due, None);
    assert_eq!(run(&o).submitted, o.draft);
    assert_eq!(run(&o).number, 1);
    // Waiting for the email never ends by itself.
    assert_eq!(
        advanced(&o, 30 * DAY_MS).publish_state(),
        PublishState::NotStarted
    );
}

#[test]
fn invalid_notification_email_is_refused() {
    let o = ok(&new_offer(), Command::Publish { seed: 1 }, 0);
    assert_eq!(
        refused(&o, Command::SubmitNotificationEmail("dana@".into()), 0),
        Refusal::InvalidEmail
    );
}

#[test]
fn email_when_not_waiting_for_one_is_refused_with_current_step() {
    assert_eq!(
        refused(
            &new_offer(),
            Command::SubmitNotificationEmail("a@b.co".into()),
            0
        ),
        Refusal::NotWaitingForEmail { current: None }
    );
    assert_eq!(
        refused(
            &published(1),
            Command::SubmitNotificationEmail("a@b.co".into()),
            0
        ),
        Refusal::NotWaitingForEmail {
            current: Some(Step::ValidatePrerequisites)
        }
    );
}

#[test]
fn step_1_completes_under_15_minutes_after_the_email() {
    for seed in 0..50 {
        let o = published(seed);
        let due = run(&o).step(Step::ValidatePrerequisites).due.expect("due");
        let d = due.0 - T0;
        assert!((MINUTE_MS..15 * MINUTE_MS).contains(&d), "{d}");
        let o = advanced(&o, d);
        assert_eq!(state(&o, Step::ValidatePrerequisites), StepState::Complete);
        assert_eq!(state(&o, Step::Certification), StepState::InProgress);
        let o2 = advanced(&published(seed), d - 1);
        assert_eq!(
            state(&o2, Step::ValidatePrerequisites),
            StepState::InProgress
        );
    }
}

#[test]
fn step_durations_stay_within_their_bounds() {
    for seed in 0..200 {
        let o = advanced(&published(seed), TO_SIGNOFF);
        let r = run(&o);
        for (step, bound) in [
            (Step::Certification, 5 * DAY_MS),
            (Step::Provisioning, DAY_MS),
            (Step::PackagingAndLeadRegistration, HOUR_MS),
        ] {
            let rec = r.step(step);
            let d = rec.ended.expect("ended").0 - rec.started.expect("started").0;
            assert!(d > 0 && d < bound, "{step:?} took {d}");
        }
        let o = ok(&o, Command::GoLive, TO_SIGNOFF);
        let rec = *run(&o).step(Step::Live);
        let d = rec.due.expect("due").0 - rec.started.expect("started").0;
        assert!((2 * HOUR_MS..=8 * HOUR_MS).contains(&d), "go live took {d}");
    }
}

#[test]
fn the_happy_path_reaches_live_with_emails_lead_and_history() {
    let o = at_signoff(7);
    for s in &Step::ALL[..5] {
        assert_eq!(state(&o, *s), StepState::Complete, "{s:?}");
    }
    assert_eq!(
        state(&o, Step::PublisherSignoff),
        StepState::WaitingForPublisherReview
    );
    assert!(
        run(&o).lead.is_some(),
        "the sample has an Azure Table destination"
    );
    let kinds: Vec<NotificationKind> = o.notifications.iter().map(|n| n.kind).collect();
    assert_eq!(kinds, vec![NotificationKind::PreviewReady]);
    assert_eq!(o.notifications[0].to, "dana@contoso.com");
    assert_eq!(
        o.notifications[0].what_to_do(),
        vec![Remedy::PreviewThenGoLive]
    );
    // Signoff waits for the publisher, however long.
    let o = advanced(&o, 60 * DAY_MS);
    assert_eq!(o.publish_state(), PublishState::WaitingForPublisherReview);

    let o = ok(&o, Command::GoLive, 60 * DAY_MS);
    assert_eq!(state(&o, Step::PublisherSignoff), StepState::Complete);
    assert_eq!(state(&o, Step::Live), StepState::InProgress);
    assert_eq!(o.publish_state(), PublishState::Running);
    assert!(o.live.is_none());

    let o = advanced(&o, 61 * DAY_MS);
    assert_eq!(o.publish_state(), PublishState::Succeeded);
    assert!(run(&o).steps.iter().all(|s| s.state == StepState::Complete));
    let live = o.live.as_ref().expect("live");
    assert_eq!(live.form, complete_form());
    assert_eq!(Some(live.since), run(&o).step(Step::Live).ended);
    assert_eq!(
        o.notifications.last().map(|n| n.kind),
        Some(NotificationKind::Live)
    );
    assert!(o
        .history
        .iter()
        .any(|h| h.kind == HistoryKind::WentLive { run: 1 }));
    assert_eq!(status_of(&o), OfferStatus::Live);
}

#[test]
fn the_same_seed_gives_the_same_run() {
    assert_eq!(at_signoff(99), at_signoff(99));
    assert_ne!(
        run(&at_signoff(1)).step(Step::Certification).due,
        run(&at_signoff(2)).step(Step::Certification).due
    );
}

#[test]
fn advance_crosses_several_steps_in_one_call_with_deadline_times() {
    let c = clock();
    let out = advance(&published(3), &c, WallTime(TO_SIGNOFF));
    let r = run(&out.offer);
    let cert_end = r.step(Step::Certification).ended.expect("ended");
    let h = out
        .offer
        .history
        .iter()
        .find(|h| {
            h.kind
                == HistoryKind::StepCompleted {
                    run: 1,
                    step: Step::Certification,
                }
        })
        .expect("history");
    assert_eq!(h.at, cert_end);
    assert_eq!(h.wall, c.wall_at(cert_end));
    assert!(h.wall.0 < TO_SIGNOFF);
    assert!(out.effects.contains(&Effect::StepChanged {
        step: Step::PublisherSignoff,
        state: StepState::WaitingForPublisherReview
    }));
    assert!(out.effects.iter().any(|e| matches!(e, Effect::LeadSent(_))));
}

#[test]
fn advance_twice_changes_nothing_the_second_time() {
    let once = advance(&published(4), &clock(), WallTime(3 * DAY_MS));
    let twice = advance(&once.offer, &clock(), WallTime(3 * DAY_MS));
    assert_eq!(twice.offer, once.offer);
    assert_eq!(twice.effects, vec![]);
}

#[test]
fn go_live_before_signoff_is_refused_with_current_step() {
    assert_eq!(
        refused(&published(1), Command::GoLive, 0),
        Refusal::NotAtPublisherSignoff {
            current: Some(Step::ValidatePrerequisites)
        }
    );
    assert_eq!(
        refused(&new_offer(), Command::GoLive, 0),
        Refusal::NotAtPublisherSignoff { current: None }
    );
}

#[test]
fn cancel_before_signoff_is_refused_with_current_step() {
    let o = advanced(&published(1), HOUR_MS);
    assert_eq!(
        refused(&o, Command::CancelPublishing, HOUR_MS),
        Refusal::NotAtPublisherSignoff {
            current: Some(Step::Certification)
        }
    );
}

#[test]
fn cancel_at_signoff_cancels_and_resets_to_step_1() {
    let o = ok(&at_signoff(1), Command::CancelPublishing, TO_SIGNOFF);
    assert_eq!(o.publish_state(), PublishState::Canceled);
    assert_eq!(state(&o, Step::PublisherSignoff), StepState::Canceled);
    assert_eq!(o.current_step(), Some(Step::ValidatePrerequisites));
    assert_eq!(status_of(&o), OfferStatus::Canceled);
    assert!(o.live.is_none());
    // Publish again starts a new run at step 1.
    let o = ok(&o, Command::Publish { seed: 5 }, TO_SIGNOFF);
    assert_eq!(run(&o).number, 2);
    assert_eq!(o.publish_state(), PublishState::NotStarted);
}

#[test]
fn cancel_while_going_live_is_allowed_but_not_once_live() {
    let o = ok(&at_signoff(1), Command::GoLive, TO_SIGNOFF);
    let canceled = ok(&o, Command::CancelPublishing, TO_SIGNOFF + HOUR_MS);
    assert_eq!(state(&canceled, Step::Live), StepState::Canceled);
    assert!(canceled.live.is_none());
    let live = advanced(&o, TO_SIGNOFF + 9 * HOUR_MS);
    assert_eq!(
        refused(&live, Command::CancelPublishing, TO_SIGNOFF + 9 * HOUR_MS),
        Refusal::NotAtPublisherSignoff {
            current: Some(Step::Live)
        }
    );
}

fn expiring_soon() -> Offer {
    let mut o = new_offer();
    o.draft.skus[0].disk_versions[0].os_vhd_url = o.draft.skus[0].disk_versions[0]
        .os_vhd_url
        .replace("se=2099-12-31", "se=2018-06-10");
    o
}

#[test]
fn certification_failure_rejects_the_run_and_sends_an_email() {
    let o = ok(&expiring_soon(), Command::Publish { seed: 1 }, 0);
    let o = ok(
        &o,
        Command::SubmitNotificationEmail("dana@contoso.com".into()),
        0,
    );
    let o = advanced(&o, TO_SIGNOFF);
    assert_eq!(o.publish_state(), PublishState::Failed);
    assert_eq!(state(&o, Step::Certification), StepState::Rejected);
    assert_eq!(state(&o, Step::Provisioning), StepState::NotStarted);
    let failure = run(&o).failure.clone().expect("failure");
    assert_eq!(failure.step, Step::Certification);
    assert!(matches!(
        &failure.reason,
        FailureReason::Certification(f) if matches!(f[0].kind, CertificationKind::SasExpiresTooSoon { .. })
    ));
    assert_eq!(failure.remedies().last(), Some(&Remedy::FixAndPublishAgain));
    let n = o.notifications.last().expect("email");
    assert_eq!(n.kind, NotificationKind::CertificationFailed);
    assert_eq!(n.failure.as_ref(), Some(&failure));
    assert_eq!(
        status_of(&o),
        OfferStatus::AttentionNeeded(Step::Certification)
    );
}

#[test]
fn retry_after_fixing_restarts_at_step_1() {
    let o = ok(&expiring_soon(), Command::Publish { seed: 1 }, 0);
    let o = ok(
        &o,
        Command::SubmitNotificationEmail("dana@contoso.com".into()),
        0,
    );
    let mut o = advanced(&o, TO_SIGNOFF);
    o.draft = complete_form();
    let o = ok(&o, Command::Publish { seed: 2 }, TO_SIGNOFF);
    assert_eq!(run(&o).number, 2);
    assert_eq!(o.publish_state(), PublishState::NotStarted);
    assert_eq!(state(&o, Step::Certification), StepState::NotStarted);
    assert_eq!(run(&o).failure, None);
    let o = ok(
        &o,
        Command::SubmitNotificationEmail("dana@contoso.com".into()),
        TO_SIGNOFF,
    );
    let o = advanced(&o, 2 * TO_SIGNOFF);
    assert_eq!(o.publish_state(), PublishState::WaitingForPublisherReview);
}

#[test]
fn publish_while_running_is_refused_with_current_step() {
    let o = advanced(&published(1), HOUR_MS);
    assert_eq!(
        refused(&o, Command::Publish { seed: 2 }, HOUR_MS),
        Refusal::AlreadyRunning {
            current: Step::Certification
        }
    );
    assert_eq!(
        refused(&at_signoff(1), Command::Publish { seed: 2 }, TO_SIGNOFF),
        Refusal::AlreadyRunning {
            current: Step::PublisherSignoff
        }
    );
}

#[test]
fn publish_again_at_the_email_prompt_starts_over() {
    let o = ok(&new_offer(), Command::Publish { seed: 1 }, 0);
    let o = ok(&o, Command::Publish { seed: 2 }, 10);
    assert_eq!(run(&o).number, 2);
    assert_eq!(run(&o).seed, 2);
}

#[test]
fn publish_with_a_changed_offer_id_after_publishing_is_refused() {
    let mut o = published(1);
    o.draft.settings.offer_id = "another-id".into();
    let o = ok(
        &advanced(&o, TO_SIGNOFF),
        Command::CancelPublishing,
        TO_SIGNOFF,
    );
    assert!(matches!(
        refused(&o, Command::Publish { seed: 3 }, TO_SIGNOFF),
        Refusal::FormHasProblems(p) if p.iter().any(|p| p.kind == ProblemKind::Locked)
    ));
}

#[test]
fn support_request_needs_a_failed_run() {
    assert_eq!(
        refused(
            &published(1),
            Command::OpenSupportRequest {
                text: "help".into()
            },
            0
        ),
        Refusal::NotFailed {
            current: Some(Step::ValidatePrerequisites)
        }
    );
}

#[test]
fn support_request_opens_a_numbered_ticket_kept_with_the_offer() {
    let o = ok(&expiring_soon(), Command::Publish { seed: 1 }, 0);
    let o = ok(
        &o,
        Command::SubmitNotificationEmail("dana@contoso.com".into()),
        0,
    );
    let o = advanced(&o, TO_SIGNOFF);
    assert_eq!(
        refused(
            &o,
            Command::OpenSupportRequest { text: "  ".into() },
            TO_SIGNOFF
        ),
        Refusal::EmptySupportRequest
    );
    let out = apply(
        &o,
        Command::OpenSupportRequest {
            text: "SAS renewed, still failing".into(),
        },
        &clock(),
        WallTime(TO_SIGNOFF),
    )
    .expect("accepted");
    let t = &out.offer.tickets[0];
    assert_eq!(t.step, Step::Certification);
    assert_eq!(t.text, "SAS renewed, still failing");
    assert_eq!(t.number.len(), 15);
    assert!(t.number.starts_with("180608"), "{}", t.number);
    assert!(out.effects.contains(&Effect::TicketOpened(t.clone())));
    let again = apply(
        &o,
        Command::OpenSupportRequest {
            text: "SAS renewed, still failing".into(),
        },
        &clock(),
        WallTime(TO_SIGNOFF),
    )
    .expect("accepted");
    assert_eq!(again.offer.tickets[0].number, t.number, "deterministic");
}

#[test]
fn skip_ends_the_current_timed_step_now() {
    let o = advanced(&published(1), HOUR_MS);
    let o = ok(&o, Command::SkipStep, HOUR_MS);
    assert_eq!(
        run(&o).step(Step::Certification).ended,
        Some(SimTime(T0 + HOUR_MS))
    );
    assert_eq!(state(&o, Step::Provisioning), StepState::InProgress);
    assert!(o.history.iter().any(|h| h.kind
        == HistoryKind::StepSkipped {
            run: 1,
            step: Step::Certification,
            planned_ms: run(&o).duration_ms(Step::Certification),
        }));
}

#[test]
fn skip_with_no_timed_step_running_is_refused() {
    let o = ok(&new_offer(), Command::Publish { seed: 1 }, 0);
    assert_eq!(
        refused(&o, Command::SkipStep, 0),
        Refusal::NothingToSkip {
            current: Some(Step::ValidatePrerequisites)
        }
    );
    assert_eq!(
        refused(&at_signoff(1), Command::SkipStep, TO_SIGNOFF),
        Refusal::NothingToSkip {
            current: Some(Step::PublisherSignoff)
        }
    );
}

#[test]
fn fault_on_step_1_is_refused() {
    assert_eq!(
        refused(
            &new_offer(),
            Command::PlanFault {
                step: Step::ValidatePrerequisites,
                reason: FaultReason::Custom("x".into())
            },
            0
        ),
        Refusal::FaultNotPossible {
            step: Step::ValidatePrerequisites
        }
    );
}

#[test]
fn fault_preset_of_another_step_is_refused() {
    assert_eq!(
        refused(
            &new_offer(),
            Command::PlanFault {
                step: Step::Provisioning,
                reason: FaultReason::SasUriNotDownloadable
            },
            0
        ),
        Refusal::FaultNotForStep {
            step: Step::Provisioning,
            reason: FaultReason::SasUriNotDownloadable
        }
    );
}

#[test]
fn every_step_after_1_can_be_made_to_fail() {
    for step in &Step::ALL[1..] {
        for reason in FaultReason::presets(*step, &complete_form())
            .into_iter()
            .chain([FaultReason::Custom("trainer".into())])
        {
            let o = ok(
                &new_offer(),
                Command::PlanFault {
                    step: *step,
                    reason: reason.clone(),
                },
                0,
            );
            let o = ok(&o, Command::Publish { seed: 1 }, 0);
            let o = ok(
                &o,
                Command::SubmitNotificationEmail("dana@contoso.com".into()),
                0,
            );
            let mut o = advanced(&o, TO_SIGNOFF);
            if *step == Step::Live {
                o = ok(&o, Command::GoLive, TO_SIGNOFF);
                o = advanced(&o, TO_SIGNOFF + DAY_MS);
            }
            assert_eq!(
                o.publish_state(),
                PublishState::Failed,
                "{step:?} {reason:?}"
            );
            let f = run(&o).failure.clone().expect("failure");
            assert_eq!(f.step, *step);
            // The failure the fault causes in this form (it names the form's own fields).
            assert_eq!(f.reason, reason.failure(&complete_form()));
            let expected = if *step == Step::Certification {
                StepState::Rejected
            } else {
                StepState::Blocked
            };
            assert_eq!(state(&o, *step), expected);
            assert_eq!(o.fault, None, "a fault fires once");
            assert!(o.live.is_none());
            let n = o.notifications.last().expect("email");
            assert_eq!(n.step, *step);
        }
    }
}

#[test]
fn lead_registration_fails_on_a_wrong_connection_string() {
    let mut o = new_offer();
    o.draft.marketplace.lead_destination = LeadDestination::AzureTable {
        connection_string: "DefaultEndpointsProtocol=https;AccountName=contoso".into(),
    };
    let o = ok(&o, Command::Publish { seed: 1 }, 0);
    let o = ok(
        &o,
        Command::SubmitNotificationEmail("dana@contoso.com".into()),
        0,
    );
    let o = advanced(&o, TO_SIGNOFF);
    assert_eq!(
        state(&o, Step::PackagingAndLeadRegistration),
        StepState::Blocked
    );
    assert_eq!(
        run(&o).failure.as_ref().map(|f| f.reason.clone()),
        Some(FailureReason::LeadRegistration(
            LeadFailure::MissingSetting {
                destination: LeadDestinationKind::AzureTable,
                setting: "AccountKey".into()
            }
        ))
    );
    assert_eq!(
        o.notifications.last().map(|n| n.kind),
        Some(NotificationKind::StepFailed)
    );
}

#[test]
fn no_lead_destination_sends_no_lead() {
    let mut o = new_offer();
    o.draft.marketplace.lead_destination = LeadDestination::None;
    let o = ok(&o, Command::Publish { seed: 1 }, 0);
    let o = ok(
        &o,
        Command::SubmitNotificationEmail("dana@contoso.com".into()),
        0,
    );
    let o = advanced(&o, TO_SIGNOFF);
    assert_eq!(o.publish_state(), PublishState::WaitingForPublisherReview);
    assert_eq!(run(&o).lead, None);
}

#[test]
fn a_fault_planned_during_the_run_fires_at_its_step() {
    let o = advanced(&published(1), HOUR_MS);
    let o = ok(
        &o,
        Command::PlanFault {
            step: Step::Provisioning,
            reason: FaultReason::ReplicationFailed,
        },
        HOUR_MS,
    );
    let o = advanced(&o, TO_SIGNOFF);
    assert_eq!(
        status_of(&o),
        OfferStatus::AttentionNeeded(Step::Provisioning)
    );
}

#[test]
fn clear_fault_forgets_it_and_clearing_nothing_is_refused() {
    assert_eq!(
        refused(&new_offer(), Command::ClearFault, 0),
        Refusal::NoFaultPlanned
    );
    let o = ok(
        &new_offer(),
        Command::PlanFault {
            step: Step::Provisioning,
            reason: FaultReason::ReplicationFailed,
        },
        0,
    );
    let o = ok(&o, Command::ClearFault, 0);
    assert_eq!(o.fault, None);
}

#[test]
fn editing_a_live_offer_keeps_the_live_version_until_the_new_run_is_live() {
    let o = ok(&at_signoff(1), Command::GoLive, TO_SIGNOFF);
    let mut o = advanced(&o, TO_SIGNOFF + DAY_MS);
    let first_live = o.live.clone().expect("live");
    o.draft.marketplace.title = "Contoso Web Server 2".into();
    assert_eq!(status_of(&o), OfferStatus::LiveWithDraft);
    assert_eq!(
        diff(&first_live.form, &o.draft),
        vec![FieldPath::parse("marketplace.title")]
    );
    let t = TO_SIGNOFF + DAY_MS;
    let o = ok(&o, Command::Publish { seed: 9 }, t);
    let o = ok(
        &o,
        Command::SubmitNotificationEmail("dana@contoso.com".into()),
        t,
    );
    let o = advanced(&o, t + TO_SIGNOFF);
    assert_eq!(o.live, Some(first_live.clone()), "still the first version");
    let o = ok(&o, Command::GoLive, t + TO_SIGNOFF);
    let o = advanced(&o, t + TO_SIGNOFF + DAY_MS);
    let live = o.live.clone().expect("live");
    assert_eq!(live.run, 2);
    assert_eq!(live.form.marketplace.title, "Contoso Web Server 2");
    assert_eq!(status_of(&o), OfferStatus::Live);
}

#[test]
fn canceling_a_new_run_of_a_live_offer_keeps_it_live() {
    let o = ok(&at_signoff(1), Command::GoLive, TO_SIGNOFF);
    let mut o = advanced(&o, TO_SIGNOFF + DAY_MS);
    o.draft.marketplace.title = "New title".into();
    let t = TO_SIGNOFF + DAY_MS;
    let o = ok(&o, Command::Publish { seed: 9 }, t);
    let o = ok(
        &o,
        Command::SubmitNotificationEmail("dana@contoso.com".into()),
        t,
    );
    let o = advanced(&o, t + TO_SIGNOFF);
    let o = ok(&o, Command::CancelPublishing, t + TO_SIGNOFF);
    assert_eq!(status_of(&o), OfferStatus::LiveWithDraft);
    assert_eq!(o.live.as_ref().map(|l| l.run), Some(1));
}

#[test]
fn draft_edits_during_a_run_do_not_change_what_was_submitted() {
    let mut o = published(1);
    o.draft.skus[0].disk_versions[0].os_vhd_url = "http://broken".into();
    let o = advanced(&o, TO_SIGNOFF);
    assert_eq!(o.publish_state(), PublishState::WaitingForPublisherReview);
    assert_eq!(run(&o).submitted, complete_form());
}

#[test]
fn every_command_and_step_change_is_in_the_history_in_time_order() {
    let o = ok(&at_signoff(1), Command::GoLive, TO_SIGNOFF);
    let o = advanced(&o, TO_SIGNOFF + DAY_MS);
    let kinds: Vec<&HistoryKind> = o.history.iter().map(|h| &h.kind).collect();
    assert_eq!(kinds[0], &HistoryKind::Published { run: 1 });
    assert!(kinds.contains(&&HistoryKind::NotificationEmailSubmitted {
        run: 1,
        email: "dana@contoso.com".into()
    }));
    assert!(kinds.contains(&&HistoryKind::GoLiveRequested { run: 1 }));
    for step in Step::ALL {
        assert!(
            kinds.contains(&&HistoryKind::StepStarted { run: 1, step }),
            "{step:?}"
        );
        assert!(
            kinds.contains(&&HistoryKind::StepCompleted { run: 1, step }),
            "{step:?}"
        );
    }
    assert!(o.history.windows(2).all(|w| w[0].at <= w[1].at));
}

#[test]
fn notifications_can_be_marked_read() {
    let o = at_signoff(1);
    assert_eq!(o.unread(), 1);
    let first = o.notifications[0].id;
    let o = ok(&o, Command::MarkNotificationRead { id: first }, TO_SIGNOFF);
    assert_eq!(o.unread(), 0);
    assert_eq!(
        refused(
            &o,
            Command::MarkNotificationRead {
                id: NotificationId(5)
            },
            TO_SIGNOFF
        ),
        Refusal::NoSuchNotification {
            id: NotificationId(5)
        }
    );
    let o = ok(&o, Command::MarkAllNotificationsRead, TO_SIGNOFF);
    assert_eq!(o.unread(), 0);
}

#[test]
fn status_follows_the_run() {
    let o = new_offer();
    assert_eq!(status_of(&o), OfferStatus::Draft);
    assert_eq!(o.publish_state(), PublishState::NeverPublished);
    let o = published(1);
    assert_eq!(
        status_of(&o),
        OfferStatus::Running(Step::ValidatePrerequisites)
    );
    let o = advanced(&o, HOUR_MS);
    assert_eq!(status_of(&o), OfferStatus::Running(Step::Certification));
    assert_eq!(status_of(&at_signoff(1)), OfferStatus::WaitingForSignoff);
}

#[test]
fn a_command_sees_deadlines_passed_since_the_last_advance() {
    // The UI may not have ticked: Go Live at a time after the signoff was reached still works.
    let o = published(1);
    let o = ok(&o, Command::GoLive, TO_SIGNOFF);
    assert_eq!(state(&o, Step::Live), StepState::InProgress);
}

#[test]
fn stored_offer_round_trips_through_json() {
    let o = at_signoff(3);
    let json = serde_json::to_string(&o).expect("serialise");
    let back: Offer = serde_json::from_str(&json).expect("parse");
    assert_eq!(back, o);
}

#[test]
fn replication_goes_from_0_to_100_over_provisioning() {
    let o = published(5);
    let before = advanced(&o, HOUR_MS);
    assert!(replication(run(&before), SimTime(T0 + HOUR_MS))
        .iter()
        .all(|(_, p)| *p == 0));
    let o = advanced(&o, TO_SIGNOFF);
    let r = run(&o);
    let rec = r.step(Step::Provisioning);
    let (start, end) = (rec.started.expect("start"), rec.ended.expect("end"));
    let progress = replication(r, end);
    assert_eq!(progress.len(), 26);
    assert_eq!(progress[0].0.name(), "East US");
    assert!(progress.iter().all(|(_, p)| *p == 100));
    let mid = SimTime((start.0 + end.0) / 2);
    let half = replication(r, mid);
    assert!(
        half.iter().any(|(_, p)| *p < 100),
        "the slowest region is not done halfway"
    );
    assert!(half.iter().any(|(_, p)| *p > 0));
    // Never decreasing over time.
    let mut last = vec![0u8; 26];
    for i in 0..=20 {
        let t = SimTime(start.0 + (end.0 - start.0) * i / 20);
        let now: Vec<u8> = replication(r, t).into_iter().map(|(_, p)| p).collect();
        assert!(now.iter().zip(&last).all(|(a, b)| a >= b));
        last = now;
    }
    let slowest_before_end = replication(r, SimTime(end.0 - 1));
    assert!(slowest_before_end.iter().any(|(_, p)| *p < 100));
}

#[test]
fn status_counts_deadlines_passed_before_the_offer_was_advanced() {
    let o = published(1);
    assert_eq!(
        status(&o, SimTime(T0)),
        OfferStatus::Running(Step::ValidatePrerequisites)
    );
    assert_eq!(
        status(&o, SimTime(T0 + HOUR_MS)),
        OfferStatus::Running(Step::Certification)
    );
    assert_eq!(
        status(&o, SimTime(T0 + TO_SIGNOFF)),
        OfferStatus::WaitingForSignoff
    );
    assert_eq!(
        status_of(&o),
        OfferStatus::Running(Step::ValidatePrerequisites)
    );
}

#[test]
fn next_deadline_is_the_running_step_due_time() {
    let o = ok(&new_offer(), Command::Publish { seed: 1 }, 0);
    assert_eq!(o.next_deadline(), None, "waiting for the email");
    let o = published(1);
    assert_eq!(
        o.next_deadline(),
        run(&o).step(Step::ValidatePrerequisites).due
    );
    assert_eq!(at_signoff(1).next_deadline(), None, "waiting for Go Live");
}

#[test]
fn failed_provisioning_leaves_the_slowest_regions_unfinished() {
    let o = ok(
        &new_offer(),
        Command::PlanFault {
            step: Step::Provisioning,
            reason: FaultReason::ReplicationFailed,
        },
        0,
    );
    let o = ok(&o, Command::Publish { seed: 1 }, 0);
    let o = ok(
        &o,
        Command::SubmitNotificationEmail("dana@contoso.com".into()),
        0,
    );
    let o = advanced(&o, TO_SIGNOFF);
    let progress = replication(run(&o), SimTime(T0 + 30 * DAY_MS));
    assert!(progress.iter().any(|(_, p)| *p < 100));
    assert!(progress.iter().any(|(_, p)| *p == 100));
}

#[test]
fn history_and_emails_keep_only_the_newest_entries() {
    // Publish, reach sign-off (an email), cancel: again and again, as a trainer might.
    let mut o = new_offer();
    let mut wall = 0;
    for seed in 0..40 {
        o = ok(&o, Command::Publish { seed }, wall);
        o = ok(
            &o,
            Command::SubmitNotificationEmail("dana@contoso.com".into()),
            wall,
        );
        wall += TO_SIGNOFF;
        o = advanced(&o, wall);
        assert_eq!(o.publish_state(), PublishState::WaitingForPublisherReview);
        o = ok(&o, Command::CancelPublishing, wall);
    }
    assert_eq!(o.history.len(), workflow::HISTORY_KEPT);
    assert_eq!(o.notifications.len(), 80.min(workflow::NOTIFICATIONS_KEPT));
    // What is kept is the newest, in order: the last entries are the last cancellation and
    // its email.
    assert!(o.history.windows(2).all(|w| w[0].at <= w[1].at));
    let last: Vec<&HistoryKind> = o.history.iter().rev().take(2).map(|e| &e.kind).collect();
    assert!(matches!(
        last.as_slice(),
        [
            HistoryKind::NotificationSent {
                kind: NotificationKind::Canceled,
                ..
            },
            HistoryKind::PublishingCanceled { .. }
        ]
    ));
    assert_eq!(o.runs, 40);
}

#[test]
fn an_email_keeps_its_identity_when_the_oldest_are_dropped() {
    // Each run fails at Certification on a planned fault: one email per run, more runs than
    // the offer keeps emails.
    let mut o = new_offer();
    let mut wall = 0;
    for seed in 0..(workflow::NOTIFICATIONS_KEPT as u64 + 5) {
        o = ok(
            &o,
            Command::PlanFault {
                step: Step::Certification,
                reason: FaultReason::VhdNotFixedFormat,
            },
            wall,
        );
        o = ok(&o, Command::Publish { seed }, wall);
        o = ok(
            &o,
            Command::SubmitNotificationEmail("dana@contoso.com".into()),
            wall,
        );
        wall += TO_SIGNOFF;
        o = advanced(&o, wall);
        assert_eq!(o.publish_state(), PublishState::Failed);
    }
    assert_eq!(o.notifications.len(), workflow::NOTIFICATIONS_KEPT);
    assert_eq!(o.emails_sent as usize, workflow::NOTIFICATIONS_KEPT + 5);
    // The oldest kept email is the sixth ever sent, and it is found by that identity.
    assert_eq!(o.notifications[0].id, NotificationId(6));
    let newest = o.notifications[workflow::NOTIFICATIONS_KEPT - 1].id;
    let o = ok(&o, Command::MarkNotificationRead { id: newest }, wall);
    let read: Vec<NotificationId> = o
        .notifications
        .iter()
        .filter(|n| n.read)
        .map(|n| n.id)
        .collect();
    assert_eq!(read, [newest], "exactly the email named is read");
    assert_eq!(
        refused(
            &o,
            Command::MarkNotificationRead {
                id: NotificationId(1)
            },
            wall
        ),
        Refusal::NoSuchNotification {
            id: NotificationId(1)
        },
        "a dropped email is not confused with the one now first"
    );
}

#[test]
fn publish_offers_the_last_address_else_the_engineering_contact() {
    let fresh = new_offer();
    assert_eq!(
        fresh.suggested_notification_email(),
        Some(SuggestedEmail::EngineeringContact(
            fresh.draft.support.engineering.email.clone()
        ))
    );
    let published = published(1);
    assert_eq!(
        published.suggested_notification_email(),
        Some(SuggestedEmail::LastRun("dana@contoso.com".into()))
    );
    let mut no_contact = new_offer();
    no_contact.draft.support.engineering.email = "not an address".into();
    assert_eq!(no_contact.suggested_notification_email(), None);
}
