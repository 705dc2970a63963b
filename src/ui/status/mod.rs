//! The Status tab: the seven publishing steps of the open offer, where it stands, what went
//! wrong and what to do, the actions the step allows, its support requests and its history.

mod about;
mod announcer;
mod cancel_dialog;
mod checks;
mod failure;
mod history;
mod next_action;
mod packaging;
mod pipeline;
mod preview;
mod progress;
mod replication;
mod scenario;
mod signoff;
mod step_row;
mod steps;
mod support;
pub mod texts;
mod tickets;

use crate::domain::OfferId;
use crate::i18n::*;
use crate::ui::scenario::ShareScenario;
use crate::ui::state::{AppState, OfferEntry};
use crate::ui::text;
use announcer::Announcer;
use failure::FailurePanel;
use history::History;
use leptos::prelude::*;
use next_action::NextStep;
use pipeline::Pipeline;
use scenario::Scenario;
use signoff::SignoffActions;
use steps::StepList;
use tickets::Tickets;

/// The publishing status of the offer in the route, or a pointer to All offers.
#[component]
pub fn StatusPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    // Only the identity of the open offer re-renders the tab, not every change to the list.
    let open = Memo::new(move |_| {
        state
            .route
            .with(|route| route.offer.clone())
            .filter(|id| state.entry(id).is_some())
    });
    view! {
        // Built again when the language changes (also when the saved language is applied
        // just after start-up): some labels inside are plain strings made at build time.
        {move || match open.get().and_then(|id| {
            i18n.get_locale();
            state.entry(&id)
        }) {
            Some(entry) => view! { <OfferStatusPage entry /> }.into_any(),
            None => view! { <p class="empty">{t_string!(i18n, status.no_offer)}</p> }.into_any(),
        }}
    }
}

/// Everything the Status tab shows about one offer.
#[component]
fn OfferStatusPage(entry: OfferEntry) -> impl IntoView {
    let i18n = use_i18n();
    let offer = entry.signal();
    let id: OfferId = entry.id;
    let name = move || offer.with(|offer| offer.draft.settings.name.clone());
    let published = Memo::new(move |_| offer.with(|offer| offer.run.is_some()));
    let summary = move || {
        offer.with(|offer| {
            let run = offer.run.as_ref().map(|run| run.number).unwrap_or(0);
            let status = text::offer_status(offer);
            t_string!(i18n, status.summary, run = run, status = status).to_string()
        })
    };
    // Before the first Publish there is no run: the steps show all the same, not started,
    // each with what it does, and the next action says how to start.
    let run_view = {
        let id = id.clone();
        move || {
            published.get().then(|| {
                let id = id.clone();
                view! {
                    <SignoffActions offer id=id.clone() />
                    <FailurePanel offer id />
                }
            })
        }
    };
    view! {
        <div class="status">
            <h2>{t!(i18n, status.heading, name = name)}</h2>
            <Announcer offer />
            <NextStep offer id=id.clone() />
            <Pipeline offer />
            <Show when=move || published.get()>
                <p class="run-summary">{summary}</p>
            </Show>
            <StepList offer />
            {run_view}
            <Tickets offer />
            <History offer />
            <Scenario offer id />
            <ShareScenario offer />
        </div>
    }
}
