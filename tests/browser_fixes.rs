//! Every fix link of a failure opens the Editor on the field to fix and focuses it (the real
//! DOM ids `field-<path>`), and a planned lead failure names the CRM's own field: mounted for
//! real in headless Chromium on offers written to localStorage as the store writes them.
#![cfg(target_arch = "wasm32")]

use golive::domain::sample::complete_form;
use golive::domain::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::*;

/// The sample form published eight days ago with `edit` made first, brought up to now.
fn published_with(
    id: &str,
    edit: impl FnOnce(&mut OfferForm),
    fault: Option<(Step, FaultReason)>,
) -> Offer {
    let now = js_sys::Date::now() as i64;
    let start = now - 8 * DAY_MS;
    let mut offer = Offer::new(
        OfferId(id.into()),
        "Contoso Web Server".into(),
        SimTime(start),
    );
    offer.draft = complete_form();
    edit(&mut offer.draft);
    if let Some((step, reason)) = fault {
        offer = ok(&offer, Command::PlanFault { step, reason }, start);
    }
    let offer = ok(&offer, Command::Publish { seed: 42 }, start);
    let offer = ok(
        &offer,
        Command::SubmitNotificationEmail("dana@contoso.com".into()),
        start,
    );
    advance(&offer, &clock(), WallTime(now)).offer
}

/// Clicks the `i`-th fix link of the failure and returns the id of the element focused then.
async fn focus_after_fix(host: &web_sys::HtmlElement, i: usize) -> String {
    button(host, "Status").click();
    settle().await;
    all(host, "section.failure button.fix")
        .get(i)
        .cloned()
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(|| panic!("fix link {i} in {}", host.inner_html()))
        .click();
    settle().await;
    settle().await;
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn every_certification_fix_link_focuses_its_field_in_the_editor() {
    let offer = published_with(
        "o-test-fixes",
        |form| {
            let dv = &mut form.skus[0].disk_versions[0];
            dv.os_vhd_url = dv
                .os_vhd_url
                .replace("contosostorage.blob.core.windows.net", "example.com");
            dv.os_disk_size_gb = "2000".into();
            let mut second = dv.data_disks[0].clone();
            second.lun = "2".into();
            second.vhd_url = second.vhd_url.replace("sr=c", "sr=b");
            dv.data_disks[0].size_gb = "2048".into();
            dv.data_disks.push(second);
        },
        None,
    );
    assert_eq!(offer.publish_state(), PublishState::Failed);
    let remedies = offer
        .run
        .as_ref()
        .and_then(|r| r.failure.clone())
        .expect("failed")
        .remedies();
    let fields: Vec<String> = remedies
        .iter()
        .filter_map(|remedy| match remedy {
            Remedy::UseAzureBlobStorage { field }
            | Remedy::ResizeOsDisk { field, .. }
            | Remedy::ResizeDataDisk { field, .. }
            | Remedy::UseContainerScope { field }
            | Remedy::RenumberLuns { field } => Some(field.as_str().to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(fields.len(), 5, "{remedies:?}");
    store_and_open(&offer);
    let app = mount();
    settle().await;
    let host = &app.host;
    // The check list names the failed check.
    let checks = text(&one(host, "section.checks"));
    assert!(checks.contains("On Azure Storage"), "{checks}");
    assert!(checks.contains("The VHD is on example.com"), "{checks}");
    for (i, field) in fields.iter().enumerate() {
        let focused = focus_after_fix(host, i).await;
        assert_eq!(focused, format!("field-{field}"), "fix link {i}");
    }
}

#[wasm_bindgen_test]
async fn a_lead_failure_names_the_crms_own_field_and_its_fix_link_focuses_it() {
    let cases = [
        (
            LeadDestination::Salesforce {
                org_id: "00D000000000001".into(),
            },
            "org_id",
            "organization ID",
        ),
        (
            LeadDestination::Marketo {
                server_id: "app-ab01".into(),
                munchkin_id: "123-ABC-456".into(),
                form_id: "1001".into(),
            },
            "server_id",
            "Munchkin account ID",
        ),
        (
            LeadDestination::HttpsEndpoint {
                url: "https://leads.contoso.com/in".into(),
            },
            "url",
            "HTTPS endpoint",
        ),
    ];
    for (destination, field, words) in cases {
        let kind = destination.kind();
        let offer = published_with(
            "o-test-lead",
            |form| form.marketplace.lead_destination = destination,
            Some((
                Step::PackagingAndLeadRegistration,
                FaultReason::LeadSettingsRejected { destination: kind },
            )),
        );
        assert_eq!(offer.publish_state(), PublishState::Failed, "{kind:?}");
        store_and_open(&offer);
        let app = mount();
        settle().await;
        let host = &app.host;
        let failure = text(&one(host, "section.failure"));
        assert!(failure.contains(words), "{kind:?}: {failure}");
        assert!(
            failure.contains("Lead destination ›"),
            "{kind:?}: {failure}"
        );
        assert!(!failure.contains("Marketplace ›"), "{kind:?}: {failure}");
        let focused = focus_after_fix(host, 0).await;
        assert_eq!(
            focused,
            format!("field-marketplace.lead_destination.{field}")
        );
        let section = text(&one(host, ".section-tabs [role=tab][aria-selected=true]"));
        assert!(section.contains("Lead destination"), "{section}");
    }
}
