//! The "SKUs" section.

use super::{
    item_list::{AddItem, Item, ItemList},
    list_place::ListPlace,
    sku::SkuEditor,
};
use crate::domain::{fields, Sku};
use crate::i18n::*;
use leptos::prelude::*;

/// Every SKU of the offer, each in its own group, and Add a SKU.
#[component]
pub fn SkusSection() -> impl IntoView {
    let i18n = use_i18n();
    let place = ListPlace::new(|form| Some(&form.skus), |form| Some(&mut form.skus));
    let item = |Item { index, remove }| view! { <SkuEditor index remove /> };
    let add = AddItem::new(
        t_string!(i18n, editor.add_sku).to_string(),
        usize::MAX,
        |_| Sku::default(),
        |index| fields::sku(index).sku_id(),
    );
    view! {
        <p class="hint">{t_string!(i18n, editor.skus_intro)}</p>
        <ItemList path=fields::skus() place item bare=true add />
    }
}
