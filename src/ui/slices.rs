//! Long work done in slices of about a frame, with the page free in between: the ticker's
//! bursts and an import's reading and writing.

/// How much main-thread time one slice of a long job (an import, a burst of ticks) takes
/// before the page gets a turn: well inside a frame.
pub const SLICE_MS: f64 = 12.0;

/// A clock for slicing work: milliseconds, sub-millisecond where the browser allows.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or_else(js_sys::Date::now, |performance| performance.now())
}

/// Waits for the next task: the page paints and handles input in between.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
