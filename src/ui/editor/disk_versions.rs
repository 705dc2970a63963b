//! A SKU's disk versions.

use super::{
    add_button::AddButton, disk_version::DiskVersionEditor, field::ListPlace, focus_soon, Editor,
};
use crate::domain::{fields, rules::limits, DiskVersion};
use crate::i18n::*;
use leptos::prelude::*;

/// The disk versions of SKU `sku` (1 to 8; the highest version is the one offered).
#[component]
pub fn DiskVersions(sku: usize) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let path = fields::sku(sku).disk_versions();
    let place: ListPlace<DiskVersion> = ListPlace::new(
        move |form| form.skus.get(sku).map(|s| &s.disk_versions),
        move |form| form.skus.get_mut(sku).map(|s| &mut s.disk_versions),
    );
    let count = place.len(editor);
    let on_add = Callback::new(move |()| {
        let index = count.get_untracked();
        place.push(editor, DiskVersion::default());
        focus_soon(fields::sku(sku).disk_version(index).version());
    });
    view! {
        <fieldset class="list">
            <legend>{t_string!(i18n, editor.disk_versions)}</legend>
            <p class="hint">
                {t_string!(i18n, editor.hint_disk_versions, max = limits::DISK_VERSIONS).to_string()}
            </p>
            {move || {
                (0..count.get())
                    .map(|index| view! { <DiskVersionEditor sku index /> })
                    .collect_view()
            }}
            <AddButton
                path=path.clone()
                label=t_string!(i18n, editor.add_disk_version).to_string()
                max=limits::DISK_VERSIONS
                count
                on_add
            />
        </fieldset>
    }
}
