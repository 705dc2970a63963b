//! The one polite live region of the Status tab, which announces step changes.

use crate::domain::{Offer, PublishState, Step};
use crate::i18n::*;
use crate::ui::text::step_name;
use leptos::prelude::*;

/// Where a run stands, as far as an announcement cares: its number, step and state.
type Position = Option<(u32, Step, PublishState)>;

fn position(offer: &Offer) -> Position {
    offer
        .run
        .as_ref()
        .map(|run| (run.number, run.current_step(), run.state))
}

/// Says what changed between two positions, or nothing when nothing worth saying did.
fn announcement(before: Position, after: Position) -> Option<String> {
    let i18n = use_i18n();
    let (number, step, state) = after?;
    let name = step_name(step);
    let text = match state {
        _ if before.is_none_or(|(old, ..)| old != number) => {
            t_string!(i18n, status.announce_published, step = name).to_string()
        }
        PublishState::Failed => t_string!(i18n, status.announce_failed, step = name).to_string(),
        PublishState::Canceled => t_string!(i18n, status.announce_canceled).to_string(),
        PublishState::Succeeded => t_string!(i18n, status.announce_live).to_string(),
        _ => match before {
            Some((_, old, _)) if old != step => t_string!(
                i18n,
                status.announce_step_complete,
                done = step_name(old),
                step = name
            )
            .to_string(),
            Some((_, _, old)) if old != state => {
                t_string!(i18n, status.announce_step_running, step = name).to_string()
            }
            _ => return None,
        },
    };
    Some(text)
}

/// Reads out "Certification complete. Now at: Provisioning." and the like when the open
/// offer's step changes; derived from the offer, so the ticks in between say nothing.
#[component]
pub fn Announcer(offer: RwSignal<Offer>) -> impl IntoView {
    let current = Memo::new(move |_| offer.with(position));
    let message = RwSignal::new(String::new());
    // The first run only records where the offer stands: opening the tab is not news.
    Effect::new(move |before: Option<Position>| {
        let after = current.get();
        if let Some(before) = before {
            if let Some(text) = announcement(before, after) {
                message.set(text);
            }
        }
        after
    });
    view! { <p class="sr-text" aria-live="polite">{move || message.get()}</p> }
}
