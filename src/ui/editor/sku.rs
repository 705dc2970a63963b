//! One SKU of the offer.

use super::{
    disk_versions::DiskVersions,
    field::{bind, TextField},
    field_id,
    license::LicenseFields,
    list_place::ListPlace,
    ports::OpenPorts,
    problems::{described_by, FieldProblems},
    string_list::StringList,
    Editor,
};
use crate::domain::{fields, rules::limits, OsFamily, Sku};
use crate::i18n::*;
use leptos::prelude::*;

/// Whether SKU `index` has an ID the publishing system already knows (from the live version
/// or the last run): such an ID may no longer change. Only the first SKU with that ID is
/// held, so that a copy typed by mistake can still be corrected.
fn sku_id_is_published(editor: Editor, index: usize) -> bool {
    editor.offer.with(|offer| {
        let Some(id) = offer.draft.skus.get(index).map(|sku| sku.sku_id.as_str()) else {
            return false;
        };
        if id.is_empty() {
            return false;
        }
        let first = offer.draft.skus.iter().position(|sku| sku.sku_id == id);
        let known = offer
            .live
            .iter()
            .map(|live| &live.form)
            .chain(offer.run.iter().map(|run| &run.submitted))
            .any(|form| form.skus.iter().any(|sku| sku.sku_id == id));
        known && first == Some(index)
    })
}

/// One SKU's fields: IDs and texts, OS, VM sizes, ports, license and disk versions.
#[component]
pub fn SkuEditor(
    index: usize,
    /// Removes this SKU (from the offer).
    remove: Callback<()>,
) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let number = index + 1;
    let p = fields::sku(index);
    let text = |get: fn(&Sku) -> &String, get_mut: fn(&mut Sku) -> &mut String| {
        bind(
            editor,
            move |form| form.skus.get(index).map(get),
            move |form| form.skus.get_mut(index).map(get_mut),
        )
    };
    let (sku_id, set_sku_id) = text(|s| &s.sku_id, |s| &mut s.sku_id);
    let (title, set_title) = text(|s| &s.title, |s| &mut s.title);
    let (summary, set_summary) = text(|s| &s.summary, |s| &mut s.summary);
    let (description, set_description) = text(|s| &s.description, |s| &mut s.description);
    let (os_type, set_os_type) = text(|s| &s.os_type, |s| &mut s.os_type);
    let (os_name, set_os_name) = text(|s| &s.os_friendly_name, |s| &mut s.os_friendly_name);
    let sku_id_locked = Signal::derive(move || {
        sku_id_is_published(editor, index)
            .then(|| t_string!(i18n, editor.locked_sku_id).to_string())
    });
    let shown_id = move || {
        editor.offer.with(|offer| {
            offer
                .draft
                .skus
                .get(index)
                .map(|sku| sku.sku_id.clone())
                .unwrap_or_default()
        })
    };
    let legend = move || {
        let id = shown_id();
        if id.is_empty() {
            t_string!(i18n, editor.sku_legend_new, number = number).to_string()
        } else {
            t_string!(i18n, editor.sku_legend, number = number, id = id).to_string()
        }
    };

    let hidden_id = field_id(&p.hidden());
    let hidden_hint = format!("hint-{}", p.hidden());
    let hidden = move || {
        editor
            .offer
            .with(|offer| offer.draft.skus.get(index).is_some_and(|sku| sku.hidden))
    };
    let set_hidden = move |ev| {
        let checked = event_target_checked(&ev);
        editor.edit(|form| {
            if let Some(sku) = form.skus.get_mut(index) {
                sku.hidden = checked;
            }
        });
    };

    let family_path = p.os_family();
    let family_id = field_id(&family_path);
    let (family_invalid, family_described) = described_by(editor, family_path.clone(), None);
    let family = move || {
        editor.offer.with(
            |offer| match offer.draft.skus.get(index).and_then(|sku| sku.os_family) {
                Some(OsFamily::Windows) => "windows",
                Some(OsFamily::Linux) => "linux",
                None => "",
            },
        )
    };
    let set_family = move |ev| {
        let family = match event_target_value(&ev).as_str() {
            "windows" => Some(OsFamily::Windows),
            "linux" => Some(OsFamily::Linux),
            _ => None,
        };
        editor.edit(|form| {
            if let Some(sku) = form.skus.get_mut(index) {
                sku.os_family = family;
            }
        });
    };

    let sizes = ListPlace::new(
        move |form| form.skus.get(index).map(|sku| &sku.vm_sizes),
        move |form| form.skus.get_mut(index).map(|sku| &mut sku.vm_sizes),
    );

    view! {
        <fieldset class="form-section sku" id=format!("group-{}", field_id(&p.path()))>
            <legend>{legend}</legend>
            <TextField
                path=p.sku_id()
                label=t_string!(i18n, editor.field_sku_id).to_string()
                hint=t_string!(i18n, editor.hint_sku_id).to_string()
                value=sku_id
                on_input=set_sku_id
                locked=sku_id_locked
            />
            <TextField
                path=p.title()
                label=t_string!(i18n, editor.field_sku_title).to_string()
                hint=t_string!(i18n, editor.hint_max_chars, max = limits::SHORT_TEXT).to_string()
                value=title
                on_input=set_title
            />
            <TextField
                path=p.summary()
                label=t_string!(i18n, editor.field_sku_summary).to_string()
                hint=t_string!(i18n, editor.hint_max_chars, max = limits::SUMMARY).to_string()
                value=summary
                on_input=set_summary
            />
            <TextField
                path=p.description()
                label=t_string!(i18n, editor.field_sku_description).to_string()
                hint=t_string!(i18n, editor.hint_max_chars, max = limits::DESCRIPTION).to_string()
                value=description
                on_input=set_description
                kind=super::field::InputKind::Multiline
            />
            <div class="field checkbox">
                <input
                    id=hidden_id.clone()
                    type="checkbox"
                    aria-describedby=hidden_hint.clone()
                    prop:checked=hidden
                    on:change=set_hidden
                />
                <label for=hidden_id>{t_string!(i18n, editor.field_sku_hidden)}</label>
                <p class="hint" id=hidden_hint>{t_string!(i18n, editor.hint_sku_hidden)}</p>
            </div>
            <div class="field" class:invalid=move || family_invalid.get()>
                <label for=family_id.clone()>{t_string!(i18n, editor.field_os_family)}</label>
                <select
                    id=family_id.clone()
                    aria-invalid=move || family_invalid.get().then_some("true")
                    aria-describedby=move || family_described.get()
                    on:change=set_family
                >
                    <option value="" prop:selected=move || family().is_empty()>{t_string!(i18n, editor.choose)}</option>
                    <option value="windows" prop:selected=move || family() == "windows">{t_string!(i18n, editor.os_windows)}</option>
                    <option value="linux" prop:selected=move || family() == "linux">{t_string!(i18n, editor.os_linux)}</option>
                </select>
                <FieldProblems path=family_path.clone() />
            </div>
            <TextField
                path=p.os_type()
                label=t_string!(i18n, editor.field_os_type).to_string()
                hint=t_string!(i18n, editor.hint_os_type).to_string()
                value=os_type
                on_input=set_os_type
            />
            <TextField
                path=p.os_friendly_name()
                label=t_string!(i18n, editor.field_os_friendly_name).to_string()
                value=os_name
                on_input=set_os_name
            />
            <StringList
                path=p.vm_sizes()
                place=sizes
                legend=t_string!(i18n, editor.vm_sizes).to_string()
                hint=t_string!(i18n, editor.hint_vm_sizes, max = limits::VM_SIZES).to_string()
                item_label=Callback::new(move |i: usize| {
                    t_string!(i18n, editor.vm_size_item, number = i + 1).to_string()
                })
                remove_label=Callback::new(move |i: usize| {
                    t_string!(i18n, editor.remove_vm_size, number = i + 1).to_string()
                })
                add_label=t_string!(i18n, editor.add_vm_size).to_string()
                max=limits::VM_SIZES
            />
            <OpenPorts sku=index />
            <LicenseFields sku=index />
            <DiskVersions sku=index />
            <button type="button" class="remove" on:click=move |_| remove.run(())>
                {t_string!(i18n, editor.remove_sku, number = number).to_string()}
            </button>
        </fieldset>
    }
}
