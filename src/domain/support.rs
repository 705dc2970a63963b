//! Simulated support requests, opened from a failed run and kept with the offer.

use super::failure::RunFailure;
use super::formats::date_of;
use super::rng::{self, streams};
use super::step::Step;
use super::time::{SimTime, WallTime};
use serde::{Deserialize, Serialize};

/// The state of a ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum TicketState {
    /// Opened, waiting for the (simulated) support engineer.
    #[default]
    Open,
}

/// A support request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportTicket {
    /// Ticket number, Azure style: `YYMMDD` of the day opened and 9 digits.
    pub number: String,
    /// When it was opened (simulated).
    pub opened: SimTime,
    /// When it was opened (real).
    pub wall: WallTime,
    /// The run it is about.
    pub run: u32,
    /// The step that failed.
    pub step: Step,
    /// The failure.
    pub failure: RunFailure,
    /// What the publisher wrote.
    pub text: String,
    /// State.
    pub state: TicketState,
}

/// The deterministic number of the `index`-th ticket of a run with `seed`, opened at `at`.
pub fn ticket_number(seed: u64, index: usize, at: SimTime) -> String {
    let (y, m, d) = date_of(at);
    let tail = rng::draw(seed, streams::TICKET + index as u64, 0, 999_999_999);
    format!("{:02}{:02}{:02}{:09}", y.rem_euclid(100), m, d, tail)
}
