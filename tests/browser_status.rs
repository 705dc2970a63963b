//! The Status tab and the Inbox mounted for real in headless Chromium, on offers written to
//! the browser's localStorage the way the store writes them.
#![cfg(target_arch = "wasm32")]

use golive::domain::sample::complete_form;
use golive::domain::*;
use golive::store::{BrowserStorage, Store};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::*;

const STEP_NAMES: [&str; 7] = [
    "Validate Pre-Requisites",
    "Certification",
    "Provisioning",
    "Packaging and Lead Generation Registration",
    "Offer Available in Preview",
    "Publisher Signoff",
    "Live",
];

/// The preview subscription of the sample form.
const ALLOWED: &str = "3f2c5a8e-1b7d-4c9a-8e2f-6d5b4a3c2e1f";

/// The sample offer published eight days ago, with `fault` planned before it ran, and
/// brought up to now: at Publisher Signoff without a fault.
fn offer_published_8_days_ago(id: &str, fault: Option<(Step, FaultReason)>) -> Offer {
    let now = js_sys::Date::now() as i64;
    let start = now - 8 * DAY_MS;
    let mut offer = Offer::new(
        OfferId(id.into()),
        "Contoso Web Server".into(),
        SimTime(start),
    );
    offer.draft = complete_form();
    let mut offer = ok(&offer, Command::Publish { seed: 42 }, start);
    if let Some((step, reason)) = fault {
        offer = ok(&offer, Command::PlanFault { step, reason }, start);
    }
    let offer = ok(
        &offer,
        Command::SubmitNotificationEmail("dana@contoso.com".into()),
        start,
    );
    advance(&offer, &clock(), WallTime(now)).offer
}

/// The offer as stored now.
fn stored(id: &OfferId) -> Offer {
    let (_, loaded) = Store::load(BrowserStorage::open().expect("storage"));
    loaded
        .offers
        .into_iter()
        .find(|offer| &offer.id == id)
        .expect("the offer is stored")
}

fn type_into(element: web_sys::Element, value: &str) {
    let event = web_sys::Event::new("input").unwrap();
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(value);
        input.dispatch_event(&event).unwrap();
    } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(value);
        area.dispatch_event(&event).unwrap();
    }
}

#[wasm_bindgen_test]
async fn signoff_lists_the_seven_steps_and_cancel_publishing_returns_to_step_1() {
    let offer = offer_published_8_days_ago("o-test-signoff", None);
    assert_eq!(
        offer.publish_state(),
        PublishState::WaitingForPublisherReview
    );
    store_and_open(&offer);
    let app = mount();
    settle().await;
    let host = &app.host;

    let steps = all(host, "ol.steps > li");
    assert_eq!(steps.len(), 7, "{}", host.inner_html());
    for (step, name) in steps.iter().zip(STEP_NAMES) {
        assert!(text(step).contains(name), "{name} in {}", text(step));
    }
    let current = one(host, "ol.steps > li[aria-current=step]");
    assert!(
        text(&current).contains("Publisher Signoff"),
        "{}",
        text(&current)
    );
    assert!(
        text(&current).contains("Waiting for your review"),
        "{}",
        text(&current)
    );
    assert!(text(&steps[1]).contains("Complete"), "{}", text(&steps[1]));

    // Step 3 replicated everywhere, step 4 assembled the page and sent the test lead.
    assert!(
        text(&steps[2]).contains("26 of 26 regions"),
        "{}",
        text(&steps[2])
    );
    assert!(text(&steps[3]).contains("Contoso Web Server on Ubuntu 16.04 LTS"));
    assert!(text(&steps[3]).contains("Test lead as it appears in Azure Table"));

    // Step 5: the listing formats the description's simple HTML (a paragraph, not its tags
    // as text), and staging obeys the allow-list.
    let listing = one(host, ".listing-preview");
    assert!(!text(&listing).contains("<p>"), "{}", text(&listing));
    let paragraph = listing
        .query_selector(".listing-description p")
        .unwrap()
        .expect("the description's paragraph");
    assert_eq!(
        text(&paragraph),
        "Contoso Web Server bundles Nginx with secure defaults."
    );
    type_into(
        one(host, "#staging-subscription"),
        "00000000-0000-0000-0000-000000000000",
    );
    button(host, "Deploy to staging").click();
    settle().await;
    let result = text(&one(host, ".staging-result[role=status]"));
    assert!(
        result.contains("not on the offer's preview list"),
        "{result}"
    );
    type_into(one(host, "#staging-subscription"), &ALLOWED.to_uppercase());
    button(host, "Deploy to staging").click();
    settle().await;
    let result = text(&one(host, ".staging-result[role=status]"));
    assert!(result.contains("Deployed to staging"), "{result}");

    // Step 6: both actions enabled.
    let go_live = button(host, "Go Live");
    assert_ne!(
        go_live.get_attribute("aria-disabled").as_deref(),
        Some("true")
    );
    let cancel = button(host, "Cancel publishing");
    assert_eq!(
        cancel.get_attribute("aria-disabled").as_deref(),
        Some("false")
    );

    // The Inbox has the preview-ready email, unread; opening it marks it read.
    let inbox = all(host, "button.inbox-button")
        .pop()
        .expect("the Inbox button");
    // Its name starts with the visible "Inbox" (WCAG 2.5.3) and says the count in words.
    assert_eq!(text(&inbox).trim(), "Inbox1 1 unread email");
    // Emails are rendered only while the Inbox is open (thousands of offers, thousands of
    // emails: never built at start).
    assert!(all(host, "dialog.inbox li.email").is_empty());
    inbox.dyn_ref::<web_sys::HtmlElement>().unwrap().click();
    settle().await;
    let dialog: web_sys::HtmlDialogElement = one(host, "dialog.inbox").dyn_into().unwrap();
    assert!(dialog.open());
    let emails = all(host, "dialog.inbox li.email");
    assert_eq!(emails.len(), 1, "{}", dialog.inner_html());
    assert!(text(&emails[0]).contains("Contoso Web Server is ready to preview"));
    one(host, "dialog.inbox li.email button.email-subject")
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    settle().await;
    assert!(stored(&offer.id).notifications.iter().all(|n| n.read));
    // All read: the badge and the spoken count are gone.
    assert_eq!(text(&inbox).trim(), "Inbox");
    dialog.close();

    // Cancel publishing asks first; Keep publishing changes nothing.
    cancel.click();
    settle().await;
    let confirm: web_sys::HtmlDialogElement = one(host, "dialog.cancel-dialog").dyn_into().unwrap();
    assert!(confirm.open(), "a confirmation dialog");
    let said = text(&confirm);
    assert!(said.contains("run 1 stops at Publisher Signoff"), "{said}");
    assert!(said.contains("back to step 1"), "{said}");
    assert!(said.contains("nothing goes live"), "{said}");
    button(host, "Keep publishing").click();
    settle().await;
    assert!(!confirm.open());
    assert_eq!(
        stored(&offer.id).publish_state(),
        PublishState::WaitingForPublisherReview
    );
    // Confirmed, it resets the run to step 1, where no step of it shows complete.
    cancel.click();
    settle().await;
    assert!(confirm.open());
    button(host, "Yes, cancel publishing").click();
    settle().await;
    assert!(!confirm.open());
    let after = stored(&offer.id);
    assert_eq!(after.publish_state(), PublishState::Canceled);
    assert_eq!(after.current_step(), Some(Step::ValidatePrerequisites));
    let current = one(host, "ol.steps > li[aria-current=step]");
    assert!(
        text(&current).contains("Validate Pre-Requisites"),
        "{}",
        text(&current)
    );
    assert!(
        text(&current).contains("Publishing was canceled"),
        "{}",
        text(&current)
    );
    let announced = text(&one(host, ".status [aria-live=polite]"));
    assert!(announced.contains("Publishing canceled"), "{announced}");
    for step in all(host, "ol.steps > li") {
        assert!(!text(&step).contains("Complete"), "{}", text(&step));
    }
    assert_eq!(
        after.notifications.last().map(|n| n.kind),
        Some(NotificationKind::Canceled)
    );
}

#[wasm_bindgen_test]
async fn a_running_step_shows_progress_from_its_times_and_replication_per_region() {
    // With seed 42, Provisioning runs from about 2 d 1 h to 2 d 10 h after the email.
    let now = js_sys::Date::now() as i64;
    let start = now - 2 * DAY_MS - 6 * HOUR_MS;
    let mut offer = Offer::new(
        OfferId("o-test-running".into()),
        "Contoso".into(),
        SimTime(start),
    );
    offer.draft = complete_form();
    let offer = ok(&offer, Command::Publish { seed: 42 }, start);
    let offer = ok(
        &offer,
        Command::SubmitNotificationEmail("dana@contoso.com".into()),
        start,
    );
    let offer = advance(&offer, &clock(), WallTime(now)).offer;
    assert_eq!(offer.current_step(), Some(Step::Provisioning));
    store_and_open(&offer);
    let app = mount();
    settle().await;
    let host = &app.host;

    let current = one(host, "ol.steps > li[aria-current=step]");
    assert!(
        text(&current).contains("Provisioning"),
        "{}",
        text(&current)
    );
    assert!(text(&current).contains("left"), "{}", text(&current));
    let bar = one(host, "li[aria-current=step] [role=progressbar]");
    assert_eq!(
        bar.get_attribute("aria-label").as_deref(),
        Some("Progress of Provisioning")
    );
    let value: u8 = bar.get_attribute("aria-valuenow").unwrap().parse().unwrap();
    assert!((1..100).contains(&value), "{value}");
    assert_eq!(
        all(host, "li[aria-current=step] .regions progress").len(),
        26
    );
    // Only the running step has a bar.
    assert_eq!(all(host, "[role=progressbar]").len(), 1);
}

#[wasm_bindgen_test]
async fn step_1_says_it_waits_for_the_email_asked_in_the_publish_dialog() {
    let now = js_sys::Date::now() as i64;
    let mut offer = Offer::new(
        OfferId("o-test-email".into()),
        "Contoso".into(),
        SimTime(now),
    );
    offer.draft = complete_form();
    let offer = ok(&offer, Command::Publish { seed: 42 }, now);
    store_and_open(&offer);
    let app = mount();
    settle().await;
    let current = text(&one(&app.host, "ol.steps > li[aria-current=step]"));
    assert!(current.contains("Validate Pre-Requisites"), "{current}");
    assert!(
        current.contains("Waiting for the notification email"),
        "{current}"
    );
    assert!(current.contains("Publish dialog"), "{current}");
}

#[wasm_bindgen_test]
async fn a_failed_certification_shows_the_reason_and_opens_a_support_request() {
    let offer = offer_published_8_days_ago(
        "o-test-failed",
        Some((Step::Certification, FaultReason::SasUriNotDownloadable)),
    );
    assert_eq!(offer.publish_state(), PublishState::Failed);
    store_and_open(&offer);
    let app = mount();
    settle().await;
    let host = &app.host;

    let current = one(host, "ol.steps > li[aria-current=step]");
    assert!(
        text(&current).contains("Certification"),
        "{}",
        text(&current)
    );
    assert!(text(&current).contains("Rejected"), "{}", text(&current));
    assert!(text(&current).contains("✖"), "an icon beside the state");

    let failure = text(&one(host, "section.failure"));
    assert!(failure.contains("step 2, Certification"), "{failure}");
    assert!(failure.contains("Not able to download blob"), "{failure}");
    assert!(failure.contains("press Publish in the Editor"), "{failure}");
    assert!(
        all(host, "section.failure button.fix").len() == 1,
        "a way to the field to fix"
    );

    // Cancel publishing is there but refused, with the domain's reason.
    let cancel = button(host, "Cancel publishing");
    assert_eq!(
        cancel.get_attribute("aria-disabled").as_deref(),
        Some("true")
    );
    let reason = text(&one(host, "#cancel-reason"));
    assert!(
        reason.contains("Only possible at Publisher Signoff"),
        "{reason}"
    );
    cancel.click();
    settle().await;
    assert_eq!(stored(&offer.id).publish_state(), PublishState::Failed);

    // A support request: a modal dialog, kept with the offer and listed.
    button(host, "Open a support request").click();
    settle().await;
    let dialog: web_sys::HtmlDialogElement = one(host, "dialog.support-dialog").dyn_into().unwrap();
    assert!(dialog.open());
    type_into(
        one(host, "#support-text"),
        "The SAS URI works from my machine.",
    );
    button(host, "Send").click();
    settle().await;
    assert!(!dialog.open());
    let tickets = stored(&offer.id).tickets;
    assert_eq!(tickets.len(), 1);
    let listed = text(&one(host, "section.tickets"));
    assert!(listed.contains(&tickets[0].number), "{listed}");
    assert!(
        listed.contains("The SAS URI works from my machine."),
        "{listed}"
    );

    // The fix link opens the Editor.
    one(host, "section.failure button.fix")
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    settle().await;
    let query = web_sys::window().unwrap().location().search().unwrap();
    assert!(query.contains("tab=editor"), "{query}");
}
