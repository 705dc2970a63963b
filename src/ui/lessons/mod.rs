//! Lessons (issue 15): the Lessons view (a part loaded when first opened), the header's link
//! to it, the banner over a lesson's offer on the Editor and Status tabs, and the watch that
//! notices a lesson's goal reached. What a lesson is, and when it is done, is the domain's
//! (`domain::lesson`); keeping the completion is the session's. The banner, the watch and the
//! announcer form a part of their own ([`LessonTracker`]), which a visitor who never started
//! a lesson never downloads.

mod banner;
mod card;
mod panel;
mod texts;
mod tracker;

pub use panel::LessonsPanel;
pub use texts::lesson_texts;
pub use tracker::{any_lesson, LessonTracker};

use crate::domain::lesson::{LessonId, Opens};
use crate::domain::sample::localized_form;
use crate::i18n::*;
use crate::ui::{
    guide::{focus_later, sample_texts, ViewLink},
    route::{Route, Tab},
    state::AppState,
};
use leptos::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// The id of the Lessons view's heading, which takes the focus when it opens.
pub const LESSONS_TITLE: &str = "lessons-title";
/// The id of the banner's heading, focused when a lesson opens.
pub const BANNER_TITLE: &str = "lesson-banner-title";

/// What the lesson views share, passed by context.
#[derive(Clone, Copy)]
pub struct Lessons {
    /// The completed lessons (stored; mirrored here).
    pub done: RwSignal<BTreeSet<LessonId>>,
    /// How many hints of each lesson are shown (for this visit only).
    pub hints: RwSignal<BTreeMap<LessonId, usize>>,
    /// The last completion, for the live region ("Lesson complete: ...").
    pub announcement: RwSignal<String>,
    /// Why the last thing asked of a lesson failed, shown in the Lessons view.
    pub problem: RwSignal<Option<String>>,
}

impl Lessons {
    /// Puts the lessons' context in place (the goal watch is [`LessonTracker`]'s, a part
    /// mounted only while some offer is a lesson's).
    pub fn provide(state: AppState) {
        let lessons = Lessons {
            done: RwSignal::new(state.completed_lessons()),
            hints: RwSignal::new(BTreeMap::new()),
            announcement: RwSignal::new(String::new()),
            problem: RwSignal::new(None),
        };
        provide_context(lessons);
    }
}

/// The name a lesson's offer gets: "Lesson 3: <the sample's title>", within the 50
/// characters an offer name may have.
fn offer_name(label: &str, id: LessonId, title: &str) -> String {
    format!("{label} {}: {title}", id.number())
        .chars()
        .take(50)
        .collect()
}

/// Opens lesson `id`: its offer if it has one, else a new one from its setup; on the tab
/// the lesson starts on, focused on the banner.
pub fn open_lesson(state: AppState, lessons: Lessons, id: LessonId) {
    let i18n = use_i18n();
    let offer = match state.lesson_offer(id) {
        Some(offer) => Ok(offer),
        None => {
            let texts = sample_texts();
            let label = t_string!(i18n, lessons.banner_label).to_string();
            let name = offer_name(&label, id, &texts.title);
            state.start_lesson(id, localized_form(&texts), name)
        }
    };
    go_to(state, lessons, id, offer.ok());
}

/// Starts lesson `id` over: its offers deleted, its setup run again, and opened.
pub fn reset_lesson(state: AppState, lessons: Lessons, id: LessonId) {
    let i18n = use_i18n();
    let texts = sample_texts();
    let label = t_string!(i18n, lessons.banner_label).to_string();
    let name = offer_name(&label, id, &texts.title);
    lessons.hints.update(|hints| {
        hints.remove(&id);
    });
    let offer = state.reset_lesson(id, localized_form(&texts), name);
    go_to(state, lessons, id, offer.ok());
}

fn go_to(state: AppState, lessons: Lessons, id: LessonId, offer: Option<crate::domain::OfferId>) {
    let i18n = use_i18n();
    let Some(offer) = offer else {
        lessons
            .problem
            .set(Some(t_string!(i18n, lessons.setup_failed).to_string()));
        return;
    };
    lessons.problem.set(None);
    let tab = match id.lesson().opens {
        Opens::Editor => Tab::Editor,
        Opens::Status => Tab::Status,
    };
    state.route.set(Route {
        tab,
        offer: Some(offer),
    });
    focus_later(BANNER_TITLE);
}

/// The header's way to the Lessons view: a link to its own URL, opened in place.
#[component]
pub fn LessonsLink() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ViewLink tab=Tab::Lessons focus=LESSONS_TITLE icon="✎" class="guide-link lessons-link">
            {t!(i18n, lessons.lessons_button)}
        </ViewLink>
    }
}
