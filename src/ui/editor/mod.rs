//! The Editor tab: the offer form in sections, every field's problems beside it, and Publish.
//!
//! Every change goes through [`AppState::edit_draft`] on each input, exactly as typed; the rules
//! ([`crate::domain::check_offer`]) say what is wrong, and the Editor only shows it. Field ids are
//! `field-{path}` with the text of the domain's typed paths ([`crate::domain::fields`]), so
//! that other tabs can send the user to a field (through [`AppState::pending_focus`]).

mod add_button;
mod contact;
mod data_disks;
mod disk_version;
mod disk_versions;
mod email_dialog;
mod field;
mod images;
mod item_list;
mod lead_destination;
mod license;
mod links;
mod list_place;
mod live;
mod logos;
mod marketplace;
mod ports;
mod problems;
mod publish;
mod screenshots;
mod section_panel;
mod sections;
mod settings;
mod sku;
mod skus;
mod string_list;
mod summary;
mod support;
mod videos;

pub(crate) use summary::path_label;

use crate::domain::fields;
use crate::domain::{check_offer, FieldPath, FieldProblem, Offer, OfferForm, OfferId, ProblemKind};
use crate::i18n::*;
use crate::ui::{
    guide::Teach,
    route::Tab,
    shell::focus_element,
    state::{AppState, OfferEntry},
};
use leptos::prelude::*;
use std::time::Duration;

/// The sections of the form, in the order the section list shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Section {
    /// Offer ID, Publisher ID, name.
    Settings,
    /// The SKUs, their disk versions and data disks.
    Skus,
    /// The listing: texts, lists, images, links.
    Marketplace,
    /// Where leads go.
    LeadDestination,
    /// Contacts and support URL.
    Support,
}

impl Section {
    /// Every section, in order.
    pub const ALL: [Section; 5] = [
        Section::Settings,
        Section::Skus,
        Section::Marketplace,
        Section::LeadDestination,
        Section::Support,
    ];

    /// The section holding the field at `path`.
    pub fn of_path(path: &FieldPath) -> Section {
        if path.is_within(&fields::skus()) {
            Section::Skus
        } else if path.is_within(&fields::lead_destination::section()) {
            Section::LeadDestination
        } else if path.is_within(&fields::marketplace::section()) {
            Section::Marketplace
        } else if path.is_within(&fields::support::section()) {
            Section::Support
        } else {
            Section::Settings
        }
    }

    /// A stable name for DOM ids.
    pub fn slug(self) -> &'static str {
        match self {
            Section::Settings => "settings",
            Section::Skus => "skus",
            Section::Marketplace => "marketplace",
            Section::LeadDestination => "lead",
            Section::Support => "support",
        }
    }
}

/// The DOM id of a field, from its path.
pub(crate) fn field_id(path: &FieldPath) -> String {
    format!("field-{path}")
}

/// What every part of one offer's form shares, passed by context.
#[derive(Clone, Copy)]
pub(crate) struct Editor {
    state: AppState,
    id: StoredValue<OfferId>,
    /// The offer being edited.
    pub offer: RwSignal<Offer>,
    /// The section shown.
    pub section: RwSignal<Section>,
    /// Whether Publish has been pressed since the editor opened: from then on every problem
    /// shows beside its field (before, only the image checks, which need no typing).
    pub attempted: RwSignal<bool>,
    /// Every problem of the offer as it is now, from the domain's rules.
    pub problems: Memo<Vec<FieldProblem>>,
}

impl Editor {
    fn new(state: AppState, entry: &OfferEntry) -> Editor {
        let offer = entry.signal();
        Editor {
            state,
            id: StoredValue::new(entry.id.clone()),
            offer,
            section: RwSignal::new(Section::Settings),
            attempted: RwSignal::new(false),
            problems: Memo::new(move |_| offer.with(check_offer)),
        }
    }

    /// The app's state.
    pub fn state(&self) -> AppState {
        self.state
    }

    /// The offer's local identity.
    pub fn id(&self) -> OfferId {
        self.id.get_value()
    }

    /// Changes the draft (saved by the store; shown at once).
    pub fn edit(&self, change: impl FnOnce(&mut OfferForm)) {
        self.id.with_value(|id| self.state.edit_draft(id, change));
    }

    /// The problems shown beside the field at exactly `path` (reactive).
    pub fn shown_at(&self, path: &FieldPath) -> Vec<ProblemKind> {
        let attempted = self.attempted.get();
        self.problems.with(|problems| {
            problems
                .iter()
                .filter(|problem| problem.path == *path)
                .filter(|problem| attempted || shows_at_once(&problem.kind))
                .map(|problem| problem.kind.clone())
                .collect()
        })
    }

    /// The number of shown problems inside a section (reactive).
    pub fn shown_in(&self, section: Section) -> usize {
        if !self.attempted.get() {
            return 0;
        }
        self.problems.with(|problems| {
            problems
                .iter()
                .filter(|problem| Section::of_path(&problem.path) == section)
                .count()
        })
    }

    /// Shows the section holding `path`, then moves focus to its field.
    pub fn go_to(&self, path: &FieldPath) {
        self.section.set(Section::of_path(path));
        focus_soon(path.clone());
    }

    /// Whether the offer has been submitted once: its Offer ID and SKU IDs are known to the
    /// publishing system and may no longer change (reactive).
    pub fn published(&self) -> bool {
        self.offer.with(|offer| offer.locked_offer_id().is_some())
    }
}

/// Checks of a picked image are shown as soon as it is picked: the user did not type it, so
/// there is nothing to interrupt.
fn shows_at_once(kind: &ProblemKind) -> bool {
    matches!(
        kind,
        ProblemKind::WrongImageSize { .. } | ProblemKind::WrongImageType { .. }
    )
}

/// Focuses the field at `path` once the page has rendered the change that shows it (a section
/// switch or a new list item renders in the next task). When the field itself is gone (an item
/// removed since), the nearest enclosing field or group that exists takes the focus.
pub(crate) fn focus_soon(path: FieldPath) {
    set_timeout(
        move || {
            let document = web_sys::window().and_then(|window| window.document());
            let Some(document) = document else { return };
            let mut target = Some(path);
            while let Some(path) = target {
                let id = field_id(&path);
                if document.get_element_by_id(&id).is_some() {
                    focus_element(&id);
                    return;
                }
                target = path.parent();
            }
        },
        Duration::ZERO,
    );
}

/// The form of the open offer, or a way to open one.
#[component]
pub fn EditorPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    // The open offer's identity, if it exists: the form is rebuilt only when this changes,
    // not when another offer is created or deleted (which would lose the section shown).
    let open = Memo::new(move |_| {
        state
            .route
            .with(|route| route.offer.clone())
            .filter(|id| state.entry(id).is_some())
    });
    let entry = move || open.get().and_then(|id| untrack(|| state.entry(&id)));
    view! {
        {move || match entry() {
            Some(entry) => view! { <OfferEditor entry /> }.into_any(),
            None => view! {
                <p class="empty">{t!(i18n, editor.no_offer)}</p>
                <button
                    type="button"
                    on:click=move |_| state.route.update(|route| route.tab = Tab::Offers)
                >
                    {t!(i18n, editor.go_to_offers)}
                </button>
            }
            .into_any(),
        }}
    }
}

/// One offer's form: Publish, the problems, the section list and the section shown.
#[component]
fn OfferEditor(entry: OfferEntry) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let editor = Editor::new(state, &entry);
    provide_context(editor);
    // A field asked for by another tab ("fix this" on Status): show it and focus it, once.
    Effect::new(move |_| {
        if let Some(path) = state.pending_focus.get() {
            state.pending_focus.set(None);
            editor.attempted.set(true);
            editor.go_to(&path);
        }
    });
    // A field asked for by the Guide: its section shown and the field focused, without
    // turning every problem of the form on.
    let teach = expect_context::<Teach>();
    Effect::new(move |_| {
        if let Some(path) = teach.show_field.get() {
            teach.show_field.set(None);
            editor.go_to(&path);
        }
    });
    let name = move || editor.offer.with(|offer| offer.draft.settings.name.clone());
    view! {
        <div class="editor">
            <h2>{t!(i18n, editor.heading, name = name)}</h2>
            <publish::PublishBar />
            // Many labels below are plain strings made when the form is built, so it is built
            // again when the language changes (also when the saved language is applied just
            // after start-up): otherwise they stayed in English. The section shown and the
            // problems live in `editor` above, and every keystroke is stored, so none is lost.
            {move || {
                i18n.get_locale();
                view! {
                    <live::LiveDraftBar />
                    <summary::ProblemSummary />
                    <sections::SectionNav />
                    <section_panel::SectionPanel section=Section::Settings>
                        <settings::SettingsSection />
                    </section_panel::SectionPanel>
                    <section_panel::SectionPanel section=Section::Skus>
                        <skus::SkusSection />
                    </section_panel::SectionPanel>
                    <section_panel::SectionPanel section=Section::Marketplace>
                        <marketplace::MarketplaceSection />
                    </section_panel::SectionPanel>
                    <section_panel::SectionPanel section=Section::LeadDestination>
                        <lead_destination::LeadDestinationSection />
                    </section_panel::SectionPanel>
                    <section_panel::SectionPanel section=Section::Support>
                        <support::SupportSection />
                    </section_panel::SectionPanel>
                }
            }}
        </div>
    }
}
