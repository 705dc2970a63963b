//! Turning times, durations and numbers into text for the page, the way the interface
//! language writes them: the browser's Intl does the work, so every locale gets its own
//! digits grouping, unit names and plural forms without a table of our own.

use crate::domain::{SimTime, DAY_MS, HOUR_MS, MINUTE_MS};
use crate::i18n::*;
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// The interface language's BCP 47 tag, as Intl takes it.
fn locale() -> &'static str {
    leptos_i18n::Locale::as_str(use_i18n().get_locale())
}

/// A simulated time as a date and time written the way the interface language writes them.
pub fn date_time(time: SimTime) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(time.0 as f64));
    String::from(date.to_locale_string(locale(), &JsValue::UNDEFINED))
}

/// A count with the interface language's digit grouping (1,000 / 1 000 / 1.000).
pub fn number(value: usize) -> String {
    number_in(use_i18n().get_locale(), value)
}

/// [`number`] in a given language: for a task that runs outside the components, where the
/// language's context cannot be looked up.
pub fn number_in(language: Locale, value: usize) -> String {
    let tag = leptos_i18n::Locale::as_str(language);
    String::from(js_sys::Number::from(value as f64).to_locale_string(tag))
}

/// A simulated duration in its two largest units (days and hours, hours and minutes, or
/// minutes), which is enough to follow a step, with the unit names spelled out.
pub fn duration(ms: i64) -> String {
    let ms = ms.max(0);
    let (days, hours, minutes) = (
        ms / DAY_MS,
        (ms % DAY_MS) / HOUR_MS,
        (ms % HOUR_MS) / MINUTE_MS,
    );
    let parts: &[(&str, i64)] = if days > 0 {
        &[("day", days), ("hour", hours)]
    } else if hours > 0 {
        &[("hour", hours), ("minute", minutes)]
    } else if minutes > 0 {
        &[("minute", minutes)]
    } else {
        let i18n = use_i18n();
        return t_string!(i18n, common.duration_seconds).to_string();
    };
    duration_format(parts).unwrap_or_else(|| unit_format(parts))
}

/// `Intl.DurationFormat` (long style), where the browser has it: it joins the units as the
/// language does ("2 days, 3 hours", "2 дня 3 часа", "2天3小时") and leaves out zero ones.
fn duration_format(parts: &[(&str, i64)]) -> Option<String> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let constructor = Reflect::get(&intl, &"DurationFormat".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let options = Object::new();
    Reflect::set(&options, &"style".into(), &"long".into()).ok()?;
    let args = Array::of2(&locale().into(), &options);
    let formatter = Reflect::construct(&constructor, &args).ok()?;
    let duration = Object::new();
    for (unit, value) in parts {
        Reflect::set(
            &duration,
            &format!("{unit}s").into(),
            &(*value as f64).into(),
        )
        .ok()?;
    }
    let format = Reflect::get(&formatter, &"format".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    format.call1(&formatter, &duration).ok()?.as_string()
}

/// Without `Intl.DurationFormat`: each non-zero unit through `Intl.NumberFormat` with
/// style "unit" ("3 hours", "3 heures"), joined by a space.
fn unit_format(parts: &[(&str, i64)]) -> String {
    parts
        .iter()
        .filter(|(_, value)| *value > 0)
        .map(|(unit_name, value)| unit(*value as f64, unit_name, "long"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A file size in bytes, kilobytes or megabytes with the language's decimal sign and unit
/// abbreviation ("1.2 kB", "1,2 ko", "1,2 КБ").
pub fn file_size(bytes: u64) -> String {
    if bytes < 1024 {
        unit(bytes as f64, "byte", "short")
    } else {
        storage_size(bytes)
    }
}

/// An amount of storage in kilobytes or megabytes, never bytes ("0.5 kB", "1.2 MB"): the
/// meter's scale is megabytes, where a few hundred "byte" read as noise.
pub fn storage_size(bytes: u64) -> String {
    const KIB: f64 = 1024.0;
    let bytes = bytes as f64;
    if bytes >= KIB * KIB {
        unit(bytes / (KIB * KIB), "megabyte", "short")
    } else {
        unit(bytes / KIB, "kilobyte", "short")
    }
}

/// `value` in `unit` through `Intl.NumberFormat` (style "unit", at most one decimal).
fn unit(value: f64, unit: &str, display: &str) -> String {
    let options = Object::new();
    // Setting plain data properties on a fresh object cannot fail.
    let _ = Reflect::set(&options, &"style".into(), &"unit".into());
    let _ = Reflect::set(&options, &"unit".into(), &unit.into());
    let _ = Reflect::set(&options, &"unitDisplay".into(), &display.into());
    let _ = Reflect::set(&options, &"maximumFractionDigits".into(), &1.into());
    let formatter = js_sys::Intl::NumberFormat::new(&Array::of1(&locale().into()), &options);
    formatter
        .format()
        .call1(&formatter, &value.into())
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| format!("{value} {unit}"))
}

/// Items joined as the interface language writes a list ("A, B and C", "A、B 和 C"), by
/// `Intl.ListFormat`; a comma-separated list where the browser lacks it.
pub fn list(items: &[String]) -> String {
    list_format(items).unwrap_or_else(|| items.join(", "))
}

fn list_format(items: &[String]) -> Option<String> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let constructor = Reflect::get(&intl, &"ListFormat".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let options = Object::new();
    Reflect::set(&options, &"type".into(), &"conjunction".into()).ok()?;
    let args = Array::of2(&locale().into(), &options);
    let formatter = Reflect::construct(&constructor, &args).ok()?;
    let format = Reflect::get(&formatter, &"format".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let values: Array = items.iter().map(|item| JsValue::from_str(item)).collect();
    format.call1(&formatter, &values).ok()?.as_string()
}
