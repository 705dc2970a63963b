//! The app mounted for real in headless Chromium, with the browser's own localStorage.
#![cfg(target_arch = "wasm32")]

use golive::domain::{Offer, OfferId, SimTime};
use golive::store::{BrowserStorage, Envelope, Store, SCHEMA};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::*;

#[wasm_bindgen_test]
async fn new_offer_is_listed_and_kept_in_local_storage() {
    reset();
    let app = mount();
    let host = &app.host;
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
    let envelope = Envelope::<Offer>::decode(&stored).expect("a readable envelope");
    assert!(stored.contains(&format!("\"schema\":{SCHEMA}")), "{stored}");
    assert_eq!(envelope.data.draft.settings.name, "Untitled offer 1");
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
    drop(app);
}

#[wasm_bindgen_test]
async fn thousands_of_offers_are_shown_a_page_at_a_time() {
    reset();
    let storage = BrowserStorage::open().expect("localStorage");
    let (mut store, _) = Store::load(storage);
    for n in 0..230 {
        let offer = Offer::new(
            OfferId(format!("o-{n:03}")),
            format!("Offer {n:03}"),
            SimTime(1_700_000_000_000 + n),
        );
        store.save(&offer).expect("saved");
    }
    let app = mount();
    let host = &app.host;
    settle().await;
    let tabs = host.query_selector_all("[role=tab]").unwrap();
    (0..tabs.length())
        .filter_map(|i| tabs.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|tab| tab.text_content().as_deref().map(str::trim) == Some("All offers"))
        .expect("the All offers tab")
        .click();
    settle().await;
    let rows = || {
        host.query_selector_all("table.offers tbody tr")
            .unwrap()
            .length()
    };
    let pager = || {
        host.query_selector(".pager")
            .unwrap()
            .and_then(|nav| nav.text_content())
            .unwrap_or_default()
    };
    assert_eq!(rows(), 100);
    assert!(
        pager().contains("Page 1 of 3: offers 1 to 100"),
        "{}",
        pager()
    );
    // Newest change first: the last saved offer heads the first page.
    let first_row = host
        .query_selector("table.offers tbody tr")
        .unwrap()
        .and_then(|row| row.text_content())
        .unwrap_or_default();
    assert!(first_row.contains("Offer 229"), "{first_row}");

    let next = || {
        host.query_selector_all(".pager button")
            .unwrap()
            .item(1)
            .and_then(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
            .expect("a Next page button")
    };
    next().click();
    settle().await;
    next().click();
    settle().await;
    assert_eq!(rows(), 30);
    assert!(
        pager().contains("Page 3 of 3: offers 201 to 230"),
        "{}",
        pager()
    );
    assert!(next().has_attribute("disabled"), "no page after the last");
    drop(app);
}
