//! The "Marketplace" section: the listing.

use super::{
    field::{bind, InputKind, TextField},
    links::UsefulLinks,
    list_place::ListPlace,
    logos::Logos,
    screenshots::Screenshots,
    string_list::StringList,
    videos::Videos,
    Editor,
};
use crate::domain::{fields::marketplace, rules::limits, Marketplace};
use crate::i18n::*;
use leptos::prelude::*;

/// Listing texts, preview subscriptions, categories, logos, screenshots, videos, links,
/// privacy policy and terms of use.
#[component]
pub fn MarketplaceSection() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let text = |get: fn(&Marketplace) -> &String, get_mut: fn(&mut Marketplace) -> &mut String| {
        bind(
            editor,
            move |form| Some(get(&form.marketplace)),
            move |form| Some(get_mut(&mut form.marketplace)),
        )
    };
    let (title, set_title) = text(|m| &m.title, |m| &mut m.title);
    let (summary, set_summary) = text(|m| &m.summary, |m| &mut m.summary);
    let (long_summary, set_long_summary) = text(|m| &m.long_summary, |m| &mut m.long_summary);
    let (description, set_description) = text(|m| &m.description, |m| &mut m.description);
    let (marketing_id, set_marketing_id) = text(|m| &m.marketing_id, |m| &mut m.marketing_id);
    let (privacy, set_privacy) = text(|m| &m.privacy_policy_url, |m| &mut m.privacy_policy_url);
    let (terms, set_terms) = text(|m| &m.terms_of_use, |m| &mut m.terms_of_use);
    let subscriptions = ListPlace::new(
        |form| Some(&form.marketplace.preview_subscription_ids),
        |form| Some(&mut form.marketplace.preview_subscription_ids),
    );
    let categories = ListPlace::new(
        |form| Some(&form.marketplace.categories),
        |form| Some(&mut form.marketplace.categories),
    );
    view! {
        <fieldset class="form-section">
            <legend>{t_string!(i18n, editor.listing)}</legend>
            <TextField
                path=marketplace::title()
                label=t_string!(i18n, editor.field_mp_title).to_string()
                hint=t_string!(i18n, editor.hint_max_chars, max = limits::SHORT_TEXT).to_string()
                value=title
                on_input=set_title
            />
            <TextField
                path=marketplace::summary()
                label=t_string!(i18n, editor.field_mp_summary).to_string()
                hint=t_string!(i18n, editor.hint_max_chars, max = limits::SUMMARY).to_string()
                value=summary
                on_input=set_summary
            />
            <TextField
                path=marketplace::long_summary()
                label=t_string!(i18n, editor.field_mp_long_summary).to_string()
                hint=t_string!(i18n, editor.hint_max_chars, max = limits::LONG_SUMMARY).to_string()
                value=long_summary
                on_input=set_long_summary
                kind=InputKind::Multiline
            />
            <TextField
                path=marketplace::description()
                label=t_string!(i18n, editor.field_mp_description).to_string()
                hint=t_string!(i18n, editor.hint_mp_description, max = limits::DESCRIPTION).to_string()
                value=description
                on_input=set_description
                kind=InputKind::Multiline
            />
            <TextField
                path=marketplace::marketing_id()
                label=t_string!(i18n, editor.field_marketing_id).to_string()
                hint=t_string!(i18n, editor.hint_max_chars, max = limits::SHORT_TEXT).to_string()
                value=marketing_id
                on_input=set_marketing_id
            />
        </fieldset>
        <StringList
            path=marketplace::preview_subscription_ids()
            place=subscriptions
            legend=t_string!(i18n, editor.preview_subscriptions).to_string()
            hint=t_string!(i18n, editor.hint_preview_subscriptions, max = limits::PREVIEW_SUBSCRIPTIONS).to_string()
            item_label=Callback::new(move |i: usize| {
                t_string!(i18n, editor.preview_subscription_item, number = i + 1).to_string()
            })
            remove_label=Callback::new(move |i: usize| {
                t_string!(i18n, editor.remove_preview_subscription, number = i + 1).to_string()
            })
            add_label=t_string!(i18n, editor.add_preview_subscription).to_string()
            max=limits::PREVIEW_SUBSCRIPTIONS
        />
        <StringList
            path=marketplace::categories()
            place=categories
            legend=t_string!(i18n, editor.categories).to_string()
            hint=t_string!(i18n, editor.hint_categories, max = limits::CATEGORIES).to_string()
            item_label=Callback::new(move |i: usize| {
                t_string!(i18n, editor.category_item, number = i + 1).to_string()
            })
            remove_label=Callback::new(move |i: usize| {
                t_string!(i18n, editor.remove_category, number = i + 1).to_string()
            })
            add_label=t_string!(i18n, editor.add_category).to_string()
            max=limits::CATEGORIES
        />
        <Logos />
        <Screenshots />
        <Videos />
        <UsefulLinks />
        <fieldset class="form-section">
            <legend>{t_string!(i18n, editor.legal)}</legend>
            <TextField
                path=marketplace::privacy_policy_url()
                label=t_string!(i18n, editor.field_privacy_policy_url).to_string()
                hint=t_string!(i18n, editor.hint_https).to_string()
                value=privacy
                on_input=set_privacy
                kind=InputKind::Url
            />
            <TextField
                path=marketplace::terms_of_use()
                label=t_string!(i18n, editor.field_terms_of_use).to_string()
                value=terms
                on_input=set_terms
                kind=InputKind::Multiline
            />
        </fieldset>
    }
}
