//! Publisher Signoff (step 6): Go Live and Cancel publishing.

use super::cancel_dialog::CancelDialog;
use crate::domain::{apply, Command, Offer, OfferId, Refusal};
use crate::i18n::*;
use crate::ui::{state::AppState, text::refusal_text};
use leptos::{html, prelude::*};

/// Go Live, shown only while the domain would accept it (at sign-off), and Cancel publishing
/// always: marked disabled, with the domain's reason beside it, while the domain refuses it.
/// An accepted cancel is confirmed in a dialog first.
#[component]
pub fn SignoffActions(offer: RwSignal<Offer>, id: OfferId) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    // Asks the domain without changing anything, so that the rule lives in one place. The
    // clock is read untracked: the answer changes with the offer, not with each tick.
    let check = move |command: Command| -> Option<Refusal> {
        let clock = state.clock.get_untracked();
        let wall = state.wall.get_untracked();
        offer.with(|offer| apply(offer, command, &clock, wall).err())
    };
    let can_go_live = Memo::new(move |_| check(Command::GoLive).is_none());
    let cancel_refusal = Memo::new(move |_| check(Command::CancelPublishing));
    let message = RwSignal::new(None::<String>);
    let cancel_id = id.clone();
    let run = move |command: Command| {
        let id = id.clone();
        move |_| {
            // Success is announced by the step change itself; only a refusal needs words here.
            let refusal = state.command(&id, command.clone()).err();
            message.set(refusal.map(|refusal| refusal_text(&refusal)));
        }
    };
    let go_live = run(Command::GoLive);
    let confirmed = Callback::new(move |()| {
        let refusal = state.command(&cancel_id, Command::CancelPublishing).err();
        message.set(refusal.map(|refusal| refusal_text(&refusal)));
    });
    let dialog = NodeRef::<html::Dialog>::new();
    let cancel = move |_| {
        // A refused cancel says why at once; an accepted one asks first.
        if let Some(refusal) = cancel_refusal.get_untracked() {
            message.set(Some(refusal_text(&refusal)));
        } else if let Some(dialog) = dialog.get() {
            message.set(None);
            // Refused only when already open or detached: nothing else to do then.
            let _ = dialog.show_modal();
        }
    };
    view! {
        <section class="actions" aria-labelledby="actions-title">
            <h3 id="actions-title">{t_string!(i18n, status.actions_title)}</h3>
            <div class="action-buttons">
                <Show when=move || can_go_live.get()>
                    <button type="button" class="primary" on:click=go_live.clone()>
                        {t_string!(i18n, status.go_live)}
                    </button>
                </Show>
                <button
                    type="button"
                    aria-haspopup=move || cancel_refusal.with(Option::is_none).then_some("dialog")
                    aria-disabled=move || cancel_refusal.with(Option::is_some).to_string()
                    aria-describedby=move || cancel_refusal.with(Option::is_some).then_some("cancel-reason")
                    on:click=cancel
                >
                    {t_string!(i18n, status.cancel_publishing)}
                </button>
            </div>
            {move || {
                cancel_refusal
                    .get()
                    .map(|refusal| view! { <p class="hint" id="cancel-reason">{refusal_text(&refusal)}</p> })
            }}
            <p class="action-result" role="status">{move || message.get()}</p>
            <CancelDialog offer dialog on_confirm=confirmed />
        </section>
    }
}
