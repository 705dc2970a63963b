//! The progress bar of a running timed step.

use crate::domain::{Offer, SimTime, Step, StepState};
use crate::i18n::*;
use crate::ui::{state::AppState, text::step_name};
use leptos::prelude::*;

/// The share (0 to 100 %) of the span from `begin` to `due` that has passed at `now`.
pub fn percent(begin: SimTime, due: SimTime, now: SimTime) -> u8 {
    let span = due.since(begin);
    if span <= 0 {
        return 100;
    }
    let elapsed = now.since(begin).clamp(0, span);
    (i128::from(elapsed) * 100 / i128::from(span)) as u8
}

/// The timed span of a running step: from when its timer started to its deadline.
///
/// Step 1 starts at Publish but its timer only at the notification email, so the span is the
/// step's drawn duration back from the deadline, never earlier than the step's start.
fn span(offer: &Offer, step: Step) -> Option<(SimTime, SimTime)> {
    let run = offer.run.as_ref()?;
    let record = run.step(step);
    if record.state != StepState::InProgress {
        return None;
    }
    let due = record.due?;
    let begin = due.plus_ms(-run.duration_ms(step)).max(record.started?);
    Some((begin, due))
}

/// A progress bar for `step` while it runs, derived from its start, its deadline and the
/// simulated time now (never from a count of ticks).
#[component]
pub fn StepProgress(offer: RwSignal<Offer>, step: Step) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let span = Memo::new(move |_| offer.with(|offer| span(offer, step)));
    move || {
        span.get().map(|(begin, due)| {
            let value = Memo::new(move |_| percent(begin, due, state.now()));
            let label = t_string!(i18n, status.progress_label, step = step_name(step)).to_string();
            view! {
                <div class="progress">
                    <div
                        class="progress-track"
                        role="progressbar"
                        aria-label=label
                        aria-valuemin="0"
                        aria-valuemax="100"
                        aria-valuenow=move || value.get().to_string()
                    >
                        <div class="progress-fill" style:width=move || format!("{}%", value.get())></div>
                    </div>
                    <span class="progress-text" aria-hidden="true">{move || t_string!(i18n, status.percent, value = value.get()).to_string()}</span>
                </div>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::percent;
    use crate::domain::SimTime;

    #[test]
    fn progress_is_the_share_of_the_span_passed() {
        assert_eq!(percent(SimTime(1_000), SimTime(2_000), SimTime(1_250)), 25);
        assert_eq!(percent(SimTime(1_000), SimTime(2_000), SimTime(1_999)), 99);
    }

    #[test]
    fn progress_stays_between_0_and_100() {
        assert_eq!(percent(SimTime(1_000), SimTime(2_000), SimTime(0)), 0);
        assert_eq!(percent(SimTime(1_000), SimTime(2_000), SimTime(9_000)), 100);
        assert_eq!(percent(SimTime(2_000), SimTime(2_000), SimTime(0)), 100);
    }
}
