//! The file chosen in a file input (an image, an import, a scenario file).

use wasm_bindgen::JsCast;

/// The first file of a file input's change event; the input is cleared, so that choosing
/// the same file again (after fixing it) fires change again.
pub fn picked_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0);
    input.set_value("");
    file
}
