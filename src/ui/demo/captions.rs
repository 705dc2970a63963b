//! A demo caption in words: the Guide's own text about a step where it has one (the texts
//! "About this step" shares), the demo's few words where it has none.

use crate::domain::demo::Caption;
use crate::i18n::*;
use crate::ui::guide::steps::step_texts;

/// The caption's text in the interface language.
pub fn caption_text(caption: Caption) -> String {
    let i18n = use_i18n();
    match caption {
        Caption::Sample => t_string!(i18n, demo.caption_sample).to_string(),
        Caption::Planned => t_string!(i18n, demo.caption_planned).to_string(),
        Caption::StepWhat(step) => step_texts(step).what,
        Caption::StepYou(step) => step_texts(step).you,
        Caption::StepWrong(step) => step_texts(step).wrong,
        Caption::Fixed => t_string!(i18n, demo.caption_fixed).to_string(),
        Caption::Republish => t_string!(i18n, demo.caption_republish).to_string(),
        Caption::Live => t_string!(i18n, demo.caption_live).to_string(),
    }
}
