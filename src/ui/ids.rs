//! Fresh identities and entropy, from the browser's clock and random numbers.

use crate::domain::OfferId;

/// A new identity: time and randomness in base 36, unique enough for one browser.
pub fn new_offer_id() -> OfferId {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 36f64.powi(6)) as u64;
    OfferId(format!("o-{}-{}", base36(time), base36(random)))
}

/// Entropy for a new run's durations.
pub fn new_seed() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64
}

fn base36(mut value: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(value % 36) as usize]);
        value /= 36;
        if value == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8_lossy(&out).into_owned()
}
