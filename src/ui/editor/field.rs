//! A labelled text field with its hint and its problems, and the binding of a field to one
//! place of the draft.

use super::{
    field_id,
    problems::{described_by, FieldProblems},
    Editor,
};
use crate::domain::{FieldPath, OfferForm};
use leptos::prelude::*;

/// How a text field is typed on the page. Every kind keeps the text exactly as typed (no
/// `type=number`, which would drop what is not a number); the kind only helps keyboards and
/// autofill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputKind {
    /// Plain text.
    #[default]
    Text,
    /// A whole number.
    Number,
    /// An email address.
    Email,
    /// A phone number.
    Phone,
    /// A web address.
    Url,
    /// A secret.
    Password,
    /// Several lines.
    Multiline,
}

/// The DOM id of the hint of the field at `path`.
pub(super) fn hint_id(path: &FieldPath) -> String {
    format!("hint-{path}")
}

/// The value of one text place of the draft and the way to change it, for a [`TextField`].
/// `get` and `get_mut` find the place; a place that is gone (an item removed meanwhile) reads
/// as empty and ignores changes.
pub(super) fn bind(
    editor: Editor,
    get: impl Fn(&OfferForm) -> Option<&String> + Send + Sync + 'static,
    get_mut: impl Fn(&mut OfferForm) -> Option<&mut String> + Send + Sync + 'static,
) -> (Signal<String>, Callback<String>) {
    let value = Signal::derive(move || {
        editor
            .offer
            .with(|offer| get(&offer.draft).cloned().unwrap_or_default())
    });
    let on_input = Callback::new(move |text: String| {
        editor.edit(|form| {
            if let Some(place) = get_mut(form) {
                *place = text;
            }
        })
    });
    (value, on_input)
}

/// A text field with a visible label, an optional hint and its problems beside it. Its id is
/// `field-{path}`; a read-only field stays focusable and says why in its hint.
#[component]
pub fn TextField(
    /// The field's path.
    path: FieldPath,
    /// The visible label.
    #[prop(into)]
    label: String,
    /// A hint under the label.
    #[prop(optional, into)]
    hint: Option<String>,
    /// The value shown.
    value: Signal<String>,
    /// Called with the text on every input.
    on_input: Callback<String>,
    /// How the text is typed.
    #[prop(optional)]
    kind: InputKind,
    /// When set, the field is read-only and this says why.
    #[prop(optional, into)]
    locked: Signal<Option<String>>,
) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let id = field_id(&path);
    let hint_id_text = hint_id(&path);
    let lock_id = format!("lock-{path}");
    let has_hint = hint.is_some();
    let hint_ref = has_hint.then(|| hint_id_text.clone());
    let (invalid, ids) = described_by(editor, path.clone(), hint_ref);
    let lock_for_ids = lock_id.clone();
    let described = move || {
        let mut all: Vec<String> = ids.get().into_iter().collect();
        if locked.with(Option::is_some) {
            all.push(lock_for_ids.clone());
        }
        (!all.is_empty()).then(|| all.join(" "))
    };
    let aria_invalid = move || invalid.get().then_some("true");
    let readonly = move || locked.with(Option::is_some);
    let input = move |ev| on_input.run(event_target_value(&ev));
    let control = match kind {
        InputKind::Multiline => view! {
            <textarea
                id=id.clone()
                rows="4"
                aria-invalid=aria_invalid
                aria-describedby=described
                readonly=readonly
                prop:value=move || value.get()
                on:input=input
            ></textarea>
        }
        .into_any(),
        _ => {
            // Always `type=text`: the browser trims the value of `url` and `email` inputs,
            // and the form keeps every keystroke; `inputmode` still brings the right keyboard.
            let (input_type, input_mode, autocomplete) = match kind {
                InputKind::Number => ("text", Some("numeric"), "off"),
                InputKind::Email => ("text", Some("email"), "email"),
                InputKind::Phone => ("tel", Some("tel"), "tel"),
                InputKind::Url => ("text", Some("url"), "url"),
                InputKind::Password => ("password", None, "new-password"),
                InputKind::Text | InputKind::Multiline => ("text", None, "off"),
            };
            view! {
                <input
                    id=id.clone()
                    type=input_type
                    inputmode=input_mode
                    autocomplete=autocomplete
                    spellcheck="false"
                    aria-invalid=aria_invalid
                    aria-describedby=described
                    readonly=readonly
                    prop:value=move || value.get()
                    on:input=input
                />
            }
            .into_any()
        }
    };
    view! {
        <div class="field" class:invalid=move || invalid.get()>
            <label for=id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id_text.clone()>{hint}</p> })}
            {control}
            {move || {
                locked
                    .get()
                    .map(|reason| {
                        view! {
                            <p class="hint locked" id=lock_id.clone()>
                                <span aria-hidden="true">"🔒 "</span>
                                {reason}
                            </p>
                        }
                    })
            }}
            <FieldProblems path=path.clone() />
        </div>
    }
}
