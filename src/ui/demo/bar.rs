//! The demo's caption bar: fixed at the bottom of the page, it says that nothing is saved,
//! shows each beat's caption through a polite live region, and offers Resume and Exit demo
//! when paused, Play again and Exit demo at the end.

use super::{captions::caption_text, exit_demo, Demo, Playing, RESUME};
use crate::i18n::*;
use crate::ui::text::step_name;
use leptos::prelude::*;

/// The caption bar of a playing demo.
#[component]
pub fn DemoBar() -> impl IntoView {
    let i18n = use_i18n();
    let demo = expect_context::<Demo>();
    let playing = move || demo.playing.get();
    let heading = move || {
        let step = demo.beat.get().step()?;
        let number = step.number();
        Some(format!(
            "{} · {}",
            t_string!(i18n, demo.step, number = number),
            step_name(step)
        ))
    };
    let caption = move || demo.beat.get().caption().map(caption_text);
    let again_soon = move || {
        (demo.mode.looping && demo.beat.get() == crate::domain::demo::Beat::Start)
            .then(|| t_string!(i18n, demo.again_soon).to_string())
    };
    view! {
        <aside class="demo-bar" aria-label=move || t_string!(i18n, demo.bar_label).to_string()>
            <p class="demo-label">{t!(i18n, demo.label)}</p>
            <div class="demo-caption" aria-live="polite" aria-atomic="true">
                {move || {
                    (playing() == Playing::Paused)
                        .then(|| view! { <p class="demo-paused">{t!(i18n, demo.paused)}</p> })
                }}
                {move || heading().map(|text| view! { <p class="demo-step">{text}</p> })}
                <p class="demo-text">{caption}</p>
                {move || again_soon().map(|text| view! { <p class="demo-text">{text}</p> })}
            </div>
            <div class="demo-actions">
                {move || match playing() {
                    Playing::Running => {
                        view! { <p class="demo-hint">{t!(i18n, demo.hint)}</p> }.into_any()
                    }
                    Playing::Paused => {
                        view! {
                            <button type="button" id=RESUME class="primary" on:click=move |_| demo.resume()>
                                {t!(i18n, demo.resume)}
                            </button>
                            <button type="button" on:click=move |_| exit_demo()>
                                {t!(i18n, demo.exit)}
                            </button>
                        }
                            .into_any()
                    }
                    Playing::Ended => {
                        view! {
                            <button type="button" class="primary" on:click=move |_| demo.play_again()>
                                {t!(i18n, demo.play_again)}
                            </button>
                            <button type="button" on:click=move |_| exit_demo()>
                                {t!(i18n, demo.exit)}
                            </button>
                        }
                            .into_any()
                    }
                }}
            </div>
        </aside>
    }
}
