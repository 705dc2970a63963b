//! Generates the `i18n` module from `locales/<lang>/<namespace>.json`, so that every
//! translation key is checked at compile time.
use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::{error::Error, path::PathBuf};

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    // The split (scripts/split.mjs) reads the linker's relocations to move functions out.
    if std::env::var_os("CARGO_FEATURE_SPLIT").is_some()
        && std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32")
    {
        println!("cargo::rustc-link-arg-bins=--emit-relocs");
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?).join("i18n");
    // One namespace per room of the UI, so that each tab's strings live in their own file.
    // `interpolate_display` lets `t_string!` fill variables, for attributes and for text
    // that is stored (such as the default name of a new offer).
    let config = Config::new("en")?
        .add_locales(["fr", "pt-BR", "ru", "zh-Hans", "zh-Hant"])?
        .add_namespaces([
            "common", "offers", "editor", "status", "inbox", "data", "guide", "scenario",
            "lessons", "demo",
        ])?
        .parse_options(ParseOptions::new().interpolate_display(true));
    let translations = TranslationsInfos::parse(config)?;
    translations.emit_diagnostics();
    translations.rerun_if_locales_changed();
    translations.generate_i18n_module(out)?;
    Ok(())
}
