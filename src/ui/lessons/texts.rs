//! A lesson's texts in the interface language. One match over [`LessonId`]: every lesson's
//! keys are checked at compile time, and a new lesson without texts does not compile.

use crate::domain::lesson::LessonId;
use crate::i18n::*;

/// What a lesson says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonTexts {
    /// Its title.
    pub title: String,
    /// Its introduction: the situation.
    pub intro: String,
    /// Its goal, one line.
    pub objective: String,
    /// Its hints, in the order they are revealed.
    pub hints: Vec<String>,
}

/// The texts of a lesson whose keys are `lessons.<stem>_title`, `_intro`, `_objective` and
/// `_hint_1` to `_hint_3`.
macro_rules! texts {
    ($i18n:ident, $title:ident, $intro:ident, $objective:ident, $h1:ident, $h2:ident, $h3:ident) => {
        LessonTexts {
            title: t_string!($i18n, lessons.$title).to_string(),
            intro: t_string!($i18n, lessons.$intro).to_string(),
            objective: t_string!($i18n, lessons.$objective).to_string(),
            hints: vec![
                t_string!($i18n, lessons.$h1).to_string(),
                t_string!($i18n, lessons.$h2).to_string(),
                t_string!($i18n, lessons.$h3).to_string(),
            ],
        }
    };
}

/// The texts of lesson `id` (reactive: follows the language).
pub fn lesson_texts(id: LessonId) -> LessonTexts {
    let i18n = use_i18n();
    match id {
        LessonId::FirstGoLive => texts!(
            i18n,
            first_go_live_title,
            first_go_live_intro,
            first_go_live_objective,
            first_go_live_hint_1,
            first_go_live_hint_2,
            first_go_live_hint_3
        ),
        LessonId::IncompleteOffer => texts!(
            i18n,
            incomplete_offer_title,
            incomplete_offer_intro,
            incomplete_offer_objective,
            incomplete_offer_hint_1,
            incomplete_offer_hint_2,
            incomplete_offer_hint_3
        ),
        LessonId::SasUri => texts!(
            i18n,
            sas_uri_title,
            sas_uri_intro,
            sas_uri_objective,
            sas_uri_hint_1,
            sas_uri_hint_2,
            sas_uri_hint_3
        ),
        LessonId::RejectedDisk => texts!(
            i18n,
            rejected_disk_title,
            rejected_disk_intro,
            rejected_disk_objective,
            rejected_disk_hint_1,
            rejected_disk_hint_2,
            rejected_disk_hint_3
        ),
        LessonId::LeadRegistration => texts!(
            i18n,
            lead_registration_title,
            lead_registration_intro,
            lead_registration_objective,
            lead_registration_hint_1,
            lead_registration_hint_2,
            lead_registration_hint_3
        ),
        LessonId::StagingAllowList => texts!(
            i18n,
            staging_allow_list_title,
            staging_allow_list_intro,
            staging_allow_list_objective,
            staging_allow_list_hint_1,
            staging_allow_list_hint_2,
            staging_allow_list_hint_3
        ),
        LessonId::CancelAtSignoff => texts!(
            i18n,
            cancel_at_signoff_title,
            cancel_at_signoff_intro,
            cancel_at_signoff_objective,
            cancel_at_signoff_hint_1,
            cancel_at_signoff_hint_2,
            cancel_at_signoff_hint_3
        ),
        LessonId::UpdateLive => texts!(
            i18n,
            update_live_title,
            update_live_intro,
            update_live_objective,
            update_live_hint_1,
            update_live_hint_2,
            update_live_hint_3
        ),
        LessonId::SupportRequest => texts!(
            i18n,
            support_request_title,
            support_request_intro,
            support_request_objective,
            support_request_hint_1,
            support_request_hint_2,
            support_request_hint_3
        ),
    }
}
