//! The data disks of one disk version.

use super::{
    add_button::AddButton,
    field::{bind, InputKind, ListPlace, TextField},
    focus_soon, Editor,
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
    let path = version_path.data_disks();
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
    let count = place.len(editor);
    let items_path = path.clone();
    let items_place = place.clone();
    let items = move || {
        (0..count.get())
            .map(|index| {
                let p = fields::sku(sku).disk_version(version).data_disk(index);
                let text = |get: fn(&DataDisk) -> &String, get_mut: fn(&mut DataDisk) -> &mut String| {
                    let read = items_place.clone();
                    let write = items_place.clone();
                    bind(
                        editor,
                        move |form| read.get(form).and_then(|l| l.get(index)).map(get),
                        move |form| write.get_mut(form).and_then(|l| l.get_mut(index)).map(get_mut),
                    )
                };
                let (lun, set_lun) = text(|d| &d.lun, |d| &mut d.lun);
                let (vhd, set_vhd) = text(|d| &d.vhd_url, |d| &mut d.vhd_url);
                let (size, set_size) = text(|d| &d.size_gb, |d| &mut d.size_gb);
                let remove_place = items_place.clone();
                let list_path = items_path.clone();
                let number = index + 1;
                view! {
                    <li>
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
                            <button
                                type="button"
                                class="remove"
                                on:click=move |_| {
                                    remove_place.remove(editor, index);
                                    focus_soon(list_path.clone());
                                }
                            >
                                {t_string!(i18n, editor.remove_data_disk, number = number).to_string()}
                            </button>
                        </fieldset>
                    </li>
                }
            })
            .collect_view()
    };
    let on_add = Callback::new(move |()| {
        let index = count.get_untracked();
        let lun = index.to_string();
        place.push(
            editor,
            DataDisk {
                lun,
                ..DataDisk::default()
            },
        );
        focus_soon(version_path.data_disk(index).vhd_url());
    });
    view! {
        <fieldset class="list">
            <legend>{t_string!(i18n, editor.data_disks)}</legend>
            <p class="hint">{t_string!(i18n, editor.hint_data_disks, max = limits::DATA_DISKS).to_string()}</p>
            <ul class="items">{items}</ul>
            <AddButton
                path=path.clone()
                label=t_string!(i18n, editor.add_data_disk).to_string()
                max=limits::DATA_DISKS
                count
                on_add
            />
        </fieldset>
    }
}
