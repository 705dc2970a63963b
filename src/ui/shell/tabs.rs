//! The three tabs, as the WAI-ARIA tabs pattern: arrow keys, Home and End move between
//! tabs, and the selected tab is the only one in the Tab order.

use crate::i18n::*;
use crate::ui::{route::Tab, state::AppState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn tab_id(tab: Tab) -> String {
    format!("tab-{}", tab.slug())
}

fn panel_id(tab: Tab) -> String {
    format!("panel-{}", tab.slug())
}

/// Where a key press moves the selection in a list of `count` tabs (the WAI-ARIA tabs
/// pattern): arrows step and wrap around, Home and End jump; other keys do nothing.
pub fn tab_key_target(key: &str, position: usize, count: usize) -> Option<usize> {
    let last = count.checked_sub(1)?;
    match key {
        "ArrowRight" | "ArrowDown" => Some(if position >= last { 0 } else { position + 1 }),
        "ArrowLeft" | "ArrowUp" => Some(if position == 0 { last } else { position - 1 }),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

/// The tab list: Editor, Status, All offers.
#[component]
pub fn TabList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let select = move |tab: Tab, focus: bool| {
        state.route.update(|route| route.tab = tab);
        if focus {
            focus_element(&tab_id(tab));
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let current = state.route.with_untracked(|route| route.tab);
        let position = Tab::ALL.iter().position(|tab| *tab == current).unwrap_or(0);
        if let Some(next) = tab_key_target(&ev.key(), position, Tab::ALL.len()) {
            ev.prevent_default();
            select(Tab::ALL[next], true);
        }
    };
    view! {
        <div class="tabs" role="tablist" aria-label=move || t_string!(i18n, common.tabs_label).to_string() on:keydown=on_keydown>
            {Tab::ALL
                .into_iter()
                .map(|tab| {
                    let selected = move || state.route.with(|route| route.tab == tab);
                    // While the Guide is shown no tab is selected: the first one then keeps
                    // the tab list in the Tab order.
                    let in_tab_order = move || {
                        state.route.with(|route| {
                            route.tab == tab || (route.tab == Tab::Guide && tab == Tab::ALL[0])
                        })
                    };
                    view! {
                        <button
                            type="button"
                            role="tab"
                            id=tab_id(tab)
                            aria-controls=panel_id(tab)
                            aria-selected=move || selected().to_string()
                            tabindex=move || if in_tab_order() { "0" } else { "-1" }
                            on:click=move |_| select(tab, false)
                        >
                            {move || match tab {
                                Tab::Editor => t_string!(i18n, common.tab_editor).to_string(),
                                Tab::Status => t_string!(i18n, common.tab_status).to_string(),
                                Tab::Offers => t_string!(i18n, common.tab_offers).to_string(),
                                Tab::Guide => t_string!(i18n, guide.guide_button).to_string(),
                                Tab::Lessons => t_string!(i18n, lessons.heading).to_string(),
                            }}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// The panel of one tab; its content exists only while the tab is selected.
#[component]
pub fn TabPanel(tab: Tab, children: ChildrenFn) -> impl IntoView {
    let state = expect_context::<AppState>();
    let selected = move || state.route.with(|route| route.tab == tab);
    view! {
        <section
            class="tab-panel"
            role="tabpanel"
            id=panel_id(tab)
            aria-labelledby=tab_id(tab)
            tabindex="0"
            hidden=move || !selected()
        >
            <Show when=selected>{children()}</Show>
        </section>
    }
}

/// Moves focus to the element with this id, if it is on the page; answers whether it did.
pub fn focus_element(id: &str) -> bool {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    match element {
        // Focus can fail only on a detached element; nothing to recover.
        Some(element) => element.focus().is_ok(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::tab_key_target;

    #[test]
    fn arrow_keys_step_and_wrap_home_and_end_jump() {
        assert_eq!(tab_key_target("ArrowRight", 0, 3), Some(1));
        assert_eq!(tab_key_target("ArrowRight", 2, 3), Some(0));
        assert_eq!(tab_key_target("ArrowLeft", 0, 3), Some(2));
        assert_eq!(tab_key_target("ArrowUp", 1, 3), Some(0));
        assert_eq!(tab_key_target("Home", 2, 3), Some(0));
        assert_eq!(tab_key_target("End", 0, 3), Some(2));
        assert_eq!(tab_key_target("a", 0, 3), None);
        assert_eq!(tab_key_target("ArrowRight", 0, 0), None);
    }
}
