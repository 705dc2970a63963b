//! Scenario links and scenario files: the text formats a [`Scenario`] travels in.
//!
//! Here rather than in the domain because this is a format of data leaving the app, like the
//! export file beside it (`transfer.rs`): JSON, deflate, base64 and a checksum are the
//! store's business; the domain only says what a scenario is and when it is acceptable
//! ([`Scenario::problems`]).
//!
//! Both carry one JSON document, `{"format":"golive-scenario","version":1,"form":…,
//! "fault":…,"speed":…,"language":…}`. The file holds it as is, image copies included. The
//! link, made for a URL fragment (`#scenario=1.<data>`: never sent to a server, so it works
//! from any static host), holds it without image copies, deflated, behind a two-byte length
//! and followed by a CRC-32 of both, in unpadded URL-safe base64. The length tells a link cut
//! short from one changed; the checksum catches any changed character.

use crate::domain::{OfferForm, Scenario, ScenarioFault, ScenarioProblem, Speed};
use base64::engine::{
    general_purpose::{GeneralPurpose, GeneralPurposeConfig},
    DecodePaddingMode,
};
use base64::{alphabet, DecodeError, Engine};
use serde_json::{Map, Value};

/// The `format` field of a scenario's JSON.
pub const SCENARIO_FORMAT: &str = "golive-scenario";

/// The format version this build writes and reads.
pub const SCENARIO_VERSION: u64 = 1;

/// What a scenario link's fragment starts with, before the version.
pub const LINK_PREFIX: &str = "scenario=";

/// The longest fragment a link may have, in characters: what browsers, chat tools and
/// mail clients pass on whole. A longer one is refused before it is decoded.
pub const MAX_LINK_CHARS: usize = 8_000;

/// The most a link's JSON may inflate to, in bytes: a form without image copies is about
/// 10 KB; anything far beyond that is a deflate bomb, stopped before it fills memory.
pub const MAX_LINK_JSON_BYTES: usize = 256 * 1024;

/// The largest scenario file read, in bytes: a form with image copies at their full budget
/// (160 KB, a third more as base64) and its text.
pub const MAX_SCENARIO_FILE_BYTES: usize = 1024 * 1024;

/// The file name extension of a scenario file.
pub const FILE_EXTENSION: &str = "golive-scenario.json";

/// Which part of a scenario could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScenarioPart {
    /// The offer's form.
    Form,
    /// The planned failure.
    Fault,
    /// The simulation speed.
    Speed,
    /// The interface language.
    Language,
}

/// Why a scenario link or file is refused; nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScenarioRefusal {
    /// The link is longer than [`MAX_LINK_CHARS`] (not decoded at all).
    TooLong {
        /// Its length, in characters.
        length: usize,
    },
    /// The file is larger than [`MAX_SCENARIO_FILE_BYTES`].
    FileTooLarge {
        /// Its size, in bytes.
        bytes: usize,
    },
    /// Not a golive scenario: another prefix, another app's data, or a file of another kind.
    Foreign,
    /// A scenario of a format version this build does not read (a newer one).
    NewerVersion {
        /// The version found.
        found: u64,
    },
    /// The link was cut short (characters missing at its end).
    Truncated,
    /// The link was changed: its checksum or its characters do not match what was made.
    Tampered,
    /// The content inflates to more than [`MAX_LINK_JSON_BYTES`].
    ContentTooLarge,
    /// A part of the content cannot be read (wrong types, unknown values).
    Unreadable(ScenarioPart),
    /// Read whole, but not acceptable.
    Invalid(ScenarioProblem),
}

/// The base64 the link uses: URL-safe, no padding; trailing bits are ignored, so that a
/// link cut short decodes to its length check (and says "cut short") rather than failing
/// on its last character.
const BASE64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::RequireNone)
        .with_decode_allow_trailing_bits(true),
);

/// The JSON document of `scenario` (as it is: the link strips image copies first).
fn to_json(scenario: &Scenario) -> Value {
    let mut map = Map::new();
    map.insert("format".into(), Value::from(SCENARIO_FORMAT));
    map.insert("version".into(), Value::from(SCENARIO_VERSION));
    // Plain data with string keys: serialising cannot fail (Null would be refused on read).
    map.insert(
        "form".into(),
        serde_json::to_value(&scenario.form).unwrap_or(Value::Null),
    );
    map.insert(
        "fault".into(),
        serde_json::to_value(&scenario.fault).unwrap_or(Value::Null),
    );
    map.insert(
        "speed".into(),
        serde_json::to_value(scenario.speed).unwrap_or(Value::Null),
    );
    map.insert("language".into(), Value::from(scenario.language.clone()));
    Value::Object(map)
}

/// Reads and checks a scenario's JSON document.
fn from_json(text: &[u8]) -> Result<Scenario, ScenarioRefusal> {
    let value: Value = serde_json::from_slice(text).map_err(|_| ScenarioRefusal::Foreign)?;
    let Value::Object(mut map) = value else {
        return Err(ScenarioRefusal::Foreign);
    };
    if map.get("format").and_then(Value::as_str) != Some(SCENARIO_FORMAT) {
        return Err(ScenarioRefusal::Foreign);
    }
    match map.get("version").and_then(Value::as_u64) {
        Some(SCENARIO_VERSION) => {}
        Some(found) if found > SCENARIO_VERSION => {
            return Err(ScenarioRefusal::NewerVersion { found })
        }
        _ => return Err(ScenarioRefusal::Foreign),
    }
    let mut part = |name: &str| map.remove(name).unwrap_or(Value::Null);
    let unreadable = ScenarioRefusal::Unreadable;
    let form = part("form");
    if !form.is_object() {
        return Err(unreadable(ScenarioPart::Form));
    }
    let form: OfferForm =
        serde_json::from_value(form).map_err(|_| unreadable(ScenarioPart::Form))?;
    let fault: Option<ScenarioFault> =
        serde_json::from_value(part("fault")).map_err(|_| unreadable(ScenarioPart::Fault))?;
    let speed: Speed =
        serde_json::from_value(part("speed")).map_err(|_| unreadable(ScenarioPart::Speed))?;
    let language: String =
        serde_json::from_value(part("language")).map_err(|_| unreadable(ScenarioPart::Language))?;
    let scenario = Scenario {
        form,
        fault,
        speed,
        language,
    };
    match scenario.problems().into_iter().next() {
        Some(problem) => Err(ScenarioRefusal::Invalid(problem)),
        None => Ok(scenario),
    }
}

/// The fragment of a link to `scenario`, without the `#` (`scenario=1.…`), image copies
/// left out. Refused when it would be longer than [`MAX_LINK_CHARS`] (the file carries it).
pub fn encode_link(scenario: &Scenario) -> Result<String, ScenarioRefusal> {
    let json = to_json(&scenario.without_image_copies()).to_string();
    let deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 10);
    let Ok(length) = u16::try_from(deflated.len()) else {
        return Err(ScenarioRefusal::TooLong {
            length: deflated.len() * 4 / 3,
        });
    };
    let mut bytes = Vec::with_capacity(deflated.len() + 6);
    bytes.extend_from_slice(&length.to_be_bytes());
    bytes.extend_from_slice(&deflated);
    let crc = crc32fast::hash(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    let fragment = format!("{LINK_PREFIX}{SCENARIO_VERSION}.{}", BASE64.encode(&bytes));
    if fragment.len() > MAX_LINK_CHARS {
        return Err(ScenarioRefusal::TooLong {
            length: fragment.len(),
        });
    }
    Ok(fragment)
}

/// Whether a URL fragment (with or without its `#`) is meant as a scenario link, so that
/// the app decodes it (and says what is wrong with it) rather than ignore it.
pub fn is_scenario_fragment(fragment: &str) -> bool {
    fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .starts_with(LINK_PREFIX)
}

/// Reads a link's fragment (with or without its `#`): length first, then prefix and
/// version, base64, length, checksum, inflate (bounded), JSON, and the content's rules.
pub fn decode_link(fragment: &str) -> Result<Scenario, ScenarioRefusal> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let length = fragment.chars().count();
    if length > MAX_LINK_CHARS {
        return Err(ScenarioRefusal::TooLong { length });
    }
    let rest = fragment
        .strip_prefix(LINK_PREFIX)
        .ok_or(ScenarioRefusal::Foreign)?;
    let (version, data) = rest.split_once('.').ok_or(ScenarioRefusal::Foreign)?;
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ScenarioRefusal::Foreign);
    }
    match version.parse::<u64>() {
        Ok(SCENARIO_VERSION) => {}
        Ok(found) if found > SCENARIO_VERSION => {
            return Err(ScenarioRefusal::NewerVersion { found })
        }
        // 0, a leading zero of 1, or beyond u64: not a version this app ever wrote.
        _ => return Err(ScenarioRefusal::Foreign),
    }
    if version != SCENARIO_VERSION.to_string() {
        return Err(ScenarioRefusal::Foreign);
    }
    let bytes = BASE64.decode(data).map_err(|error| match error {
        DecodeError::InvalidLength(_) => ScenarioRefusal::Truncated,
        _ => ScenarioRefusal::Tampered,
    })?;
    let (Some(head), Some(crc_at)) = (bytes.get(..2), bytes.len().checked_sub(4)) else {
        return Err(ScenarioRefusal::Truncated);
    };
    let declared = usize::from(u16::from_be_bytes([head[0], head[1]]));
    let expected = 2 + declared + 4;
    if bytes.len() < expected {
        return Err(ScenarioRefusal::Truncated);
    }
    if bytes.len() > expected {
        return Err(ScenarioRefusal::Tampered);
    }
    let (body, crc) = bytes.split_at(crc_at);
    if crc32fast::hash(body).to_be_bytes() != crc {
        return Err(ScenarioRefusal::Tampered);
    }
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&body[2..], MAX_LINK_JSON_BYTES)
        .map_err(|error| match error.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ScenarioRefusal::ContentTooLarge,
            _ => ScenarioRefusal::Truncated,
        })?;
    from_json(&json)
}

/// The text of a scenario file: the JSON document with image copies, one line.
pub fn encode_file(scenario: &Scenario) -> String {
    let mut text = to_json(scenario).to_string();
    text.push('\n');
    text
}

/// Reads a scenario file's text: size first, then JSON, format, version and content.
pub fn decode_file(text: &str) -> Result<Scenario, ScenarioRefusal> {
    if text.len() > MAX_SCENARIO_FILE_BYTES {
        return Err(ScenarioRefusal::FileTooLarge { bytes: text.len() });
    }
    from_json(text.as_bytes())
}

/// A file name for a scenario of the offer named `name`: letters, digits and dashes kept,
/// `scenario` when nothing is left.
pub fn file_name(name: &str) -> String {
    let mut safe = String::new();
    for c in name.trim().chars() {
        if c.is_alphanumeric() {
            safe.extend(c.to_lowercase());
        } else if !safe.ends_with('-') && !safe.is_empty() {
            safe.push('-');
        }
    }
    let safe: String = safe.trim_end_matches('-').chars().take(60).collect();
    let safe = if safe.is_empty() {
        "scenario".to_owned()
    } else {
        safe
    };
    format!("{safe}.{FILE_EXTENSION}")
}
