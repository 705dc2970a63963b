//! The Editor tab mounted for real in headless Chromium, with the browser's own localStorage:
//! Publish on an empty offer, keystrokes kept as typed, picked images checked at once, and the
//! notification email of step 1.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use golive::domain::{sample::complete_form, Offer, OfferId, SimTime};
use golive::store::{packing::unpack, BrowserStorage, Store};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::*;

fn input(id: &str) -> web_sys::HtmlInputElement {
    by_id(id)
        .unwrap_or_else(|| panic!("#{id} on the page"))
        .dyn_into()
        .unwrap()
}

/// Types `text` into the field one character at a time, as a keyboard would.
fn type_into(id: &str, text: &str) {
    let field = input(id);
    let mut value = field.value();
    for c in text.chars() {
        value.push(c);
        field.set_value(&value);
        fire(&field, "input");
    }
}

/// The one stored offer, as its JSON text (unpacked from its stored envelope).
fn stored_offer() -> String {
    let storage = local_storage();
    let text = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .find(|key| key.starts_with("golive:offer:"))
        .and_then(|key| storage.get_item(&key).unwrap())
        .expect("an offer in localStorage");
    let envelope: serde_json::Value = serde_json::from_str(&text).unwrap();
    unpack(envelope["packed"].as_str().expect("a packed offer")).unwrap()
}

/// The stored offer's run, parsed.
fn stored_run() -> serde_json::Value {
    let offer: serde_json::Value = serde_json::from_str(&stored_offer()).unwrap();
    offer["run"].clone()
}

async fn new_offer() -> Mounted {
    reset();
    let app = mount();
    settle().await;
    click("New offer");
    settle().await;
    app
}

#[wasm_bindgen_test]
async fn publish_on_an_empty_offer_marks_each_field_and_starts_no_run() {
    let _app = new_offer().await;
    click("Publish");
    settle().await;

    let offer_id = input("field-settings.offer_id");
    assert_eq!(
        offer_id.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    let described = offer_id
        .get_attribute("aria-describedby")
        .unwrap_or_default();
    assert!(
        described
            .split(' ')
            .any(|id| id == "problem-settings.offer_id"),
        "{described}"
    );
    let message = by_id("problem-settings.offer_id").expect("the Offer ID's problem");
    assert!(
        message.text_content().unwrap().contains("required"),
        "{:?}",
        message.text_content()
    );

    // Focus is on the first problem's field, and the summary lists the problems.
    let active = document().active_element().map(|e| e.id());
    assert_eq!(active.as_deref(), Some("field-settings.offer_id"));
    let summary = by_id("problem-summary-heading").expect("a problem summary");
    assert!(summary.text_content().unwrap().contains("to fix"));

    // A list's own problem (no SKU at all) sits on its add button, in its own section.
    let add_sku = by_id("field-skus").expect("the Add a SKU button");
    assert_eq!(
        add_sku.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );

    // Nothing started.
    assert!(stored_run().is_null(), "{}", stored_offer());
    assert!(by_id("notification-email").is_some_and(|_| {
        let dialog: web_sys::HtmlDialogElement = document()
            .query_selector("dialog.email-dialog")
            .unwrap()
            .unwrap()
            .dyn_into()
            .unwrap();
        !dialog.open()
    }));

    // A summary entry in another section switches to it and focuses the field.
    let entries = document()
        .query_selector_all(".problem-summary li button")
        .unwrap();
    let support = (0..entries.length())
        .filter_map(|i| entries.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().starts_with("Support"))
        .expect("a Support problem in the summary");
    support.click();
    settle().await;
    let active = document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default();
    assert!(active.starts_with("field-support."), "{active}");
}

#[wasm_bindgen_test]
async fn every_keystroke_is_kept_as_typed() {
    let _app = new_offer().await;
    // Not a valid ID, with a trailing space: kept exactly, the rules speak at Publish.
    type_into("field-settings.offer_id", "Contoso Web ");
    settle().await;
    assert_eq!(input("field-settings.offer_id").value(), "Contoso Web ");
    saved().await;
    assert!(
        stored_offer().contains("\"offer_id\":\"Contoso Web \""),
        "{}",
        stored_offer()
    );
    // No warning while typing.
    assert!(input("field-settings.offer_id")
        .get_attribute("aria-invalid")
        .is_none());

    // A SKU added, and its disk version, keep their text too.
    click("SKUs");
    settle().await;
    click("+ Add a SKU");
    settle().await;
    type_into("field-skus[0].sku_id", "ubuntu-1604");
    click("+ Add a disk version");
    settle().await;
    type_into(
        "field-skus[0].disk_versions[0].os_vhd_url",
        "http://not-yet ",
    );
    saved().await;
    let stored = stored_offer();
    assert!(stored.contains("\"sku_id\":\"ubuntu-1604\""), "{stored}");
    assert!(
        stored.contains("\"os_vhd_url\":\"http://not-yet \""),
        "{stored}"
    );

    // Preview subscription IDs in the Marketplace section.
    click("Marketplace");
    settle().await;
    click("+ Add a subscription ID");
    settle().await;
    type_into("field-marketplace.preview_subscription_ids[0]", "3f2c5a8e");
    saved().await;
    assert!(stored_offer().contains("\"preview_subscription_ids\":[\"3f2c5a8e\"]"));
}

/// Puts a real PNG of `width` x `height` into a file input, as a user's pick would, and
/// fires its change event.
fn pick_png(id: &str, name: &str, width: u32, height: u32) {
    let pick = js_sys::Function::new_with_args(
        "input, name, width, height",
        "const canvas = document.createElement('canvas');
         canvas.width = width; canvas.height = height;
         const data = atob(canvas.toDataURL('image/png').split(',')[1]);
         const bytes = new Uint8Array(data.length);
         for (let i = 0; i < data.length; i++) bytes[i] = data.charCodeAt(i);
         const transfer = new DataTransfer();
         transfer.items.add(new File([bytes], name, { type: 'image/png' }));
         input.files = transfer.files;
         input.dispatchEvent(new Event('change', { bubbles: true }));",
    );
    let args = js_sys::Array::of4(
        &input(id).into(),
        &JsValue::from_str(name),
        &JsValue::from(width),
        &JsValue::from(height),
    );
    pick.apply(&JsValue::NULL, &args).unwrap();
}

/// Waits until `done` holds (the image decodes asynchronously), for at most two seconds.
async fn wait_for(done: impl Fn() -> bool) {
    for _ in 0..50 {
        if done() {
            return;
        }
        TimeoutFuture::new(40).await;
    }
}

#[wasm_bindgen_test]
async fn a_picked_logo_is_measured_and_a_wrong_size_is_flagged_at_once() {
    let _app = new_offer().await;
    click("Marketplace");
    settle().await;

    pick_png("field-marketplace.logos.small", "small.png", 50, 40);
    wait_for(|| stored_offer().contains("small.png")).await;
    settle().await;
    let stored: serde_json::Value = serde_json::from_str(&stored_offer()).unwrap();
    let small = &stored["draft"]["marketplace"]["logos"]["small"];
    assert_eq!(small["file_name"], "small.png", "{stored}");
    assert_eq!(
        (&small["width"], &small["height"]),
        (&50.into(), &40.into()),
        "{stored}"
    );
    let meta = by_id("meta-marketplace.logos.small")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(meta.contains("50 × 40"), "{meta}");
    // Flagged before any Publish.
    let field = input("field-marketplace.logos.small");
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
    let problem = by_id("problem-marketplace.logos.small")
        .expect("a size problem")
        .text_content()
        .unwrap();
    assert!(problem.contains("40 × 40"), "{problem}");

    // The right size is said to be right, with no problem.
    pick_png("field-marketplace.logos.medium", "medium.png", 90, 90);
    wait_for(|| stored_offer().contains("medium.png")).await;
    settle().await;
    assert!(by_id("problem-marketplace.logos.medium").is_none());
    let meta = by_id("meta-marketplace.logos.medium")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(meta.contains("Right size"), "{meta}");
}

/// A complete offer stored before the app opens, with the Editor on it.
fn store_complete_offer() {
    reset();
    let (mut store, _) = Store::load(BrowserStorage::open().unwrap());
    let id = OfferId("o-complete".into());
    let mut offer = Offer::new(id.clone(), "Contoso".into(), SimTime(0));
    offer.draft = complete_form();
    store.save(&offer).unwrap();
    let history = web_sys::window().unwrap().history().unwrap();
    history
        .replace_state_with_url(&JsValue::NULL, "", Some("?tab=editor&offer=o-complete"))
        .unwrap();
}

fn dialog() -> web_sys::HtmlDialogElement {
    document()
        .query_selector("dialog.email-dialog")
        .unwrap()
        .expect("the email dialog")
        .dyn_into()
        .unwrap()
}

#[wasm_bindgen_test]
async fn a_complete_offer_publishes_and_asks_for_the_notification_email() {
    store_complete_offer();
    let _app = mount();
    settle().await;

    click("Publish");
    settle().await;
    assert!(
        dialog().open(),
        "the email dialog opens: {:?} {}",
        by_id("publish-message").and_then(|m| m.text_content()),
        stored_offer()
    );
    assert_eq!(stored_run()["state"], "NotStarted");

    // A wrong address is explained at the field; the dialog stays.
    type_into("notification-email", "not-an-address");
    click("Submit");
    settle().await;
    assert!(dialog().open());
    let email = input("notification-email");
    assert_eq!(email.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        email.get_attribute("aria-describedby").as_deref(),
        Some("notification-email-problem")
    );
    assert!(by_id("notification-email-problem").is_some());

    // Cancel leaves step 1 waiting; the Editor offers to enter the email later.
    click("Cancel");
    settle().await;
    assert!(!dialog().open());
    assert_eq!(stored_run()["state"], "NotStarted");
    click("Enter notification email");
    settle().await;
    assert!(dialog().open());

    input("notification-email").set_value("");
    type_into("notification-email", "publisher@contoso.com");
    click("Submit");
    settle().await;
    assert_eq!(stored_run()["email"], "publisher@contoso.com");
    let status_tab = by_id("tab-status").unwrap();
    assert_eq!(
        status_tab.get_attribute("aria-selected").as_deref(),
        Some("true")
    );

    // Publish again while the run goes on is refused, and says why beside the button.
    click("Editor");
    settle().await;
    click("Publish");
    settle().await;
    let message = by_id("publish-message").unwrap().text_content().unwrap();
    assert!(message.contains("already being published"), "{message}");
    // The published Offer ID is read-only now, still focusable, and says why.
    let offer_id = input("field-settings.offer_id");
    assert!(offer_id.read_only());
    assert!(!offer_id.disabled());
}

#[wasm_bindgen_test]
async fn sections_are_tabs_that_arrow_keys_move_between() {
    let _app = new_offer().await;
    let settings = by_id("editor-tab-settings").unwrap();
    assert_eq!(
        settings.get_attribute("aria-selected").as_deref(),
        Some("true")
    );
    settings.focus().unwrap();
    let press = js_sys::Function::new_with_args(
        "target, key",
        "target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));",
    );
    press
        .call2(&JsValue::NULL, &settings, &JsValue::from_str("ArrowRight"))
        .unwrap();
    settle().await;
    let skus = by_id("editor-tab-skus").unwrap();
    assert_eq!(skus.get_attribute("aria-selected").as_deref(), Some("true"));
    assert_eq!(
        document().active_element().map(|e| e.id()).as_deref(),
        Some("editor-tab-skus")
    );
    assert!(!by_id("editor-panel-skus").unwrap().hidden());
    assert!(by_id("editor-panel-settings").unwrap().hidden());
}

#[wasm_bindgen_test]
async fn the_default_ports_come_from_the_os_family() {
    let _app = new_offer().await;
    click("SKUs");
    settle().await;
    click("+ Add a SKU");
    settle().await;
    let family: web_sys::HtmlSelectElement = by_id("field-skus[0].os_family")
        .unwrap()
        .dyn_into()
        .unwrap();
    family.set_value("windows");
    fire(&family, "change");
    settle().await;
    click("Use the default ports");
    settle().await;
    assert_eq!(input("field-skus[0].open_ports[0].number").value(), "3389");
    assert_eq!(input("field-skus[0].open_ports[1].number").value(), "5986");
    saved().await;
    assert!(stored_offer().contains("\"os_family\":\"Windows\""));

    // Removing a port removes exactly that one.
    click("Remove port 1");
    settle().await;
    assert_eq!(input("field-skus[0].open_ports[0].number").value(), "5986");
    assert!(by_id("field-skus[0].open_ports[1].number").is_none());
}
