//! A kept image copy on screen: its PNG bytes behind a `blob:` object URL made when the image
//! is shown and revoked when it goes (the page's Content-Security-Policy allows `blob:`
//! images, nothing else but its own files). Never a `data:` URL, never markup.

use crate::domain::ImageMeta;
use leptos::prelude::*;

/// An object URL for the bytes of a PNG file, if the browser makes one.
fn object_url(bytes: &[u8]) -> Option<String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes).into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/png");
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// The copy kept of `image`, at its pixel size (CSS may shrink it), with `alt` as its text
/// alternative (empty for an image the text beside it already describes). Nothing when no
/// copy is kept.
#[component]
pub fn StoredImage(
    image: ImageMeta,
    #[prop(into)] alt: String,
    #[prop(optional, into)] class: Option<String>,
) -> impl IntoView {
    let url = (!image.png.is_empty())
        .then(|| object_url(image.png.bytes()))
        .flatten();
    if let Some(url) = url.clone() {
        on_cleanup(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
    }
    url.map(|src| {
        view! {
            <img
                src=src
                alt=alt
                class=class
                width=image.width
                height=image.height
                decoding="async"
            />
        }
    })
}
