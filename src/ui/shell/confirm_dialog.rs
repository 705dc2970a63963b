//! The confirmation asked before anything that throws work away (Cancel publishing, Discard
//! draft): one modal dialog, the safe choice first.

use super::keep_focus_inside;
use leptos::{html, prelude::*};

/// A modal dialog opened through `dialog`, titled `title`, saying `children`. Its first
/// button, `keep`, is focused and closes it changing nothing, as Escape does; `confirm`, in
/// red, closes it and calls `on_confirm`. The native modal dialog returns focus to the button
/// that opened it. `id` names its title and text for assistive technology.
#[component]
pub fn ConfirmDialog(
    dialog: NodeRef<html::Dialog>,
    id: &'static str,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] keep: Signal<String>,
    #[prop(into)] confirm: Signal<String>,
    on_confirm: Callback<()>,
    children: Children,
) -> impl IntoView {
    let close = move || {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    view! {
        <dialog
            node_ref=dialog
            class="cancel-dialog"
            aria-labelledby=format!("{id}-title")
            aria-describedby=format!("{id}-text")
            on:keydown=move |ev| keep_focus_inside(&ev)
        >
            <h2 id=format!("{id}-title")>{title}</h2>
            <div id=format!("{id}-text")>{children()}</div>
            <div class="dialog-buttons">
                <button type="button" class="secondary" autofocus on:click=move |_| close()>
                    {keep}
                </button>
                <button
                    type="button"
                    class="danger"
                    on:click=move |_| {
                        close();
                        on_confirm.run(());
                    }
                >
                    {confirm}
                </button>
            </div>
        </dialog>
    }
}
