//! The Lessons view: every lesson with its progress, and the question asked before one is
//! started over. A part of its own, loaded when first opened (`ui::parts`).

use super::{card::LessonCard, reset_lesson, Lessons, LESSONS_TITLE};
use crate::domain::lesson::{LessonId, ALL};
use crate::i18n::*;
use crate::ui::{shell::ConfirmDialog, state::AppState};
use leptos::{html, prelude::*};

/// The list of lessons.
#[component]
pub fn LessonsPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lessons = expect_context::<Lessons>();
    let i18n = use_i18n();
    // Another tab may have completed lessons since this one started.
    lessons.done.set(state.completed_lessons());
    let dialog = NodeRef::<html::Dialog>::new();
    let resetting = RwSignal::new(None::<LessonId>);
    let ask_reset = Callback::new(move |id: LessonId| {
        resetting.set(Some(id));
        if let Some(dialog) = dialog.get() {
            let _ = dialog.show_modal();
        }
    });
    let confirm = Callback::new(move |()| {
        if let Some(id) = resetting.get_untracked() {
            reset_lesson(state, lessons, id);
        }
    });
    view! {
        <section class="lessons" aria-labelledby=LESSONS_TITLE>
            <h2 id=LESSONS_TITLE tabindex="-1">{t!(i18n, lessons.heading)}</h2>
            <p class="lessons-intro">{t!(i18n, lessons.intro)}</p>
            {move || {
                lessons
                    .problem
                    .get()
                    .map(|problem| view! { <p class="notice" role="alert">{problem}</p> })
            }}
            <ol class="lesson-list">
                {ALL.into_iter().map(|id| view! { <LessonCard id on_reset=ask_reset /> }).collect_view()}
            </ol>
            <ConfirmDialog
                dialog
                id="lesson-reset"
                title=Signal::derive(move || t_string!(i18n, lessons.reset_title).to_string())
                keep=Signal::derive(move || t_string!(i18n, lessons.reset_keep).to_string())
                confirm=Signal::derive(move || t_string!(i18n, lessons.reset_confirm).to_string())
                on_confirm=confirm
            >
                <p>{t!(i18n, lessons.reset_text)}</p>
            </ConfirmDialog>
        </section>
    }
}
