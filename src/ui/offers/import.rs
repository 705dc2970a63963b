//! The file input of an import. Reading, checking and saving the file, its progress and its
//! problems are a part ([`super::import_run::ImportRun`]), loaded when a first file is chosen:
//! most visits never import.

use crate::i18n::*;
use crate::ui::{parts::LazyImportRun, picked_file::picked_file};
use leptos::prelude::*;

/// The id of the file input, where focus returns after the conflict dialog.
pub const IMPORT_INPUT_ID: &str = "import-file";

/// The file chosen, and what the import tells the input, shared by context.
#[derive(Clone, Copy)]
pub struct ImportPick {
    /// The file chosen, until the import takes it.
    pub file: RwSignal<Option<web_sys::File>, LocalStorage>,
    /// An import is under way: the input waits.
    pub busy: RwSignal<bool>,
    /// A problem is shown, which describes the input.
    pub problem: RwSignal<bool>,
}

/// A labelled file input; the import of the file chosen follows it.
#[component]
pub fn ImportControl() -> impl IntoView {
    let i18n = use_i18n();
    let pick = ImportPick {
        file: RwSignal::new_local(None),
        busy: RwSignal::new(false),
        problem: RwSignal::new(false),
    };
    provide_context(pick);
    // Kept once a file was chosen: the import's problem stays shown until the next file.
    let chosen = RwSignal::new(false);
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(file) = picked_file(&ev) {
            pick.file.set(Some(file));
            chosen.set(true);
        }
    };
    view! {
        <div class="import">
            <label for=IMPORT_INPUT_ID>{t!(i18n, data.import_label)}</label>
            <input
                id=IMPORT_INPUT_ID
                type="file"
                accept=".json,application/json"
                disabled=move || pick.busy.get()
                aria-describedby=move || pick.problem.get().then_some("import-problem")
                on:change=on_change
            />
            <Show when=move || chosen.get()>
                <LazyImportRun />
            </Show>
        </div>
    }
}
