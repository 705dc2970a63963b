//! One section's panel of the form.

use super::{
    sections::{panel_id, tab_id},
    Editor, Section,
};
use leptos::prelude::*;

/// The panel of one section: always on the page (so that every field has its id), hidden
/// unless its tab is selected.
#[component]
pub fn SectionPanel(section: Section, children: Children) -> impl IntoView {
    let editor = expect_context::<Editor>();
    view! {
        <section
            class="section-panel"
            role="tabpanel"
            id=panel_id(section)
            aria-labelledby=tab_id(section)
            hidden=move || editor.section.get() != section
        >
            {children()}
        </section>
    }
}
