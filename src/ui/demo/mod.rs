//! Demo mode (`?demo`): plays the script of [`crate::domain::demo`] on the in-memory session,
//! one beat at a time at the beat's pace, through the app's own commands (Publish, Skip to end
//! of step, Go Live), showing the tab a presenter would show. Any key,
//! click or touch pauses it; the caption bar ([`bar::DemoBar`]) offers Resume and Exit demo.
//! Every decision of the journey is the script's; this file only keeps time. The whole of it
//! is a part loaded for `?demo` only ([`DemoPlayer`]).

mod bar;
mod captions;
mod player;

use crate::domain::demo::{fix, next, Act, Beat, Scene};
use crate::domain::sample::localized_form;
use crate::domain::OfferId;
use crate::ui::guide::{sample_texts, Teach};
use crate::ui::route::{DemoMode, Route, Tab};
use crate::ui::state::AppState;
use bar::DemoBar;
use leptos::prelude::*;
pub use player::DemoPlayer;
use std::time::Duration;

/// The id of the Resume button, which takes the focus when the demo pauses.
const RESUME: &str = "demo-resume";

/// Where the demo stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Playing {
    /// Beats follow each other.
    Running,
    /// Stopped by a key, a click or a touch, until Resume.
    Paused,
    /// The journey is over (without `loop`): Play again or Exit demo.
    Ended,
}

/// The demo's driver, passed by context to its caption bar.
#[derive(Clone, Copy)]
pub struct Demo {
    /// The beat shown.
    pub beat: RwSignal<Beat>,
    /// Running, paused or ended.
    pub playing: RwSignal<Playing>,
    /// `?demo&loop`.
    pub mode: DemoMode,
    /// The demo's one offer, once made.
    offer: StoredValue<Option<OfferId>, LocalStorage>,
    /// The next beat's timer, cancelled by a pause.
    timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    /// The pause came from a key or a pointer still down: Resume takes the focus when it is
    /// released, so that the same Space or Enter cannot press Resume at once.
    focus_on_release: StoredValue<bool, LocalStorage>,
    /// The app's reactive owner: a timer's beat runs in it, so it reads the language and
    /// the contexts as the components do.
    owner: StoredValue<Owner, LocalStorage>,
    state: AppState,
    teach: Teach,
}

impl Demo {
    /// Starts the demo on the app's (in-memory) state and pauses it on any input.
    pub fn start(state: AppState, mode: DemoMode) -> Demo {
        let demo = Demo {
            beat: RwSignal::new(Beat::Start),
            playing: RwSignal::new(Playing::Running),
            mode,
            offer: StoredValue::new_local(None),
            timer: StoredValue::new_local(None),
            focus_on_release: StoredValue::new_local(false),
            owner: StoredValue::new_local(Owner::current().unwrap_or_default()),
            state,
            teach: expect_context::<Teach>(),
        };
        provide_context(demo);
        demo.listen();
        // The first beat once the page has settled into its language.
        demo.schedule(Duration::from_millis(600));
        demo
    }

    /// Runs the next beat after `delay`.
    fn schedule(&self, delay: Duration) {
        let demo = *self;
        self.cancel();
        let Some(owner) = self.owner.try_get_value() else {
            return;
        };
        let beat = move || owner.with(|| demo.play_beat());
        if let Ok(handle) = set_timeout_with_handle(beat, delay) {
            let _ = self.timer.try_set_value(Some(handle));
        }
    }

    fn cancel(&self) {
        if let Some(Some(handle)) = self.timer.try_update_value(|timer| timer.take()) {
            handle.clear();
        }
    }

    /// One move of the script: ask it what comes next for the beat shown and the offer as
    /// it is, do it, show the new beat, and wait its pace.
    fn play_beat(&self) {
        if self.playing.try_get_untracked() != Some(Playing::Running) {
            return;
        }
        let Some(beat) = self.beat.try_get_untracked() else {
            return;
        };
        let id = self.offer.try_get_value().flatten();
        let offer = id
            .as_ref()
            .and_then(|id| self.state.entry(id))
            .map(|entry| entry.offer.get_untracked());
        let cue = next(beat, offer.as_ref(), self.mode.looping);
        let restarted = cue.act == Act::Restart;
        match cue.act {
            Act::Nothing => {}
            Act::CreateSample => {
                let id = self
                    .state
                    .create_sample_offer(localized_form(&sample_texts()));
                self.offer.set_value(Some(id));
            }
            Act::Command(command) => {
                if let Some(id) = &id {
                    // The script only sends what the engine accepts; were it refused, the
                    // next beat reads the offer afresh.
                    let _ = self.state.command(id, command);
                }
            }
            Act::Fix(field) => {
                if let Some(id) = &id {
                    self.state.edit_draft(id, |form| {
                        fix(form, &field);
                    });
                    self.state.save_now();
                    self.teach.show_field.set(Some(field));
                }
            }
            Act::Restart => self.forget_offer(),
            Act::Stop => {
                self.beat.set(cue.beat);
                self.playing.set(Playing::Ended);
                return;
            }
        }
        self.beat.set(cue.beat);
        self.show(cue.beat.scene());
        // A short pause on the finished journey before the kiosk starts over.
        let pace = if restarted {
            2_000
        } else {
            cue.beat.pace().ms()
        };
        self.schedule(Duration::from_millis(u64::from(pace)));
    }

    /// Deletes the demo's offer from the in-memory session, so the next journey starts on
    /// an empty one (nothing of it was ever written anywhere else).
    fn forget_offer(&self) {
        if let Some(Some(id)) = self.offer.try_update_value(|offer| offer.take()) {
            let _ = self.state.delete_offer(&id);
        }
    }

    /// Shows the view of a scene on the demo's offer, as a presenter would.
    fn show(&self, scene: Scene) {
        let Some(offer) = self.offer.try_get_value().flatten() else {
            return;
        };
        let tab = match scene {
            Scene::Editor => Tab::Editor,
            Scene::Status => Tab::Status,
        };
        let route = Route {
            tab,
            offer: Some(offer),
        };
        if self.state.route.with_untracked(|shown| shown != &route) {
            self.state.route.set(route);
            // The view itself, not the header, as a presenter would scroll to it (at
            // once: no smooth scrolling, whatever prefers-reduced-motion says).
            if let Some(main) = web_sys::window()
                .and_then(|window| window.document())
                .and_then(|document| document.get_element_by_id("main"))
            {
                main.scroll_into_view();
            }
        }
    }

    /// Pauses: the beat's timer stops, Resume and Exit demo show. The simulated clock is
    /// left running (pausing it would put a second Resume in the header); a step it ends
    /// meanwhile is read afresh by the script on Resume.
    pub fn pause(&self) {
        if self.playing.get_untracked() != Playing::Running {
            return;
        }
        self.cancel();
        self.playing.set(Playing::Paused);
    }

    /// Goes on from the beat shown (it gets its whole pace again, to be read).
    pub fn resume(&self) {
        if self.playing.get_untracked() != Playing::Paused {
            return;
        }
        self.playing.set(Playing::Running);
        let pace = self.beat.get_untracked().pace().ms();
        self.schedule(Duration::from_millis(u64::from(pace)));
    }

    /// Plays the journey again from the start, on an empty in-memory session.
    pub fn play_again(&self) {
        self.forget_offer();
        self.beat.set(Beat::Start);
        self.playing.set(Playing::Running);
        self.schedule(Duration::from_millis(600));
    }

    /// Any key, click or touch pauses a running demo; a key's own default (a Space that
    /// would scroll or press a button, a letter typed into the field shown) is prevented.
    fn listen(&self) {
        let demo = *self;
        let capture = |event: &web_sys::Event| {
            event.prevent_default();
            event.stop_propagation();
        };
        let keydown = window_event_listener_capture("keydown", move |event| {
            if demo.playing.get_untracked() == Playing::Running {
                capture(&event);
                demo.focus_on_release.set_value(true);
                demo.pause();
            }
        });
        let pointerdown = window_event_listener_capture("pointerdown", move |event| {
            if demo.playing.get_untracked() == Playing::Running {
                capture(&event);
                demo.focus_on_release.set_value(true);
                demo.pause();
            }
        });
        // The click that paused is not also a click on what lay under the pointer.
        let click = window_event_listener_capture("click", move |event| {
            if demo.focus_on_release.get_value() {
                capture(&event);
            }
        });
        let release = move |_: web_sys::Event| {
            if demo.focus_on_release.get_value() {
                demo.focus_on_release.set_value(false);
                if demo.playing.get_untracked() == Playing::Paused {
                    crate::ui::shell::focus_element(RESUME);
                }
            }
        };
        let keyup = window_event_listener_capture("keyup", release);
        // After the click that follows the release, so that it is still swallowed.
        let pointerup = window_event_listener_capture("pointerup", move |event| {
            set_timeout(move || release(event), Duration::ZERO);
        });
        let handles = StoredValue::new_local(vec![keydown, pointerdown, click, keyup, pointerup]);
        on_cleanup(move || {
            if let Some(handles) = handles.try_update_value(std::mem::take) {
                for handle in handles {
                    handle.remove();
                }
            }
        });
    }
}

/// Exits the demo: a full navigation to the app's URL without `demo`, so the app opens anew
/// on the visitor's own storage.
pub fn exit_demo() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_else(|_| "/".into());
    let _ = location.assign(&path);
}

/// A listener in the capture phase on the window, removed with its handle.
fn window_event_listener_capture(
    name: &'static str,
    handler: impl Fn(web_sys::Event) + 'static,
) -> WindowListenerHandle {
    use wasm_bindgen::{closure::Closure, JsCast};
    let closure = Closure::<dyn Fn(web_sys::Event)>::new(handler);
    let function = closure.as_ref().unchecked_ref::<js_sys::Function>().clone();
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback_and_bool(name, &function, true);
    }
    WindowListenerHandle {
        name,
        function,
        _closure: closure,
    }
}

/// A capture listener on the window.
struct WindowListenerHandle {
    name: &'static str,
    function: js_sys::Function,
    _closure: wasm_bindgen::closure::Closure<dyn Fn(web_sys::Event)>,
}

impl WindowListenerHandle {
    fn remove(self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback_and_bool(
                self.name,
                &self.function,
                true,
            );
        }
    }
}
