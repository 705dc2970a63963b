//! The other languages on demand (issue 16). The release build carries English only; each
//! other language's strings are a file of the build (`lang-<tag>-<hash>.json`, written by
//! `build/languages.rs`) fetched the first time that language is chosen, and read from here
//! by the generated `i18n` module. The app switches to a language only once its strings are
//! in ([`Languages::choose`]), so a string is never looked up before it is loaded. Without
//! the `split` feature (tests, `cargo run`) every language is compiled in and always ready.

use crate::i18n::*;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_i18n::Locale as _;
use std::{cell::RefCell, collections::BTreeMap};

/// Why a language's strings did not load.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotLoaded {
    /// The file did not arrive (offline before a first visit cached it, a server error).
    Network,
    /// It arrived but is not this build's strings (a deployment replaced it, or the host
    /// answered something else).
    Unreadable,
}

/// Where a language change stands, for the header's language notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// The language's strings are downloading.
    Loading(Locale),
    /// They did not load; the page stays in its language until Try again.
    Failed(Locale, NotLoaded),
}

/// The app's language changes, passed by context.
#[derive(Clone, Copy)]
pub struct Languages {
    /// The change in progress or failed, if any.
    pub change: RwSignal<Option<Change>>,
    /// False until the first language is set (only a language that must download first
    /// keeps it false for a moment): the page waits rather than show blank text.
    pub ready: RwSignal<bool>,
}

impl Languages {
    /// Provides the context; `ready` says whether the first language needs no download.
    pub fn provide(ready: bool) -> Languages {
        let languages = Languages {
            change: RwSignal::new(None),
            ready: RwSignal::new(ready),
        };
        provide_context(languages);
        languages
    }

    /// Switches to `locale` once its strings are in, then runs `done` (which saves the
    /// choice, for instance). A failure leaves the language as it is and says so.
    pub fn choose(
        self,
        i18n: leptos_i18n::I18nContext<Locale>,
        locale: Locale,
        done: impl FnOnce() + 'static,
    ) {
        if is_loaded(locale) {
            self.change.set(None);
            i18n.set_locale(locale);
            self.ready.set(true);
            done();
            return;
        }
        self.change.set(Some(Change::Loading(locale)));
        spawn_local(async move {
            match load(locale).await {
                Ok(()) => {
                    let _ = self.change.try_set(None);
                    i18n.set_locale(locale);
                    done();
                }
                Err(why) => {
                    let _ = self.change.try_set(Some(Change::Failed(locale, why)));
                    // The provider may have guessed this language from the browser's
                    // before any string of it was in.
                    if i18n.get_locale_untracked() == locale {
                        i18n.set_locale(Locale::en);
                    }
                }
            }
            let _ = self.ready.try_set(true);
        });
    }
    /// Switches to `locale` as the visitor's choice: kept in this browser once it is in.
    pub fn choose_and_keep(
        self,
        i18n: leptos_i18n::I18nContext<Locale>,
        state: AppState,
        locale: Locale,
    ) {
        self.choose(i18n, locale, move || state.save_language(locale.as_str()));
    }
}

thread_local! {
    /// The strings loaded so far: locale tag, then translation unit.
    static LOADED: RefCell<BTreeMap<&'static str, BTreeMap<String, &'static [&'static str]>>> =
        const { RefCell::new(BTreeMap::new()) };
}

/// Whether `locale`'s strings are in.
pub fn is_loaded(locale: Locale) -> bool {
    !cfg!(feature = "split")
        || locale == Locale::en
        || LOADED.with(|loaded| loaded.borrow().contains_key(locale.as_str()))
}

/// A loaded translation unit's strings, as the generated module reads them. Empty strings
/// if the unit is not in (never the case once [`Languages::choose`] has switched).
pub fn translations<const N: usize>(
    tag: &'static str,
    unit: &'static str,
) -> &'static [&'static str; N] {
    LOADED
        .with(|loaded| {
            let loaded = loaded.borrow();
            let strings = *loaded.get(tag)?.get(unit)?;
            <&[&'static str; N]>::try_from(strings).ok()
        })
        .unwrap_or(const { &[""; N] })
}

/// Fetches and keeps `locale`'s strings.
pub async fn load(locale: Locale) -> Result<(), NotLoaded> {
    if is_loaded(locale) {
        return Ok(());
    }
    let build = env!("GOLIVE_LANGUAGES");
    let file = fetch_json(&format!("lang-{}-{build}.json", locale.as_str())).await?;
    let units = read_units(&file, build).ok_or(NotLoaded::Unreadable)?;
    LOADED.with(|loaded| {
        loaded.borrow_mut().entry(locale.as_str()).or_insert(units);
    });
    Ok(())
}

/// The units of a language file as `build/languages.rs` writes it (`{"build": hash,
/// "units": {unit: [string, ...]}}`), if it is one and of this build. Read with the
/// browser's JSON parser, which the page has anyway, rather than serde's code for it.
fn read_units(
    file: &wasm_bindgen::JsValue,
    build: &str,
) -> Option<BTreeMap<String, &'static [&'static str]>> {
    use js_sys::{Array, Object, Reflect};
    use wasm_bindgen::JsCast;
    if Reflect::get(file, &"build".into()).ok()?.as_string()? != build {
        return None;
    }
    let units = Reflect::get(file, &"units".into())
        .ok()?
        .dyn_into::<Object>()
        .ok()?;
    Object::entries(&units)
        .iter()
        .map(|entry| {
            let entry = entry.dyn_into::<Array>().ok()?;
            let unit = entry.get(0).as_string()?;
            let strings = entry.get(1).dyn_into::<Array>().ok()?;
            // Kept for the page's life: a language is loaded once, and the module reads
            // its strings as `&'static str`.
            let strings = strings
                .iter()
                .map(|s| Some(&*Box::leak(s.as_string()?.into_boxed_str())))
                .collect::<Option<Vec<&'static str>>>()?;
            Some((unit, &*Box::leak(strings.into_boxed_slice())))
        })
        .collect()
}

/// A JSON file of the build, by its path relative to the page.
async fn fetch_json(path: &str) -> Result<wasm_bindgen::JsValue, NotLoaded> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or(NotLoaded::Network)?;
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|_| NotLoaded::Network)?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| NotLoaded::Network)?;
    if !response.ok() {
        return Err(NotLoaded::Network);
    }
    // A body that is not JSON (a host's error page served with 200) is not this build's.
    let json = response.json().map_err(|_| NotLoaded::Unreadable)?;
    JsFuture::from(json)
        .await
        .map_err(|_| NotLoaded::Unreadable)
}
