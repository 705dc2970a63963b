//! What a language change is doing when its strings must download first: "Downloading
//! Français…", then nothing once it is in, or why it is not with **Try again**.

use super::language::language_name;
use crate::i18n::*;
use crate::ui::languages::{Change, Languages, NotLoaded};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// A polite live region with the language change in progress or failed.
#[component]
pub fn LanguageNotice() -> impl IntoView {
    let i18n = use_i18n();
    let languages = expect_context::<Languages>();
    let state = expect_context::<AppState>();
    let retry = move |locale: Locale| {
        languages.choose_and_keep(i18n, state, locale);
    };
    view! {
        <div class="language-region" role="status" aria-live="polite">
            {move || match languages.change.get() {
                None => ().into_any(),
                Some(Change::Loading(locale)) => view! {
                    <p class="notice language-notice">
                        {t!(i18n, common.language_loading, language = language_name(locale))}
                    </p>
                }
                .into_any(),
                Some(Change::Failed(locale, why)) => view! {
                    <div class="notice language-notice">
                        <p>
                            {match why {
                                NotLoaded::Network => t_string!(i18n, common.language_failed_network, language = language_name(locale)).to_string(),
                                NotLoaded::Unreadable => t_string!(i18n, common.language_failed_unreadable, language = language_name(locale)).to_string(),
                            }}
                        </p>
                        <button type="button" on:click=move |_| retry(locale)>
                            {t!(i18n, common.language_try_again)}
                        </button>
                    </div>
                }
                .into_any(),
            }}
        </div>
    }
}
