//! One row of the All offers table.

use crate::domain::Offer;
use crate::i18n::*;
use crate::store::session::DeleteError;
use crate::ui::{
    download::{download, file_name_for_key},
    format,
    route::Tab,
    state::{AppState, OfferEntry},
    text,
};
use leptos::prelude::*;

/// An offer's name (opens the Editor), then its status (opens Status), Offer ID, last change,
/// and Duplicate, Export and Delete.
#[component]
pub fn OfferRow(
    entry: OfferEntry,
    on_delete: Callback<Offer>,
    on_refused: Callback<String>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let offer = entry.signal();
    let id = StoredValue::new(entry.id);
    let open = move |tab: Tab| {
        move |_| {
            state.route.update(|route| {
                route.tab = tab;
                route.offer = Some(id.get_value());
            })
        }
    };
    let name = move || offer.with(|offer| offer.draft.settings.name.clone());
    let offer_id = move || offer.with(|offer| offer.draft.settings.offer_id.clone());
    let status = move || offer.with(text::offer_status);
    let duplicate = move |_| {
        let copy = t_string!(i18n, offers.copy_name, name = name()).to_string();
        state.duplicate_offer(&id.get_value(), copy);
    };
    let export = move |_| {
        let id = id.get_value();
        let file_name = file_name_for_key(&format!("golive-{}", id.as_str()), "json");
        let _ = download(&file_name, "application/json", &state.export(Some(&id)));
    };
    // On a phone each row stands as a card (style/main.css): its cells then say what they are.
    let label_status = move || t_string!(i18n, offers.col_status).to_string();
    let label_offer_id = move || t_string!(i18n, offers.col_offer_id).to_string();
    let label_changed = move || t_string!(i18n, offers.col_changed).to_string();
    let delete = move |_| match state.delete_offer(&id.get_value()) {
        Ok(offer) => on_delete.run(offer),
        Err(DeleteError::NoSuchOffer) => {}
        Err(DeleteError::ChangedElsewhere) => {
            on_refused.run(t_string!(i18n, data.delete_changed, name = name()).to_string())
        }
        Err(DeleteError::ReadOnly) => {
            on_refused.run(t_string!(i18n, data.delete_read_only, name = name()).to_string())
        }
        Err(DeleteError::Failed(fault)) => on_refused.run(
            t_string!(
                i18n,
                data.delete_refused,
                name = name(),
                cause = fault.to_string()
            )
            .to_string(),
        ),
    };
    view! {
        <tr>
            <th scope="row">
                <button type="button" class="link" on:click=open(Tab::Editor)>{name}</button>
                // A lesson's offer says so in words, not by colour alone.
                {move || {
                    offer
                        .with(|offer| offer.lesson.is_some())
                        .then(|| view! { <span class="lesson-badge">{t!(i18n, lessons.badge)}</span> })
                }}
            </th>
            <td data-label=label_status>
                <button
                    type="button"
                    class="link status-link"
                    aria-label=move || {
                        t_string!(i18n, offers.open_status_named, name = name(), status = status())
                            .to_string()
                    }
                    on:click=open(Tab::Status)
                >
                    {status}
                </button>
            </td>
            <td data-label=label_offer_id>
                {move || {
                    let value = offer_id();
                    if value.is_empty() {
                        view! { <span class="muted">{t!(i18n, common.not_set)}</span> }.into_any()
                    } else {
                        view! { <code>{value}</code> }.into_any()
                    }
                }}
            </td>
            <td data-label=label_changed>{move || offer.with(|offer| format::date_time(offer.changed))}</td>
            <td class="actions">
                <button
                    type="button"
                    class="secondary"
                    aria-label=move || t_string!(i18n, offers.duplicate_named, name = name()).to_string()
                    on:click=duplicate
                >
                    {t!(i18n, offers.duplicate)}
                </button>
                <button
                    type="button"
                    class="secondary"
                    aria-label=move || t_string!(i18n, data.export_offer_named, name = name()).to_string()
                    on:click=export
                >
                    {t!(i18n, data.export_offer)}
                </button>
                <button
                    type="button"
                    class="secondary"
                    aria-label=move || t_string!(i18n, offers.delete_named, name = name()).to_string()
                    on:click=delete
                >
                    {t!(i18n, offers.delete)}
                </button>
            </td>
        </tr>
    }
}
