//! Offer Available in Preview (step 5): the listing page as customers will see it, and the
//! Deploy to staging check with a preview subscription.

use crate::domain::{
    deploy_to_staging, preview_available, LogoKind, Marketplace, Offer, StagingRefusal,
};
use crate::i18n::*;
use crate::ui::{image::StoredImage, markup::Description};
use leptos::prelude::*;

/// The listing preview and the staging check, once the offer is available in preview.
#[component]
pub fn Preview(offer: RwSignal<Offer>) -> impl IntoView {
    let listing = Memo::new(move |_| {
        offer.with(|offer| {
            offer
                .run
                .as_ref()
                .filter(|run| preview_available(run))
                .map(|run| run.submitted.marketplace.clone())
        })
    });
    // The staging check lives outside the listing, so typing survives any re-render of it.
    let available = Memo::new(move |_| listing.with(Option::is_some));
    view! {
        {move || listing.get().map(|marketplace| view! { <Listing marketplace /> })}
        <Show when=move || available.get()>
            <StagingCheck offer />
        </Show>
    }
}

/// The listing built from the submitted marketplace data: its images from the copies kept,
/// the description's simple HTML formatted, every other user text shown as text.
#[component]
fn Listing(marketplace: Marketplace) -> impl IntoView {
    let i18n = use_i18n();
    let logo_alt = move |kind: LogoKind| match kind {
        LogoKind::Small => t_string!(i18n, editor.logo_small).to_string(),
        LogoKind::Medium => t_string!(i18n, editor.logo_medium).to_string(),
        LogoKind::Large => t_string!(i18n, editor.logo_large).to_string(),
        LogoKind::Wide => t_string!(i18n, editor.logo_wide).to_string(),
        LogoKind::Hero => t_string!(i18n, status.preview_hero).to_string(),
    };
    let logos: Vec<_> = [
        LogoKind::Small,
        LogoKind::Medium,
        LogoKind::Large,
        LogoKind::Wide,
    ]
    .into_iter()
    .filter_map(|kind| {
        let image = marketplace.logos.slot(kind).clone()?;
        let alt = logo_alt(kind);
        Some(view! { <li><StoredImage image alt /></li> })
    })
    .collect();
    let hero = marketplace.logos.hero.clone().map(|image| {
        let alt = logo_alt(LogoKind::Hero);
        view! { <StoredImage image alt class="listing-hero" /> }
    });
    let screenshots = marketplace
        .screenshots
        .iter()
        .cloned()
        .enumerate()
        .map(|(index, image)| {
            let alt = t_string!(i18n, editor.screenshot_item, number = index + 1).to_string();
            view! { <li><StoredImage image alt /></li> }
        })
        .collect::<Vec<_>>();
    let categories = marketplace.categories.join(", ");
    let links = marketplace
        .useful_links
        .into_iter()
        .map(|link| view! { <li><span>{link.title}</span>" "<span class="url">{link.url}</span></li> })
        .collect_view();
    view! {
        <article class="step-detail listing-preview" aria-labelledby="listing-title">
            <p class="preview-label">{t_string!(i18n, status.preview_label)}</p>
            {hero}
            <h4 id="listing-title">{marketplace.title}</h4>
            {(!logos.is_empty())
                .then(|| {
                    view! {
                        <ul class="listing-logos" aria-label=t_string!(i18n, editor.logos)>
                            {logos}
                        </ul>
                    }
                })}
            <p class="listing-summary">{marketplace.summary}</p>
            <p>{marketplace.long_summary}</p>
            <Description source=marketplace.description />
            {(!screenshots.is_empty())
                .then(|| {
                    view! {
                        <ul class="listing-screenshots" aria-label=t_string!(i18n, editor.screenshots)>
                            {screenshots}
                        </ul>
                    }
                })}
            <dl>
                <dt>{t_string!(i18n, status.preview_categories)}</dt>
                <dd>{categories}</dd>
                <dt>{t_string!(i18n, status.preview_links)}</dt>
                <dd><ul>{links}</ul></dd>
                <dt>{t_string!(i18n, status.preview_privacy)}</dt>
                <dd class="url">{marketplace.privacy_policy_url}</dd>
            </dl>
        </article>
    }
}

/// A subscription ID and the Deploy to staging button; says whether the deployment worked.
#[component]
fn StagingCheck(offer: RwSignal<Offer>) -> impl IntoView {
    let i18n = use_i18n();
    let subscription = RwSignal::new(String::new());
    let result = RwSignal::new(None::<String>);
    let deploy = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let wanted = subscription.get_untracked();
        let outcome = offer.with_untracked(|offer| {
            offer
                .run
                .as_ref()
                .map(|run| deploy_to_staging(run, &wanted))
                .unwrap_or(Err(StagingRefusal::PreviewNotAvailable))
        });
        let text = match outcome {
            Ok(deployment) => {
                t_string!(i18n, status.staging_ok, id = deployment.subscription_id).to_string()
            }
            Err(StagingRefusal::PreviewNotAvailable) => {
                t_string!(i18n, status.staging_not_available).to_string()
            }
            Err(StagingRefusal::NotAGuid) => t_string!(i18n, status.staging_not_a_guid).to_string(),
            Err(StagingRefusal::NotOnAllowList) => {
                t_string!(i18n, status.staging_not_allowed).to_string()
            }
        };
        result.set(Some(text));
    };
    view! {
        <form class="step-detail staging" on:submit=deploy>
            <h4>{t_string!(i18n, status.staging_title)}</h4>
            <p class="hint" id="staging-hint">{t_string!(i18n, status.staging_hint)}</p>
            <label for="staging-subscription">{t_string!(i18n, status.staging_subscription)}</label>
            <input
                id="staging-subscription"
                type="text"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="staging-hint"
                prop:value=move || subscription.get()
                on:input=move |ev| subscription.set(event_target_value(&ev))
            />
            <button type="submit">{t_string!(i18n, status.staging_deploy)}</button>
            <p class="staging-result" role="status">{move || result.get()}</p>
        </form>
    }
}
