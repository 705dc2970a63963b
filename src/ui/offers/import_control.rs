//! The Import control of All offers: its label and file input, in the main module; what
//! happens to a file once picked is the import part ([`super::import::ImportRun`]),
//! downloaded when the first file is picked.

use crate::i18n::*;
use crate::ui::parts::LazyImport;
use crate::ui::picked_file::picked_file;
use leptos::prelude::*;

/// The id of the file input, where focus returns after the conflict dialog.
pub const IMPORT_INPUT_ID: &str = "import-file";

/// What the input hands to the import part, and what it reads back from it.
#[derive(Clone, Copy)]
pub struct ImportRequest {
    /// The file picked last.
    pub picked: RwSignal<Option<web_sys::File>, LocalStorage>,
    /// An import is running: the input waits.
    pub busy: RwSignal<bool>,
    /// The last file was refused: the input is described by the reason.
    pub has_problem: RwSignal<bool>,
}

/// A labelled file input for an export file.
#[component]
pub fn ImportControl() -> impl IntoView {
    let i18n = use_i18n();
    let request = ImportRequest {
        picked: RwSignal::new_local(None),
        busy: RwSignal::new(false),
        has_problem: RwSignal::new(false),
    };
    provide_context(request);
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(file) = picked_file(&ev) {
            request.picked.set(Some(file));
        }
    };
    view! {
        <div class="import">
            <label for=IMPORT_INPUT_ID>{t!(i18n, data.import_label)}</label>
            <input
                id=IMPORT_INPUT_ID
                type="file"
                accept=".json,application/json"
                disabled=move || request.busy.get()
                aria-describedby=move || request.has_problem.get().then_some("import-problem")
                on:change=on_change
            />
            <Show when=move || request.picked.with(Option::is_some)>
                <LazyImport />
            </Show>
        </div>
    }
}
