//! Teaching the flow: the Guide (the whole flow on one page, opened from the header), the
//! per-step explanations it shares with "About this step" on Status, and the sample offer a
//! newcomer starts with.

mod sample;
pub mod steps;

use crate::domain::{fields, FieldPath, OfferId, Step};
use crate::i18n::*;
use crate::ui::{
    route::{Route, Tab},
    shell::focus_element,
    state::AppState,
    text::step_name,
};
use leptos::prelude::*;
pub use sample::{sample_texts, SampleButton, PUBLISH_BUTTON};
use std::time::Duration;
use steps::{step_texts, StepExplanation};

/// The id of the Guide's heading, which takes the focus when the Guide opens.
const GUIDE_TITLE: &str = "guide-title";

/// What the teaching parts ask of the tabs, passed by context.
#[derive(Clone, Copy)]
pub struct Teach {
    /// The sample offer just created: the Editor says what to do with it.
    pub fresh_sample: RwSignal<Option<OfferId>>,
    /// A field of the open offer that the Editor should show (its section) and focus,
    /// without showing every problem of the form as "fix this" links do.
    pub show_field: RwSignal<Option<FieldPath>>,
    /// Asks the Editor to open the notification email pop-up of step 1.
    pub ask_email: RwSignal<bool>,
}

impl Teach {
    /// Puts the teaching context in place for the whole app.
    pub fn provide() {
        provide_context(Teach {
            fresh_sample: RwSignal::new(None),
            show_field: RwSignal::new(None),
            ask_email: RwSignal::new(false),
        });
    }
}

/// Focuses the element with this id once the view that holds it has rendered: tried every
/// 30 ms for up to 10 s, since the view may be a part still downloading (`ui::parts`).
pub fn focus_later(id: &'static str) {
    fn attempt(id: &'static str, left: u32) {
        set_timeout(
            move || {
                if !focus_element(id) && left > 0 {
                    attempt(id, left - 1);
                }
            },
            Duration::from_millis(30),
        );
    }
    attempt(id, 330);
}

/// Opens `tab` on the open offer and, once it has rendered, focuses the element `focus`.
pub fn open_view(state: AppState, tab: Tab, focus: Option<&'static str>) {
    state.route.update(|route| route.tab = tab);
    if let Some(id) = focus {
        focus_later(id);
    }
}

/// The header's way to the Guide: a link to its own URL, opened in place.
#[component]
pub fn GuideLink() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ViewLink tab=Tab::Guide focus=GUIDE_TITLE icon="?" class="guide-link">
            {t!(i18n, guide.guide_button)}
        </ViewLink>
    }
}

/// A header link to a view of its own (the Guide, Lessons): its URL, opened in place with
/// `focus` focused; a click with a modifier opens it elsewhere, as links do.
#[component]
pub fn ViewLink(
    tab: Tab,
    focus: &'static str,
    icon: &'static str,
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let href = move || {
        state.route.with(|route| {
            Route {
                tab,
                offer: route.offer.clone(),
            }
            .to_query()
        })
    };
    let shown = move || state.route.with(|route| route.tab == tab);
    let open = move |ev: leptos::ev::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        open_view(state, tab, Some(focus));
    };
    view! {
        <a class=class href=href aria-current=move || shown().then_some("page") on:click=open>
            <span class="guide-icon" aria-hidden="true">{icon}</span>
            {children()}
        </a>
    }
}

/// A button of the Guide that opens a place of the simulator.
#[component]
fn PlaceButton(
    label: Signal<String>,
    tab: Tab,
    /// A field of the open offer to show in the Editor.
    #[prop(optional)]
    field: Option<FieldPath>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let teach = expect_context::<Teach>();
    let go = move |_| {
        if let Some(path) = &field {
            teach.show_field.set(Some(path.clone()));
        }
        open_view(state, tab, None);
    };
    view! { <button type="button" class="secondary" on:click=go>{label}</button> }
}

/// Where a part of the Guide shows in the simulator: a place in the open offer, or All
/// offers when none is open.
#[component]
fn SeeIt(
    /// The button for the open offer, given its name.
    place: fn(String) -> (String, Tab, Option<FieldPath>),
    /// The open offer's name, if an offer is open.
    open: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="see-it">
            <span class="see-it-label">{t_string!(i18n, guide.see_it)}</span>
            {move || match open.get() {
                Some(name) => {
                    let (label, tab, field) = place(name);
                    let label = Signal::stored(label);
                    match field {
                        Some(field) => view! { <PlaceButton label tab field /> }.into_any(),
                        None => view! { <PlaceButton label tab /> }.into_any(),
                    }
                }
                None => {
                    let label = Signal::stored(t_string!(i18n, guide.open_offers).to_string());
                    view! { <PlaceButton label tab=Tab::Offers /> }.into_any()
                }
            }}
        </p>
    }
}

/// The Status tab of the open offer.
fn status_place(name: String) -> (String, Tab, Option<FieldPath>) {
    let i18n = use_i18n();
    let label = t_string!(i18n, guide.open_status, name = name).to_string();
    (label, Tab::Status, None)
}

/// The preview allow-list of the open offer, in the Editor.
fn allow_list_place(name: String) -> (String, Tab, Option<FieldPath>) {
    let i18n = use_i18n();
    let label = t_string!(i18n, guide.open_marketplace, name = name).to_string();
    (
        label,
        Tab::Editor,
        Some(fields::marketplace::preview_subscription_ids().index(0)),
    )
}

/// The lead destination of the open offer, in the Editor.
fn lead_place(name: String) -> (String, Tab, Option<FieldPath>) {
    let i18n = use_i18n();
    let label = t_string!(i18n, guide.open_lead, name = name).to_string();
    (
        label,
        Tab::Editor,
        Some(fields::lead_destination::section()),
    )
}

/// One section of the Guide: a heading, a paragraph, and where to see it.
#[component]
fn Part(
    id: &'static str,
    title: String,
    text: String,
    place: fn(String) -> (String, Tab, Option<FieldPath>),
    open: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <section class="guide-part" aria-labelledby=id>
            <h3 id=id>{title}</h3>
            <p>{text}</p>
            <SeeIt place open />
        </section>
    }
}

/// The whole flow on one page: the seven steps with their durations, errors and publishing
/// again, the cancel rule, support requests, the preview allow-list and the test lead; each
/// part with a button to where the simulator shows it.
#[component]
pub fn GuidePanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    // The offer open in the route, if it still exists: the Guide's buttons lead into it.
    let open = Signal::derive(move || {
        let id = state.route.with(|route| route.offer.clone())?;
        let entry = state.entry(&id)?;
        Some(entry.offer.with(|offer| offer.draft.settings.name.clone()))
    });
    let steps = move || {
        Step::ALL
            .into_iter()
            .map(|step| {
                let heading = format!("guide-step-{}", step.number());
                view! {
                    <li class="guide-step" aria-labelledby=heading.clone()>
                        <h4 id=heading.clone()>
                            <span>
                                <span class="step-number">{step.number()}". "</span>
                                {step_name(step)}
                            </span>
                            <span class="guide-bound">{step_texts(step).bound}</span>
                        </h4>
                        <StepExplanation step />
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        // Built again when the language changes: the texts inside are plain strings.
        {move || {
            i18n.get_locale();
            view! {
                <article class="guide" aria-labelledby=GUIDE_TITLE>
                    <h2 id=GUIDE_TITLE tabindex="-1">{t_string!(i18n, guide.title)}</h2>
                    <p class="guide-intro">{t_string!(i18n, guide.intro)}</p>
                    <Show when=move || open.with(Option::is_none)>
                        <p class="hint">{t_string!(i18n, guide.no_offer_open)}</p>
                    </Show>
                    <section class="guide-part guide-try" aria-labelledby="guide-try">
                        <h3 id="guide-try">{t_string!(i18n, guide.try_title)}</h3>
                        <p>{t_string!(i18n, guide.try_text)}</p>
                        <p class="see-it">
                            <SampleButton class="primary" />
                            <PlaceButton
                                label=Signal::stored(t_string!(i18n, guide.open_offers).to_string())
                                tab=Tab::Offers
                            />
                        </p>
                    </section>
                    <section class="guide-part" aria-labelledby="guide-steps">
                        <h3 id="guide-steps">{t_string!(i18n, guide.steps_title)}</h3>
                        <ol class="guide-steps">{steps}</ol>
                        <SeeIt place=status_place open />
                    </section>
                    <Part id="guide-errors" title=t_string!(i18n, guide.errors_title).to_string()
                        text=t_string!(i18n, guide.errors_text).to_string() place=status_place open />
                    <Part id="guide-cancel" title=t_string!(i18n, guide.cancel_title).to_string()
                        text=t_string!(i18n, guide.cancel_text).to_string() place=status_place open />
                    <Part id="guide-support" title=t_string!(i18n, guide.support_title).to_string()
                        text=t_string!(i18n, guide.support_text).to_string() place=status_place open />
                    <Part id="guide-allow-list" title=t_string!(i18n, guide.allowlist_title).to_string()
                        text=t_string!(i18n, guide.allowlist_text).to_string() place=allow_list_place open />
                    <Part id="guide-lead" title=t_string!(i18n, guide.lead_title).to_string()
                        text=t_string!(i18n, guide.lead_text).to_string() place=lead_place open />
                </article>
            }
        }}
    }
}
