//! Picking an image file: its real pixel size is read in the browser and, for a PNG, a small
//! copy is kept (the domain decides: [`crate::domain::images`]) so that the listing preview
//! can show it; an image over the budget is refused whole, with why.

use super::{
    field_id,
    problems::{described_by, FieldProblems},
    Editor,
};
use crate::domain::{images, FieldPath, ImageMeta, ImageRefusal};
use crate::i18n::*;
use crate::ui::picked_file::picked_file;
use crate::ui::{format, image::StoredImage};
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// The pixel size the browser reads from `file` by loading it into an image element through
/// an object URL (revoked once read); 0 x 0 when it cannot show it.
async fn decoded_size(file: &web_sys::File) -> (u32, u32) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(file) else {
        return (0, 0);
    };
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        let _ = web_sys::Url::revoke_object_url(&url);
        return (0, 0);
    };
    // Either load or error fires, once; both settle the promise, and the size tells which.
    let loaded = js_sys::Promise::new(&mut |resolve, _| {
        image.set_onload(Some(&resolve));
        image.set_onerror(Some(&resolve));
    });
    image.set_src(&url);
    let _ = JsFuture::from(loaded).await;
    image.set_onload(None);
    image.set_onerror(None);
    let _ = web_sys::Url::revoke_object_url(&url);
    (image.natural_width(), image.natural_height())
}

/// The bytes of `file` (none when the browser cannot read it).
async fn file_bytes(file: &web_sys::File) -> Vec<u8> {
    match JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
        Err(_) => Vec::new(),
    }
}

/// Reads a picked file, then calls `done` with what is kept of it, or why nothing is. A
/// file that is not a PNG is kept by its facts only (0 x 0 when the browser cannot show it),
/// so that the rules say what is wrong with it instead of the pick vanishing.
pub(super) fn read_image(
    file: web_sys::File,
    done: impl FnOnce(Result<ImageMeta, ImageRefusal>) + 'static,
) {
    // A file this large could never be kept: refused without reading it into memory.
    const MAX_READ: f64 = 16.0 * 1024.0 * 1024.0;
    if file.size() > MAX_READ {
        done(Err(ImageRefusal::TooLarge {
            bytes: file.size() as usize,
            max: images::IMAGE_MAX_BYTES,
        }));
        return;
    }
    leptos::task::spawn_local(async move {
        let decoded = decoded_size(&file).await;
        let bytes = file_bytes(&file).await;
        done(images::picked(&file.name(), &file.type_(), &bytes, decoded));
    });
}

/// Why a picked image was not kept, in words.
pub(super) fn refusal_text(refusal: &ImageRefusal) -> String {
    let i18n = use_i18n();
    match refusal {
        ImageRefusal::TooLarge { bytes, max } => t_string!(
            i18n,
            editor.image_too_large,
            size = format::file_size(*bytes as u64),
            max = format::file_size(*max as u64)
        )
        .to_string(),
        ImageRefusal::OverBudget { bytes, others, max } => t_string!(
            i18n,
            editor.image_over_budget,
            size = format::file_size(*bytes as u64),
            total = format::file_size((*bytes + *others) as u64),
            max = format::file_size(*max as u64)
        )
        .to_string(),
    }
}

/// What a pick for the place at `at` (`None`: a new list item) comes to: the image, once
/// the form's budget has room for it, or why not. Put into words by the view
/// ([`refusal_text`]), not here: this runs in the file reader's task, which has no
/// translations at hand.
pub(super) fn accept(
    editor: Editor,
    at: Option<&FieldPath>,
    read: Result<ImageMeta, ImageRefusal>,
) -> Result<ImageMeta, ImageRefusal> {
    let image = read?;
    editor
        .offer
        .with_untracked(|offer| images::fits(&offer.draft, at, &image))?;
    Ok(image)
}

/// One image slot: a PNG file picker with id `field-{path}`, the stored file's metadata, the
/// copy kept, and at once whether its size and type are the required ones (the domain's rules
/// decide), or why a picked file was not kept.
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
    let refusal_for_ids = format!("refusal-{path}");
    let described = move || {
        let mut all: Vec<String> = ids.get().into_iter().collect();
        all.push(meta_for_ids.clone());
        all.push(refusal_for_ids.clone());
        Some(all.join(" "))
    };
    let refused = RwSignal::new(None::<ImageRefusal>);
    let refusal_id = format!("refusal-{path}");
    let at = StoredValue::new(path.clone());
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(file) = picked_file(&ev) {
            read_image(file, move |read| {
                match at.with_value(|at| accept(editor, Some(at), read)) {
                    Ok(meta) => {
                        refused.set(None);
                        on_pick.run(meta);
                    }
                    Err(why) => refused.set(Some(why)),
                }
            });
        }
    };
    let (w, h) = size;
    let ok = move || !invalid.get() && value.with(Option::is_some);
    // The copy shown changes only with the image: every keystroke elsewhere in the form
    // changes `value`'s source, and showing the copy again would revoke the object URL of
    // one still loading.
    let copy = Memo::new(move |_| value.get().filter(|image| !image.png.is_empty()));
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
            <p class="image-refusal" id=refusal_id role="alert">
                {move || {
                    refused
                        .get()
                        .map(|why| {
                                view! { <span aria-hidden="true">"⚠ "</span>{refusal_text(&why)} }
                            })
                }}
            </p>
            {move || {
                copy.get()
                    .map(|image| {
                        view! { <StoredImage image class="image-copy" alt=String::new() /> }
                    })
            }}
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
