//! The dialog a scenario link or file opens: what it holds and **Add as a new offer** /
//! **Don't add**, or, for a bad one, what is wrong with it. Nothing is stored unless the
//! visitor adds it.

use super::{
    clear_fragment,
    summary::ScenarioSummary,
    texts::{language_name, locale_of, problem_text, refusal_text, speed_name},
    ScenarioInbox, Source,
};
use crate::domain::Scenario;
use crate::i18n::*;
use crate::store::session::ScenarioAddError;
use crate::ui::{
    route::{Route, Tab},
    shell::keep_focus_inside,
    state::AppState,
};
use leptos::{html, prelude::*};

/// The modal dialog for the scenario waiting in the inbox (focus kept inside; Escape is
/// Don't add), and a live region saying what became of it.
#[component]
pub fn OpenScenario() -> impl IntoView {
    let inbox = expect_context::<ScenarioInbox>().0;
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let dialog = NodeRef::<html::Dialog>::new();
    let use_speed = RwSignal::new(true);
    let use_language = RwSignal::new(true);
    let said = RwSignal::new(String::new());
    Effect::new(move |_| {
        let waiting = inbox.with(Option::is_some);
        let Some(dialog) = dialog.get() else { return };
        if waiting && !dialog.open() {
            // Checked by default: the trainer chose them for the class.
            use_speed.set(true);
            use_language.set(true);
            let _ = dialog.show_modal();
        } else if !waiting && dialog.open() {
            dialog.close();
        }
    });
    let scenario = Signal::derive(move || {
        inbox.with(|incoming| incoming.as_ref().and_then(|i| i.read.clone().ok()))
    });
    let refused = move || {
        inbox.with(|incoming| {
            incoming
                .as_ref()
                .and_then(|i| i.read.as_ref().err().map(|r| refusal_text(i18n, r)))
        })
    };
    let from_link = move || {
        inbox.with(|incoming| {
            incoming.as_ref().is_some_and(|i| {
                i.source == Source::Link
                    && i.read
                        .as_ref()
                        .is_ok_and(|s| !crate::domain::images::images_of(&s.form).is_empty())
            })
        })
    };
    // Whatever the answer, the fragment goes, so that a reload does not ask again.
    let finish = move || {
        clear_fragment();
        inbox.set(None);
    };
    let add = move |_| {
        let Some(scenario) = scenario.get_untracked() else {
            return;
        };
        said.set(add_scenario(
            state,
            i18n,
            &scenario,
            use_speed.get_untracked(),
            use_language.get_untracked(),
        ));
        finish();
    };
    let dont_add = move || {
        if inbox.with_untracked(Option::is_some) {
            said.set(t_string!(i18n, scenario.not_added).to_string());
            finish();
        }
    };
    let speed_label = move || {
        scenario.with(|s| {
            s.as_ref().map(|s| {
                t_string!(i18n, scenario.use_speed, speed = speed_name(i18n, s.speed)).to_string()
            })
        })
    };
    let language_label = move || {
        scenario.with(|s| {
            s.as_ref().map(|s| {
                t_string!(
                    i18n,
                    scenario.use_language,
                    language = language_name(&s.language)
                )
                .to_string()
            })
        })
    };
    let body = move || {
        if let Some(why) = refused() {
            return view! {
                <h2 id="scenario-open-title">{t!(i18n, scenario.refused_title)}</h2>
                <div id="scenario-open-text" role="alert">
                    <p class="field-problem">{why}</p>
                    <p>{t!(i18n, scenario.refused_nothing)}</p>
                </div>
                <div class="dialog-buttons">
                    <button type="button" class="primary" autofocus on:click=move |_| dont_add()>
                        {t!(i18n, scenario.close)}
                    </button>
                </div>
            }
            .into_any();
        }
        view! {
            <h2 id="scenario-open-title">{t!(i18n, scenario.open_title)}</h2>
            <p id="scenario-open-text">{t!(i18n, scenario.open_intro)}</p>
            <ScenarioSummary scenario />
            <Show when=from_link>
                <p class="hint">{t!(i18n, scenario.open_no_images)}</p>
            </Show>
            <div class="scenario-choices">
                <label>
                    <input
                        type="checkbox"
                        prop:checked=move || use_speed.get()
                        on:change=move |ev| use_speed.set(event_target_checked(&ev))
                    />
                    " "
                    {speed_label}
                </label>
                <label>
                    <input
                        type="checkbox"
                        prop:checked=move || use_language.get()
                        on:change=move |ev| use_language.set(event_target_checked(&ev))
                    />
                    " "
                    {language_label}
                </label>
            </div>
            <div class="dialog-buttons">
                <button type="button" class="secondary" on:click=move |_| dont_add()>
                    {t!(i18n, scenario.dont_add)}
                </button>
                <button type="button" class="primary" autofocus on:click=add>
                    {t!(i18n, scenario.add)}
                </button>
            </div>
        }
        .into_any()
    };
    view! {
        <dialog
            node_ref=dialog
            class="scenario-dialog"
            role=move || refused().map(|_| "alertdialog")
            aria-labelledby="scenario-open-title"
            aria-describedby="scenario-open-text"
            on:keydown=move |ev| keep_focus_inside(&ev)
            // Escape closes the dialog: that is Don't add.
            on:close=move |_| dont_add()
        >
            {body}
        </dialog>
        <p class="visually-hidden" role="status" aria-live="polite">
            {move || said.get()}
        </p>
    }
}

/// Adds the scenario as a new offer through the session, applies its language when asked,
/// opens the new offer's Status tab; answers what to announce.
fn add_scenario(
    state: AppState,
    i18n: leptos_i18n::I18nContext<Locale>,
    scenario: &Scenario,
    use_speed: bool,
    use_language: bool,
) -> String {
    match state.add_scenario(scenario, use_speed) {
        Ok(id) => {
            if use_language {
                if let Some(locale) = locale_of(&scenario.language) {
                    expect_context::<crate::ui::languages::Languages>()
                        .choose_and_keep(i18n, state, locale);
                }
            }
            state.route.set(Route {
                tab: Tab::Status,
                offer: Some(id),
            });
            t_string!(
                i18n,
                scenario.added,
                name = scenario.form.settings.name.clone()
            )
            .to_string()
        }
        Err(ScenarioAddError::Invalid(problem)) => problem_text(i18n, &problem),
        Err(ScenarioAddError::Refused(refusal)) => crate::ui::text::refusal_text(&refusal),
        Err(ScenarioAddError::Exists(_)) => t_string!(i18n, scenario.not_added).to_string(),
    }
}
