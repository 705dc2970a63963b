//! The parts of the app that load when first shown (issue 16): the Editor, Status, the
//! Guide and the Lessons view are split off the main wasm by the release build
//! (`scripts/split.mjs`, with the `split` feature that `index.html` turns on), so that the
//! first screen, All offers, needs only the shell. So is what a first visit almost never
//! runs: the demo (`?demo` only), the dialog that opens a scenario (only once a link or file
//! brings one), what follows a started lesson on every view (only once some offer is a
//! lesson's), the Inbox's list of emails (when the Inbox first opens) and the import of a
//! file (when one is chosen). Each part shows a
//! loading line while its file downloads, and an alert with **Try again** if it does not
//! arrive, never an empty tab. Without the feature (native and browser tests) every part is
//! there at once.
//!
//! The part's view is built synchronously, in the owner of the panel like any other view,
//! once its module is in: a view built inside `Suspense` outlived its owner when the tab
//! closed and panicked on a disposed signal.

use super::{
    demo::DemoPlayer, editor::EditorPanel, guide::GuidePanel, inbox::InboxEmails,
    lessons::LessonTracker, lessons::LessonsPanel, offers::ImportRun, scenario::OpenScenario,
    status::StatusPanel,
};
use crate::i18n::*;
use leptos::{prelude::*, task::spawn_local};
use std::{
    future::Future,
    pin::pin,
    sync::atomic::{AtomicBool, Ordering},
    task::{Context, Poll, Waker},
};

/// A part's file did not load (the network, or a deployment that replaced it).
#[derive(Debug, Clone, Copy)]
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// One part: `$view` builds its panel, `$load` fetches its module. With the `split` feature
/// `$view` goes into a module of its own and both are async, loading that module first.
/// `$loading` says whether a loading line shows meanwhile (a panel's does).
macro_rules! part {
    ($component:ident, $module:ident, $load:ident, $view:ident, $panel:expr) => {
        part!($component, $module, $load, $view, $panel, Loading::Shown);
    };
    ($component:ident, $module:ident, $load:ident, $view:ident, $panel:expr, $loading:expr) => {
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split($module, wasm_split_path = ::leptos::wasm_split, fallible, preload($load))]
        fn $view() -> Result<AnyView, NotLoaded> {
            Ok($panel.into_any())
        }

        #[cfg(not(feature = "split"))]
        async fn $view() -> Result<AnyView, NotLoaded> {
            Ok($panel.into_any())
        }

        #[cfg(not(feature = "split"))]
        async fn $load() -> Result<(), NotLoaded> {
            Ok(())
        }

        /// The panel, loaded when first shown.
        #[component]
        pub fn $component() -> impl IntoView {
            static LOADED: AtomicBool = AtomicBool::new(!cfg!(feature = "split"));
            part_view(
                &LOADED,
                || async { $load().await.map_err(NotLoaded::from) },
                || now($view()),
                $loading,
            )
        }
    };
}

part!(
    LazyEditor,
    editor,
    load_editor,
    editor_view,
    view! { <EditorPanel /> }
);
part!(
    LazyStatus,
    status,
    load_status,
    status_view,
    view! { <StatusPanel /> }
);
part!(
    LazyGuide,
    guide,
    load_guide,
    guide_view,
    view! { <GuidePanel /> }
);

part!(
    LazyLessons,
    lessons,
    load_lessons,
    lessons_view,
    view! { <LessonsPanel /> }
);

part!(
    LazyDemo,
    demo,
    load_demo,
    demo_view,
    view! { <DemoPlayer /> }
);

part!(
    LazyOpenScenario,
    scenario_open,
    load_scenario_open,
    scenario_open_view,
    view! { <OpenScenario /> }
);

// Quiet while it loads: it works in the background on every view, All offers included,
// where a loading line would only be noise.
part!(
    LazyLessonTracker,
    lesson_tracker,
    load_lesson_tracker,
    lesson_tracker_view,
    view! { <LessonTracker /> },
    Loading::Quiet
);

part!(
    LazyInboxEmails,
    inbox,
    load_inbox,
    inbox_view,
    view! { <InboxEmails /> }
);

part!(
    LazyImportRun,
    import,
    load_import,
    import_view,
    view! { <ImportRun /> }
);

/// What shows while a part loads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Loading {
    /// A loading line, where the part will be.
    Shown,
    /// Nothing: the part is not what the visitor is looking at.
    Quiet,
}

/// Where a part is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Loading,
    Ready,
    Failed,
}

/// The part's view once `load` has brought its module in (at once if `loaded` says it is),
/// a loading line until then, or an alert with Try again (a failed load is not remembered:
/// the next attempt fetches afresh).
fn part_view<L, Fut>(
    loaded: &'static AtomicBool,
    load: L,
    show: fn() -> Option<Result<AnyView, NotLoaded>>,
    loading: Loading,
) -> impl IntoView
where
    L: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: Future<Output = Result<(), NotLoaded>> + 'static,
{
    let i18n = use_i18n();
    let stage = RwSignal::new(if loaded.load(Ordering::Relaxed) {
        Stage::Ready
    } else {
        Stage::Loading
    });
    let fetch = move || {
        stage.set(Stage::Loading);
        spawn_local(async move {
            let result = load().await;
            if result.is_ok() {
                loaded.store(true, Ordering::Relaxed);
            }
            // The tab may have closed meanwhile.
            let _ = stage.try_set(if result.is_ok() {
                Stage::Ready
            } else {
                Stage::Failed
            });
        });
    };
    if stage.get_untracked() == Stage::Loading {
        fetch();
    }
    let failed = move || {
        view! {
            <div class="notice part-failed" role="alert">
                <p>{t!(i18n, common.part_failed)}</p>
                <button type="button" on:click=move |_| fetch()>
                    {t!(i18n, common.part_try_again)}
                </button>
            </div>
        }
        .into_any()
    };
    move || match stage.get() {
        Stage::Loading if loading == Loading::Quiet => ().into_any(),
        Stage::Loading => view! {
            <p class="part-loading" role="status">{t!(i18n, common.part_loading)}</p>
        }
        .into_any(),
        // The module is in, so the view's future is ready at its first poll.
        Stage::Ready => match show() {
            Some(Ok(view)) => view,
            _ => failed(),
        },
        Stage::Failed => failed(),
    }
}

/// The output of a future that is ready at its first poll.
fn now<T>(future: impl Future<Output = T>) -> Option<T> {
    let mut future = pin!(future);
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(output) => Some(output),
        Poll::Pending => None,
    }
}
