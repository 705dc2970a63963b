//! Storage that never loses work, in headless Chromium with the browser's real localStorage:
//! every kind of corrupt value is set aside with a notice and a download while the rest
//! loads; a value from a newer version stays byte for byte and edits to it are refused; a
//! full quota keeps the change in memory, says so with Export, and writes it once space
//! frees; and a storage that throws runs the app in memory with a banner.
//!
//! Longer than most files: each scenario needs the real localStorage and the mounted app, which
//! this one harness sets up.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use golive::domain::{Offer, OfferId, SimTime};
use golive::store::{BrowserStorage, Store};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::*;

/// A button by its accessible name given by `aria-label`.
fn button_labelled(label: &str) -> Option<web_sys::HtmlElement> {
    buttons()
        .into_iter()
        .find(|button| button.get_attribute("aria-label").as_deref() == Some(label))
}

fn js(args: &str, body: &str) -> js_sys::Function {
    js_sys::Function::new_with_args(args, body)
}

/// Replaces the value of an input as typing would.
fn type_over(id: &str, text: &str) {
    let field: web_sys::HtmlInputElement = by_id(id)
        .unwrap_or_else(|| panic!("#{id} on the page"))
        .dyn_into()
        .unwrap();
    field.set_value(text);
    fire(&field, "input");
}

/// Opens offer `id` in the Editor as a link or Back would: the URL, then `popstate`.
fn open_in_editor(id: &str) {
    let history = web_sys::window().unwrap().history().unwrap();
    let query = format!("?tab=editor&offer={id}");
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&query))
        .unwrap();
    js("", "window.dispatchEvent(new PopStateEvent('popstate'));")
        .call0(&JsValue::NULL)
        .unwrap();
}

/// The storage notices' text.
fn notices() -> String {
    document()
        .query_selector(".notices")
        .unwrap()
        .and_then(|n| n.text_content())
        .unwrap_or_default()
}

/// The All offers table's text.
fn table() -> String {
    document()
        .query_selector("table.offers")
        .unwrap()
        .and_then(|n| n.text_content())
        .unwrap_or_default()
}

fn offer(id: &str, name: &str) -> Offer {
    Offer::new(OfferId(id.into()), name.into(), SimTime(1_527_811_200_000))
}

/// Stores two good offers through the app's own store, as an earlier visit would have.
fn seed_two() {
    let storage = BrowserStorage::open().unwrap();
    let (mut store, _) = Store::load(storage);
    store.save(&offer("o-1", "Contoso VM")).unwrap();
    store.save(&offer("o-2", "Fabrikam VM")).unwrap();
}

/// Replaces `HTMLAnchorElement.prototype.click` so that a download is recorded instead
/// of made, and returns a function that undoes it.
fn capture_downloads() -> js_sys::Function {
    js(
        "",
        "const original = HTMLAnchorElement.prototype.click;
         window.__downloads = [];
         HTMLAnchorElement.prototype.click = function () {
           window.__downloads.push({ name: this.download, href: this.href });
         };
         return () => { HTMLAnchorElement.prototype.click = original; };",
    )
    .call0(&JsValue::NULL)
    .unwrap()
    .dyn_into()
    .unwrap()
}

/// The file name and the text of the last recorded download.
async fn last_download() -> (String, String) {
    let promise: js_sys::Promise = js(
        "",
        "const d = window.__downloads.at(-1);
         if (!d) return Promise.resolve(null);
         return fetch(d.href).then((r) => r.text()).then((text) => [d.download ?? d.name, text]);",
    )
    .call0(&JsValue::NULL)
    .unwrap()
    .dyn_into()
    .unwrap();
    let pair = wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    let pair: js_sys::Array = pair.dyn_into().expect("a download was made");
    (
        pair.get(0).as_string().unwrap_or_default(),
        pair.get(1).as_string().unwrap_or_default(),
    )
}

/// Breaks the stored value of `key` with `raw`, mounts the app, and checks that the good
/// offer loads, the notice names the key and says why in `words`, and Download gives the
/// raw text back byte for byte.
async fn corrupt_value_is_set_aside(
    key: &str,
    raw: &str,
    words: &str,
    still_listed: &str,
) -> Mounted {
    reset();
    seed_two();
    local_storage().set_item(key, raw).unwrap();
    let app = mount();
    settle().await;

    assert!(table().contains(still_listed), "{}", table());
    let text = notices();
    assert!(text.contains(key), "the notice names {key}: {text}");
    assert!(
        text.contains(words),
        "the notice says why ({words}): {text}"
    );
    let download = button_labelled(&format!("Download the stored text of {key}"))
        .unwrap_or_else(|| panic!("a Download button for {key}: {text}"));
    let restore = capture_downloads();
    download.click();
    let (name, body) = last_download().await;
    restore.call0(&JsValue::NULL).unwrap();
    assert!(name.ends_with(".txt"), "{name}");
    assert_eq!(body, raw, "the download holds the stored text unchanged");
    // Set aside, never dropped.
    assert_eq!(
        local_storage()
            .get_item(&format!("golive:quarantine:{key}"))
            .unwrap()
            .as_deref(),
        Some(raw)
    );
    app
}

#[wasm_bindgen_test]
async fn truncated_json_is_set_aside_with_a_download() {
    corrupt_value_is_set_aside(
        "golive:offer:o-1",
        r#"{"schema":1,"revision":1,"data":{"id":"o-1","dra"#,
        "stops part-way",
        "Fabrikam VM",
    )
    .await;
}

#[wasm_bindgen_test]
async fn wrong_types_are_set_aside_with_a_download() {
    corrupt_value_is_set_aside(
        "golive:offer:o-1",
        r#"{"schema":1,"revision":1,"data":{"id":42,"draft":"yes"}}"#,
        "wrong type",
        "Fabrikam VM",
    )
    .await;
}

#[wasm_bindgen_test]
async fn an_unknown_key_is_set_aside_with_a_download() {
    let app = corrupt_value_is_set_aside(
        "golive:mystery",
        "left by something else",
        "defines no key of this name",
        "Contoso VM",
    )
    .await;
    assert!(table().contains("Fabrikam VM"), "{}", table());
    drop(app);
}

#[wasm_bindgen_test]
async fn an_index_entry_pointing_at_nothing_is_dropped_and_the_rest_loads() {
    reset();
    seed_two();
    let storage = local_storage();
    let index = storage.get_item("golive:index").unwrap().unwrap();
    let index = index.replace(r#""o-2""#, r#""o-2","o-ghost""#);
    assert!(index.contains("o-ghost"), "{index}");
    storage.set_item("golive:index", &index).unwrap();
    let _app = mount();
    settle().await;

    // Nothing is lost (the entry named no data), so nothing is set aside or offered for
    // download: both offers load, the notice says the entry was dropped, and the next
    // write repairs the stored index.
    assert!(table().contains("Contoso VM") && table().contains("Fabrikam VM"));
    assert!(!table().contains("o-ghost"));
    let text = notices();
    assert!(
        text.contains("named o-ghost, but nothing is stored"),
        "{text}"
    );
    click("New offer");
    settle().await;
    let repaired = storage.get_item("golive:index").unwrap().unwrap();
    assert!(!repaired.contains("o-ghost"), "{repaired}");
}

#[wasm_bindgen_test]
async fn an_offer_missing_from_the_index_still_loads_and_is_listed_again() {
    reset();
    seed_two();
    let storage = local_storage();
    let index = storage.get_item("golive:index").unwrap().unwrap();
    let index = index.replace(r#","o-2""#, "");
    assert!(!index.contains("o-2"), "{index}");
    storage.set_item("golive:index", &index).unwrap();
    let _app = mount();
    settle().await;

    assert!(
        table().contains("Fabrikam VM"),
        "the unlisted offer loads: {}",
        table()
    );
    let text = notices();
    assert!(
        text.contains("o-2 was stored but missing from the list"),
        "{text}"
    );
    click("New offer");
    settle().await;
    let repaired = storage.get_item("golive:index").unwrap().unwrap();
    assert!(repaired.contains("o-2"), "{repaired}");
}

/// A value of a newer schema, as a later version of the app would write it.
const NEWER: &str = r#"{"schema":99,"revision":7,"data":{"id":"o-2","from":"the future"}}"#;

#[wasm_bindgen_test]
async fn a_newer_value_stays_byte_identical_and_edits_to_it_are_refused() {
    reset();
    seed_two();
    let storage = local_storage();
    storage.set_item("golive:offer:o-2", NEWER).unwrap();
    let _app = mount();
    settle().await;

    let text = notices();
    assert!(text.contains("golive:offer:o-2"), "{text}");
    assert!(text.contains("newer version of golive"), "{text}");
    assert!(table().contains("Contoso VM"), "{}", table());

    // Working on other offers never touches it.
    click("New offer");
    settle().await;
    type_over("field-settings.name", "Another offer");
    saved().await;
    assert_eq!(
        storage.get_item("golive:offer:o-2").unwrap().as_deref(),
        Some(NEWER)
    );

    // A newer version, open in another tab, writes o-1: from then on this tab refuses
    // edits to o-1 and leaves the stored value as that version wrote it.
    let newer_o1 = NEWER.replace("o-2", "o-1");
    storage.set_item("golive:offer:o-1", &newer_o1).unwrap();
    js(
        "key",
        "window.dispatchEvent(new StorageEvent('storage', { key }));",
    )
    .call1(&JsValue::NULL, &JsValue::from_str("golive:offer:o-1"))
    .unwrap();
    settle().await;
    assert!(notices().contains("golive:offer:o-1"), "{}", notices());
    open_in_editor("o-1");
    settle().await;
    type_over("field-settings.name", "Edited anyway");
    saved().await;
    assert_eq!(
        storage.get_item("golive:offer:o-1").unwrap().as_deref(),
        Some(newer_o1.as_str())
    );
    assert_eq!(
        storage.get_item("golive:offer:o-2").unwrap().as_deref(),
        Some(NEWER)
    );
    click("All offers");
    settle().await;
    assert!(!table().contains("Edited anyway"), "{}", table());
}

/// Fills localStorage with filler keys until not even one more character fits, and
/// returns their keys.
fn fill_storage() -> Vec<String> {
    let storage = local_storage();
    let mut keys = Vec::new();
    let mut size = 1usize << 20;
    while size > 0 {
        let key = format!("filler:{}", keys.len());
        if storage.set_item(&key, &"x".repeat(size)).is_ok() {
            keys.push(key);
        } else {
            size /= 2;
        }
    }
    keys
}

/// The used amount in "Storage: 0.5 kB of 5 MB (0%)", which must be in kB of the 5 MB quota.
fn kilobytes_shown(meter_text: &str) -> f64 {
    meter_text
        .strip_prefix("Storage: ")
        .and_then(|rest| rest.strip_suffix(" kB of 5 MB (0%)"))
        .and_then(|number| number.parse().ok())
        .unwrap_or_else(|| panic!("a size in kB of 5 MB: {meter_text}"))
}

#[wasm_bindgen_test]
async fn a_full_quota_keeps_the_change_says_so_and_writes_it_once_space_frees() {
    reset();
    seed_two();
    let storage = local_storage();
    let app = mount();
    settle().await;
    let meter = document()
        .query_selector("meter")
        .unwrap()
        .expect("a storage meter");
    assert!(
        meter
            .get_attribute("aria-label")
            .is_some_and(|label| !label.is_empty()),
        "the meter has an accessible name"
    );
    let meter_text = document()
        .get_element_by_id("storage-meter-text")
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    // Two small packed offers take about half a kB: "0.5 kB", not "0.0 MB".
    let before_kb = kilobytes_shown(&meter_text);
    assert!(before_kb > 0.0, "{meter_text}");

    let (filler, name) = rename_o1_while_storage_is_full().await;

    // The write failed: storage holds the old value, the tab the new one, and the notice
    // says why, with Export all offers and Try again.
    let text = notices();
    assert!(text.contains("storage for the app is full"), "{text}");
    assert!(button_named("Try again").is_some(), "{text}");
    let export = buttons()
        .into_iter()
        .find(|b| {
            b.text_content().as_deref().map(str::trim) == Some("Export all offers")
                && b.closest(".notices").ok().flatten().is_some()
        })
        .expect("Export all offers in the notice");
    let restore = capture_downloads();
    export.click();
    let (file, body) = last_download().await;
    restore.call0(&JsValue::NULL).unwrap();
    assert_eq!(file, "golive-offers.json");
    assert!(body.contains(name), "the export holds the unsaved change");
    click("All offers");
    settle().await;
    assert!(table().contains(name));

    // Space frees; Try again writes the change and the notice goes.
    for key in filler {
        storage.remove_item(&key).unwrap();
    }
    click("Try again");
    settle().await;
    assert_eq!(stored_name_of_o1(), name);
    assert!(!notices().contains("full"), "{}", notices());
    TimeoutFuture::new(300).await;
    let meter_text = document()
        .get_element_by_id("storage-meter-text")
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    let after_kb = kilobytes_shown(&meter_text);
    assert!(after_kb > 0.0, "{meter_text}");
    drop(app);
}

/// Fills storage, opens o-1 (of [`seed_two`]) in the Editor and renames it, so that the
/// write is refused; returns the filler keys and the name typed.
async fn rename_o1_while_storage_is_full() -> (Vec<String>, &'static str) {
    let name = "Contoso VM renamed while the quota is full";
    let before = local_storage().get_item("golive:offer:o-1").unwrap();
    let filler = fill_storage();
    open_in_editor("o-1");
    settle().await;
    type_over("field-settings.name", name);
    saved().await;
    assert_eq!(
        local_storage().get_item("golive:offer:o-1").unwrap(),
        before,
        "the write was refused"
    );
    assert!(notices().contains("storage for the app is full"));
    (filler, name)
}

/// The name of o-1 as stored now.
fn stored_name_of_o1() -> String {
    let stored = local_storage()
        .get_item("golive:offer:o-1")
        .unwrap()
        .unwrap();
    golive::store::Envelope::<Offer>::decode(&stored)
        .expect("a readable stored offer")
        .data
        .draft
        .settings
        .name
}

#[wasm_bindgen_test]
async fn a_refused_write_lands_by_itself_within_seconds_of_space_freeing() {
    reset();
    seed_two();
    let app = mount();
    settle().await;
    let (filler, name) = rename_o1_while_storage_is_full().await;
    for key in filler {
        local_storage().remove_item(&key).unwrap();
    }
    // No Try again: the periodic retry (every 5 s) writes it.
    TimeoutFuture::new(5_600).await;
    assert_eq!(stored_name_of_o1(), name);
    assert!(!notices().contains("full"), "{}", notices());
    drop(app);
}

#[wasm_bindgen_test]
async fn deleting_an_offer_retries_the_refused_writes_at_once() {
    reset();
    seed_two();
    let app = mount();
    let mounted_at = js_sys::Date::now();
    settle().await;
    let (filler, name) = rename_o1_while_storage_is_full().await;
    click("All offers");
    settle().await;
    // Deleting the other offer frees its key's space, which the refused write needs.
    buttons()
        .into_iter()
        .find(|b| b.get_attribute("aria-label").as_deref() == Some("Delete Fabrikam VM"))
        .expect("Delete on the Fabrikam VM row")
        .click();
    settle().await;
    let elapsed = js_sys::Date::now() - mounted_at;
    assert!(
        elapsed < 4_500.0,
        "{elapsed} ms: the periodic retry may have written it"
    );
    assert_eq!(stored_name_of_o1(), name, "written at the delete");
    assert!(!notices().contains("full"), "{}", notices());
    for key in filler {
        local_storage().remove_item(&key).unwrap();
    }
    drop(app);
}

/// Makes `window.localStorage` throw as a browser that blocks storage does, and returns a
/// function that puts it back. Real Chromium cannot disable localStorage from inside a
/// page, but the app reaches it through this very property.
fn block_local_storage() -> js_sys::Function {
    js(
        "",
        "const owner = Object.getOwnPropertyDescriptor(window, 'localStorage') ? window : Window.prototype;
         const original = Object.getOwnPropertyDescriptor(owner, 'localStorage');
         Object.defineProperty(window, 'localStorage', {
           configurable: true,
           get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
         });
         return () => {
           delete window.localStorage;
           if (owner === window) Object.defineProperty(window, 'localStorage', original);
         };",
    )
    .call0(&JsValue::NULL)
    .unwrap()
    .dyn_into()
    .unwrap()
}

#[wasm_bindgen_test]
async fn storage_that_throws_on_access_runs_the_app_in_memory_with_a_banner() {
    reset();
    let restore = block_local_storage();
    assert!(BrowserStorage::open().is_err(), "the double blocks storage");
    let app = mount();
    settle().await;
    let text = notices();
    assert!(
        text.contains("does not let the app use its storage"),
        "{text}"
    );
    click("New offer");
    settle().await;
    click("All offers");
    settle().await;
    assert!(
        table().contains("Untitled offer 1"),
        "the offer lives in memory"
    );
    drop(app);
    restore.call0(&JsValue::NULL).unwrap();
    assert!(local_storage().get_item("golive:index").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn storage_whose_every_write_throws_runs_the_app_in_memory_with_a_banner() {
    reset();
    let restore: js_sys::Function = js(
        "",
        "const original = Storage.prototype.setItem;
         Storage.prototype.setItem = function () {
           throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
         };
         return () => { Storage.prototype.setItem = original; };",
    )
    .call0(&JsValue::NULL)
    .unwrap()
    .dyn_into()
    .unwrap();
    let app = mount();
    settle().await;
    let text = notices();
    restore.call0(&JsValue::NULL).unwrap();
    assert!(
        text.contains("does not let the app use its storage"),
        "{text}"
    );
    assert!(
        !text.contains("full"),
        "an empty storage that refuses writes is not full: {text}"
    );
    drop(app);
}
