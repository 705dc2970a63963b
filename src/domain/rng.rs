//! Deterministic pseudo-random draws from a seed stored with a run.
//!
//! Every draw is a pure function of `(seed, stream)`, not of a generator's position, so the
//! order in which the engine happens to draw never changes a result: the same seed gives the
//! same run however it is advanced.

/// The SplitMix64 finaliser: a well-mixed 64-bit hash of `x`.
pub fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A well-mixed value for one named purpose (`stream`) of a seed.
pub fn hash(seed: u64, stream: u64) -> u64 {
    mix(mix(seed) ^ stream.wrapping_mul(0xD6E8_FEB8_6659_FD93))
}

/// A value in `lo..=hi` for one purpose of a seed (`lo` when the range is empty).
pub fn draw(seed: u64, stream: u64, lo: i64, hi: i64) -> i64 {
    if hi <= lo {
        return lo;
    }
    let span = (hi as i128 - lo as i128 + 1) as u128;
    let pick = (u128::from(hash(seed, stream)) % span) as i128;
    (lo as i128 + pick) as i64
}

/// An index below `len` for one purpose of a seed (0 when `len` is 0).
pub fn pick(seed: u64, stream: u64, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (hash(seed, stream) % len as u64) as usize
}

/// Stream numbers, named so that two purposes never share one by accident.
pub mod streams {
    /// Step durations: `STEP + step number`.
    pub const STEP: u64 = 100;
    /// Per-region replication shares: `REGION + region index`.
    pub const REGION: u64 = 200;
    /// Fake lead fields: `LEAD + field index`.
    pub const LEAD: u64 = 300;
    /// Support ticket numbers: `TICKET + ticket index`.
    pub const TICKET: u64 = 400;
}
