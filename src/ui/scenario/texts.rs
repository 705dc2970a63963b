//! A scenario's parts and refusals in words.

use crate::domain::{ScenarioFault, ScenarioProblem, Speed};
use crate::i18n::*;
use crate::store::scenario::{
    ScenarioPart, ScenarioRefusal, MAX_LINK_CHARS, MAX_SCENARIO_FILE_BYTES, SCENARIO_VERSION,
};
use crate::ui::{format, status::texts::fault_text, text::step_name};
use leptos_i18n::Locale as _;

type I18n = leptos_i18n::I18nContext<Locale>;

/// A simulation speed as the header's picker names it.
pub fn speed_name(i18n: I18n, speed: Speed) -> String {
    match speed {
        Speed::RealTime => t_string!(i18n, common.speed_real_time).to_string(),
        Speed::HourPerMinute => t_string!(i18n, common.speed_hour_per_minute).to_string(),
        Speed::DayPerMinute => t_string!(i18n, common.speed_day_per_minute).to_string(),
        Speed::DayPer10Seconds => t_string!(i18n, common.speed_day_per_10_seconds).to_string(),
    }
}

/// The locale a language tag names, if the app ships it.
pub fn locale_of(tag: &str) -> Option<Locale> {
    Locale::get_all()
        .iter()
        .find(|l| l.as_str() == tag)
        .copied()
}

/// A language named in its own language, as the header's picker names it.
pub fn language_name(tag: &str) -> String {
    match locale_of(tag) {
        Some(locale) => crate::ui::shell::language_name(locale).to_owned(),
        None => tag.to_owned(),
    }
}

/// A planned failure: its step and reason, or "None".
pub fn fault_line(i18n: I18n, fault: Option<&ScenarioFault>) -> String {
    match fault {
        Some(fault) => t_string!(
            i18n,
            scenario.fault_value,
            step = step_name(fault.step),
            reason = fault_text(&fault.reason)
        )
        .to_string(),
        None => t_string!(i18n, scenario.no_fault).to_string(),
    }
}

/// Why a scenario cannot be opened, in plain words.
pub fn refusal_text(i18n: I18n, refusal: &ScenarioRefusal) -> String {
    let number = |n: usize| format::number_in(i18n.get_locale_untracked(), n);
    match refusal {
        ScenarioRefusal::TooLong { length } => t_string!(
            i18n,
            scenario.refusal_too_long,
            length = number(*length),
            max = number(MAX_LINK_CHARS)
        )
        .to_string(),
        ScenarioRefusal::FileTooLarge { bytes } => t_string!(
            i18n,
            scenario.refusal_file_too_large,
            size = format::file_size(*bytes as u64),
            max = format::file_size(MAX_SCENARIO_FILE_BYTES as u64)
        )
        .to_string(),
        ScenarioRefusal::Foreign => t_string!(i18n, scenario.refusal_foreign).to_string(),
        ScenarioRefusal::NewerVersion { found } => t_string!(
            i18n,
            scenario.refusal_newer,
            found = *found,
            supported = SCENARIO_VERSION
        )
        .to_string(),
        ScenarioRefusal::Truncated => t_string!(i18n, scenario.refusal_truncated).to_string(),
        ScenarioRefusal::Tampered => t_string!(i18n, scenario.refusal_tampered).to_string(),
        ScenarioRefusal::ContentTooLarge => {
            t_string!(i18n, scenario.refusal_content_too_large).to_string()
        }
        ScenarioRefusal::Unreadable(part) => match part {
            ScenarioPart::Form => t_string!(i18n, scenario.refusal_unreadable_form),
            ScenarioPart::Fault => t_string!(i18n, scenario.refusal_unreadable_fault),
            ScenarioPart::Speed => t_string!(i18n, scenario.refusal_unreadable_speed),
            ScenarioPart::Language => t_string!(i18n, scenario.refusal_unreadable_language),
        }
        .to_string(),
        ScenarioRefusal::Invalid(problem) => problem_text(i18n, problem),
    }
}

/// What is wrong with a scenario's content.
pub fn problem_text(i18n: I18n, problem: &ScenarioProblem) -> String {
    match problem {
        ScenarioProblem::FaultDoesNotFit { step } => t_string!(
            i18n,
            scenario.refusal_fault_does_not_fit,
            step = step_name(*step)
        )
        .to_string(),
        ScenarioProblem::CustomReasonEmpty => {
            t_string!(i18n, scenario.refusal_custom_empty).to_string()
        }
        ScenarioProblem::CustomReasonTooLong { chars } => t_string!(
            i18n,
            scenario.refusal_custom_too_long,
            chars = *chars,
            max = crate::domain::scenario::CUSTOM_REASON_MAX_CHARS
        )
        .to_string(),
        ScenarioProblem::UnknownLanguage(tag) => {
            t_string!(i18n, scenario.refusal_unknown_language, tag = tag.clone()).to_string()
        }
        ScenarioProblem::Image { path, .. } => t_string!(
            i18n,
            scenario.refusal_image,
            field = crate::ui::status::texts::field_label(path)
        )
        .to_string(),
    }
}
