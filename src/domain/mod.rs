//! The product's rules as pure, deterministic Rust: no browser, no clock reads.
//!
//! Everything here is tested natively with `cargo test`; the current time is always an
//! argument.

mod offer;
mod time;

pub use offer::{Offer, OfferForm, OfferId, OfferSettings};
pub use time::SimTime;
