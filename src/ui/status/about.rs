//! "About this step": a disclosure under each step of the Status tab with what the step does,
//! how long it takes in the real portal, what the publisher does and what can go wrong.

use crate::domain::Step;
use crate::i18n::*;
use crate::ui::guide::steps::StepExplanation;
use leptos::prelude::*;

/// A button that shows or hides the step's explanation (the same texts as the Guide's).
#[component]
pub fn AboutStep(step: Step) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let panel = format!("about-step-{}", step.number());
    // The step's heading describes the button, so that the seven buttons tell themselves
    // apart for a screen reader ("About this step", "2. Certification").
    let heading = format!("step-{}", step.number());
    view! {
        <div class="about-step">
            <button
                type="button"
                class="disclosure"
                aria-expanded=move || open.get().to_string()
                aria-controls=panel.clone()
                aria-describedby=heading
                on:click=move |_| open.update(|open| *open = !*open)
            >
                <span class="disclosure-icon" aria-hidden="true">
                    {move || if open.get() { "▾" } else { "▸" }}
                </span>
                {t_string!(i18n, guide.about_button)}
            </button>
            <div class="about-panel" id=panel hidden=move || !open.get()>
                <Show when=move || open.get()>
                    <StepExplanation step />
                </Show>
            </div>
        </div>
    }
}
