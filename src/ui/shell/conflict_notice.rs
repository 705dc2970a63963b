//! The notice about a field another tab changed while this tab changed it too.

use crate::domain::fields::names;
use crate::i18n::*;
use crate::store::notices::{Conflict, Notice};
use crate::ui::{editor::path_label, state::AppState};
use leptos::prelude::*;

/// A value as the notice shows it: a text as it is, anything else as JSON, cut short.
fn shown(json: &str) -> String {
    let text = serde_json::from_str::<String>(json).unwrap_or_else(|_| json.to_owned());
    const LONGEST: usize = 120;
    match text.char_indices().nth(LONGEST) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

/// Which field of which offer both tabs changed, the value kept (the other tab's, which
/// every tab already shows) and this tab's, with Keep mine, Show the field and Dismiss.
#[component]
pub fn ConflictNotice(conflict: Conflict) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let notice = Notice::Conflict(conflict.clone());
    // A password is not written out on screen (the Editor's field hides it too).
    let secret = conflict
        .field
        .field
        .segments()
        .last()
        .is_some_and(|(name, _)| *name == names::PASSWORD);
    let value = move |json: &str| {
        if secret {
            "••••••••".to_owned()
        } else {
            shown(json)
        }
    };
    let text = {
        let conflict = conflict.clone();
        move || {
            t_string!(
                i18n,
                data.conflict_field,
                name = conflict.offer_name.clone(),
                field = path_label(&conflict.field.field),
                kept = value(&conflict.field.kept),
                yours = value(&conflict.field.yours)
            )
            .to_string()
        }
    };
    let refused = RwSignal::new(false);
    let keep = {
        let conflict = conflict.clone();
        move |_| refused.set(state.keep_mine(&conflict).is_err())
    };
    let show = {
        let conflict = conflict.clone();
        move |_| state.fix_field(&conflict.offer, &conflict.field.field)
    };
    view! {
        <div class="notice conflict-notice">
            <p>{text}</p>
            <Show when=move || refused.get()>
                <p class="field-problem" role="alert">{t!(i18n, data.conflict_keep_mine_failed)}</p>
            </Show>
            <button type="button" class="primary" on:click=keep>
                {t!(i18n, data.conflict_keep_mine)}
            </button>
            " "
            <button type="button" class="secondary" on:click=show>
                {t!(i18n, data.conflict_show)}
            </button>
            " "
            <button type="button" class="secondary" on:click=move |_| state.dismiss(&notice)>
                {t!(i18n, data.dismiss)}
            </button>
        </div>
    }
}
