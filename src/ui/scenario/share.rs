//! **Share as scenario**: the open offer's form, planned failure, the speed and the language
//! as a link to copy and as a file to download.

use super::{link_for, summary::ScenarioSummary};
use crate::domain::{Offer, Scenario};
use crate::i18n::*;
use crate::store::scenario::{
    encode_file, encode_link, file_name, ScenarioRefusal, MAX_LINK_CHARS,
};
use crate::ui::{download::download, format, shell::keep_focus_inside, state::AppState};
use leptos::{html, prelude::*};
use leptos_i18n::Locale as _;
use wasm_bindgen::JsCast;

/// How the last Copy link went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Copied {
    /// The link is on the clipboard.
    Done,
    /// The browser refused: the field is selected for copying by hand.
    Refused,
}

/// A button opening a modal dialog: what the scenario holds, the link in a read-only field
/// with Copy link and its length, Download scenario file, Close (Escape too).
#[component]
pub fn ShareScenario(offer: RwSignal<Offer>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let dialog = NodeRef::<html::Dialog>::new();
    let field = NodeRef::<html::Input>::new();
    let shared = RwSignal::new(None::<Scenario>);
    let copied = RwSignal::new(None::<Copied>);
    // The whole link, or why there is none (too long for a link).
    let link = Memo::new(move |_| {
        shared.with(|scenario| {
            scenario
                .as_ref()
                .map(|scenario| encode_link(scenario).map(|fragment| link_for(&fragment)))
        })
    });
    let open = move |_| {
        let speed = state.clock.with_untracked(|clock| clock.speed);
        let language = i18n.get_locale_untracked();
        shared.set(Some(offer.with_untracked(|offer| {
            Scenario::of(offer, speed, language.as_str())
        })));
        copied.set(None);
        if let Some(dialog) = dialog.get() {
            let _ = dialog.show_modal();
        }
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    let copy = move |_| {
        let Some(Ok(text)) = link.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            if write_clipboard(&text).await {
                let _ = copied.try_set(Some(Copied::Done));
            } else {
                if let Some(input) = field.get_untracked() {
                    let _ = input.focus();
                    input.select();
                }
                let _ = copied.try_set(Some(Copied::Refused));
            }
        });
    };
    let download_file = move |_| {
        shared.with_untracked(|scenario| {
            if let Some(scenario) = scenario {
                let name = file_name(&scenario.form.settings.name);
                let _ = download(&name, "application/json", &encode_file(scenario));
            }
        });
    };
    let has_copies = move || shared.with(|s| s.as_ref().is_some_and(Scenario::has_image_copies));
    let number = move |n: usize| format::number_in(i18n.get_locale(), n);
    let link_view = move || match link.get() {
        Some(Ok(text)) => {
            let length = text.chars().count();
            view! {
                <label for="scenario-link">{t!(i18n, scenario.link_label)}</label>
                <div class="scenario-link-row">
                    <input
                        id="scenario-link"
                        node_ref=field
                        type="text"
                        readonly
                        prop:value=text
                        aria-describedby="scenario-link-length"
                        on:focus=move |ev| {
                            if let Some(input) = ev
                                .target()
                                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                            {
                                input.select();
                            }
                        }
                    />
                    <button type="button" class="primary" on:click=copy>
                        {t!(i18n, scenario.copy_link)}
                    </button>
                </div>
                <p class="hint" id="scenario-link-length">
                    {move || {
                        t_string!(
                            i18n,
                            scenario.link_length,
                            length = number(length),
                            max = number(MAX_LINK_CHARS)
                        )
                        .to_string()
                    }}
                </p>
            }
            .into_any()
        }
        Some(Err(ScenarioRefusal::TooLong { length })) => view! {
            <p class="field-problem">
                {move || {
                    t_string!(
                        i18n,
                        scenario.link_too_long,
                        length = number(length),
                        max = number(MAX_LINK_CHARS)
                    )
                    .to_string()
                }}
            </p>
        }
        .into_any(),
        _ => ().into_any(),
    };
    view! {
        <button type="button" class="secondary share-scenario" on:click=open>
            {t!(i18n, scenario.share_button)}
        </button>
        <dialog
            node_ref=dialog
            class="scenario-dialog"
            aria-labelledby="scenario-share-title"
            aria-describedby="scenario-share-intro"
            on:keydown=move |ev| keep_focus_inside(&ev)
        >
            <h2 id="scenario-share-title">{t!(i18n, scenario.share_title)}</h2>
            <p id="scenario-share-intro">{t!(i18n, scenario.share_intro)}</p>
            <h3>{t!(i18n, scenario.holds)}</h3>
            <ScenarioSummary scenario=Signal::derive(move || shared.get()) />
            <Show when=has_copies>
                <p class="hint">{t!(i18n, scenario.images_left_out)}</p>
            </Show>
            {link_view}
            <p class="scenario-copied" role="status">
                {move || match copied.get() {
                    Some(Copied::Done) => t_string!(i18n, scenario.copied).to_string(),
                    Some(Copied::Refused) => t_string!(i18n, scenario.copy_refused).to_string(),
                    None => String::new(),
                }}
            </p>
            <div class="dialog-buttons">
                <button type="button" class="secondary" on:click=download_file>
                    {t!(i18n, scenario.download_file)}
                </button>
                <button type="button" class="secondary" on:click=close>
                    {t!(i18n, scenario.close)}
                </button>
            </div>
        </dialog>
    }
}

/// Puts `text` on the clipboard; false when the browser has no clipboard or refuses (no
/// permission, an insecure page).
async fn write_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else {
        return false;
    };
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|write| write.dyn_into::<js_sys::Function>().ok());
    let Some(write) = write else {
        return false;
    };
    let promise = write
        .call1(&clipboard, &text.into())
        .ok()
        .and_then(|promise| promise.dyn_into::<js_sys::Promise>().ok());
    match promise {
        Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}
