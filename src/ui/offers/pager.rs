//! Previous / Next through the pages of the All offers table.

use crate::domain::Page;
use crate::i18n::*;
use leptos::prelude::*;

/// The page position and the buttons to move between pages; shown only when there are
/// several pages.
#[component]
pub fn Pager(page: Signal<Page>, wanted: RwSignal<usize>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || page.with(|page| page.count > 1)>
            <nav class="pager" aria-label=move || t_string!(i18n, offers.page_nav).to_string()>
                <button
                    type="button"
                    disabled=move || !page.with(Page::has_previous)
                    on:click=move |_| wanted.set(page.get_untracked().index.saturating_sub(1))
                >
                    {t!(i18n, offers.page_previous)}
                </button>
                <span aria-live="polite">
                    {move || {
                        let page = page.get();
                        t_string!(
                            i18n,
                            offers.page_position,
                            page = page.index + 1,
                            pages = page.count,
                            first = page.start + 1,
                            last = page.end
                        )
                        .to_string()
                    }}
                </span>
                <button
                    type="button"
                    disabled=move || !page.with(Page::has_next)
                    on:click=move |_| wanted.set(page.get_untracked().index + 1)
                >
                    {t!(i18n, offers.page_next)}
                </button>
            </nav>
        </Show>
    }
}
