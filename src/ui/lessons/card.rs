//! One lesson in the Lessons view: title, goal, progress in words and icon, and its buttons.

use super::{lesson_texts, open_lesson, Lessons};
use crate::domain::lesson::{progress, LessonId, Progress};
use crate::i18n::*;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// A lesson's card; `on_reset` asks before starting it over.
#[component]
pub fn LessonCard(id: LessonId, on_reset: Callback<LessonId>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lessons = expect_context::<Lessons>();
    let i18n = use_i18n();
    let texts = move || lesson_texts(id);
    let has_offer = move || state.lesson_offer(id).is_some();
    let now = move || progress(lessons.done.with(|done| done.contains(&id)), has_offer());
    let heading = format!("lesson-{}-title", id.key());
    let status = move || {
        let (icon, class, words) = match now() {
            Progress::NotStarted => (
                "○",
                "not-started",
                t_string!(i18n, lessons.state_not_started).to_string(),
            ),
            Progress::InProgress => (
                "◐",
                "in-progress",
                t_string!(i18n, lessons.state_in_progress).to_string(),
            ),
            Progress::Done => ("✓", "done", t_string!(i18n, lessons.state_done).to_string()),
        };
        view! {
            <p class=format!("lesson-state {class}")>
                <span class="lesson-state-icon" aria-hidden="true">{icon}</span>
                {words}
            </p>
        }
    };
    let start_label = move || {
        if has_offer() {
            t_string!(i18n, lessons.continue_lesson).to_string()
        } else {
            t_string!(i18n, lessons.start_lesson).to_string()
        }
    };
    view! {
        <li class="lesson-card">
            <h3 id=heading.clone()>
                <span class="lesson-number">{format!("{}.", id.number())}</span>
                " "
                {move || texts().title}
            </h3>
            <p class="lesson-objective">{move || texts().objective}</p>
            {status}
            <div class="lesson-actions">
                <button
                    type="button"
                    class="primary"
                    aria-describedby=heading.clone()
                    on:click=move |_| open_lesson(state, lessons, id)
                >
                    {start_label}
                </button>
                <Show when=has_offer>
                    <button
                        type="button"
                        class="secondary"
                        aria-describedby=heading.clone()
                        on:click=move |_| on_reset.run(id)
                    >
                        {t!(i18n, lessons.reset)}
                    </button>
                </Show>
            </div>
        </li>
    }
}
