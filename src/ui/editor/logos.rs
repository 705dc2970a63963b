//! The listing's logos: one image slot per logo size.

use super::{images::ImagePicker, Editor};
use crate::domain::{fields::marketplace, rules::limits, LogoKind};
use crate::i18n::*;
use leptos::prelude::*;

/// The visible name of a logo slot.
fn logo_label(kind: LogoKind) -> String {
    let i18n = use_i18n();
    match kind {
        LogoKind::Small => t_string!(i18n, editor.logo_small),
        LogoKind::Medium => t_string!(i18n, editor.logo_medium),
        LogoKind::Large => t_string!(i18n, editor.logo_large),
        LogoKind::Wide => t_string!(i18n, editor.logo_wide),
        LogoKind::Hero => t_string!(i18n, editor.logo_hero),
    }
    .to_string()
}

/// One logo slot: a PNG of the slot's size, replaceable and removable.
#[component]
fn LogoPicker(kind: LogoKind) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let value = Signal::derive(move || {
        editor
            .offer
            .with(|o| o.draft.marketplace.logos.slot(kind).clone())
    });
    let on_pick = Callback::new(move |meta| {
        editor.edit(|form| *form.marketplace.logos.slot_mut(kind) = Some(meta))
    });
    let on_remove =
        Callback::new(move |()| editor.edit(|form| *form.marketplace.logos.slot_mut(kind) = None));
    let label = logo_label(kind);
    let remove_label = t_string!(i18n, editor.remove_image, name = label.clone()).to_string();
    view! {
        <ImagePicker
            path=marketplace::logo(kind)
            label
            size=limits::logo_size(kind)
            value
            on_pick
            on_remove
            remove_label
        />
    }
}

/// The five logos, small to hero, in a group.
#[component]
pub fn Logos() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="form-section">
            <legend>{t_string!(i18n, editor.logos)}</legend>
            {LogoKind::ALL.into_iter().map(|kind| view! { <LogoPicker kind /> }).collect_view()}
        </fieldset>
    }
}
