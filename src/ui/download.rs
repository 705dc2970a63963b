//! Saving text as a file the user downloads: a Blob behind an object URL and an
//! `<a download>` clicked once. The text is data, never markup.

use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` for download as `file_name` with the MIME type `mime`. Fails only when the
/// browser refuses to make the Blob or the link; nothing is lost then (the data stays where
/// it is).
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.set_rel("noopener noreferrer");
    link.set_hidden(true);
    let body = document
        .body()
        .ok_or_else(|| JsValue::from_str("no body"))?;
    body.append_child(&link)?;
    link.click();
    link.remove();
    // The download has started by the next moment; the URL would otherwise hold the text
    // in memory until the page closes.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}

/// A file name safe on every system for a storage key such as `golive:offer:o-1`.
pub fn file_name_for_key(key: &str, extension: &str) -> String {
    let safe: String = key
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{safe}.{extension}")
}
