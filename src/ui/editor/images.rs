//! Picking an image file: its real pixel size is read in the browser, and only its metadata
//! is stored (no pixels, no thumbnail).

use super::{
    field_id,
    problems::{described_by, FieldProblems},
    Editor,
};
use crate::domain::{FieldPath, ImageMeta};
use crate::i18n::*;
use crate::ui::format;
use leptos::prelude::*;
use std::{cell::RefCell, rc::Rc};
use wasm_bindgen::{closure::Closure, JsCast};

/// What is stored of a picked image.
pub(super) fn image_meta(
    file_name: &str,
    mime: &str,
    width: u32,
    height: u32,
    bytes: u64,
) -> ImageMeta {
    ImageMeta {
        file_name: file_name.to_owned(),
        mime: mime.to_owned(),
        width,
        height,
        bytes,
    }
}

/// Reads the pixel size of `file` by loading it into an image element through an object URL
/// (revoked once read), then calls `done` with its metadata. A file the browser cannot decode
/// is kept as 0 x 0, so that the rules say what is wrong with it instead of the pick vanishing.
pub(super) fn read_image(file: web_sys::File, done: impl FnOnce(ImageMeta) + 'static) {
    let name = file.name();
    let mime = file.type_();
    let bytes = file.size().max(0.0) as u64;
    let meta = move |width, height| image_meta(&name, &mime, width, height, bytes);
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&file) else {
        done(meta(0, 0));
        return;
    };
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        let _ = web_sys::Url::revoke_object_url(&url);
        done(meta(0, 0));
        return;
    };
    // Either load or error fires, once; whichever does takes `done`.
    let pending = Rc::new(RefCell::new(Some((done, meta))));
    let finish = {
        let image = image.clone();
        let url = url.clone();
        move |loaded: bool| {
            let _ = web_sys::Url::revoke_object_url(&url);
            image.set_onload(None);
            image.set_onerror(None);
            if let Some((done, meta)) = pending.borrow_mut().take() {
                let (w, h) = if loaded {
                    (image.natural_width(), image.natural_height())
                } else {
                    (0, 0)
                };
                done(meta(w, h));
            }
        }
    };
    let finish = Rc::new(finish);
    let on_load = {
        let finish = finish.clone();
        Closure::once_into_js(move || finish(true))
    };
    let on_error = Closure::once_into_js(move || finish(false));
    image.set_onload(Some(on_load.unchecked_ref()));
    image.set_onerror(Some(on_error.unchecked_ref()));
    image.set_src(&url);
}

/// The first file of a file input's change event.
pub(super) fn picked_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0);
    // Picking the same file again must fire change again.
    input.set_value("");
    file
}

/// One image slot: a PNG file picker with id `field-{path}`, the stored file's metadata, and
/// at once whether its size and type are the required ones (the domain's rules decide).
#[component]
pub fn ImagePicker(
    /// The image's path.
    path: FieldPath,
    /// The visible label.
    #[prop(into)]
    label: String,
    /// The required size.
    size: (u32, u32),
    /// The stored image, if any.
    value: Signal<Option<ImageMeta>>,
    /// Stores a picked image.
    on_pick: Callback<ImageMeta>,
    /// Removes the image; without it there is no Remove button (a video's thumbnail is
    /// replaced, never removed).
    #[prop(optional)]
    on_remove: Option<Callback<()>>,
    /// The Remove button's text.
    #[prop(optional, into)]
    remove_label: Option<String>,
) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let id = field_id(&path);
    let hint = format!("hint-{path}");
    let meta_id = format!("meta-{path}");
    let (invalid, ids) = described_by(editor, path.clone(), Some(hint.clone()));
    let meta_for_ids = meta_id.clone();
    let described = move || {
        let mut all: Vec<String> = ids.get().into_iter().collect();
        all.push(meta_for_ids.clone());
        Some(all.join(" "))
    };
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(file) = picked_file(&ev) {
            read_image(file, move |meta| on_pick.run(meta));
        }
    };
    let (w, h) = size;
    let ok = move || !invalid.get() && value.with(Option::is_some);
    let meta_text = move || match value.get() {
        // No pixel size to show: the browser could not read it as a PNG image.
        Some(meta) if !meta.is_png() => t_string!(
            i18n,
            editor.image_meta_not_png,
            file = meta.file_name,
            size = format::file_size(meta.bytes)
        )
        .to_string(),
        Some(meta) => t_string!(
            i18n,
            editor.image_meta,
            file = meta.file_name,
            mime = meta.mime,
            width = meta.width,
            height = meta.height,
            size = format::file_size(meta.bytes)
        )
        .to_string(),
        None => t_string!(i18n, editor.image_none).to_string(),
    };
    view! {
        <div class="field image" class:invalid=move || invalid.get()>
            <label for=id.clone()>{label}</label>
            <p class="hint" id=hint.clone()>
                {t_string!(i18n, editor.hint_image, width = w, height = h).to_string()}
            </p>
            <input
                id=id.clone()
                type="file"
                accept="image/png"
                aria-invalid=move || invalid.get().then_some("true")
                aria-describedby=described
                on:change=on_change
            />
            <p class="image-meta" id=meta_id.clone()>
                {meta_text}
                <Show when=ok>
                    " "
                    <span class="image-ok">
                        <span aria-hidden="true">"✓ "</span>
                        {t_string!(i18n, editor.image_size_ok, width = w, height = h).to_string()}
                    </span>
                </Show>
            </p>
            <FieldProblems path=path.clone() />
            {on_remove
                .map(|remove| {
                    let label = remove_label.clone().unwrap_or_default();
                    view! {
                        <Show when=move || value.with(Option::is_some)>
                            <button type="button" class="remove" on:click=move |_| remove.run(())>
                                {label.clone()}
                            </button>
                        </Show>
                    }
                })}
        </div>
    }
}
