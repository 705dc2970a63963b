//! The All offers tab.

mod column;
mod conflict_dialog;
mod import;
mod import_run;
mod pager;
mod row;
mod storage_meter;
mod toolbar;

use crate::domain::{ListQuery, Offer, Page, SortKey};
use crate::i18n::*;
use crate::ui::{
    format,
    guide::{focus_later, SampleButton},
    route::Tab,
    state::AppState,
};
use column::SortableColumn;
pub use import_run::ImportRun;
use leptos::prelude::*;
use pager::Pager;
use row::OfferRow;
use toolbar::Toolbar;

/// Every offer in a table, a page at a time, with filters, sorting, New offer, duplicate and
/// delete with undo.
#[component]
pub fn OffersPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let query = RwSignal::new(ListQuery {
        sort: SortKey::Changed,
        descending: true,
        ..ListQuery::default()
    });
    let deleted = RwSignal::new(None::<Offer>);
    // Why the last delete was refused, until the next one.
    let refused = RwSignal::new(None::<String>);

    let new_offer = move || {
        let number = state.offers.with_untracked(Vec::len) + 1;
        let name = t_string!(i18n, offers.default_name, number = number).to_string();
        let id = state.create_offer(name);
        state.route.update(|route| {
            route.tab = Tab::Editor;
            route.offer = Some(id);
        });
        focus_later("field-settings.name");
    };
    // The offers shown, in order. This reads every offer, so it re-runs when any offer
    // changes; each row then renders from its own signal.
    let shown = Memo::new(move |_| {
        let entries = state.offers.get();
        let offers: Vec<_> = entries.iter().map(|entry| entry.offer.read()).collect();
        query.with(|query| query.select(offers.iter().map(|offer| &**offer)))
    });
    let total = move || state.offers.with(Vec::len);
    // The page asked for; a new filter or sort starts again from the first page.
    let wanted_page = RwSignal::new(0usize);
    Effect::new(move |_| {
        query.track();
        wanted_page.set(0);
    });
    let page = Signal::derive(move || Page::of(shown.with(Vec::len), wanted_page.get()));
    let on_delete = Callback::new(move |offer: Offer| {
        refused.set(None);
        deleted.set(Some(offer));
    });
    let on_refused = Callback::new(move |why: String| refused.set(Some(why)));

    view! {
        <Toolbar query on_new=new_offer />
        <p class="visually-hidden" role="status" aria-live="polite">
            {move || state.announcement.get()}
        </p>
        <Show when=move || refused.with(Option::is_some)>
            <p class="field-problem" role="alert">{move || refused.get().unwrap_or_default()}</p>
        </Show>
        <Show when=move || deleted.with(Option::is_some)>
            <div class="undo" role="status">
                {move || {
                    let name = deleted.with(|d| d.as_ref().map(|o| o.draft.settings.name.clone()).unwrap_or_default());
                    t_string!(i18n, offers.deleted, name = name).to_string()
                }}
                " "
                <button type="button" on:click=move |_| {
                    if let Some(offer) = deleted.get_untracked() {
                        state.restore_offer(offer);
                    }
                    deleted.set(None);
                }>{t!(i18n, offers.undo)}</button>
            </div>
        </Show>
        <Show
            when=move || total() != 0
            fallback=move || view! {
                <div class="empty-start">
                    <p class="empty">{t!(i18n, offers.empty)}</p>
                    <p>{t!(i18n, guide.sample_empty)}</p>
                    <SampleButton class="primary" />
                </div>
            }
        >
            <p class="count" aria-live="polite">
                {move || {
                    let shown = shown.with(Vec::len);
                    t_string!(
                        i18n,
                        offers.count,
                        count = total(),
                        shown = format::number(shown),
                        total = format::number(total())
                    )
                    .to_string()
                }}
            </p>
            <Show
                when=move || shown.with(|rows| !rows.is_empty())
                fallback=move || view! { <p class="empty">{t!(i18n, offers.no_match)}</p> }
            >
                // On a phone the table scrolls sideways inside this box, which keyboard users
                // must be able to focus to scroll it (WCAG 2.1.1).
                <div class="table-scroll" role="region" tabindex="0" aria-labelledby="offers-caption">
                    <table class="offers">
                        <caption id="offers-caption">{t!(i18n, offers.caption)}</caption>
                        <thead>
                            <tr>
                                // Status right after the name: on a phone the first two
                                // columns are what fits before the table scrolls sideways.
                                <SortableColumn query key=SortKey::Name />
                                <SortableColumn query key=SortKey::Status />
                                <SortableColumn query key=SortKey::OfferId />
                                <SortableColumn query key=SortKey::Changed />
                                <th scope="col">{t!(i18n, offers.col_actions)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For
                                each=move || {
                                    let page = page.get();
                                    shown.with(|rows| rows.get(page.start..page.end).unwrap_or_default().to_vec())
                                }
                                key=|id| id.clone()
                                let:id
                            >
                                {state.entry(&id).map(|entry| view! { <OfferRow entry on_delete on_refused /> })}
                            </For>
                        </tbody>
                    </table>
                </div>
                <Pager page wanted=wanted_page />
            </Show>
        </Show>
    }
}
