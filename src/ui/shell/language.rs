//! The language picker: every locale the app ships, each named in its own language; the
//! choice is kept in this browser once the language is in (the release build downloads each
//! language but English when first chosen: [`crate::ui::languages`]).

use crate::i18n::*;
use crate::ui::languages::{Change, Languages};
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos_i18n::Locale as _;

/// A language's name in that language, the same whatever the interface's language (so it
/// needs no download, and a reader finds their own language in a list of names they
/// cannot read).
pub fn language_name(locale: Locale) -> &'static str {
    match locale {
        Locale::en => "English",
        Locale::fr => "Français",
        Locale::pt_BR => "Português (Brasil)",
        Locale::ru => "Русский",
        Locale::zh_Hans => "简体中文",
        Locale::zh_Hant => "繁體中文",
    }
}

/// A select of the app's languages.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let languages = expect_context::<Languages>();
    // The language being downloaded, else the page's: after a failed download the picker
    // goes back to the language the page is in.
    let shown = move || match languages.change.get() {
        Some(Change::Loading(locale)) => locale,
        _ => i18n.get_locale(),
    };
    view! {
        <label class="language">
            {t!(i18n, common.language)}
            <select on:change=move |ev| {
                let value = event_target_value(&ev);
                if let Some(locale) = Locale::get_all().iter().find(|l| l.as_str() == value) {
                    let locale = *locale;
                    languages.choose_and_keep(i18n, state, locale);
                }
            }>
                {Locale::get_all()
                    .iter()
                    .map(|locale| {
                        let locale = *locale;
                        view! {
                            <option
                                value=locale.as_str()
                                lang=locale.as_str()
                                prop:selected=move || shown() == locale
                            >
                                {language_name(locale)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// The locale to start in: the one chosen before in this browser, else the first of the
/// browser's preferred languages the app ships (by exact tag, then by language), else
/// English.
pub fn initial_locale(saved: Option<&str>, preferred: &[String]) -> Locale {
    let all = Locale::get_all();
    let exact = |tag: &str| {
        all.iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(tag))
            .copied()
    };
    if let Some(locale) = saved.and_then(exact) {
        return locale;
    }
    for tag in preferred {
        if let Some(locale) = exact(tag) {
            return locale;
        }
        // zh-CN/zh-SG read Simplified, zh-TW/zh-HK/zh-MO Traditional; pt-PT reads pt-BR
        // better than English; other regions fall back to their language.
        let tag = tag.to_ascii_lowercase();
        let by_language = match tag.as_str() {
            "zh-cn" | "zh-sg" | "zh" => exact("zh-Hans"),
            "zh-tw" | "zh-hk" | "zh-mo" => exact("zh-Hant"),
            _ if tag.starts_with("zh-hans") => exact("zh-Hans"),
            _ if tag.starts_with("zh-hant") => exact("zh-Hant"),
            _ if tag.starts_with("pt") => exact("pt-BR"),
            _ => tag.split('-').next().and_then(exact),
        };
        if let Some(locale) = by_language {
            return locale;
        }
    }
    Locale::en
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(list: &[&str]) -> Vec<String> {
        list.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn a_saved_choice_wins_over_the_browser() {
        assert_eq!(initial_locale(Some("ru"), &tags(&["fr-FR"])), Locale::ru);
    }

    #[test]
    fn the_first_browser_language_the_app_ships_is_used() {
        assert_eq!(
            initial_locale(None, &tags(&["de-DE", "fr-CA", "en"])),
            Locale::fr
        );
        assert_eq!(initial_locale(None, &tags(&["pt-PT"])), Locale::pt_BR);
        assert_eq!(initial_locale(None, &tags(&["zh-TW"])), Locale::zh_Hant);
        assert_eq!(initial_locale(None, &tags(&["zh-CN"])), Locale::zh_Hans);
        assert_eq!(initial_locale(None, &tags(&["de", "ja"])), Locale::en);
        assert_eq!(initial_locale(Some("xx"), &[]), Locale::en);
    }
}
