//! Provisioning (step 3): how far the image has been copied to each Azure region.

use crate::domain::{replication, Offer, Region, Step, StepState};
use crate::i18n::*;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Replication progress per region, derived from the step's times and the simulated time now.
#[component]
pub fn Replication(offer: RwSignal<Offer>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    // One computation per tick for all regions; a row re-renders only when its share moves.
    let shares = Memo::new(move |_| {
        let now = state.now();
        offer.with(|offer| {
            offer
                .run
                .as_ref()
                .map(|run| {
                    replication(run, now)
                        .into_iter()
                        .map(|(_, pct)| pct)
                        .collect()
                })
                .unwrap_or_else(|| vec![0; Region::ALL.len()])
        })
    });
    let done = move || shares.with(|shares| shares.iter().filter(|pct| **pct >= 100).count());
    let total = Region::ALL.len();
    // Open while copying; folded once the step has ended (the row re-renders then).
    let running = offer.with_untracked(|offer| {
        offer
            .run
            .as_ref()
            .is_some_and(|run| run.step(Step::Provisioning).state == StepState::InProgress)
    });
    view! {
        <section class="step-detail replication" aria-labelledby="replication-title">
            <h4 id="replication-title">{t_string!(i18n, status.replication_title)}</h4>
            <details open=running>
            <summary>{move || t_string!(i18n, status.replication_summary, count = done(), done = done(), total = total).to_string()}</summary>
            <ul class="regions">
                {Region::ALL
                    .into_iter()
                    .enumerate()
                    .map(|(i, region)| {
                        let pct = move || shares.with(|shares| shares.get(i).copied().unwrap_or(0));
                        let label_id = format!("region-{i}");
                        view! {
                            <li>
                                <span class="region-name" id=label_id.clone()>{region.name()}</span>
                                <progress max="100" value=move || pct().to_string() aria-labelledby=label_id></progress>
                                <span class="region-pct">{move || t_string!(i18n, status.percent, value = pct()).to_string()}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            </details>
        </section>
    }
}
