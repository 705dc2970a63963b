//! Cancel publishing, confirmed first: a modal dialog that says what a cancel does before it
//! does it (the run stops, the offer goes back to step 1, a live version stays live, Publish
//! starts a new run from step 1).

use crate::domain::{Offer, SimTime, Step};
use crate::i18n::*;
use crate::ui::{format, shell::ConfirmDialog, text::step_name};
use leptos::{html, prelude::*};

/// What the dialog needs to say: the run, the step it stops at, and since when a version is
/// live, if one is.
fn consequences(offer: &Offer) -> (u32, Step, Option<SimTime>) {
    let run = offer.run.as_ref().map(|run| run.number).unwrap_or(0);
    let step = offer.current_step().unwrap_or(Step::PublisherSignoff);
    (run, step, offer.live.as_ref().map(|live| live.since))
}

/// The confirmation dialog; `dialog` is opened by the Cancel publishing button. Keep
/// publishing (focused first, the safe choice) or Escape closes it and changes nothing;
/// the confirm button calls `on_confirm` and closes it. Focus goes back to the button that
/// opened it (the native modal dialog restores it).
#[component]
pub fn CancelDialog(
    offer: RwSignal<Offer>,
    dialog: NodeRef<html::Dialog>,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let facts = Memo::new(move |_| offer.with(consequences));
    let stop = move || {
        let (run, step, _) = facts.get();
        t_string!(
            i18n,
            status.cancel_effect_stop,
            run = run,
            step = step_name(step)
        )
        .to_string()
    };
    let live = move || match facts.get().2 {
        Some(since) => t_string!(
            i18n,
            status.cancel_effect_live,
            date = format::date_time(since)
        )
        .to_string(),
        None => t_string!(i18n, status.cancel_effect_not_live).to_string(),
    };
    view! {
        <ConfirmDialog
            dialog
            id="cancel-dialog"
            title=Signal::derive(move || t_string!(i18n, status.cancel_dialog_title).to_string())
            keep=Signal::derive(move || t_string!(i18n, status.cancel_keep).to_string())
            confirm=Signal::derive(move || t_string!(i18n, status.cancel_confirm).to_string())
            on_confirm
        >
            <p>{move || t_string!(i18n, status.cancel_dialog_intro).to_string()}</p>
            <ul>
                <li>{stop}</li>
                <li>{move || t_string!(i18n, status.cancel_effect_back).to_string()}</li>
                <li>{live}</li>
            </ul>
            <p>{move || t_string!(i18n, status.cancel_effect_publish).to_string()}</p>
        </ConfirmDialog>
    }
}
