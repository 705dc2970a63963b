//! The root component: state, translations, the URL and the shell.

use super::{
    guide::Teach,
    languages::{is_loaded, Languages},
    lessons::{any_lesson, Lessons},
    offers::OffersPanel,
    parts::{
        LazyDemo, LazyEditor, LazyGuide, LazyLessonTracker, LazyLessons, LazyOpenScenario,
        LazyStatus,
    },
    route::{DemoMode, Route, Tab},
    scenario::ScenarioInbox,
    shell::{initial_locale, Header, LanguageNotice, Notices, TabList, TabPanel, UpdateNotice},
    state::{AppState, Backing},
    sync::follow_other_tabs,
    ticker::start_ticker,
};
use crate::i18n::*;
use leptos::prelude::*;

/// The whole app: header, tabs and the panel of the current tab.
#[component]
pub fn App() -> impl IntoView {
    super::plurals::install();
    let query = current_query();
    let demo = DemoMode::parse(&query);
    let backing = if demo.is_some() {
        Backing::Demo
    } else {
        Backing::Browser
    };
    let state = AppState::open(Route::parse(&query), backing);
    provide_context(state);
    Teach::provide();
    // Before the route is written into the URL: a scenario link's fragment is read first.
    super::scenario::provide();
    keep_route_in_url(state, demo);
    start_ticker(state);
    // The demo is a world of its own: another tab's writes are the visitor's, not its.
    if backing == Backing::Browser {
        follow_other_tabs(state);
    }

    view! {
        <I18nContextProvider>
            <Shell demo=demo />
        </I18nContextProvider>
    }
}

/// The page layout, inside the translations context; with `demo`, the demo plays in it. The
/// demo, the scenario dialog and what follows a lesson are parts, mounted only when needed.
#[component]
fn Shell(demo: Option<DemoMode>) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    // The saved choice, or the best of the browser's languages (zh-TW reads Traditional
    // Chinese, pt-PT Brazilian Portuguese). Set in the next frame: the provider's own
    // start-up effect sets its guess first and would otherwise override this one. A
    // language that must download first keeps the page behind index.html's loading
    // message until it is in (or has failed, and the page says so in English).
    let initial = initial_locale(state.saved_language().as_deref(), &browser_languages());
    let languages = Languages::provide(is_loaded(initial));
    request_animation_frame(move || languages.choose(i18n, initial, || {}));
    Effect::new(move |_| {
        if languages.ready.get() {
            remove_loading_message();
        }
    });
    keep_title(state);
    Lessons::provide(state);
    if let Some(mode) = demo {
        provide_context(mode);
    }
    let inbox = expect_context::<ScenarioInbox>().0;
    // Kept once a scenario arrived: its live region says what became of it after the dialog
    // closes, and the next file opens at once.
    let scenario_arrived = Memo::new(move |before: Option<&bool>| {
        before == Some(&true) || inbox.with(Option::is_some)
    });
    let ready = move || languages.ready.get();
    view! {
        <Show when=ready>
        <a class="skip-link" href="#main">{t!(i18n, common.skip_to_content)}</a>
        <Header />
        <LanguageNotice />
        <UpdateNotice />
        <Notices />
        <main id="main" tabindex="-1">
            <TabList />
            <Show when=move || any_lesson(state)>
                <LazyLessonTracker />
            </Show>
            <TabPanel tab=Tab::Editor><LazyEditor /></TabPanel>
            <TabPanel tab=Tab::Status><LazyStatus /></TabPanel>
            <TabPanel tab=Tab::Offers><OffersPanel /></TabPanel>
            <Show when=move || state.route.with(|route| route.tab == Tab::Guide)>
                <LazyGuide />
            </Show>
            <Show when=move || state.route.with(|route| route.tab == Tab::Lessons)>
                <LazyLessons />
            </Show>
        </main>
        <Show when=move || scenario_arrived.get()>
            <LazyOpenScenario />
        </Show>
        // Its loading line or failure shows where its bar will be (style/demo.css), in sight.
        {demo.map(|_| view! { <div class="demo-part"><LazyDemo /></div> })}
        </Show>
    }
}

/// Removes index.html's loading message: the app is on the page in its language.
fn remove_loading_message() {
    if let Some(loading) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("loading"))
    {
        loading.remove();
    }
}

/// Keeps the page title in the interface language, naming the view shown
/// ("Status · golive: …"), so that a tab strip, a bookmark and a screen reader say it.
fn keep_title(state: AppState) {
    let i18n = use_i18n();
    Effect::new(move |_| {
        let view = match state.route.with(|route| route.tab) {
            Tab::Editor => t_string!(i18n, common.tab_editor).to_string(),
            Tab::Status => t_string!(i18n, common.tab_status).to_string(),
            Tab::Offers => t_string!(i18n, common.tab_offers).to_string(),
            Tab::Guide => t_string!(i18n, guide.guide_button).to_string(),
            Tab::Lessons => t_string!(i18n, lessons.heading).to_string(),
        };
        let title = t_string!(i18n, guide.page_title, view = view).to_string();
        if let Some(document) = web_sys::window().and_then(|window| window.document()) {
            document.set_title(&title);
        }
    });
}

/// The browser's preferred languages, most preferred first.
fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|window| window.navigator().languages())
        .map(|list| list.iter().filter_map(|tag| tag.as_string()).collect())
        .unwrap_or_default()
}

/// The query string of the page as loaded.
fn current_query() -> String {
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default()
}

/// Writes the route into the URL as it changes (a new history entry, so Back works), and
/// follows Back and Forward. Demo mode stays in the URL, so that a reload plays it again.
fn keep_route_in_url(state: AppState, demo: Option<DemoMode>) {
    Effect::new(move |_| {
        let route = state.route.get();
        let current = current_query();
        let query = format!("{}{}", route.to_query(), DemoMode::query_suffix(demo));
        if query == current {
            return;
        }
        let Some(history) = web_sys::window().and_then(|window| window.history().ok()) else {
            return;
        };
        let null = wasm_bindgen::JsValue::NULL;
        // A new view gets a history entry; the same view written differently (e.g. the
        // bare URL of a first visit) is only rewritten, so Back does not stop on it. A
        // refused call (too many in a short time) loses only the URL, not the view.
        let _ = if Route::parse(&current) == route {
            history.replace_state_with_url(&null, "", Some(&query))
        } else {
            history.push_state_with_url(&null, "", Some(&query))
        };
    });
    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        state.route.set(Route::parse(&current_query()));
    });
    on_cleanup(move || handle.remove());
}
