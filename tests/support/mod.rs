//! What every browser test file needs: the page's document and localStorage, waits for
//! Leptos and the store, a clean start, the app mounted in its own element, and buttons and
//! events as a user reaches them.
//!
//! Each `tests/browser_*.rs` is its own crate and uses part of this, hence `dead_code`.
#![allow(dead_code)]

use gloo_timers::future::TimeoutFuture;
use golive::domain::{apply, Command, Offer, SimClock, SimTime, WallTime};
use golive::store::{BrowserStorage, Store};
use golive::ui::App;
use wasm_bindgen::{JsCast, JsValue};

pub fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

pub fn local_storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage")
}

/// Lets Leptos run its scheduled effects and render, and the Editor's deferred focus happen.
pub async fn settle() {
    TimeoutFuture::new(50).await;
}

/// Waits for the store's debounced write of what was just typed (300 ms after the last
/// keystroke).
pub async fn saved() {
    TimeoutFuture::new(450).await;
}

/// A fresh start: no stored offers, the bare URL (the last test may have changed both).
pub fn reset() {
    local_storage().clear().unwrap();
    let history = web_sys::window().unwrap().history().unwrap();
    history
        .replace_state_with_url(&JsValue::NULL, "", Some("?"))
        .unwrap();
}

/// The app in its own element; dropping the guard unmounts it (stopping its ticker and
/// timers) and removes the element, so that the next test's page holds one app (and one
/// element per field id).
pub struct Mounted {
    pub host: web_sys::HtmlElement,
    handle: Option<leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        drop(self.handle.take());
        self.host.remove();
    }
}

/// Mounts the app in a new element at the end of the body.
pub fn mount() -> Mounted {
    // A test that failed before its guard dropped (wasm panics do not unwind) leaves its app
    // behind; take it off the page so that ids stay unique.
    let stale = document().query_selector_all("[data-test-app]").unwrap();
    for i in 0..stale.length() {
        if let Some(node) = stale
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            node.remove();
        }
    }
    let host: web_sys::HtmlElement = document()
        .create_element("div")
        .unwrap()
        .dyn_into()
        .unwrap();
    host.set_attribute("data-test-app", "").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let handle =
        leptos::mount::mount_to(host.clone(), || leptos::prelude::IntoAny::into_any(App()));
    Mounted {
        host,
        handle: Some(handle),
    }
}

pub fn by_id(id: &str) -> Option<web_sys::HtmlElement> {
    document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into().ok())
}

pub fn buttons() -> Vec<web_sys::HtmlElement> {
    let list = document().query_selector_all("button").unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

/// The button whose text (trimmed) is `name`.
pub fn button_named(name: &str) -> Option<web_sys::HtmlElement> {
    buttons()
        .into_iter()
        .find(|button| button.text_content().as_deref().map(str::trim) == Some(name))
}

pub fn click(name: &str) {
    button_named(name)
        .unwrap_or_else(|| panic!("a button named {name}"))
        .click();
}

/// Dispatches a bubbling event, as the browser does for user input (Leptos delegates
/// events to the document, so they must bubble).
pub fn fire(target: &web_sys::HtmlElement, kind: &str) {
    let fire = js_sys::Function::new_with_args(
        "target, kind",
        "target.dispatchEvent(new Event(kind, { bubbles: true }));",
    );
    fire.call2(&JsValue::NULL, target, &JsValue::from_str(kind))
        .unwrap();
}

// Offers made through the engine and the Status tab opened on them (browser_status, browser_fixes).

/// A clock on which simulated time equals real time, as the offers below were made.
pub fn clock() -> SimClock {
    SimClock::new(WallTime(0), SimTime(0))
}

pub fn ok(offer: &Offer, command: Command, wall: i64) -> Offer {
    match apply(offer, command.clone(), &clock(), WallTime(wall)) {
        Ok(outcome) => outcome.offer,
        Err(refusal) => panic!("{command:?} refused: {refusal:?}"),
    }
}

/// Writes the offer as the app's store does, and opens its Status tab in the URL.
pub fn store_and_open(offer: &Offer) {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage")
        .clear()
        .unwrap();
    let (mut store, _) = Store::load(BrowserStorage::open().expect("storage"));
    store.save(offer).expect("saved");
    let query = format!("?tab=status&offer={}", offer.id.as_str());
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&query))
        .unwrap();
}

pub fn text(element: &web_sys::Element) -> String {
    element.text_content().unwrap_or_default()
}

pub fn all(host: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::Element> {
    let nodes = host.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .collect()
}

pub fn one(host: &web_sys::HtmlElement, selector: &str) -> web_sys::Element {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} in {}", host.inner_html()))
}

/// The button whose text (trimmed) is `name`.
pub fn button(host: &web_sys::HtmlElement, name: &str) -> web_sys::HtmlElement {
    all(host, "button")
        .into_iter()
        .find(|b| text(b).trim() == name)
        .and_then(|b| b.dyn_into().ok())
        .unwrap_or_else(|| panic!("a button named {name:?} in {}", host.inner_html()))
}
