//! Scenario links and files (`store::scenario`): the round trip of the typical offer, every
//! kind of refusal, the link's length, and properties: no input makes decoding panic, and a
//! link changed by one character is refused or reads exactly as made.
#![cfg(not(target_arch = "wasm32"))]

use base64::Engine;
use golive::domain::scenario::LANGUAGES;
use golive::domain::{
    FaultReason, ImageProblem, Offer, Scenario, ScenarioFault, ScenarioProblem, Speed, Step,
};
use golive::store::scenario::{
    decode_file, decode_link, encode_file, encode_link, file_name, is_scenario_fragment,
    ScenarioPart, ScenarioRefusal, MAX_LINK_CHARS,
};
use proptest::prelude::*;

const TYPICAL: &str = include_str!("fixtures/typical-offer.json");

fn typical() -> Offer {
    serde_json::from_str(TYPICAL).expect("the fixture is an offer")
}

/// The typical offer's form, Certification planned to fail, a day a minute, in French.
fn scenario() -> Scenario {
    Scenario {
        form: typical().draft,
        fault: Some(ScenarioFault {
            step: Step::Certification,
            reason: FaultReason::SasUriNotDownloadable,
        }),
        speed: Speed::DayPerMinute,
        language: "fr".into(),
    }
}

/// A link holding `json` as this build writes links (length, deflate, CRC-32, base64):
/// how a foreign or invalid document gets a valid frame.
fn link_of(json: &str) -> String {
    let deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 6);
    let mut bytes = (deflated.len() as u16).to_be_bytes().to_vec();
    bytes.extend_from_slice(&deflated);
    let crc = crc32fast::hash(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    format!(
        "scenario=1.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    )
}

/// The scenario's JSON document with one field replaced.
fn document_with(field: &str, value: serde_json::Value) -> String {
    let file = encode_file(&scenario().without_image_copies());
    let mut json: serde_json::Value = serde_json::from_str(&file).unwrap();
    json[field] = value;
    json.to_string()
}

#[test]
fn the_typical_offer_and_its_planned_failure_come_back_without_image_copies() {
    let made = scenario();
    assert!(made.has_image_copies(), "the fixture keeps image copies");
    let link = encode_link(&made).expect("the typical offer fits a link");
    let read = decode_link(&format!("#{link}")).expect("the link reads back");
    assert_eq!(read, made.without_image_copies());
    assert!(!read.has_image_copies());
    assert_eq!(read.fault, made.fault);
    // The declared names and sizes stay.
    let logo = read
        .form
        .marketplace
        .logos
        .small
        .as_ref()
        .expect("a small logo");
    let original = made.form.marketplace.logos.small.as_ref().unwrap();
    assert_eq!(
        (&logo.file_name, logo.width, logo.bytes),
        (&original.file_name, original.width, original.bytes)
    );
}

#[test]
fn the_typical_offer_link_is_within_eight_thousand_characters() {
    let link = encode_link(&scenario()).unwrap();
    let whole = format!("https://example.github.io/golive/#{link}");
    println!(
        "typical offer scenario link: fragment {} characters, whole link on a project page {}",
        link.len(),
        whole.len()
    );
    assert!(whole.len() <= MAX_LINK_CHARS, "{}", whole.len());
}

#[test]
fn the_file_keeps_the_image_copies() {
    let made = scenario();
    let read = decode_file(&encode_file(&made)).expect("the file reads back");
    assert_eq!(read, made);
    assert!(read.has_image_copies());
}

#[test]
fn a_changed_character_is_tampering() {
    let link = encode_link(&scenario()).unwrap();
    let at = link.len() / 2;
    let old = link.as_bytes()[at];
    let new = if old == b'A' { 'B' } else { 'A' };
    let mut changed = link.clone();
    changed.replace_range(at..at + 1, &new.to_string());
    assert_eq!(decode_link(&changed), Err(ScenarioRefusal::Tampered));
    // A character no link holds.
    let mut changed = link.clone();
    changed.replace_range(at..at + 1, "*");
    assert_eq!(decode_link(&changed), Err(ScenarioRefusal::Tampered));
    // Characters added at the end.
    assert_eq!(
        decode_link(&format!("{link}AAAA")),
        Err(ScenarioRefusal::Tampered)
    );
}

#[test]
fn a_link_cut_short_is_truncated() {
    let link = encode_link(&scenario()).unwrap();
    for cut in [1, 2, 3, 4, 10, 100, link.len() - "scenario=1.".len()] {
        assert_eq!(
            decode_link(&link[..link.len() - cut]),
            Err(ScenarioRefusal::Truncated),
            "cut by {cut}"
        );
    }
}

#[test]
fn a_link_over_eight_thousand_characters_is_refused_before_decoding() {
    let long = format!("scenario=1.{}", "A".repeat(MAX_LINK_CHARS));
    assert_eq!(
        decode_link(&long),
        Err(ScenarioRefusal::TooLong {
            length: MAX_LINK_CHARS + "scenario=1.".len()
        })
    );
    // Anything that long, whatever it holds.
    assert!(matches!(
        decode_link(&"é".repeat(MAX_LINK_CHARS + 1)),
        Err(ScenarioRefusal::TooLong { .. })
    ));
}

#[test]
fn foreign_links_and_newer_versions_are_named_so() {
    let link = encode_link(&scenario()).unwrap();
    let data = link.split_once('.').unwrap().1;
    for foreign in [
        "".to_owned(),
        "#".to_owned(),
        "section-2".to_owned(),
        format!("lesson=1.{data}"),
        format!("scenario={data}"),
        format!("scenario=0.{data}"),
        format!("scenario=01.{data}"),
        format!("scenario=x.{data}"),
        // Another app's JSON in a valid frame, and a document of another format.
        link_of(r#"{"hello":"world"}"#),
        link_of("[1,2,3]"),
        link_of("not json at all"),
        link_of(&document_with("format", "golive-export".into())),
    ] {
        assert_eq!(
            decode_link(&foreign),
            Err(ScenarioRefusal::Foreign),
            "{foreign}"
        );
    }
    assert_eq!(
        decode_link(&format!("scenario=2.{data}")),
        Err(ScenarioRefusal::NewerVersion { found: 2 })
    );
    assert_eq!(
        decode_link(&link_of(&document_with("version", 7.into()))),
        Err(ScenarioRefusal::NewerVersion { found: 7 })
    );
    assert!(is_scenario_fragment("#scenario=9.x"));
    assert!(!is_scenario_fragment("#main"));
}

#[test]
fn content_the_app_would_not_make_is_refused_with_what_is_wrong() {
    let cases = [
        (
            document_with("speed", "Warp".into()),
            ScenarioRefusal::Unreadable(ScenarioPart::Speed),
        ),
        (
            document_with("language", "xx-Klingon".into()),
            ScenarioRefusal::Invalid(ScenarioProblem::UnknownLanguage("xx-Klingon".into())),
        ),
        (
            document_with("language", 42.into()),
            ScenarioRefusal::Unreadable(ScenarioPart::Language),
        ),
        (
            document_with("form", "an offer".into()),
            ScenarioRefusal::Unreadable(ScenarioPart::Form),
        ),
        (
            document_with("form", serde_json::json!({"skus": "many"})),
            ScenarioRefusal::Unreadable(ScenarioPart::Form),
        ),
        (
            document_with(
                "fault",
                serde_json::json!({"step": "ValidatePrerequisites", "reason": "ReplicationFailed"}),
            ),
            ScenarioRefusal::Invalid(ScenarioProblem::FaultDoesNotFit {
                step: Step::ValidatePrerequisites,
            }),
        ),
        (
            document_with(
                "fault",
                serde_json::json!({"step": "Live", "reason": "ReplicationFailed"}),
            ),
            ScenarioRefusal::Invalid(ScenarioProblem::FaultDoesNotFit { step: Step::Live }),
        ),
        (
            document_with(
                "fault",
                serde_json::json!({"step": "Live", "reason": {"Custom": "   "}}),
            ),
            ScenarioRefusal::Invalid(ScenarioProblem::CustomReasonEmpty),
        ),
        (
            document_with(
                "fault",
                serde_json::json!({"step": "Live", "reason": {"Custom": "x".repeat(1_001)}}),
            ),
            ScenarioRefusal::Invalid(ScenarioProblem::CustomReasonTooLong { chars: 1_001 }),
        ),
        (
            document_with("fault", serde_json::json!({"step": "Teleport"})),
            ScenarioRefusal::Unreadable(ScenarioPart::Fault),
        ),
    ];
    for (json, refusal) in cases {
        assert_eq!(decode_link(&link_of(&json)), Err(refusal.clone()));
        assert_eq!(decode_file(&json), Err(refusal));
    }
    // An image copy that is not a PNG of the declared size.
    let mut broken = scenario();
    if let Some(logo) = broken.form.marketplace.logos.small.as_mut() {
        logo.png = golive::domain::PngData::new(b"not a png".to_vec());
    }
    assert!(matches!(
        decode_file(&encode_file(&broken)),
        Err(ScenarioRefusal::Invalid(ScenarioProblem::Image {
            problem: ImageProblem::NotPng(_),
            ..
        }))
    ));
}

#[test]
fn a_deflate_bomb_stops_at_the_limit() {
    let bomb = format!(
        "{{\"format\":\"golive-scenario\",\"pad\":\"{}\"}}",
        " ".repeat(4_000_000)
    );
    let link = link_of(&bomb);
    assert!(link.len() < MAX_LINK_CHARS, "{}", link.len());
    assert_eq!(decode_link(&link), Err(ScenarioRefusal::ContentTooLarge));
}

#[test]
fn an_oversized_file_is_refused_before_it_is_read() {
    let text = " ".repeat(1024 * 1024 + 1);
    assert_eq!(
        decode_file(&text),
        Err(ScenarioRefusal::FileTooLarge { bytes: text.len() })
    );
    assert_eq!(decode_file("{}"), Err(ScenarioRefusal::Foreign));
    assert_eq!(
        decode_file(r#"{"format":"golive-export","version":3}"#),
        Err(ScenarioRefusal::Foreign)
    );
}

#[test]
fn file_names_are_safe_everywhere() {
    assert_eq!(
        file_name("Contoso Web Server"),
        "contoso-web-server.golive-scenario.json"
    );
    assert_eq!(
        file_name("  ../../etc/passwd "),
        "etc-passwd.golive-scenario.json"
    );
    assert_eq!(file_name("«»"), "scenario.golive-scenario.json");
    assert_eq!(file_name("Серверы"), "серверы.golive-scenario.json");
}

#[test]
fn every_language_of_the_app_and_only_those_may_be_named() {
    use golive::i18n::Locale;
    use leptos_i18n::Locale as _;
    let app: Vec<&str> = Locale::get_all().iter().map(|l| l.as_str()).collect();
    assert_eq!(app, LANGUAGES.to_vec());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    #[test]
    fn decoding_never_panics(text in ".{0,200}", framed in "[A-Za-z0-9_-]{0,300}") {
        let _ = decode_link(&text);
        let _ = decode_link(&format!("scenario=1.{framed}"));
        let _ = decode_file(&text);
    }

    #[test]
    fn one_changed_character_is_refused_or_reads_exactly_as_made(
        at in any::<prop::sample::Index>(),
        replacement in prop::sample::select(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/%#é"
                .chars()
                .collect::<Vec<_>>()
        ),
    ) {
        let made = scenario();
        let link = encode_link(&made).unwrap();
        let chars: Vec<char> = link.chars().collect();
        let at = at.index(chars.len());
        let mut changed = chars.clone();
        changed[at] = replacement;
        let changed: String = changed.into_iter().collect();
        // Refused, or (a trailing bit base64 ignores) exactly the original.
        if let Ok(read) = decode_link(&changed) {
            prop_assert_eq!(read, made.without_image_copies());
        }
    }
}
