//! The listing's screenshots.

use super::{
    field_id, focus_soon,
    images::{picked_file, read_image, ImagePicker},
    problems::{described_by, FieldProblems},
    Editor,
};
use crate::domain::{fields::marketplace, rules::limits};
use crate::i18n::*;
use leptos::prelude::*;

/// Up to 5 screenshots of 533 x 324 pixels: each replaceable and removable, and a file
/// picker that adds one.
#[component]
pub fn Screenshots() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let path = marketplace::screenshots();
    let count = Memo::new(move |_| editor.offer.with(|o| o.draft.marketplace.screenshots.len()));
    let full = move || count.get() >= limits::SCREENSHOTS;
    let (w, h) = limits::SCREENSHOT_SIZE;
    let items = move || {
        (0..count.get())
            .map(|index| {
                let value = Signal::derive(move || {
                    editor
                        .offer
                        .with(|o| o.draft.marketplace.screenshots.get(index).cloned())
                });
                let on_pick = Callback::new(move |meta| {
                    editor.edit(|form| {
                        if let Some(slot) = form.marketplace.screenshots.get_mut(index) {
                            *slot = meta;
                        }
                    })
                });
                let on_remove = Callback::new(move |()| {
                    editor.edit(|form| {
                        if index < form.marketplace.screenshots.len() {
                            form.marketplace.screenshots.remove(index);
                        }
                    });
                    focus_soon(marketplace::screenshots());
                });
                let number = index + 1;
                view! {
                    <li>
                        <ImagePicker
                            path=marketplace::screenshot(index)
                            label=t_string!(i18n, editor.screenshot_item, number = number).to_string()
                            size=limits::SCREENSHOT_SIZE
                            value
                            on_pick
                            on_remove
                            remove_label=t_string!(i18n, editor.remove_screenshot, number = number).to_string()
                        />
                    </li>
                }
            })
            .collect_view()
    };
    let on_add = move |ev: leptos::ev::Event| {
        if let Some(file) = picked_file(&ev) {
            read_image(file, move |meta| {
                let index = count.get_untracked();
                editor.edit(|form| form.marketplace.screenshots.push(meta));
                focus_soon(marketplace::screenshot(index));
            });
        }
    };
    let add_id = field_id(&path);
    let hint = format!("hint-{path}");
    let (invalid, ids) = described_by(editor, path.to_owned(), Some(hint.clone()));
    view! {
        <fieldset class="list">
            <legend>{t_string!(i18n, editor.screenshots)}</legend>
            <ul class="items">{items}</ul>
            <div class="field image" class:invalid=move || invalid.get()>
                <label for=add_id.clone()>{t_string!(i18n, editor.add_screenshot)}</label>
                <p class="hint" id=hint.clone()>
                    {move || {
                        if full() {
                            t_string!(i18n, editor.list_full, max = limits::SCREENSHOTS).to_string()
                        } else {
                            t_string!(
                                i18n,
                                editor.hint_screenshots,
                                max = limits::SCREENSHOTS,
                                width = w,
                                height = h
                            )
                            .to_string()
                        }
                    }}
                </p>
                <input
                    id=add_id.clone()
                    type="file"
                    accept="image/png"
                    disabled=full
                    aria-invalid=move || invalid.get().then_some("true")
                    aria-describedby=move || ids.get()
                    on:change=on_add
                />
                <FieldProblems path=path />
            </div>
        </fieldset>
    }
}
