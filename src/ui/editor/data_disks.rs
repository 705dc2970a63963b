//! The data disks of one disk version.

use super::{
    field::{InputKind, TextField},
    item_list::{AddItem, Item, ItemList},
    list_place::ListPlace,
    Editor,
};
use crate::domain::{fields, rules::limits, DataDisk};
use crate::i18n::*;
use leptos::prelude::*;

/// Up to 15 data disks of disk version `version` of SKU `sku`: LUN, VHD URL and size each.
#[component]
pub fn DataDisks(sku: usize, version: usize) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let version_path = fields::sku(sku).disk_version(version);
    let place: ListPlace<DataDisk> = ListPlace::new(
        move |form| {
            form.skus
                .get(sku)
                .and_then(|s| s.disk_versions.get(version))
                .map(|d| &d.data_disks)
        },
        move |form| {
            form.skus
                .get_mut(sku)
                .and_then(|s| s.disk_versions.get_mut(version))
                .map(|d| &mut d.data_disks)
        },
    );
    let items_place = place.clone();
    let items_path = version_path.clone();
    let item = move |item: Item| {
        let index = item.index;
        let p = items_path.data_disk(index);
        let text = |get, get_mut| items_place.text(editor, index, get, get_mut);
        let (lun, set_lun) = text(|d| &d.lun, |d| &mut d.lun);
        let (vhd, set_vhd) = text(|d| &d.vhd_url, |d| &mut d.vhd_url);
        let (size, set_size) = text(|d| &d.size_gb, |d| &mut d.size_gb);
        let number = item.number();
        view! {
            <fieldset class="group data-disk">
                <legend>{t_string!(i18n, editor.data_disk_legend, number = number).to_string()}</legend>
                <TextField
                    path=p.lun()
                    label=t_string!(i18n, editor.field_lun).to_string()
                    hint=t_string!(i18n, editor.hint_lun).to_string()
                    value=lun
                    on_input=set_lun
                    kind=InputKind::Number
                />
                <TextField
                    path=p.vhd_url()
                    label=t_string!(i18n, editor.field_data_vhd_url).to_string()
                    hint=t_string!(i18n, editor.hint_sas_uri).to_string()
                    value=vhd
                    on_input=set_vhd
                    kind=InputKind::Url
                />
                <TextField
                    path=p.size_gb()
                    label=t_string!(i18n, editor.field_data_disk_size).to_string()
                    hint=t_string!(i18n, editor.hint_data_disk_size).to_string()
                    value=size
                    on_input=set_size
                    kind=InputKind::Number
                />
                <button type="button" class="remove" on:click=move |_| item.remove.run(())>
                    {t_string!(i18n, editor.remove_data_disk, number = number).to_string()}
                </button>
            </fieldset>
        }
    };
    let add_path = version_path.clone();
    // A new disk takes the next LUN, so that LUNs stay 0, 1, 2 … without gaps; the focus goes
    // to its VHD URL, the field left to type.
    let add = AddItem::new(
        t_string!(i18n, editor.add_data_disk).to_string(),
        limits::DATA_DISKS,
        |index| DataDisk {
            lun: index.to_string(),
            ..DataDisk::default()
        },
        move |index| add_path.data_disk(index).vhd_url(),
    );
    view! {
        <fieldset class="list">
            <legend>{t_string!(i18n, editor.data_disks)}</legend>
            <p class="hint">{t_string!(i18n, editor.hint_data_disks, max = limits::DATA_DISKS).to_string()}</p>
            <ItemList path=version_path.data_disks() place item add />
        </fieldset>
    }
}
