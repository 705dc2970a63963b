//! The All offers toolbar: New offer and the filters.

use super::{import::ImportControl, storage_meter::StorageMeter};
use crate::domain::{ListQuery, StatusGroup};
use crate::i18n::*;
use crate::ui::{
    download::download, guide::SampleButton, scenario::OpenScenarioFile, state::AppState,
};
use leptos::prelude::*;

fn group_slug(group: StatusGroup) -> &'static str {
    match group {
        StatusGroup::Draft => "draft",
        StatusGroup::InProgress => "in-progress",
        StatusGroup::AttentionNeeded => "attention",
        StatusGroup::WaitingForSignoff => "signoff",
        StatusGroup::Canceled => "canceled",
        StatusGroup::Live => "live",
    }
}

/// New offer, Start with a sample offer, a text filter, a status filter, Export all offers, Import and the storage
/// meter.
#[component]
pub fn Toolbar(query: RwSignal<ListQuery>, on_new: impl Fn() + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let export_all = move |_| {
        let _ = download(
            "golive-offers.json",
            "application/json",
            &state.export(None),
        );
    };
    let group_label = move |group: StatusGroup| match group {
        StatusGroup::Draft => t_string!(i18n, offers.group_draft).to_string(),
        StatusGroup::InProgress => t_string!(i18n, offers.group_in_progress).to_string(),
        StatusGroup::AttentionNeeded => t_string!(i18n, offers.group_attention).to_string(),
        StatusGroup::WaitingForSignoff => t_string!(i18n, offers.group_signoff).to_string(),
        StatusGroup::Canceled => t_string!(i18n, offers.group_canceled).to_string(),
        StatusGroup::Live => t_string!(i18n, offers.group_live).to_string(),
    };
    view! {
        <div class="toolbar">
            <button type="button" class="primary" on:click=move |_| on_new()>
                {t!(i18n, offers.new_offer)}
            </button>
            <SampleButton class="secondary" />
            <label class="filter">
                <span>{t!(i18n, offers.filter_text)}</span>
                <input
                    type="search"
                    prop:value=move || query.with(|q| q.text.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        query.update(|q| q.text = text);
                    }
                />
            </label>
            <label class="filter">
                <span>{t!(i18n, offers.filter_status)}</span>
                <select on:change=move |ev| {
                    let value = event_target_value(&ev);
                    let group = StatusGroup::ALL.into_iter().find(|g| group_slug(*g) == value);
                    query.update(|q| q.status = group);
                }>
                    <option value="" selected=move || query.with(|q| q.status.is_none())>
                        {t!(i18n, offers.status_all)}
                    </option>
                    {StatusGroup::ALL
                        .into_iter()
                        .map(|group| {
                            view! {
                                <option
                                    value=group_slug(group)
                                    selected=move || query.with(|q| q.status == Some(group))
                                >
                                    {move || group_label(group)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        </div>
        <div class="toolbar data-tools">
            <button type="button" class="secondary" on:click=export_all>
                {t!(i18n, data.export_all)}
            </button>
            <ImportControl />
            <OpenScenarioFile />
            <StorageMeter />
        </div>
    }
}
