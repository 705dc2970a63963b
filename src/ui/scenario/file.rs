//! **Open a scenario file** on All offers: the file is read and checked whole, then the
//! open dialog asks before anything is added.

use super::{Incoming, ScenarioInbox, Source};
use crate::i18n::*;
use crate::store::scenario::{decode_file, ScenarioRefusal, MAX_SCENARIO_FILE_BYTES};
use crate::ui::picked_file::picked_file;
use leptos::prelude::*;

/// The id of the file input.
pub const OPEN_SCENARIO_INPUT_ID: &str = "scenario-file";

/// A labelled file input for a `.golive-scenario.json` file.
#[component]
pub fn OpenScenarioFile() -> impl IntoView {
    let inbox = expect_context::<ScenarioInbox>();
    let i18n = use_i18n();
    // The browser could not read the file at all (rare: it was removed meanwhile).
    let unreadable = RwSignal::new(None::<String>);
    let on_change = move |ev: leptos::ev::Event| {
        let Some(file) = picked_file(&ev) else {
            return;
        };
        unreadable.set(None);
        let size = file.size().max(0.0) as usize;
        if size > MAX_SCENARIO_FILE_BYTES {
            inbox.0.set(Some(Incoming {
                source: Source::File,
                read: Err(ScenarioRefusal::FileTooLarge { bytes: size }),
            }));
            return;
        }
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(text) => {
                    let text = text.as_string().unwrap_or_default();
                    let _ = inbox.0.try_set(Some(Incoming {
                        source: Source::File,
                        read: decode_file(&text),
                    }));
                }
                Err(error) => {
                    let detail = error.as_string().unwrap_or_else(|| format!("{error:?}"));
                    let _ = unreadable.try_set(Some(detail));
                }
            }
        });
    };
    view! {
        <div class="import scenario-file">
            <label for=OPEN_SCENARIO_INPUT_ID>{t!(i18n, scenario.open_file_label)}</label>
            <input
                id=OPEN_SCENARIO_INPUT_ID
                type="file"
                accept=".json,application/json"
                on:change=on_change
            />
            <Show when=move || unreadable.with(Option::is_some)>
                <p class="field-problem" role="alert">
                    {move || {
                        t_string!(
                            i18n,
                            scenario.refusal_unreadable_file,
                            detail = unreadable.get().unwrap_or_default()
                        )
                        .to_string()
                    }}
                </p>
            </Show>
        </div>
    }
}
