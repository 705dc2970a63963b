//! Turning times into text for the page.

use crate::domain::SimTime;

/// A simulated time as the browser writes a date and time in its own locale.
pub fn date_time(time: SimTime) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(time.0 as f64));
    String::from(date.to_locale_string("default", &wasm_bindgen::JsValue::UNDEFINED))
}
