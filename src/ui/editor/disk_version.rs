//! One disk version of a SKU.

use super::{
    data_disks::DataDisks,
    field::{bind, InputKind, TextField},
    Editor,
};
use crate::domain::{fields, DiskVersion};
use crate::i18n::*;
use leptos::prelude::*;

/// Version, OS VHD URL, OS disk size and data disks of disk version `index` of SKU `sku`.
#[component]
pub fn DiskVersionEditor(
    sku: usize,
    index: usize,
    /// Removes this disk version (from its list).
    remove: Callback<()>,
) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let p = fields::sku(sku).disk_version(index);
    let text = |get: fn(&DiskVersion) -> &String, get_mut: fn(&mut DiskVersion) -> &mut String| {
        bind(
            editor,
            move |form| {
                form.skus
                    .get(sku)
                    .and_then(|s| s.disk_versions.get(index))
                    .map(get)
            },
            move |form| {
                form.skus
                    .get_mut(sku)
                    .and_then(|s| s.disk_versions.get_mut(index))
                    .map(get_mut)
            },
        )
    };
    let (version, set_version) = text(|d| &d.version, |d| &mut d.version);
    let (vhd, set_vhd) = text(|d| &d.os_vhd_url, |d| &mut d.os_vhd_url);
    let (size, set_size) = text(|d| &d.os_disk_size_gb, |d| &mut d.os_disk_size_gb);
    let number = index + 1;
    view! {
        <fieldset class="group disk-version">
            <legend>{t_string!(i18n, editor.disk_version_legend, number = number).to_string()}</legend>
            <TextField
                path=p.version()
                label=t_string!(i18n, editor.field_disk_version).to_string()
                hint=t_string!(i18n, editor.hint_semver).to_string()
                value=version
                on_input=set_version
            />
            <TextField
                path=p.os_vhd_url()
                label=t_string!(i18n, editor.field_os_vhd_url).to_string()
                hint=t_string!(i18n, editor.hint_sas_uri).to_string()
                value=vhd
                on_input=set_vhd
                kind=InputKind::Url
            />
            <TextField
                path=p.os_disk_size_gb()
                label=t_string!(i18n, editor.field_os_disk_size).to_string()
                hint=t_string!(i18n, editor.hint_os_disk_size).to_string()
                value=size
                on_input=set_size
                kind=InputKind::Number
            />
            <DataDisks sku version=index />
            <button type="button" class="remove" on:click=move |_| remove.run(())>
                {t_string!(i18n, editor.remove_disk_version, number = number).to_string()}
            </button>
        </fieldset>
    }
}
