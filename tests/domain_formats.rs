#![cfg(not(target_arch = "wasm32"))]
//! The small parsers behind the field rules.

use golive::domain::formats::*;
use golive::domain::SimTime;

#[test]
fn id_rule_accepts_lowercase_digits_and_inner_dashes() {
    assert!(is_id("contoso-web-2"));
    assert!(is_id("a"));
    assert!(is_id("-a"));
    assert!(!is_id(""));
    assert!(!is_id("a-"));
    assert!(!is_id("é"));
}

#[test]
fn guid_needs_8_4_4_4_12_hex_digits() {
    assert!(is_guid("3f2c5a8e-1b7d-4c9a-8e2f-6d5b4a3c2e1f"));
    assert!(is_guid("3F2C5A8E-1B7D-4C9A-8E2F-6D5B4A3C2E1F"));
    assert!(!is_guid("3f2c5a8e1b7d4c9a8e2f6d5b4a3c2e1f"));
    assert!(!is_guid("{3f2c5a8e-1b7d-4c9a-8e2f-6d5b4a3c2e1f}"));
    assert!(!is_guid("3f2c5a8e-1b7d-4c9a-8e2f-6d5b4a3c2e1g"));
}

#[test]
fn semver_is_three_plain_numbers() {
    assert_eq!(parse_semver("1.2.3"), Some((1, 2, 3)));
    assert_eq!(parse_semver("0.0.0"), Some((0, 0, 0)));
    assert_eq!(parse_semver("1.2"), None);
    assert_eq!(parse_semver("1.02.3"), None);
    assert_eq!(parse_semver("1..3"), None);
    assert_eq!(parse_semver("99999999999999999999.0.0"), None);
}

#[test]
fn email_needs_local_part_and_dotted_domain() {
    assert!(is_email("dana@contoso.com"));
    assert!(is_email("dana.o+cpp@mail.contoso.co.uk"));
    assert!(!is_email("dana@contoso"));
    assert!(!is_email("dana@@contoso.com"));
    assert!(!is_email("@contoso.com"));
    assert!(!is_email("dana contoso@contoso.com"));
    assert!(!is_email("dana@-contoso.com"));
    assert!(!is_email("dana..x@contoso.com"));
}

#[test]
fn phone_has_7_to_15_digits_with_separators() {
    assert!(is_phone("+1 425 555 0100"));
    assert!(is_phone("(425) 555-0100"));
    assert!(is_phone("+86.10.5555.0100"));
    assert!(!is_phone("555-01"));
    assert!(!is_phone("+1 425 555 0100 ext 5"));
    assert!(!is_phone("1234567890123456"));
}

#[test]
fn url_check_tells_https_from_http_and_garbage() {
    assert_eq!(check_url("https://contoso.com"), UrlCheck::Https);
    assert_eq!(
        check_url("HTTPS://contoso.com:443/a?b=c#d"),
        UrlCheck::Https
    );
    assert_eq!(check_url("https://localhost:8080/x"), UrlCheck::Https);
    assert_eq!(check_url("http://contoso.com"), UrlCheck::PlainHttp);
    assert_eq!(check_url("https://"), UrlCheck::Bad);
    assert_eq!(check_url("https://contoso"), UrlCheck::Bad);
    assert_eq!(check_url("https://con toso.com"), UrlCheck::Bad);
    assert_eq!(check_url("ftp://contoso.com"), UrlCheck::Bad);
    assert_eq!(check_url("https://contoso.com:port"), UrlCheck::Bad);
}

#[test]
fn numbers_are_plain_digits() {
    assert_eq!(parse_number(" 30 "), Some(30));
    assert_eq!(parse_number("-1"), None);
    assert_eq!(parse_number("3O"), None);
    assert_eq!(parse_number("1234567890"), None);
}

#[test]
fn iso_datetimes_of_sas_tokens_parse() {
    assert_eq!(parse_iso_datetime("1970-01-01"), Some(SimTime(0)));
    assert_eq!(
        parse_iso_datetime("1970-01-02T00:00:01Z"),
        Some(SimTime(86_401_000))
    );
    assert_eq!(
        parse_iso_datetime("2018-06-01T12:30Z"),
        Some(SimTime(1_527_856_200_000))
    );
    assert_eq!(
        parse_iso_datetime("2018-06-01T12:30:00.1234567Z"),
        Some(SimTime(1_527_856_200_000))
    );
    assert_eq!(parse_iso_datetime("2018-02-29"), None);
    assert!(parse_iso_datetime("2020-02-29").is_some());
    assert_eq!(parse_iso_datetime("2018-13-01"), None);
    assert_eq!(parse_iso_datetime("2018-06-01T25:00Z"), None);
    assert_eq!(parse_iso_datetime("tomorrow"), None);
}

#[test]
fn civil_dates_round_trip() {
    for days in [-800_000i64, -1, 0, 1, 17_683, 47_482, 2_932_896] {
        let (y, m, d) = civil_from_days(days);
        assert_eq!(days_from_civil(y, m, d), days);
    }
}

#[test]
fn percent_decoding_keeps_bad_escapes() {
    assert_eq!(
        percent_decode("2018-01-01T00%3A00%3A00Z"),
        "2018-01-01T00:00:00Z"
    );
    assert_eq!(percent_decode("a%2"), "a%2");
    assert_eq!(percent_decode("my%20disk.vhd"), "my disk.vhd");
}
