//! The listing's screenshots.

use super::{
    field_id, focus_soon,
    images::{accept, read_image, refusal_text, ImagePicker},
    item_list::{Item, ItemList},
    list_place::ListPlace,
    problems::{described_by, FieldProblems},
    Editor,
};
use crate::domain::{fields::marketplace, rules::limits, ImageMeta, ImageRefusal};
use crate::i18n::*;
use crate::ui::picked_file::picked_file;
use leptos::prelude::*;

/// Up to 5 screenshots of 533 x 324 pixels: each replaceable and removable, and a file
/// picker that adds one.
#[component]
pub fn Screenshots() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let path = marketplace::screenshots();
    let place: ListPlace<ImageMeta> = ListPlace::new(
        |form| Some(&form.marketplace.screenshots),
        |form| Some(&mut form.marketplace.screenshots),
    );
    let count = place.len(editor);
    let full = move || count.get() >= limits::SCREENSHOTS;
    let (w, h) = limits::SCREENSHOT_SIZE;
    let items_place = place.clone();
    let item = move |Item { index, remove }| {
        let read = items_place.clone();
        let value = Signal::derive(move || read.read(editor, index, ImageMeta::clone));
        let write = items_place.clone();
        let on_pick = Callback::new(move |meta| write.update(editor, index, |slot| *slot = meta));
        let number = index + 1;
        view! {
            <ImagePicker
                path=marketplace::screenshot(index)
                label=t_string!(i18n, editor.screenshot_item, number = number).to_string()
                size=limits::SCREENSHOT_SIZE
                value
                on_pick
                on_remove=remove
                remove_label=t_string!(i18n, editor.remove_screenshot, number = number).to_string()
            />
        }
    };
    // A screenshot is added by picking its file, not by a button: the item exists once read.
    let add_place = place.clone();
    let refused = RwSignal::new(None::<ImageRefusal>);
    let on_add = move |ev: leptos::ev::Event| {
        if let Some(file) = picked_file(&ev) {
            let place = add_place.clone();
            read_image(file, move |read| match accept(editor, None, read) {
                Ok(meta) => {
                    refused.set(None);
                    let index = count.get_untracked();
                    place.push(editor, meta);
                    focus_soon(marketplace::screenshot(index));
                }
                Err(why) => refused.set(Some(why)),
            });
        }
    };
    let add_id = field_id(&path);
    let hint = format!("hint-{path}");
    let (invalid, ids) = described_by(editor, path.clone(), Some(hint.clone()));
    view! {
        <fieldset class="list">
            <legend>{t_string!(i18n, editor.screenshots)}</legend>
            <ItemList path=path.clone() place item />
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
                    aria-describedby=move || {
                        let mut all: Vec<String> = ids.get().into_iter().collect();
                        all.push("refusal-add-screenshot".to_owned());
                        all.join(" ")
                    }
                    on:change=on_add
                />
                <p class="image-refusal" id="refusal-add-screenshot" role="alert">
                    {move || {
                        refused
                            .get()
                            .map(|why| {
                                view! { <span aria-hidden="true">"⚠ "</span>{refusal_text(&why)} }
                            })
                    }}
                </p>
                <FieldProblems path />
            </div>
        </fieldset>
    }
}
