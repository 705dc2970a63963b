//! The seven publishing steps as an ordered list.

use super::step_row::StepRow;
use crate::domain::{Offer, Step};
use crate::i18n::*;
use leptos::prelude::*;

/// Every step of the run, in order, each with its state and times.
#[component]
pub fn StepList(offer: RwSignal<Offer>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ol class="steps" aria-label=move || t_string!(i18n, status.steps_label).to_string()>
            {Step::ALL.into_iter().map(|step| view! { <StepRow offer step /> }).collect_view()}
        </ol>
    }
}
