#![cfg(not(target_arch = "wasm32"))]
//! Every lesson: its setup builds consistent offers marked as its own, its goal is not reached
//! by the setup nor by a partial script, and a scripted sequence of commands through the
//! engine reaches it.

mod common;

use common::clock;
use golive::domain::lesson::{self, done, setup, SetupContext, ALL, LESSON_SUBSCRIPTION};
use golive::domain::sample::{complete_form, sas_uri};
use golive::domain::*;

/// Real time of the setup: one day after the clock started.
const START: i64 = DAY_MS;

fn ctx() -> SetupContext {
    SetupContext {
        clock: clock(),
        wall: WallTime(START),
        seed: 7,
        form: complete_form(),
        name: "Lesson offer".into(),
        email: "learner@contoso.com".into(),
    }
}

/// The lesson's single offer, built by its setup.
fn start(id: LessonId) -> Offer {
    let mut n = 0;
    let offers = setup(id, &ctx(), &mut || {
        n += 1;
        OfferId(format!("lesson-{n}"))
    })
    .unwrap_or_else(|r| panic!("{id:?} setup refused: {r:?}"));
    assert_eq!(offers.len(), 1, "{id:?}");
    offers.into_iter().next().expect("one offer")
}

/// A learner at work: commands run one real second apart, each checked by the engine's rules.
struct Learner {
    offer: Offer,
    wall: i64,
}

impl Learner {
    fn new(offer: Offer) -> Learner {
        Learner { offer, wall: START }
    }

    fn tick(&mut self) -> WallTime {
        self.wall += 1_000;
        WallTime(self.wall)
    }

    fn does(&mut self, cmd: Command) -> &mut Learner {
        let wall = self.tick();
        let out = apply(&self.offer, cmd.clone(), &clock(), wall)
            .unwrap_or_else(|r| panic!("{cmd:?} refused: {r:?}"));
        assert!(
            out.offer.is_consistent(),
            "{:?}",
            out.offer.inconsistencies()
        );
        self.offer = out.offer;
        self
    }

    fn refused(&mut self, cmd: Command) -> Refusal {
        let wall = self.tick();
        match apply(&self.offer, cmd.clone(), &clock(), wall) {
            Ok(_) => panic!("{cmd:?} accepted"),
            Err(r) => r,
        }
    }

    fn edits(&mut self, edit: impl FnOnce(&mut OfferForm)) -> &mut Learner {
        edit(&mut self.offer.draft);
        let wall = self.tick();
        self.offer.touch(clock().now(wall));
        self
    }

    fn publishes(&mut self) -> &mut Learner {
        self.does(Command::Publish { seed: 11 })
            .does(Command::SubmitNotificationEmail(
                "learner@contoso.com".into(),
            ))
    }

    /// Skips timed steps until the run waits for the publisher or stops.
    fn waits(&mut self) -> &mut Learner {
        for _ in 0..8 {
            if self.offer.next_deadline().is_none() {
                break;
            }
            self.does(Command::SkipStep);
        }
        self
    }

    fn goes_live(&mut self) -> &mut Learner {
        self.waits().does(Command::GoLive).waits()
    }

    fn done(&self, id: LessonId) -> bool {
        done(id, std::slice::from_ref(&self.offer))
    }

    fn state(&self) -> PublishState {
        self.offer.publish_state()
    }
}

fn failure(o: &Offer) -> &FailureReason {
    &o.run
        .as_ref()
        .and_then(|r| r.failure.as_ref())
        .expect("a failure")
        .reason
}

#[test]
fn there_are_at_least_eight_lessons_with_unique_ids_and_keys() {
    assert!(ALL.len() >= 8);
    let mut keys: Vec<_> = ALL.iter().map(|id| id.key()).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), ALL.len());
    let mut ids = ALL.to_vec();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), ALL.len());
    for id in ALL {
        assert_eq!(LessonId::from_key(id.key()), Some(id));
        assert!((2..=3).contains(&id.lesson().hints), "{id:?}");
    }
    assert_eq!(LessonId::from_key("a-lesson-from-a-newer-build"), None);
}

#[test]
fn every_setup_is_consistent_marked_and_not_done() {
    for id in ALL {
        let o = start(id);
        assert!(o.is_consistent(), "{id:?}: {:?}", o.inconsistencies());
        assert_eq!(o.lesson_id(), Some(id));
        assert!(
            !done(id, std::slice::from_ref(&o)),
            "{id:?} done by its setup"
        );
        assert!(!done(id, &[]), "{id:?} done with no offer");
        // The stored form of it loads back the same.
        let json = serde_json::to_string(&o).expect("serialize");
        let back: Offer = serde_json::from_str(&json).expect("deserialize");
        assert_eq!(back, o, "{id:?}");
    }
}

#[test]
fn an_ordinary_offer_is_not_marked_and_stores_no_lesson_field() {
    let o = common::complete_offer("mine", "Mine");
    assert_eq!(o.lesson, None);
    let json = serde_json::to_string(&o).expect("serialize");
    assert!(!json.contains("\"lesson\""), "{json}");
}

#[test]
fn first_go_live_is_done_once_the_sample_offer_is_live() {
    let id = LessonId::FirstGoLive;
    let mut l = Learner::new(start(id));
    assert_eq!(l.state(), PublishState::NeverPublished);
    l.publishes().waits();
    assert_eq!(l.state(), PublishState::WaitingForPublisherReview);
    assert!(!l.done(id));
    l.goes_live();
    assert_eq!(l.state(), PublishState::Succeeded);
    assert!(l.done(id));
}

#[test]
fn incomplete_offer_is_done_when_publish_accepts_the_fixed_fields() {
    let id = LessonId::IncompleteOffer;
    let mut l = Learner::new(start(id));
    let Refusal::FormHasProblems(problems) = l.refused(Command::Publish { seed: 1 }) else {
        panic!("publish not refused for its fields");
    };
    let named: Vec<String> = problems.iter().map(|p| p.path.to_string()).collect();
    assert_eq!(
        named,
        ["marketplace.summary", "support.customer.email"],
        "{problems:?}"
    );
    // Half fixed: still refused, not done.
    l.edits(|f| f.marketplace.summary = "A web server.".into());
    assert!(matches!(
        l.refused(Command::Publish { seed: 1 }),
        Refusal::FormHasProblems(_)
    ));
    assert!(!l.done(id));
    l.edits(|f| f.support.customer.email = "help@contoso.com".into());
    l.publishes();
    assert!(l.done(id));
}

#[test]
fn sas_uri_is_done_when_the_fixed_offer_goes_live_after_the_failure() {
    let id = LessonId::SasUri;
    let mut l = Learner::new(start(id));
    assert_eq!(l.state(), PublishState::Failed);
    let FailureReason::Certification(failures) = failure(&l.offer) else {
        panic!("not a certification failure");
    };
    assert!(failures
        .iter()
        .all(|f| matches!(f.kind, CertificationKind::SasPermissionsMissing { .. })));
    // Publishing again unchanged fails again.
    l.publishes().waits();
    assert_eq!(l.state(), PublishState::Failed);
    assert!(!l.done(id));
    l.edits(|f| f.skus[0].disk_versions[0].os_vhd_url = sas_uri("contoso-web-os.vhd"));
    l.publishes().goes_live();
    assert_eq!(l.state(), PublishState::Succeeded);
    assert!(l.done(id));
}

#[test]
fn rejected_disk_is_done_when_the_os_disk_fits_and_the_offer_goes_live() {
    let id = LessonId::RejectedDisk;
    let mut l = Learner::new(start(id));
    let FailureReason::Certification(failures) = failure(&l.offer) else {
        panic!("not a certification failure");
    };
    assert!(matches!(
        failures.as_slice(),
        [CertificationFailure {
            kind: CertificationKind::OsDiskSizeOutOfRange { .. },
            ..
        }]
    ));
    assert!(!l.done(id));
    l.edits(|f| f.skus[0].disk_versions[0].os_disk_size_gb = "30".into());
    l.publishes().waits();
    assert_eq!(l.state(), PublishState::WaitingForPublisherReview);
    assert!(!l.done(id));
    l.goes_live();
    assert!(l.done(id));
}

#[test]
fn lead_registration_names_the_crm_field_and_is_done_after_the_fix_goes_live() {
    let id = LessonId::LeadRegistration;
    let mut l = Learner::new(start(id));
    assert_eq!(
        l.offer
            .run
            .as_ref()
            .and_then(|r| r.failure.as_ref())
            .map(|f| f.step),
        Some(Step::PackagingAndLeadRegistration)
    );
    assert!(matches!(
        failure(&l.offer),
        FailureReason::LeadRegistration(LeadFailure::BadSetting {
            destination: LeadDestinationKind::DynamicsCrmOnline,
            setting
        }) if setting == "url"
    ));
    assert!(!l.done(id));
    l.edits(|f| {
        if let LeadDestination::DynamicsCrmOnline { url, .. } = &mut f.marketplace.lead_destination
        {
            *url = "https://contoso.crm.dynamics.com".into();
        }
    });
    l.publishes().goes_live();
    assert!(l.done(id));
}

#[test]
fn staging_allow_list_is_done_when_the_added_subscription_can_deploy() {
    let id = LessonId::StagingAllowList;
    let mut l = Learner::new(start(id));
    let run = l.offer.run.clone().expect("a run");
    assert_eq!(
        deploy_to_staging(&run, LESSON_SUBSCRIPTION),
        Err(StagingRefusal::NotOnAllowList)
    );
    assert!(!l.done(id));
    l.does(Command::CancelPublishing);
    l.edits(|f| {
        f.marketplace
            .preview_subscription_ids
            .push(LESSON_SUBSCRIPTION.into())
    });
    assert!(!l.done(id), "an edited draft is not yet a preview");
    l.publishes().waits();
    let run = l.offer.run.clone().expect("a run");
    assert!(deploy_to_staging(&run, LESSON_SUBSCRIPTION).is_ok());
    assert!(l.done(id));
}

#[test]
fn cancel_at_signoff_is_done_when_a_later_run_goes_live() {
    let id = LessonId::CancelAtSignoff;
    let mut l = Learner::new(start(id));
    assert_eq!(l.state(), PublishState::WaitingForPublisherReview);
    l.does(Command::CancelPublishing);
    assert_eq!(l.state(), PublishState::Canceled);
    assert!(!l.done(id));
    l.publishes().goes_live();
    assert!(l.done(id));
}

#[test]
fn going_live_without_the_cancel_does_not_complete_the_cancel_lesson() {
    let id = LessonId::CancelAtSignoff;
    let mut l = Learner::new(start(id));
    l.goes_live();
    assert_eq!(l.state(), PublishState::Succeeded);
    assert!(!l.done(id));
}

#[test]
fn update_live_is_done_when_the_changed_draft_goes_live() {
    let id = LessonId::UpdateLive;
    let mut l = Learner::new(start(id));
    assert_eq!(l.state(), PublishState::Succeeded);
    assert!(!l.offer.has_unpublished_changes());
    l.edits(|f| f.marketplace.summary = "Now with HTTP/2.".into());
    assert!(l.offer.has_unpublished_changes());
    let live = l.offer.live.clone().expect("live");
    assert_eq!(
        compare::compare(&live.form, &l.offer.draft).len(),
        1,
        "the comparison shows the one change"
    );
    assert!(!l.done(id));
    l.publishes().waits();
    assert!(!l.done(id), "the update is not live before sign-off");
    l.goes_live();
    assert!(l.done(id));
    assert!(!l.offer.has_unpublished_changes());
}

#[test]
fn support_request_is_done_once_a_request_is_opened_about_the_error() {
    let id = LessonId::SupportRequest;
    let mut l = Learner::new(start(id));
    assert_eq!(l.state(), PublishState::Failed);
    assert_eq!(
        l.refused(Command::OpenSupportRequest { text: " ".into() }),
        Refusal::EmptySupportRequest
    );
    assert!(!l.done(id));
    l.does(Command::OpenSupportRequest {
        text: "Replication keeps failing.".into(),
    });
    assert!(l.done(id));
}

#[test]
fn progress_reads_completion_before_offers() {
    use lesson::progress;
    assert_eq!(progress(false, false), Progress::NotStarted);
    assert_eq!(progress(false, true), Progress::InProgress);
    assert_eq!(progress(true, false), Progress::Done);
    assert_eq!(progress(true, true), Progress::Done);
}

#[test]
fn a_lesson_offer_with_an_unknown_key_still_loads() {
    let mut o = start(LessonId::FirstGoLive);
    o.lesson = Some("from-a-newer-build".into());
    let json = serde_json::to_string(&o).expect("serialize");
    let back: Offer = serde_json::from_str(&json).expect("loads");
    assert_eq!(back.lesson_id(), None);
    assert_eq!(back.lesson.as_deref(), Some("from-a-newer-build"));
}
