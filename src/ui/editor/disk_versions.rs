//! A SKU's disk versions.

use super::{
    disk_version::DiskVersionEditor,
    item_list::{AddItem, Item, ItemList},
    list_place::ListPlace,
};
use crate::domain::{fields, rules::limits, DiskVersion};
use crate::i18n::*;
use leptos::prelude::*;

/// The disk versions of SKU `sku` (1 to 8; the highest version is the one offered).
#[component]
pub fn DiskVersions(sku: usize) -> impl IntoView {
    let i18n = use_i18n();
    let place: ListPlace<DiskVersion> = ListPlace::new(
        move |form| form.skus.get(sku).map(|s| &s.disk_versions),
        move |form| form.skus.get_mut(sku).map(|s| &mut s.disk_versions),
    );
    let item = move |Item { index, remove }| view! { <DiskVersionEditor sku index remove /> };
    let add = AddItem::new(
        t_string!(i18n, editor.add_disk_version).to_string(),
        limits::DISK_VERSIONS,
        |_| DiskVersion::default(),
        move |index| fields::sku(sku).disk_version(index).version(),
    );
    view! {
        <fieldset class="list">
            <legend>{t_string!(i18n, editor.disk_versions)}</legend>
            <p class="hint">
                {t_string!(i18n, editor.hint_disk_versions, max = limits::DISK_VERSIONS).to_string()}
            </p>
            <ItemList path=fields::sku(sku).disk_versions() place item bare=true add />
        </fieldset>
    }
}
