//! Turning times and durations into text for the page.

use crate::domain::{SimTime, DAY_MS, HOUR_MS, MINUTE_MS};
use crate::i18n::*;

/// A simulated time as a date and time written the way the interface language writes them
/// (the browser's Intl does the work).
pub fn date_time(time: SimTime) -> String {
    let i18n = use_i18n();
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(time.0 as f64));
    let locale = leptos_i18n::Locale::as_str(i18n.get_locale());
    String::from(date.to_locale_string(locale, &wasm_bindgen::JsValue::UNDEFINED))
}

/// A simulated duration in days and hours, hours and minutes, or minutes: the two largest
/// units are enough to follow a step.
pub fn duration(ms: i64) -> String {
    let i18n = use_i18n();
    let ms = ms.max(0);
    let (days, hours, minutes) = (
        ms / DAY_MS,
        (ms % DAY_MS) / HOUR_MS,
        (ms % HOUR_MS) / MINUTE_MS,
    );
    if days > 0 {
        t_string!(i18n, common.duration_days, days = days, hours = hours).to_string()
    } else if hours > 0 {
        t_string!(
            i18n,
            common.duration_hours,
            hours = hours,
            minutes = minutes
        )
        .to_string()
    } else if minutes > 0 {
        t_string!(i18n, common.duration_minutes, minutes = minutes).to_string()
    } else {
        t_string!(i18n, common.duration_seconds).to_string()
    }
}
