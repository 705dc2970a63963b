//! Keeping keyboard focus inside an open modal dialog.

use wasm_bindgen::JsCast;

/// What Tab can reach inside a dialog, in document order.
const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), \
    select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex=\"-1\"])";

/// The dialog's `keydown` handler: Tab on its last control goes back to the first one, and
/// Shift+Tab on the first to the last. A native modal dialog makes the page behind it inert,
/// but Chromium still lets Tab leave it for the browser's own toolbar; a keyboard user
/// must not lose the dialog that way.
pub fn keep_focus_inside(ev: &web_sys::KeyboardEvent) {
    if ev.key() != "Tab" {
        return;
    }
    let Some(dialog) = ev
        .current_target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(nodes) = dialog.query_selector_all(FOCUSABLE) else {
        return;
    };
    let controls: Vec<web_sys::HtmlElement> = (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        // Hidden controls (display: none) have no layout box and cannot take focus.
        .filter(|element| element.get_client_rects().length() > 0)
        .collect();
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
        return;
    };
    let active = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.active_element());
    let is = |element: &web_sys::HtmlElement| {
        active
            .as_ref()
            .is_some_and(|active| active == element.unchecked_ref::<web_sys::Element>())
    };
    let outside = !active
        .as_ref()
        .is_some_and(|active| dialog.contains(Some(active)));
    let target = if ev.shift_key() && (is(first) || outside) {
        last
    } else if !ev.shift_key() && (is(last) || outside) {
        first
    } else {
        return;
    };
    ev.prevent_default();
    // Focus fails only on a detached element; the dialog is in the page while it has a key.
    let _ = target.focus();
}
