//! The compact banner over a lesson's offer on the Editor and Status tabs: the goal, the
//! introduction, hints revealed one at a time, and the way back to the list.

use super::{lesson_texts, Lessons, BANNER_TITLE};
use crate::domain::lesson::LessonId;
use crate::i18n::*;
use crate::ui::{
    guide::{focus_later, open_view},
    route::Tab,
    state::AppState,
};
use leptos::prelude::*;

/// The id of the last hint, which takes the focus when it is revealed: its button goes
/// away then, and the focus must not fall back to the page.
const LAST_HINT: &str = "lesson-hint-last";

/// The banner, shown while the open offer on Editor or Status is a lesson's.
#[component]
pub fn LessonBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = move || {
        let (tab, offer) = state.route.with(|route| (route.tab, route.offer.clone()));
        if !matches!(tab, Tab::Editor | Tab::Status) {
            return None;
        }
        let entry = state.entry(&offer?)?;
        entry.offer.with_untracked(|offer| offer.lesson_id())
    };
    move || open().map(|id| view! { <Banner id /> })
}

/// The banner of lesson `id`.
#[component]
fn Banner(id: LessonId) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lessons = expect_context::<Lessons>();
    let i18n = use_i18n();
    let texts = move || lesson_texts(id);
    let shown = move || {
        lessons
            .hints
            .with(|hints| hints.get(&id).copied().unwrap_or(0))
    };
    let total = id.lesson().hints as usize;
    let done = move || lessons.done.with(|done| done.contains(&id));
    let next_hint = move |_| {
        lessons.hints.update(|hints| {
            let n = hints.entry(id).or_insert(0);
            *n = (*n + 1).min(total);
            if *n == total {
                focus_later(LAST_HINT);
            }
        });
    };
    view! {
        <section class="lesson-banner" aria-labelledby=BANNER_TITLE>
            <p class="lesson-badge">{t!(i18n, lessons.banner_label)}</p>
            <h2 id=BANNER_TITLE tabindex="-1">{move || texts().title}</h2>
            <p class="lesson-goal">
                <strong>{t!(i18n, lessons.goal)} ": "</strong>
                {move || texts().objective}
            </p>
            <Show when=done>
                <p class="lesson-complete">
                    <span aria-hidden="true">"✓ "</span>
                    {move || t_string!(i18n, lessons.complete, title = texts().title).to_string()}
                </p>
            </Show>
            <details class="lesson-intro" open=true>
                <summary>{t!(i18n, lessons.open_intro)}</summary>
                <p>{move || texts().intro}</p>
            </details>
            <ol class="lesson-hints" aria-live="polite">
                {move || {
                    texts()
                        .hints
                        .into_iter()
                        .take(shown())
                        .enumerate()
                        .map(|(n, hint)| {
                            let label = t_string!(i18n, lessons.hint, n = n + 1).to_string();
                            let last = n + 1 == total;
                            view! {
                                <li
                                    id=last.then_some(LAST_HINT)
                                    tabindex=last.then_some("-1")
                                >
                                    <strong>{label} ": "</strong>
                                    {hint}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
            <div class="lesson-actions">
                {move || {
                    if shown() < total {
                        view! {
                            <button type="button" class="secondary" on:click=next_hint>
                                {t!(i18n, lessons.show_hint)}
                            </button>
                        }
                        .into_any()
                    } else {
                        view! { <p class="muted">{t!(i18n, lessons.no_more_hints)}</p> }.into_any()
                    }
                }}
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| open_view(state, Tab::Lessons, Some(super::LESSONS_TITLE))
                >
                    {t!(i18n, lessons.back)}
                </button>
            </div>
        </section>
    }
}
