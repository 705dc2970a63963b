//! Generates the `i18n` module from `locales/<lang>/<namespace>.json`, so that every
//! translation key is checked at compile time. For the release build (the `split` feature on
//! wasm32) the other languages' strings leave the module for files of their own
//! (`build/languages.rs`).
use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::{
    error::Error,
    hash::{DefaultHasher, Hash, Hasher},
    path::{Path, PathBuf},
};

#[path = "build/languages.rs"]
mod languages;

/// The locales besides English, as the generator names them.
const OTHER_LOCALES: [&str; 5] = ["fr", "pt-BR", "ru", "zh-Hans", "zh-Hant"];

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    println!("cargo::rerun-if-changed=build/languages.rs");
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some()
        && std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    // The split (scripts/split.mjs) reads the linker's relocations to move functions out.
    if split {
        println!("cargo::rustc-link-arg-bins=--emit-relocs");
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?).join("i18n");
    // One namespace per room of the UI, so that each tab's strings live in their own file.
    // `interpolate_display` lets `t_string!` fill variables, for attributes and for text
    // that is stored (such as the default name of a new offer).
    let config = Config::new("en")?
        .add_locales(OTHER_LOCALES)?
        .add_namespaces([
            "common", "offers", "editor", "status", "inbox", "data", "guide", "scenario",
            "lessons", "demo",
        ])?
        .parse_options(ParseOptions::new().interpolate_display(true));
    let translations = TranslationsInfos::parse(config)?;
    translations.emit_diagnostics();
    translations.rerun_if_locales_changed();
    translations.generate_i18n_module(out.clone())?;
    if split {
        languages_on_demand(&out)?;
    } else {
        println!("cargo::rustc-env=GOLIVE_LANGUAGES=");
    }
    Ok(())
}

/// Rewrites the generated module without the other languages' strings and writes them as
/// `lang-<tag>-<hash>.json`, where `scripts/split.mjs` picks them up for the build: in
/// `<target>/wasm32-unknown-unknown/<profile>/golive-languages/` (emptied first, so that
/// only this build's files are there). The hash, of every string, names the files of this
/// build; the app gets it as `GOLIVE_LANGUAGES`.
fn languages_on_demand(out: &Path) -> Result<(), Box<dyn Error>> {
    let module = out.join("mod.rs");
    let generated = std::fs::read_to_string(&module)?;
    let idents = OTHER_LOCALES.map(|tag| tag.replace('-', "_"));
    let idents: Vec<&str> = idents.iter().map(String::as_str).collect();
    let split = languages::split(&generated, &idents, "crate::ui::languages::translations")?;
    std::fs::write(&module, split.module)?;

    let mut hasher = DefaultHasher::new();
    split.strings.hash(&mut hasher);
    let hash = format!("{:016x}", hasher.finish());
    let profile_dir = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?)
        .ancestors()
        .nth(3)
        .ok_or("OUT_DIR is not <target>/<triple>/<profile>/build/<crate>/out")?
        .join("golive-languages");
    if profile_dir.exists() {
        std::fs::remove_dir_all(&profile_dir)?;
    }
    std::fs::create_dir_all(&profile_dir)?;
    for (tag, units) in &split.strings {
        let file = serde_json::json!({ "build": hash, "units": units });
        std::fs::write(
            profile_dir.join(format!("lang-{tag}-{hash}.json")),
            serde_json::to_vec(&file)?,
        )?;
    }
    println!("cargo::rustc-env=GOLIVE_LANGUAGES={hash}");
    Ok(())
}
