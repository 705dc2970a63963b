//! The section list: a tab list of the form's sections, with the number of problems in each.

use super::{Editor, Section};
use crate::i18n::*;
use crate::ui::shell::{focus_element, tab_key_target};
use leptos::prelude::*;

/// The DOM id of a section's tab.
pub(super) fn tab_id(section: Section) -> String {
    format!("editor-tab-{}", section.slug())
}

/// The DOM id of a section's panel.
pub(super) fn panel_id(section: Section) -> String {
    format!("editor-panel-{}", section.slug())
}

/// A section's name.
pub(super) fn section_name(section: Section) -> String {
    let i18n = use_i18n();
    match section {
        Section::Settings => t_string!(i18n, editor.section_settings),
        Section::Skus => t_string!(i18n, editor.section_skus),
        Section::Marketplace => t_string!(i18n, editor.section_marketplace),
        Section::LeadDestination => t_string!(i18n, editor.section_lead),
        Section::Support => t_string!(i18n, editor.section_support),
    }
    .to_string()
}

/// The form's sections as tabs (WAI-ARIA tabs: arrows, Home and End move between them).
#[component]
pub fn SectionNav() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let current = editor.section.get_untracked();
        let position = Section::ALL
            .iter()
            .position(|section| *section == current)
            .unwrap_or(0);
        if let Some(next) = tab_key_target(&ev.key(), position, Section::ALL.len()) {
            ev.prevent_default();
            let section = Section::ALL[next];
            editor.section.set(section);
            focus_element(&tab_id(section));
        }
    };
    view! {
        <div
            class="section-tabs"
            role="tablist"
            aria-label=move || t_string!(i18n, editor.sections_label).to_string()
            on:keydown=on_keydown
        >
            {Section::ALL
                .into_iter()
                .map(|section| {
                    let selected = move || editor.section.get() == section;
                    let count = move || editor.shown_in(section);
                    view! {
                        <button
                            type="button"
                            role="tab"
                            id=tab_id(section)
                            aria-controls=panel_id(section)
                            aria-selected=move || selected().to_string()
                            tabindex=move || if selected() { "0" } else { "-1" }
                            on:click=move |_| editor.section.set(section)
                        >
                            {section_name(section)}
                            {move || {
                                let count = count();
                                (count > 0)
                                    .then(|| {
                                        view! {
                                            <span class="tab-problems">
                                                {t_string!(i18n, editor.section_problem_count, count = count).to_string()}
                                            </span>
                                        }
                                    })
                            }}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
