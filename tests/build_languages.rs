//! `build/languages.rs`, the rewrite that takes the other languages' strings out of the
//! release wasm (issue 16), run on this build's real generated module: every string of the
//! five other locales leaves the module for its file, and nothing of English does.

#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/languages.rs"]
mod languages;

use std::collections::BTreeMap;

const OTHERS: [&str; 5] = ["fr", "pt_BR", "ru", "zh_Hans", "zh_Hant"];
const READER: &str = "crate::ui::languages::translations";

/// The module leptos_i18n generated for this (native) build, not rewritten.
fn generated() -> String {
    std::fs::read_to_string(concat!(env!("OUT_DIR"), "/i18n/mod.rs")).expect("the generated module")
}

/// Every string value of a locale's JSON files, by namespace.
fn values(tag: &str) -> BTreeMap<String, Vec<String>> {
    fn walk(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Object(map) => map.values().for_each(|v| walk(v, out)),
            serde_json::Value::Array(list) => list.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let dir = format!("{}/locales/{tag}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_dir(dir)
        .expect("the locale's folder")
        .map(|entry| {
            let path = entry.expect("an entry").path();
            let text = std::fs::read_to_string(&path).expect("a locale file");
            let json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
            let mut out = Vec::new();
            walk(&json, &mut out);
            let unit = path
                .file_stem()
                .expect("a name")
                .to_string_lossy()
                .into_owned();
            (unit, out)
        })
        .collect()
}

#[test]
fn every_other_language_leaves_the_module_for_its_file() {
    let generated = generated();
    let split = languages::split(&generated, &OTHERS, READER).expect("the rewrite");
    let tags: Vec<&str> = split.strings.keys().map(String::as_str).collect();
    assert_eq!(tags, ["fr", "pt-BR", "ru", "zh-Hans", "zh-Hant"]);
    let english = values("en");
    for (tag, units) in &split.strings {
        let expected = values(tag);
        assert_eq!(
            units.keys().collect::<Vec<_>>(),
            expected.keys().collect::<Vec<_>>(),
            "{tag}: one unit per namespace"
        );
        for (unit, strings) in units {
            // Every translated text of the namespace is among the unit's strings (a text
            // with variables or plural forms is there in pieces, so pieces are checked the
            // other way round: each piece is part of some text).
            let texts = &expected[unit];
            for piece in strings.iter().filter(|piece| piece.chars().count() > 3) {
                assert!(
                    texts.iter().any(|text| text.contains(piece.as_str())),
                    "{tag}/{unit}: {piece:?} comes from no text of the namespace"
                );
                // A piece English shares ("golive", "URL") stays, as English.
                let shared = english[unit]
                    .iter()
                    .any(|text| text.contains(piece.as_str()));
                assert!(
                    shared || !split.module.contains(&format!("{piece:?}")),
                    "{tag}/{unit}: {piece:?} is still in the module"
                );
            }
        }
    }
    // The French of a few keys, as a reader would look for them.
    let french = &split.strings["fr"]["common"];
    assert!(french.iter().any(|s| s == "Annuler"));
    assert!(!split.module.contains("\"Annuler\""));
    // English stays, and each key reads its locale's array at run time.
    assert!(split.module.contains("\"Cancel\""));
    assert!(split.module.contains(&format!("{READER}::<")));
    assert!(!split.module.contains("index_translations"));
    assert!(!split.module.contains("I18N_TRANSLATIONS"));
}

#[test]
fn the_module_keeps_its_size_order_and_english() {
    let generated = generated();
    let split = languages::split(&generated, &OTHERS, READER).expect("the rewrite");
    let english = languages::split(&generated, &[], READER).expect("English only");
    assert!(english.strings.is_empty());
    assert!(split.module.len() < generated.len());
    // Each unit's array keeps its length in the module (read by index) and in the file.
    let common_fr = &split.strings["fr"]["common"];
    assert!(split.module.contains(&format!(
        "impl common_fr {{ pub fn get_translations () -> & 'static [& 'static str ; {}usize]",
        common_fr.len()
    )));
    assert!(split
        .module
        .contains(&format!("[\"\" ; {}usize]", common_fr.len())));
}

#[test]
fn a_module_of_another_shape_is_refused_not_half_rewritten() {
    assert!(languages::split("pub mod i18n { }", &OTHERS, READER).is_err());
    let generated = generated();
    // A generator that wrote its lookups another way.
    let other = generated.replace("index_translations", "lookup_translations");
    assert!(languages::split(&other, &OTHERS, READER).is_err());
    assert!(languages::split(&generated, &["de"], READER).is_err());
}
