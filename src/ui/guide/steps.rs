//! What each publishing step is, in words: the one place both "About this step" on Status
//! and the Guide read from.

use crate::domain::Step;
use crate::i18n::*;
use leptos::prelude::*;

/// A step explained: its bound in a few words, what happens, how long it takes at most in
/// the real portal, what the publisher does, and what can go wrong with its fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepTexts {
    /// "under 5 days", "at once", "waits for you" ...
    pub bound: String,
    /// What happens in the step.
    pub what: String,
    /// How long it takes in the real portal.
    pub time: String,
    /// What the publisher does.
    pub you: String,
    /// What can go wrong, and how it is fixed.
    pub wrong: String,
}

/// The texts of one step in the interface language.
pub fn step_texts(step: Step) -> StepTexts {
    let i18n = use_i18n();
    macro_rules! texts {
        ($bound:ident, $what:ident, $time:ident, $you:ident, $wrong:ident) => {
            StepTexts {
                bound: t_string!(i18n, guide.$bound).to_string(),
                what: t_string!(i18n, guide.$what).to_string(),
                time: t_string!(i18n, guide.$time).to_string(),
                you: t_string!(i18n, guide.$you).to_string(),
                wrong: t_string!(i18n, guide.$wrong).to_string(),
            }
        };
    }
    match step {
        Step::ValidatePrerequisites => texts!(
            step_1_bound,
            step_1_what,
            step_1_time,
            step_1_you,
            step_1_wrong
        ),
        Step::Certification => texts!(
            step_2_bound,
            step_2_what,
            step_2_time,
            step_2_you,
            step_2_wrong
        ),
        Step::Provisioning => texts!(
            step_3_bound,
            step_3_what,
            step_3_time,
            step_3_you,
            step_3_wrong
        ),
        Step::PackagingAndLeadRegistration => texts!(
            step_4_bound,
            step_4_what,
            step_4_time,
            step_4_you,
            step_4_wrong
        ),
        Step::PreviewAvailable => texts!(
            step_5_bound,
            step_5_what,
            step_5_time,
            step_5_you,
            step_5_wrong
        ),
        Step::PublisherSignoff => texts!(
            step_6_bound,
            step_6_what,
            step_6_time,
            step_6_you,
            step_6_wrong
        ),
        Step::Live => texts!(
            step_7_bound,
            step_7_what,
            step_7_time,
            step_7_you,
            step_7_wrong
        ),
    }
}

/// One step explained as a list of terms: what happens, how long, what you do, what can go
/// wrong. Built in the language of the moment (its parents are rebuilt on a change).
#[component]
pub fn StepExplanation(step: Step) -> impl IntoView {
    let i18n = use_i18n();
    let texts = step_texts(step);
    view! {
        <dl class="step-explanation">
            <dt>{t_string!(i18n, guide.about_what)}</dt>
            <dd>{texts.what}</dd>
            <dt>{t_string!(i18n, guide.about_time)}</dt>
            <dd class="step-time">{texts.time}</dd>
            <dt>{t_string!(i18n, guide.about_you)}</dt>
            <dd>{texts.you}</dd>
            <dt>{t_string!(i18n, guide.about_wrong)}</dt>
            <dd>{texts.wrong}</dd>
        </dl>
    }
}
