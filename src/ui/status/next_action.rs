//! The top of the Status tab: the one thing to do next with the offer (the domain's
//! [`next_action`]), in words, with a button to where it is done.

use super::texts::field_label;
use crate::domain::{next_action, FieldPath, NextAction, Offer, OfferId, Step};
use crate::i18n::*;
use crate::ui::{
    format,
    guide::{open_view, Teach, PUBLISH_BUTTON},
    route::Tab,
    state::AppState,
    text::step_name,
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The same action without its time left: what decides the buttons, which then stay put
/// while the clock runs.
fn without_time(action: NextAction) -> NextAction {
    match action {
        NextAction::Wait { step, .. } => NextAction::Wait { step, left_ms: 0 },
        NextAction::GoingLive { .. } => NextAction::GoingLive { left_ms: 0 },
        other => other,
    }
}

/// The next action in words.
fn sentence(action: &NextAction) -> String {
    let i18n = use_i18n();
    match action {
        NextAction::Publish { problems: 0 } => t_string!(
            i18n,
            guide.next_publish_complete,
            step = step_name(Step::ValidatePrerequisites)
        )
        .to_string(),
        NextAction::Publish { problems } => {
            t_string!(i18n, guide.next_publish_problems, count = *problems).to_string()
        }
        NextAction::EnterEmail => t_string!(i18n, guide.next_email).to_string(),
        NextAction::Wait { step, left_ms } => t_string!(
            i18n,
            guide.next_wait,
            step = step_name(*step),
            left = format::duration(*left_ms)
        )
        .to_string(),
        NextAction::Fix { step, fields } if fields.is_empty() => {
            t_string!(i18n, guide.next_fix_none, step = step_name(*step)).to_string()
        }
        NextAction::Fix { step, fields } => {
            let fields: Vec<String> = fields.iter().map(field_label).collect();
            t_string!(
                i18n,
                guide.next_fix_fields,
                step = step_name(*step),
                fields = format::list(&fields)
            )
            .to_string()
        }
        NextAction::SignOff => t_string!(i18n, guide.next_signoff).to_string(),
        NextAction::GoingLive { left_ms } => t_string!(
            i18n,
            guide.next_going_live,
            left = format::duration(*left_ms)
        )
        .to_string(),
        NextAction::Live => t_string!(i18n, guide.next_live).to_string(),
        NextAction::PublishDraft => t_string!(i18n, guide.next_publish_draft).to_string(),
        NextAction::PublishAgain { live: false } => {
            t_string!(i18n, guide.next_publish_again).to_string()
        }
        NextAction::PublishAgain { live: true } => {
            t_string!(i18n, guide.next_publish_again_live).to_string()
        }
    }
}

/// Moves focus to the first element matching `selector` once the page has rendered.
fn focus_selector(selector: &'static str) {
    set_timeout(
        move || {
            let element = web_sys::window()
                .and_then(|window| window.document())
                .and_then(|document| document.query_selector(selector).ok().flatten())
                .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(element) = element {
                let _ = element.focus();
            }
        },
        std::time::Duration::from_millis(30),
    );
}

/// "What to do next": a sentence for the offer's state and the button that does it.
#[component]
pub fn NextStep(offer: RwSignal<Offer>, id: OfferId) -> impl IntoView {
    let state = expect_context::<AppState>();
    let teach = expect_context::<Teach>();
    let i18n = use_i18n();
    let action = Memo::new(move |_| offer.with(|offer| next_action(offer, state.now())));
    let shape = Memo::new(move |_| without_time(action.get()));
    let text = move || action.with(sentence);
    let open_editor = move |_| open_view(state, Tab::Editor, Some(PUBLISH_BUTTON));
    let enter_email = move |_| {
        teach.ask_email.set(true);
        open_view(state, Tab::Editor, None);
    };
    let id = StoredValue::new(id);
    let fix = move |path: FieldPath| {
        let label = t_string!(i18n, status.fix_field, field = field_label(&path)).to_string();
        view! {
            <button type="button" class="secondary" on:click=move |_| {
                id.with_value(|id| state.fix_field(id, &path));
            }>{label}</button>
        }
    };
    let buttons = move || {
        match shape.get() {
        NextAction::Publish { .. }
        | NextAction::PublishDraft
        | NextAction::PublishAgain { .. }
        | NextAction::Live => view! {
            <button type="button" class="secondary" on:click=open_editor>
                {t_string!(i18n, status.open_editor)}
            </button>
        }
        .into_any(),
        NextAction::EnterEmail => view! {
            <button type="button" class="primary" on:click=enter_email>
                {t_string!(i18n, editor.enter_email)}
            </button>
        }
        .into_any(),
        NextAction::Fix { fields, .. } => fields.into_iter().map(fix).collect_view().into_any(),
        NextAction::SignOff => view! {
            <button type="button" class="secondary" on:click=move |_| focus_selector("#staging-subscription")>
                {t_string!(i18n, guide.next_check_preview)}
            </button>
            <button type="button" class="secondary" on:click=move |_| focus_selector("section.actions button.primary")>
                {t_string!(i18n, guide.next_go_to_signoff)}
            </button>
        }
        .into_any(),
        NextAction::Wait { .. } | NextAction::GoingLive { .. } => ().into_any(),
    }
    };
    view! {
        <section class="next-action" aria-labelledby="next-action-title">
            <h3 id="next-action-title">
                <span aria-hidden="true">"➜ "</span>
                {t_string!(i18n, guide.next_title)}
            </h3>
            <p class="next-action-text">{text}</p>
            <div class="next-action-buttons">{buttons}</div>
        </section>
    }
}
