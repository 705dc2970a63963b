//! What follows a started lesson on every view, as a part of its own: the watch that notices
//! a lesson's goal reached (lesson 1 reaching Live on a timer while All offers is shown), the
//! banner over a lesson's offer, and the live region that says a lesson was completed. The
//! shell mounts it only while some offer is a lesson's ([`any_lesson`]).

use super::{banner::LessonBanner, lesson_texts, Lessons};
use crate::domain::lesson;
use crate::i18n::*;
use crate::store::LessonSaved;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Whether some offer is a lesson's (reactive: follows the list; an offer's lesson is set
/// when it is made and never changes).
pub fn any_lesson(state: AppState) -> bool {
    state.offers.with(|offers| {
        offers.iter().any(|entry| {
            entry
                .offer
                .with_untracked(|offer| offer.lesson_id().is_some())
        })
    })
}

/// The goal watch, the banner and the completion's live region.
#[component]
pub fn LessonTracker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lessons = expect_context::<Lessons>();
    watch(state, lessons);
    view! {
        <LessonBanner />
        <p class="visually-hidden" role="status" aria-live="polite">
            {move || lessons.announcement.get()}
        </p>
    }
}

/// Runs the pure completion check whenever a lesson offer changes; a goal reached is stored
/// through the session and announced once.
fn watch(state: AppState, lessons: Lessons) {
    let i18n = use_i18n();
    Effect::new(move |_| {
        let entries = state.offers.get();
        for entry in entries {
            let Some(id) = entry.offer.with_untracked(|offer| offer.lesson_id()) else {
                continue;
            };
            if lessons.done.with_untracked(|done| done.contains(&id)) {
                continue;
            }
            let reached = entry
                .offer
                .with(|offer| lesson::done(id, std::slice::from_ref(offer)));
            if !reached {
                continue;
            }
            let saved = state.mark_lesson_done(id);
            lessons.done.update(|done| {
                done.insert(id);
            });
            let title = lesson_texts(id).title;
            lessons
                .announcement
                .set(t_string!(i18n, lessons.complete, title = title).to_string());
            if let Some(LessonSaved::Failed(fault)) = saved {
                let reason = fault.to_string();
                lessons.problem.set(Some(
                    t_string!(i18n, lessons.save_failed, reason = reason).to_string(),
                ));
            }
        }
    });
}
