#![cfg(not(target_arch = "wasm32"))]
//! "Start with a sample offer" builds the domain's complete form with texts from the
//! translations (`locales/<lang>/guide.json`): in every language it must still pass Publish.

use golive::domain::sample::{complete_form, localized_form, SampleTexts};
use golive::domain::{check_form, Offer, OfferId, SimTime};
use std::path::Path;

const LOCALES: [&str; 6] = ["en", "fr", "pt-BR", "ru", "zh-Hans", "zh-Hant"];

fn texts(locale: &str) -> SampleTexts {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(locale)
        .join("guide.json");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("guide.json")).expect("JSON");
    let get = |key: &str| {
        json.get(format!("sample_{key}"))
            .and_then(|value| value.as_str())
            .unwrap_or_else(|| panic!("{locale}: sample_{key}"))
            .to_string()
    };
    SampleTexts {
        name: get("name"),
        sku_title: get("sku_title"),
        sku_summary: get("sku_summary"),
        sku_description: get("sku_description"),
        title: get("title"),
        summary: get("summary"),
        long_summary: get("long_summary"),
        description: get("description"),
        terms_of_use: get("terms"),
        link_title: get("link_title"),
    }
}

#[test]
fn the_sample_offer_passes_publish_in_every_language() {
    for locale in LOCALES {
        let form = localized_form(&texts(locale));
        assert_eq!(check_form(&form), vec![], "{locale}");
        let mut offer = Offer::new(OfferId("o-sample".into()), String::new(), SimTime(0));
        offer.draft = form;
        assert_eq!(golive::domain::check_offer(&offer), vec![], "{locale}");
    }
}

#[test]
fn the_sample_offer_keeps_the_complete_forms_data_and_takes_the_languages_texts() {
    let en = localized_form(&texts("en"));
    let fr = localized_form(&texts("fr"));
    let base = complete_form();
    assert_eq!(fr.settings.offer_id, base.settings.offer_id);
    assert_eq!(fr.marketplace.logos, base.marketplace.logos);
    assert_eq!(fr.marketplace.screenshots, base.marketplace.screenshots);
    assert_eq!(fr.skus[0].disk_versions, base.skus[0].disk_versions);
    assert_ne!(fr.settings.name, en.settings.name);
    assert_ne!(fr.marketplace.description, en.marketplace.description);
    assert_eq!(fr.settings.name, "Exemple : serveur web Contoso");
}
