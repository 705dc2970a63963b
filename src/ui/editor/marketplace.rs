//! The "Marketplace" section: the listing.

use super::{
    field::{bind, InputKind, ListPlace, TextField},
    images::ImagePicker,
    links::UsefulLinks,
    screenshots::Screenshots,
    string_list::StringList,
    videos::Videos,
    Editor,
};
use crate::domain::{rules::limits, ImageMeta, Logos, Marketplace};
use crate::i18n::*;
use leptos::prelude::*;

/// The binding of one logo slot.
fn logo(
    editor: Editor,
    get: fn(&Logos) -> &Option<ImageMeta>,
    get_mut: fn(&mut Logos) -> &mut Option<ImageMeta>,
) -> (Signal<Option<ImageMeta>>, Callback<ImageMeta>, Callback<()>) {
    let value = Signal::derive(move || {
        editor
            .offer
            .with(|o| get(&o.draft.marketplace.logos).clone())
    });
    let on_pick = Callback::new(move |meta| {
        editor.edit(|form| *get_mut(&mut form.marketplace.logos) = Some(meta))
    });
    let on_remove =
        Callback::new(move |()| editor.edit(|form| *get_mut(&mut form.marketplace.logos) = None));
    (value, on_pick, on_remove)
}

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
    let (small, pick_small, remove_small) = logo(editor, |l| &l.small, |l| &mut l.small);
    let (medium, pick_medium, remove_medium) = logo(editor, |l| &l.medium, |l| &mut l.medium);
    let (large, pick_large, remove_large) = logo(editor, |l| &l.large, |l| &mut l.large);
    let (wide, pick_wide, remove_wide) = logo(editor, |l| &l.wide, |l| &mut l.wide);
    let (hero, pick_hero, remove_hero) = logo(editor, |l| &l.hero, |l| &mut l.hero);
    let remove_logo =
        move |name: String| t_string!(i18n, editor.remove_image, name = name).to_string();
    view! {
        <fieldset class="form-section">
            <legend>{t_string!(i18n, editor.listing)}</legend>
            <TextField
                path="marketplace.title"
                label=t_string!(i18n, editor.field_mp_title).to_string()
                hint=t_string!(i18n, editor.hint_max_chars, max = limits::SHORT_TEXT).to_string()
                value=title
                on_input=set_title
            />
            <TextField
                path="marketplace.summary"
                label=t_string!(i18n, editor.field_mp_summary).to_string()
                hint=t_string!(i18n, editor.hint_max_chars, max = limits::SUMMARY).to_string()
                value=summary
                on_input=set_summary
            />
            <TextField
                path="marketplace.long_summary"
                label=t_string!(i18n, editor.field_mp_long_summary).to_string()
                hint=t_string!(i18n, editor.hint_max_chars, max = limits::LONG_SUMMARY).to_string()
                value=long_summary
                on_input=set_long_summary
                kind=InputKind::Multiline
            />
            <TextField
                path="marketplace.description"
                label=t_string!(i18n, editor.field_mp_description).to_string()
                hint=t_string!(i18n, editor.hint_mp_description, max = limits::DESCRIPTION).to_string()
                value=description
                on_input=set_description
                kind=InputKind::Multiline
            />
            <TextField
                path="marketplace.marketing_id"
                label=t_string!(i18n, editor.field_marketing_id).to_string()
                hint=t_string!(i18n, editor.hint_max_chars, max = limits::SHORT_TEXT).to_string()
                value=marketing_id
                on_input=set_marketing_id
            />
        </fieldset>
        <StringList
            path="marketplace.preview_subscription_ids"
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
            path="marketplace.categories"
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
        <fieldset class="form-section">
            <legend>{t_string!(i18n, editor.logos)}</legend>
            <ImagePicker
                path="marketplace.logos.small"
                label=t_string!(i18n, editor.logo_small).to_string()
                size=limits::LOGO_SMALL
                value=small
                on_pick=pick_small
                on_remove=remove_small
                remove_label=remove_logo(t_string!(i18n, editor.logo_small).to_string())
            />
            <ImagePicker
                path="marketplace.logos.medium"
                label=t_string!(i18n, editor.logo_medium).to_string()
                size=limits::LOGO_MEDIUM
                value=medium
                on_pick=pick_medium
                on_remove=remove_medium
                remove_label=remove_logo(t_string!(i18n, editor.logo_medium).to_string())
            />
            <ImagePicker
                path="marketplace.logos.large"
                label=t_string!(i18n, editor.logo_large).to_string()
                size=limits::LOGO_LARGE
                value=large
                on_pick=pick_large
                on_remove=remove_large
                remove_label=remove_logo(t_string!(i18n, editor.logo_large).to_string())
            />
            <ImagePicker
                path="marketplace.logos.wide"
                label=t_string!(i18n, editor.logo_wide).to_string()
                size=limits::LOGO_WIDE
                value=wide
                on_pick=pick_wide
                on_remove=remove_wide
                remove_label=remove_logo(t_string!(i18n, editor.logo_wide).to_string())
            />
            <ImagePicker
                path="marketplace.logos.hero"
                label=t_string!(i18n, editor.logo_hero).to_string()
                size=limits::LOGO_HERO
                value=hero
                on_pick=pick_hero
                on_remove=remove_hero
                remove_label=remove_logo(t_string!(i18n, editor.logo_hero).to_string())
            />
        </fieldset>
        <Screenshots />
        <Videos />
        <UsefulLinks />
        <fieldset class="form-section">
            <legend>{t_string!(i18n, editor.legal)}</legend>
            <TextField
                path="marketplace.privacy_policy_url"
                label=t_string!(i18n, editor.field_privacy_policy_url).to_string()
                hint=t_string!(i18n, editor.hint_https).to_string()
                value=privacy
                on_input=set_privacy
                kind=InputKind::Url
            />
            <TextField
                path="marketplace.terms_of_use"
                label=t_string!(i18n, editor.field_terms_of_use).to_string()
                value=terms
                on_input=set_terms
                kind=InputKind::Multiline
            />
        </fieldset>
    }
}
