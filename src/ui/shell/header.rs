//! The page header.

use super::{LanguagePicker, TimeControls};
use crate::i18n::*;
use crate::ui::guide::GuideLink;
use crate::ui::inbox::InboxButton;
use crate::ui::lessons::LessonsLink;
use leptos::prelude::*;

/// The product name and tagline, the time controls, the language picker, the Lessons, the
/// Guide and the Inbox entry.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="app-header">
            <div class="brand">
                <h1 class="app-name">{t!(i18n, common.app_name)}</h1>
                <p class="app-tagline">{t!(i18n, common.app_tagline)}</p>
            </div>
            <TimeControls />
            <LanguagePicker />
            <div class="header-actions">
                <LessonsLink />
                <GuideLink />
                <InboxButton />
            </div>
        </header>
    }
}
