//! Packaging and Lead Generation Registration (step 4): the product page assembled from the
//! submitted form, and the test lead as the publisher's CRM received it.

use super::texts::{destination_text, lead_source_text};
use crate::domain::{LeadRecord, Offer, OfferForm};
use crate::i18n::*;
use leptos::prelude::*;

/// The product page and, when a lead destination was set, the test lead record.
#[component]
pub fn Packaging(offer: RwSignal<Offer>) -> impl IntoView {
    let submitted = Memo::new(move |_| {
        offer.with(|offer| {
            offer
                .run
                .as_ref()
                .map(|run| (run.submitted.clone(), run.lead.clone()))
        })
    });
    move || {
        submitted.get().map(|(form, lead)| {
            view! {
                <div class="step-detail packaging">
                    <ProductPage form />
                    {lead.map(|lead| view! { <LeadTable lead /> })}
                </div>
            }
        })
    }
}

/// The technical and marketing content combined: title, summary and the SKUs.
#[component]
fn ProductPage(form: OfferForm) -> impl IntoView {
    let i18n = use_i18n();
    let skus = form
        .skus
        .into_iter()
        .filter(|sku| !sku.hidden)
        .map(|sku| {
            view! {
                <li>
                    <strong>{sku.title}</strong>
                    " "
                    <code>{sku.sku_id}</code>
                    <p>{sku.summary}</p>
                    <p class="muted">{sku.os_friendly_name}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="product-page" aria-labelledby="product-page-title">
            <h4 id="product-page-title">{t_string!(i18n, status.product_page_title)}</h4>
            <p class="product-title">{form.marketplace.title}</p>
            <p>{form.marketplace.summary}</p>
            <h5>{t_string!(i18n, status.product_page_skus)}</h5>
            <ul class="skus">{skus}</ul>
        </section>
    }
}

/// The test lead with its fake customer, as a row of the CRM.
#[component]
fn LeadTable(lead: LeadRecord) -> impl IntoView {
    let i18n = use_i18n();
    // Words in closures follow the language; the record itself never changes.
    let caption = move || {
        t_string!(
            i18n,
            status.lead_caption,
            crm = destination_text(lead.destination)
        )
        .to_string()
    };
    let rows = move || {
        let customer = lead.customer.clone();
        let lead = lead.clone();
        let rows = vec![
            (
                t_string!(i18n, status.lead_source).to_string(),
                lead_source_text(lead.source),
            ),
            (
                t_string!(i18n, status.lead_action_code).to_string(),
                lead.action_code,
            ),
            (
                t_string!(i18n, status.lead_first_name).to_string(),
                customer.first_name,
            ),
            (
                t_string!(i18n, status.lead_last_name).to_string(),
                customer.last_name,
            ),
            (
                t_string!(i18n, status.lead_email).to_string(),
                customer.email,
            ),
            (
                t_string!(i18n, status.lead_phone).to_string(),
                customer.phone,
            ),
            (
                t_string!(i18n, status.lead_country).to_string(),
                customer.country,
            ),
            (
                t_string!(i18n, status.lead_company).to_string(),
                customer.company,
            ),
            (
                t_string!(i18n, status.lead_title).to_string(),
                customer.title,
            ),
        ];
        rows.into_iter()
            .map(|(field, value)| view! { <tr><th scope="row">{field}</th><td>{value}</td></tr> })
            .collect_view()
    };
    view! {
        <table class="lead">
            <caption>{caption}</caption>
            <tbody>{rows}</tbody>
        </table>
    }
}
