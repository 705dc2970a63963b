//! The public Azure regions of the time, and the per-region replication progress of
//! Provisioning (step 3), derived purely from time and the run's seed.

use super::rng::{self, streams};
use super::run::Run;
use super::step::{Step, StepState};
use super::time::SimTime;
use serde::{Deserialize, Serialize};

/// A public Azure region.
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Region {
    EastUs,
    EastUs2,
    CentralUs,
    NorthCentralUs,
    SouthCentralUs,
    WestCentralUs,
    WestUs,
    WestUs2,
    CanadaCentral,
    CanadaEast,
    BrazilSouth,
    NorthEurope,
    WestEurope,
    UkSouth,
    UkWest,
    EastAsia,
    SoutheastAsia,
    JapanEast,
    JapanWest,
    AustraliaEast,
    AustraliaSoutheast,
    CentralIndia,
    SouthIndia,
    WestIndia,
    KoreaCentral,
    KoreaSouth,
}

impl Region {
    /// Every region, in the portal's order.
    pub const ALL: [Region; 26] = [
        Region::EastUs,
        Region::EastUs2,
        Region::CentralUs,
        Region::NorthCentralUs,
        Region::SouthCentralUs,
        Region::WestCentralUs,
        Region::WestUs,
        Region::WestUs2,
        Region::CanadaCentral,
        Region::CanadaEast,
        Region::BrazilSouth,
        Region::NorthEurope,
        Region::WestEurope,
        Region::UkSouth,
        Region::UkWest,
        Region::EastAsia,
        Region::SoutheastAsia,
        Region::JapanEast,
        Region::JapanWest,
        Region::AustraliaEast,
        Region::AustraliaSoutheast,
        Region::CentralIndia,
        Region::SouthIndia,
        Region::WestIndia,
        Region::KoreaCentral,
        Region::KoreaSouth,
    ];

    /// The region's proper name (the same in every language), e.g. "East US".
    pub fn name(&self) -> &'static str {
        match self {
            Region::EastUs => "East US",
            Region::EastUs2 => "East US 2",
            Region::CentralUs => "Central US",
            Region::NorthCentralUs => "North Central US",
            Region::SouthCentralUs => "South Central US",
            Region::WestCentralUs => "West Central US",
            Region::WestUs => "West US",
            Region::WestUs2 => "West US 2",
            Region::CanadaCentral => "Canada Central",
            Region::CanadaEast => "Canada East",
            Region::BrazilSouth => "Brazil South",
            Region::NorthEurope => "North Europe",
            Region::WestEurope => "West Europe",
            Region::UkSouth => "UK South",
            Region::UkWest => "UK West",
            Region::EastAsia => "East Asia",
            Region::SoutheastAsia => "Southeast Asia",
            Region::JapanEast => "Japan East",
            Region::JapanWest => "Japan West",
            Region::AustraliaEast => "Australia East",
            Region::AustraliaSoutheast => "Australia Southeast",
            Region::CentralIndia => "Central India",
            Region::SouthIndia => "South India",
            Region::WestIndia => "West India",
            Region::KoreaCentral => "Korea Central",
            Region::KoreaSouth => "Korea South",
        }
    }
}

/// The share (per mille, 300 to 1000) of Provisioning a region needs to finish copying.
/// The slowest region always takes the whole step, so every region reaches 100 % at the
/// step's deadline and not before.
fn region_share(seed: u64, i: usize) -> i64 {
    let slowest = rng::pick(seed, streams::REGION, Region::ALL.len());
    if i == slowest {
        1000
    } else {
        rng::draw(seed, streams::REGION + 1 + i as u64, 300, 1000)
    }
}

/// Replication progress (0 to 100 %) of every region at `now`.
///
/// 0 everywhere before Provisioning starts, 100 everywhere once it is complete; frozen where it
/// stood when the step failed (the regions still copying then stay under 100).
pub fn replication(run: &Run, now: SimTime) -> Vec<(Region, u8)> {
    let rec = run.step(Step::Provisioning);
    let done = rec.state == StepState::Complete;
    let blocked = rec.state == StepState::Blocked;
    let (Some(start), Some(due)) = (rec.started, rec.due) else {
        return Region::ALL
            .iter()
            .map(|r| (*r, if done { 100 } else { 0 }))
            .collect();
    };
    let at = match rec.ended {
        Some(end) => now.min(end),
        None => now,
    };
    let span = due.since(start).max(0);
    let elapsed = at.since(start).max(0);
    Region::ALL
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let need = (i128::from(span) * i128::from(region_share(run.seed, i)) / 1000) as i64;
            let pct = if need <= 0 {
                100
            } else {
                (i128::from(elapsed) * 100 / i128::from(need)).clamp(0, 100) as u8
            };
            // A failed Provisioning leaves the regions still copying at its end unfinished.
            let pct = if blocked && need >= elapsed {
                pct.min(99)
            } else {
                pct
            };
            (*r, pct)
        })
        .collect()
}
