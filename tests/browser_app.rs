//! The app mounted for real in headless Chromium, with the browser's own localStorage.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use golive::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

fn local_storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage")
}

/// Lets Leptos run its scheduled effects and render.
async fn settle() {
    TimeoutFuture::new(20).await;
}

fn button_named(name: &str) -> Option<web_sys::HtmlElement> {
    let buttons = document().query_selector_all("button").ok()?;
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|button| button.text_content().as_deref().map(str::trim) == Some(name))
}

fn mount() -> web_sys::HtmlElement {
    let host: web_sys::HtmlElement = document()
        .create_element("div")
        .unwrap()
        .dyn_into()
        .unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    // The handle would unmount the app when dropped; the test page lives until the end.
    std::mem::forget(leptos::mount::mount_to(host.clone(), App));
    host
}

#[wasm_bindgen_test]
async fn new_offer_is_listed_and_kept_in_local_storage() {
    local_storage().clear().unwrap();
    let host = mount();
    settle().await;

    let tabs = host.query_selector_all("[role=tab]").unwrap();
    assert_eq!(tabs.length(), 3, "three tabs");

    button_named("New offer")
        .expect("a New offer button")
        .click();
    settle().await;

    // The new offer opens in the Editor, its name in the Name field.
    let name_field: web_sys::HtmlInputElement = host
        .query_selector("#field-settings\\.name")
        .unwrap()
        .expect("the Name field")
        .dyn_into()
        .unwrap();
    assert_eq!(name_field.value(), "Untitled offer 1");

    // It is stored under its own key, in an envelope, with the index listing it.
    let storage = local_storage();
    let keys: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .collect();
    let offer_key = keys
        .iter()
        .find(|key| key.starts_with("golive:offer:"))
        .expect("an offer key in localStorage");
    let stored = storage.get_item(offer_key).unwrap().unwrap();
    assert!(stored.contains("\"schema\":1"), "{stored}");
    assert!(stored.contains("Untitled offer 1"), "{stored}");
    assert!(keys.iter().any(|key| key == "golive:index"));

    // Back on All offers, the offer is a row of the table.
    button_named("All offers")
        .expect("the All offers tab")
        .click();
    settle().await;
    let rows = host.query_selector_all("table.offers tbody tr").unwrap();
    assert_eq!(rows.length(), 1, "{}", host.inner_html());
    let row_text = rows.item(0).unwrap().text_content().unwrap();
    assert!(row_text.contains("Untitled offer 1"), "{row_text}");
    assert!(row_text.contains("Draft"), "{row_text}");
}
