//! Simulated time: the clock that maps real elapsed time to simulated time.
//!
//! The domain never reads a clock. The caller passes the real time ([`WallTime`]) and the
//! stored [`SimClock`] turns it into simulated time ([`SimTime`]). Every deadline in a run is an
//! absolute [`SimTime`], so a reload, a speed change or a pause never moves a deadline.

use serde::{Deserialize, Serialize};

/// One second in milliseconds.
pub const SECOND_MS: i64 = 1_000;
/// One minute in milliseconds.
pub const MINUTE_MS: i64 = 60 * SECOND_MS;
/// One hour in milliseconds.
pub const HOUR_MS: i64 = 60 * MINUTE_MS;
/// One day in milliseconds.
pub const DAY_MS: i64 = 24 * HOUR_MS;

/// A point on the simulated clock: milliseconds since the Unix epoch.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct SimTime(pub i64);

impl SimTime {
    /// This time plus `ms` milliseconds (saturating, so no input can overflow).
    pub fn plus_ms(self, ms: i64) -> SimTime {
        SimTime(self.0.saturating_add(ms))
    }

    /// Milliseconds from `earlier` to `self` (negative when `earlier` is later).
    pub fn since(self, earlier: SimTime) -> i64 {
        self.0.saturating_sub(earlier.0)
    }
}

/// A point on the real clock: milliseconds since the Unix epoch, as read by the caller.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct WallTime(pub i64);

/// How fast simulated time runs compared with real time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Speed {
    /// One simulated second per real second (x1).
    #[default]
    RealTime,
    /// One simulated hour per real minute (x60).
    HourPerMinute,
    /// One simulated day per real minute (x1440).
    DayPerMinute,
    /// One simulated day per ten real seconds (x8640).
    DayPer10Seconds,
}

impl Speed {
    /// Every speed, slowest first (for a speed picker).
    pub const ALL: [Speed; 4] = [
        Speed::RealTime,
        Speed::HourPerMinute,
        Speed::DayPerMinute,
        Speed::DayPer10Seconds,
    ];

    /// Simulated milliseconds per real millisecond.
    pub fn factor(&self) -> u32 {
        match self {
            Speed::RealTime => 1,
            Speed::HourPerMinute => 60,
            Speed::DayPerMinute => 1_440,
            Speed::DayPer10Seconds => 8_640,
        }
    }
}

/// A command on the global clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ClockCommand {
    /// Run at this speed from now on.
    SetSpeed(Speed),
    /// Stop simulated time.
    Pause,
    /// Let simulated time run again.
    Resume,
}

/// The stored mapping from real time to simulated time.
///
/// Simulated time is `anchor_sim + (wall - anchor_wall) * factor` while running, and
/// `anchor_sim` while paused. The factor is the chosen speed's while some timed step is
/// running somewhere, and 1 while none is ([`SimClock::idle`]): the chosen speed compresses
/// the days a step takes, never the minutes a person spends typing, so simulated dates stay
/// close to real ones and a SAS URI's real expiry date passes or fails as it would. Every
/// change re-anchors at the moment it happens, so that simulated time never jumps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SimClock {
    /// Real time of the last re-anchoring.
    pub anchor_wall: WallTime,
    /// Simulated time at `anchor_wall`.
    pub anchor_sim: SimTime,
    /// Current speed.
    pub speed: Speed,
    /// Whether simulated time stands still.
    pub paused: bool,
    /// No timed step is running in any offer: simulated time runs at real time, whatever the
    /// speed ([`SimClock::settle`] keeps it up to date).
    pub idle: bool,
}

/// Whether a timed step runs in some offer, for [`SimClock::settle`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activity {
    /// Some offer has a timed step running.
    Running,
    /// None has; the last change to any offer (a step ending, an edit) was at this simulated
    /// time (none without offers).
    IdleSince(Option<SimTime>),
}

impl Default for SimClock {
    fn default() -> Self {
        SimClock::new(WallTime(0), SimTime(0))
    }
}

impl SimClock {
    /// A running real-time clock on which `wall` is `sim_start`.
    pub fn new(wall: WallTime, sim_start: SimTime) -> SimClock {
        SimClock {
            anchor_wall: wall,
            anchor_sim: sim_start,
            speed: Speed::RealTime,
            paused: false,
            idle: false,
        }
    }

    /// A clock stopped at `now`, for projecting an offer's state at that time (only the
    /// state is read, not the real-time stamps of what happens).
    pub fn frozen_at(now: SimTime) -> SimClock {
        SimClock {
            paused: true,
            ..SimClock::new(WallTime(0), now)
        }
    }

    /// Simulated milliseconds per real millisecond now: the speed's, or 1 while idle.
    fn factor(&self) -> i64 {
        if self.idle {
            1
        } else {
            i64::from(self.speed.factor())
        }
    }

    /// Simulated time at real time `wall`.
    ///
    /// A `wall` before the anchor (the real clock was set back) gives the anchor's simulated
    /// time: simulated time never runs backwards.
    pub fn now(&self, wall: WallTime) -> SimTime {
        if self.paused {
            return self.anchor_sim;
        }
        let elapsed = wall.0.saturating_sub(self.anchor_wall.0).max(0);
        self.anchor_sim
            .plus_ms(elapsed.saturating_mul(self.factor()))
    }

    /// Real time at which the running clock shows (or showed) `sim`: the inverse of
    /// [`SimClock::now`], used to stamp timed transitions with the real time they belong to
    /// rather than the time somebody looked.
    pub fn wall_at(&self, sim: SimTime) -> WallTime {
        let factor = self.factor();
        let offset = sim.0.saturating_sub(self.anchor_sim.0).div_euclid(factor);
        WallTime(self.anchor_wall.0.saturating_add(offset))
    }

    /// The clock after `cmd` given at real time `wall`.
    pub fn apply(&self, cmd: ClockCommand, wall: WallTime) -> SimClock {
        let mut next = SimClock {
            anchor_wall: wall,
            anchor_sim: self.now(wall),
            ..self.clone()
        };
        match cmd {
            ClockCommand::SetSpeed(speed) => next.speed = speed,
            ClockCommand::Pause => next.paused = true,
            ClockCommand::Resume => next.paused = false,
        }
        next
    }

    /// The clock once it follows `activity`, as seen at real time `wall`. A timed step
    /// starting makes the chosen speed apply from `wall` on; the last one ending makes
    /// simulated time run at real time from the moment it ended (the clock is re-anchored
    /// there, so what happened at the chosen speed keeps its times). Unchanged otherwise.
    pub fn settle(&self, activity: Activity, wall: WallTime) -> SimClock {
        match (self.idle, activity) {
            (true, Activity::Running) => SimClock {
                anchor_wall: wall,
                anchor_sim: self.now(wall),
                idle: false,
                ..self.clone()
            },
            (false, Activity::IdleSince(ended)) => {
                if self.paused {
                    return SimClock {
                        idle: true,
                        ..self.clone()
                    };
                }
                let now = self.now(wall);
                // Never before the last re-anchoring: the past stays as it was.
                let end = ended.map_or(now, |ended| ended.clamp(self.anchor_sim, now));
                SimClock {
                    anchor_wall: self.wall_at(end),
                    anchor_sim: end,
                    idle: true,
                    ..self.clone()
                }
            }
            _ => self.clone(),
        }
    }
}
