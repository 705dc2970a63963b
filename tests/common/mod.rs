//! What the native tests share: one simulated clock, offers built through the engine, and
//! commands that must be accepted or refused; [`faults`], storage that refuses on demand.
//! (`tests/support/` is the browser tests'.)
// Each test file is its own crate and uses only some of these.
#![allow(dead_code)]

pub mod faults;

use golive::domain::sample::complete_form;
use golive::domain::*;

/// 2018-06-01T00:00:00Z on the simulated clock at real time 0.
pub const T0: i64 = 1_527_811_200_000;

/// Far enough for steps 1 to 4 (15 min + 5 d + 1 d + 1 h).
pub const TO_SIGNOFF: i64 = 7 * DAY_MS;

/// A real-time clock: real ms `w` is simulated `T0 + w`.
pub fn clock() -> SimClock {
    SimClock::new(WallTime(0), SimTime(T0))
}

/// Real time of the session tests: 2026-01-01.
pub const W0: i64 = 1_767_225_600_000;

/// Real time `ms` after [`W0`].
pub fn wall(ms: i64) -> WallTime {
    WallTime(W0 + ms)
}

/// A tab's session over `storage`, opened at [`wall`]`(0)`, its offers in plain cells.
pub fn open_session<S: golive::store::Storage>(
    storage: S,
) -> golive::store::session::Session<S, std::rc::Rc<std::cell::RefCell<Offer>>> {
    golive::store::session::Session::open(
        storage,
        wall(0),
        golive::store::session::SessionOptions::default(),
    )
}

/// A local offer identity.
pub fn id(s: &str) -> OfferId {
    OfferId(s.into())
}

/// A new offer named `name` with an empty form, created at `T0`.
pub fn offer(local: &str, name: &str) -> Offer {
    Offer::new(id(local), name.into(), SimTime(T0))
}

/// A new offer named `name` with the sample's complete form.
pub fn complete_offer(local: &str, name: &str) -> Offer {
    let mut o = offer(local, name);
    o.draft = complete_form();
    o
}

/// `offer` after `cmd` at real time `wall`; panics if it is refused or breaks the engine's
/// rules.
pub fn ok(offer: &Offer, cmd: Command, wall: i64) -> Offer {
    match apply(offer, cmd.clone(), &clock(), WallTime(wall)) {
        Ok(out) => {
            assert!(
                out.offer.is_consistent(),
                "{:?}",
                out.offer.inconsistencies()
            );
            out.offer
        }
        Err(r) => panic!("{cmd:?} refused: {r:?}"),
    }
}

/// Why `cmd` at real time `wall` is refused; panics if it is accepted.
pub fn refused(offer: &Offer, cmd: Command, wall: i64) -> Refusal {
    match apply(offer, cmd.clone(), &clock(), WallTime(wall)) {
        Ok(_) => panic!("{cmd:?} was accepted"),
        Err(r) => r,
    }
}

/// `offer` advanced to real time `wall`; panics if it breaks the engine's rules.
pub fn advanced(offer: &Offer, wall: i64) -> Offer {
    let out = advance(offer, &clock(), WallTime(wall)).offer;
    assert!(out.is_consistent(), "{:?}", out.inconsistencies());
    out
}

/// The offer's current or last run.
pub fn run(o: &Offer) -> &Run {
    o.run.as_ref().expect("a run")
}

/// `offer` published with `seed`, and the notification email given, at real time 0.
pub fn publish(offer: &Offer, seed: u64) -> Offer {
    let o = ok(offer, Command::Publish { seed }, 0);
    ok(
        &o,
        Command::SubmitNotificationEmail("dana@contoso.com".into()),
        0,
    )
}

/// The complete offer `local-1` ("Contoso") published with `seed` at real time 0.
pub fn published(seed: u64) -> Offer {
    publish(&complete_offer("local-1", "Contoso"), seed)
}

/// [`published`] waiting at Publisher Signoff.
pub fn at_signoff(seed: u64) -> Offer {
    let o = advanced(&published(seed), TO_SIGNOFF);
    assert_eq!(o.publish_state(), PublishState::WaitingForPublisherReview);
    o
}

/// The kinds of certification failures, in order.
pub fn kinds(f: &[CertificationFailure]) -> Vec<CertificationKind> {
    f.iter().map(|f| f.kind.clone()).collect()
}

/// Asserts that certification failed on exactly one thing: `kind` at the field `path`.
pub fn only(f: &[CertificationFailure], path: &str, kind: CertificationKind) {
    assert_eq!(
        f,
        &[CertificationFailure {
            path: FieldPath::parse(path),
            kind
        }]
    );
}
