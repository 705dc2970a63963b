//! Simulated time.

use serde::{Deserialize, Serialize};

/// A point in simulated time: milliseconds since the Unix epoch on the simulated clock.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct SimTime(pub i64);
