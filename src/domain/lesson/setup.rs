//! Each lesson's setup: its offer built through the engine, so that it is in a state the
//! engine itself could have reached (and passes the checks a loaded offer must pass).

use super::done::LESSON_SUBSCRIPTION;
use super::LessonId;
use crate::domain::fault::FaultReason;
use crate::domain::form::{LeadDestination, OfferForm};
use crate::domain::offer::{Offer, OfferId};
use crate::domain::step::Step;
use crate::domain::time::{SimClock, WallTime};
use crate::domain::workflow::{apply, Command, Refusal};

/// What a setup needs from the caller: the clock and the real time now, entropy, and the
/// sample form in the interface's language.
#[derive(Debug, Clone)]
pub struct SetupContext {
    /// The shared simulated clock.
    pub clock: SimClock,
    /// Real time now.
    pub wall: WallTime,
    /// Entropy for the runs the setup starts.
    pub seed: u64,
    /// A complete valid form (`sample::localized_form`), which the lesson then breaks.
    pub form: OfferForm,
    /// The offer's name (the UI gives the lesson's title).
    pub name: String,
    /// The notification email the setup's runs use.
    pub email: String,
}

/// The offers lesson `id` starts with, each marked as the lesson's and given an identity by
/// `ids`. Refused only if the engine refuses a step of the setup (a bug, which the native test
/// of every lesson would catch).
pub fn setup(
    id: LessonId,
    ctx: &SetupContext,
    ids: &mut dyn FnMut() -> OfferId,
) -> Result<Vec<Offer>, Refusal> {
    let now = ctx.clock.now(ctx.wall);
    let mut offer = Offer::new(ids(), ctx.name.clone(), now);
    offer.lesson = Some(id.key().to_owned());
    offer.draft = ctx.form.clone();
    offer.draft.settings.name = ctx.name.clone();
    let s = Script { ctx };
    let offer = match id {
        LessonId::FirstGoLive => offer,
        LessonId::IncompleteOffer => {
            offer.draft.marketplace.summary.clear();
            offer.draft.support.customer.email.clear();
            offer
        }
        LessonId::SasUri => {
            // Read permission only: the image can be downloaded but its container not listed.
            for version in offer
                .draft
                .skus
                .iter_mut()
                .flat_map(|s| &mut s.disk_versions)
            {
                version.os_vhd_url = version.os_vhd_url.replace("sp=rl", "sp=r");
            }
            s.to_failure(&offer, Step::Certification)?
        }
        LessonId::RejectedDisk => {
            for version in offer
                .draft
                .skus
                .iter_mut()
                .flat_map(|s| &mut s.disk_versions)
            {
                version.os_disk_size_gb = "2048".to_owned();
            }
            s.to_failure(&offer, Step::Certification)?
        }
        LessonId::LeadRegistration => {
            offer.draft.marketplace.lead_destination = LeadDestination::DynamicsCrmOnline {
                url: "https://contoso.crm.example.com".to_owned(),
                user: "leads@contoso.com".to_owned(),
                password: "P@ssw0rd-lesson".to_owned(),
            };
            s.to_failure(&offer, Step::PackagingAndLeadRegistration)?
        }
        LessonId::StagingAllowList => {
            let ids = &mut offer.draft.marketplace.preview_subscription_ids;
            ids.retain(|s| !s.trim().eq_ignore_ascii_case(LESSON_SUBSCRIPTION));
            s.to_signoff(&offer)?
        }
        LessonId::CancelAtSignoff => s.to_signoff(&offer)?,
        LessonId::UpdateLive => {
            let at_signoff = s.to_signoff(&offer)?;
            let going = s.run(&at_signoff, Command::GoLive)?;
            s.run(&going, Command::SkipStep)?
        }
        LessonId::SupportRequest => {
            let planned = s.run(
                &offer,
                Command::PlanFault {
                    step: Step::Provisioning,
                    reason: FaultReason::ReplicationFailed,
                },
            )?;
            s.to_failure(&planned, Step::Provisioning)?
        }
    };
    Ok(vec![offer])
}

/// Commands run at the setup's time.
struct Script<'a> {
    ctx: &'a SetupContext,
}

impl Script<'_> {
    fn run(&self, offer: &Offer, cmd: Command) -> Result<Offer, Refusal> {
        apply(offer, cmd, &self.ctx.clock, self.ctx.wall).map(|out| out.offer)
    }

    /// Published, with the notification email given.
    fn published(&self, offer: &Offer) -> Result<Offer, Refusal> {
        let o = self.run(
            offer,
            Command::Publish {
                seed: self.ctx.seed,
            },
        )?;
        self.run(&o, Command::SubmitNotificationEmail(self.ctx.email.clone()))
    }

    /// Published and every timed step skipped until the run stops: at Publisher Signoff, or
    /// failed. The bound is the number of timed steps before Publisher Signoff.
    fn skipped_until_stopped(&self, offer: &Offer) -> Result<Offer, Refusal> {
        let mut o = self.published(offer)?;
        for _ in 0..4 {
            if o.next_deadline().is_none() {
                break;
            }
            o = self.run(&o, Command::SkipStep)?;
        }
        Ok(o)
    }

    fn to_signoff(&self, offer: &Offer) -> Result<Offer, Refusal> {
        self.skipped_until_stopped(offer)
    }

    /// Published until `step` failed; a run that failed elsewhere or not at all is a bug of
    /// the setup, refused as the engine would refuse a support request.
    fn to_failure(&self, offer: &Offer, step: Step) -> Result<Offer, Refusal> {
        let o = self.skipped_until_stopped(offer)?;
        let failed_at = o
            .run
            .as_ref()
            .and_then(|r| r.failure.as_ref())
            .map(|f| f.step);
        if failed_at == Some(step) {
            Ok(o)
        } else {
            Err(Refusal::NotFailed {
                current: o.current_step(),
            })
        }
    }
}
