//! The other languages on demand (issue 16): takes the strings of every locale but the
//! default out of the `i18n` module that leptos_i18n 0.6.2 generates, so that the release
//! wasm carries English only and each other language is a file fetched when chosen.
//!
//! leptos_i18n has its own `dynamic_load`, but it makes every `t_string!` asynchronous
//! (about 540 call sites here). This rewrite keeps them synchronous: a locale's strings are
//! read from a table that `ui::languages` fills before the app switches to that locale.
//! It works on the generated text, whose shapes are fixed by the pinned version; any shape
//! it does not find is an error, so a new version of the generator fails the build loudly
//! instead of shipping blank strings.
//!
//! Used by `build.rs` and by `tests/build_languages.rs`.

use std::collections::BTreeMap;

/// The generated module without the other locales' strings, and those strings.
pub struct Split {
    /// The module to compile.
    pub module: String,
    /// Locale tag (`pt-BR`) to translation unit (`common`) to its strings, in the
    /// generator's order (the module reads them by index).
    pub strings: BTreeMap<String, BTreeMap<String, Vec<String>>>,
}

const UNIT_IMPL: &str =
    "impl l_i18n_crate :: __private :: fetch_translations :: TranslationUnit for ";
const STRINGS_CONST: &str = "const STRINGS : & [& str ; ";
const GETTER_BODY: &str =
    "{ < Self as l_i18n_crate :: __private :: fetch_translations :: TranslationUnit > :: STRINGS }";
const INDEX_OPEN: &str =
    "{ const S : & str = l_i18n_crate :: __private :: index_translations :: < ";
const INDEX_CLOSE: &str = "> (I18N_TRANSLATIONS) ; S }";

/// Splits `generated` (leptos_i18n's module, as written) for the locales `others`, given as
/// the generator's identifiers (`pt_BR`); `reader` is the path of the function that answers
/// a loaded unit: `reader::<N>(tag, unit) -> &'static [&'static str; N]`.
pub fn split(generated: &str, others: &[&str], reader: &str) -> Result<Split, String> {
    let mut module = generated.to_owned();
    let mut strings: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for locale in others {
        let tag = locale.replace('_', "-");
        for unit in units(generated, locale) {
            let name = format!("{unit}_{locale}");
            let (count, values) = take_strings(&mut module, &name)?;
            let getter = format!(
                "impl {name} {{ pub const fn get_translations () -> & 'static [& 'static str ; {count}usize] {GETTER_BODY} }}"
            );
            let reading = format!(
                "impl {name} {{ pub fn get_translations () -> & 'static [& 'static str ; {count}usize] {{ {reader}::<{count}usize>(\"{tag}\", \"{unit}\") }} }}"
            );
            replace_once(&mut module, &getter, &reading)?;
            strings
                .entry(tag.clone())
                .or_default()
                .insert(unit.to_owned(), values);
        }
        if !strings.contains_key(&tag) {
            return Err(format!("no translation unit of locale {locale}"));
        }
        let constant = format!("pub const fn __get_{locale}_translations__ ");
        let count = module.matches(&constant).count();
        if count == 0 {
            return Err(format!("no __get_{locale}_translations__"));
        }
        module = module.replace(&constant, &format!("pub fn __get_{locale}_translations__ "));
    }
    module = read_at_run_time(&module)?;
    Ok(Split { module, strings })
}

/// The translation units (namespaces) the module has for `locale`.
fn units<'a>(generated: &'a str, locale: &str) -> Vec<&'a str> {
    let suffix = format!("_{locale}");
    generated
        .match_indices(UNIT_IMPL)
        .filter_map(|(at, _)| {
            let rest = &generated[at + UNIT_IMPL.len()..];
            let name = rest.split(' ').next()?;
            name.strip_suffix(&suffix)
                .filter(|unit| !unit.is_empty() && !unit.contains('_'))
        })
        .collect()
}

/// Replaces the unit's `STRINGS` array with empty strings and answers its count and values.
fn take_strings(module: &mut String, name: &str) -> Result<(usize, Vec<String>), String> {
    let header = format!("{UNIT_IMPL}{name} {{");
    let start = module
        .find(&header)
        .ok_or_else(|| format!("no TranslationUnit impl for {name}"))?;
    let from = start
        + module[start..]
            .find(STRINGS_CONST)
            .ok_or_else(|| format!("no STRINGS in {name}"))?;
    let after_const = from + STRINGS_CONST.len();
    let count_end = after_const
        + module[after_const..]
            .find("usize] = & [")
            .ok_or_else(|| format!("STRINGS of {name}: unexpected type"))?;
    let count: usize = module[after_const..count_end]
        .parse()
        .map_err(|_| format!("STRINGS of {name}: unreadable count"))?;
    let array_start = count_end + "usize] = & ".len();
    let array_end = array_start + array_length(&module[array_start..])?;
    let array: syn::ExprArray = syn::parse_str(&module[array_start..array_end])
        .map_err(|err| format!("STRINGS of {name}: {err}"))?;
    let values = array
        .elems
        .iter()
        .map(|elem| match elem {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            }) => Ok(text.value()),
            _ => Err(format!("STRINGS of {name}: not a string literal")),
        })
        .collect::<Result<Vec<_>, _>>()?;
    if values.len() != count {
        return Err(format!(
            "STRINGS of {name}: {} values for {count}",
            values.len()
        ));
    }
    module.replace_range(array_start..array_end, &format!("[\"\" ; {count}usize]"));
    Ok((count, values))
}

/// The length of the bracketed array at the start of `text`, string literals skipped.
fn array_length(text: &str) -> Result<usize, String> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (at, c) in text.char_indices() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '[' => depth += 1,
            ']' => {
                depth = depth.checked_sub(1).ok_or("unbalanced STRINGS array")?;
                if depth == 0 {
                    return Ok(at + 1);
                }
            }
            _ => {}
        }
    }
    Err("unterminated STRINGS array".into())
}

/// Every key's lookup made a run-time read: `const` items and `const fn` cannot call the
/// loaded table.
fn read_at_run_time(module: &str) -> Result<String, String> {
    let constants = "const I18N_TRANSLATIONS : ";
    if !module.contains(constants) || !module.contains(INDEX_OPEN) {
        return Err("no I18N_TRANSLATIONS lookups".into());
    }
    let module = module.replace(constants, "let i18n_translations : ");
    let mut out = String::with_capacity(module.len());
    let mut rest = module.as_str();
    while let Some(at) = rest.find(INDEX_OPEN) {
        out.push_str(&rest[..at]);
        let after = &rest[at + INDEX_OPEN.len()..];
        let close = after
            .find(INDEX_CLOSE)
            .ok_or("index_translations without its close")?;
        // `< 65usize , 8usize >`: the second number is the index.
        let index = after[..close]
            .split(',')
            .nth(1)
            .map(str::trim)
            .filter(|index| index.ends_with("usize"))
            .ok_or("index_translations without an index")?;
        out.push_str(&format!("{{ i18n_translations [{index}] }}"));
        rest = &after[close + INDEX_CLOSE.len()..];
    }
    out.push_str(rest);
    if out.contains("I18N_TRANSLATIONS") {
        return Err("an I18N_TRANSLATIONS lookup of another shape".into());
    }
    Ok(out.replace("pub const fn ", "pub fn "))
}

fn replace_once(module: &mut String, from: &str, to: &str) -> Result<(), String> {
    let at = module
        .find(from)
        .ok_or_else(|| format!("not found: {}", &from[..from.len().min(60)]))?;
    module.replace_range(at..at + from.len(), to);
    Ok(())
}
