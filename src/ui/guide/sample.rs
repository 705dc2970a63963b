//! "Start with a sample offer": a complete offer in the interface language, which passes
//! Publish as it is, opened in the Editor with the focus on Publish.

use super::{focus_later, Teach};
use crate::domain::sample::{localized_form, SampleTexts};
use crate::i18n::*;
use crate::ui::{route::Tab, state::AppState};
use leptos::prelude::*;

/// The id of the Editor's Publish button, which the sample offer focuses.
pub const PUBLISH_BUTTON: &str = "publish-button";

/// The sample offer's texts in the interface language.
pub fn sample_texts() -> SampleTexts {
    let i18n = use_i18n();
    SampleTexts {
        name: t_string!(i18n, guide.sample_name).to_string(),
        sku_title: t_string!(i18n, guide.sample_sku_title).to_string(),
        sku_summary: t_string!(i18n, guide.sample_sku_summary).to_string(),
        sku_description: t_string!(i18n, guide.sample_sku_description).to_string(),
        title: t_string!(i18n, guide.sample_title).to_string(),
        summary: t_string!(i18n, guide.sample_summary).to_string(),
        long_summary: t_string!(i18n, guide.sample_long_summary).to_string(),
        description: t_string!(i18n, guide.sample_description).to_string(),
        terms_of_use: t_string!(i18n, guide.sample_terms).to_string(),
        link_title: t_string!(i18n, guide.sample_link_title).to_string(),
    }
}

/// The name of a new sample offer: the sample's name, numbered when offers already carry it.
fn sample_name(base: &str, existing: &[String]) -> String {
    let taken = |name: &str| existing.iter().any(|known| known == name);
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base} ({n})"))
        .find(|name| !taken(name))
        .unwrap_or_else(|| base.to_string())
}

/// Creates the sample offer and opens it in the Editor, focused on Publish.
pub fn start_with_sample(state: AppState, teach: Teach) {
    let mut texts = sample_texts();
    let names: Vec<String> = state.offers.with_untracked(|offers| {
        offers
            .iter()
            .map(|entry| {
                entry
                    .offer
                    .with_untracked(|offer| offer.draft.settings.name.clone())
            })
            .collect()
    });
    texts.name = sample_name(&texts.name, &names);
    let id = state.create_sample_offer(localized_form(&texts));
    teach.fresh_sample.set(Some(id.clone()));
    state.route.set(crate::ui::route::Route {
        tab: Tab::Editor,
        offer: Some(id),
    });
    focus_later(PUBLISH_BUTTON);
}

/// The button that starts with a sample offer.
#[component]
pub fn SampleButton(
    /// The button's class (its look where it stands).
    #[prop(into)]
    class: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let teach = expect_context::<Teach>();
    let i18n = use_i18n();
    view! {
        <button type="button" class=class on:click=move |_| start_with_sample(state, teach)>
            {t!(i18n, guide.sample_button)}
        </button>
    }
}

#[cfg(test)]
mod tests {
    use super::sample_name;

    #[test]
    fn a_second_sample_gets_a_number() {
        let base = "Sample: Contoso Web Server";
        assert_eq!(sample_name(base, &[]), base);
        assert_eq!(
            sample_name(base, &[base.to_string()]),
            "Sample: Contoso Web Server (2)"
        );
        assert_eq!(
            sample_name(base, &[base.to_string(), format!("{base} (2)")]),
            "Sample: Contoso Web Server (3)"
        );
    }
}
