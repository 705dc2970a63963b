//! The header's time controls: the simulated date and time, the speed, pause and resume,
//! and skipping to the end of the open offer's current step.

use crate::domain::{ClockCommand, Command, Speed};
use crate::i18n::*;
use crate::ui::{format, state::AppState, text::refusal_text};
use leptos::prelude::*;

fn speed_slug(speed: Speed) -> &'static str {
    match speed {
        Speed::RealTime => "real-time",
        Speed::HourPerMinute => "hour-per-minute",
        Speed::DayPerMinute => "day-per-minute",
        Speed::DayPer10Seconds => "day-per-10-seconds",
    }
}

/// The simulated clock and its controls.
#[component]
pub fn TimeControls() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let paused = move || state.clock.with(|clock| clock.paused);
    let speed = move || state.clock.with(|clock| clock.speed);
    // The chosen speed compresses only the days steps take: with none running, time is real.
    let idle = move || {
        state
            .clock
            .with(|clock| clock.idle && clock.speed != Speed::RealTime)
    };
    let skip_error = RwSignal::new(None::<String>);
    let open_offer = move || state.route.with(|route| route.offer.clone());
    let can_skip = move || {
        let now = state.now();
        open_offer()
            .and_then(|id| state.entry(&id))
            .is_some_and(|entry| {
                entry
                    .offer
                    .with(|offer| offer.next_deadline().is_some_and(|due| due > now))
            })
    };
    let skip = move |_| {
        let Some(id) = open_offer() else { return };
        let result = state.command(&id, Command::SkipStep);
        skip_error.set(result.err().map(|refusal| refusal_text(&refusal)));
    };
    view! {
        <div class="time-controls" role="group" aria-label=move || t_string!(i18n, common.time_label).to_string()>
            <p class="sim-time">
                {move || {
                    let time = format::date_time(state.now());
                    t_string!(i18n, common.time_now, time = time).to_string()
                }}
                {move || paused().then(|| view! { " (" {t!(i18n, common.time_paused)} ")" })}
                {move || {
                    (idle() && !paused())
                        .then(|| view! { <span class="time-idle">" (" {t!(i18n, common.time_idle)} ")"</span> })
                }}
            </p>
            <label class="speed">
                {t!(i18n, common.time_speed)}
                <select on:change=move |ev| {
                    let value = event_target_value(&ev);
                    if let Some(speed) = Speed::ALL.into_iter().find(|s| speed_slug(*s) == value) {
                        state.clock_command(ClockCommand::SetSpeed(speed));
                    }
                }>
                    {Speed::ALL
                        .into_iter()
                        .map(|option| {
                            let label = move || match option {
                                Speed::RealTime => t_string!(i18n, common.speed_real_time).to_string(),
                                Speed::HourPerMinute => t_string!(i18n, common.speed_hour_per_minute).to_string(),
                                Speed::DayPerMinute => t_string!(i18n, common.speed_day_per_minute).to_string(),
                                Speed::DayPer10Seconds => t_string!(i18n, common.speed_day_per_10_seconds).to_string(),
                            };
                            view! {
                                <option value=speed_slug(option) selected=move || speed() == option>{label}</option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <button
                type="button"
                on:click=move |_| {
                    state.clock_command(if paused() { ClockCommand::Resume } else { ClockCommand::Pause })
                }
            >
                {move || if paused() { t_string!(i18n, common.time_resume).to_string() } else { t_string!(i18n, common.time_pause).to_string() }}
            </button>
            <button
                type="button"
                aria-disabled=move || (!can_skip()).to_string()
                aria-describedby="skip-help"
                on:click=move |ev| {
                    if can_skip() { skip(ev) } else { skip_error.set(Some(t_string!(i18n, common.time_skip_none).to_string())) }
                }
            >
                {t!(i18n, common.time_skip)}
            </button>
            <p id="skip-help" class="hint" role="status">{move || skip_error.get()}</p>
        </div>
    }
}
