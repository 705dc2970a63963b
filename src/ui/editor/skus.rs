//! The "SKUs" section.

use super::{add_button::AddButton, field::ListPlace, focus_soon, sku::SkuEditor, Editor};
use crate::domain::{fields, Sku};
use crate::i18n::*;
use leptos::prelude::*;

/// Every SKU of the offer, each in its own group, and Add a SKU.
#[component]
pub fn SkusSection() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let place = ListPlace::new(|form| Some(&form.skus), |form| Some(&mut form.skus));
    let count = place.len(editor);
    let on_add = Callback::new(move |()| {
        let index = count.get_untracked();
        place.push(editor, Sku::default());
        focus_soon(fields::sku(index).sku_id());
    });
    view! {
        <p class="hint">{t_string!(i18n, editor.skus_intro)}</p>
        {move || (0..count.get()).map(|index| view! { <SkuEditor index /> }).collect_view()}
        <AddButton
            path=fields::skus()
            label=t_string!(i18n, editor.add_sku).to_string()
            max=usize::MAX
            count
            on_add
        />
    }
}
