//! Small hand-written parsers for the formats the form uses: the ID rule, GUIDs, semantic
//! versions, email addresses, phone numbers, https URLs, numbers and ISO 8601 datetimes.
//!
//! None of them panics on any input.

use super::time::{SimTime, DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS};

/// Number of Unicode characters (not bytes) in `s`: the unit of every length limit.
pub fn char_count(s: &str) -> usize {
    s.chars().count()
}

/// Whether `s` is empty or only whitespace.
pub fn is_blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// The ID rule: 1 to 50 of `a-z`, `0-9` and `-`, not ending in `-`.
pub fn is_id(s: &str) -> bool {
    let n = char_count(s);
    (1..=50).contains(&n)
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.ends_with('-')
}

/// A GUID in the 8-4-4-4-12 hexadecimal form (either case).
pub fn is_guid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    let lens = [8usize, 4, 4, 4, 12];
    groups.len() == lens.len()
        && groups
            .iter()
            .zip(lens.iter())
            .all(|(g, n)| g.len() == *n && g.chars().all(|c| c.is_ascii_hexdigit()))
}

/// A semantic version `X.Y.Z` of plain numbers (no leading zeros, no suffix).
pub fn parse_semver(s: &str) -> Option<(u64, u64, u64)> {
    let mut parts = s.split('.');
    let mut next = || -> Option<u64> {
        let p = parts.next()?;
        if p.is_empty() || p.len() > 18 || !p.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        if p.len() > 1 && p.starts_with('0') {
            return None;
        }
        p.parse().ok()
    };
    let v = (next()?, next()?, next()?);
    if parts.next().is_some() {
        return None;
    }
    Some(v)
}

/// A plain non-negative whole number, surrounding spaces allowed (at most 9 digits).
pub fn parse_number(s: &str) -> Option<u32> {
    let t = s.trim();
    if t.is_empty() || t.len() > 9 || !t.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    t.parse().ok()
}

/// An email address: `local@domain.tld`, ASCII, at most 254 characters.
pub fn is_email(s: &str) -> bool {
    if s.len() > 254 || !s.is_ascii() {
        return false;
    }
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
    local_ok && is_domain(domain, true)
}

/// A DNS name of at least two labels whose last label is letters (when `need_tld`).
fn is_domain(d: &str, need_tld: bool) -> bool {
    let labels: Vec<&str> = d.split('.').collect();
    let labels_ok = labels.iter().all(|l| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    });
    if !labels_ok || d.len() > 253 {
        return false;
    }
    if !need_tld {
        return true;
    }
    labels.len() >= 2
        && labels
            .last()
            .is_some_and(|t| t.len() >= 2 && t.chars().all(|c| c.is_ascii_alphabetic()))
}

/// A phone number: an optional leading `+`, then digits with spaces, dashes, dots or
/// parentheses between them; 7 to 15 digits in all.
pub fn is_phone(s: &str) -> bool {
    let body = s.strip_prefix('+').unwrap_or(s);
    let digits = body.chars().filter(|c| c.is_ascii_digit()).count();
    !body.is_empty()
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || " -.()".contains(c))
        && body
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c == '(')
        && (7..=15).contains(&digits)
}

/// What a URL field's text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum UrlCheck {
    /// A well-formed `https://` URL.
    Https,
    /// A well-formed URL, but `http://`.
    PlainHttp,
    /// Not a well-formed web URL.
    Bad,
}

/// Classifies a URL: only `https://host[:port][/path][?query][#fragment]` is accepted.
pub fn check_url(s: &str) -> UrlCheck {
    let lower = s.to_ascii_lowercase();
    let (rest, https) = if lower.starts_with("https://") {
        (s.get(8..).unwrap_or(""), true)
    } else if lower.starts_with("http://") {
        (s.get(7..).unwrap_or(""), false)
    } else {
        return UrlCheck::Bad;
    };
    if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return UrlCheck::Bad;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = match authority.rsplit_once(':') {
        Some((h, port)) => {
            if port.is_empty() || !port.chars().all(|c| c.is_ascii_digit()) || port.len() > 5 {
                return UrlCheck::Bad;
            }
            h
        }
        None => authority,
    };
    let host_ok = host.eq_ignore_ascii_case("localhost") || is_domain(host, true);
    match (host_ok, https) {
        (false, _) => UrlCheck::Bad,
        (true, true) => UrlCheck::Https,
        (true, false) => UrlCheck::PlainHttp,
    }
}

/// The host of an http(s) URL, lower-cased, if it has one.
pub fn url_host(s: &str) -> Option<String> {
    let lower = s.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.split(':').next()?;
    Some(host.to_string())
}

/// Decodes `%XX` escapes and `+` (as a space) of a URL query value; a bad escape is kept as is.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = |j: usize| bytes.get(j).and_then(|c| (*c as char).to_digit(16));
            if let (Some(h), Some(l)) = (hex(i + 1), hex(i + 2)) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(if b == b'+' { b' ' } else { b });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let d = i64::from(d);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `(year, month, day)` of a day number since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Parses the UTC datetimes of a SAS token: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MMZ` or
/// `YYYY-MM-DDTHH:MM:SS[.fff]Z` (a missing `Z` is accepted, as Azure does).
pub fn parse_iso_datetime(s: &str) -> Option<SimTime> {
    let s = s.trim();
    let (date, time) = match s.split_once(['T', 't']) {
        Some((d, t)) => (d, Some(t)),
        None => (s, None),
    };
    let mut dp = date.split('-');
    let num = |p: Option<&str>, len: usize| -> Option<i64> {
        let p = p?;
        if p.len() != len || !p.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        p.parse().ok()
    };
    let y = num(dp.next(), 4)?;
    let m = num(dp.next(), 2)? as u32;
    let d = num(dp.next(), 2)? as u32;
    if dp.next().is_some() || !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    let mut ms = days_from_civil(y, m, d) * DAY_MS;
    if let Some(t) = time {
        let t = t.strip_suffix(['Z', 'z']).unwrap_or(t);
        let (hms, frac) = match t.split_once('.') {
            Some((a, b)) => (a, Some(b)),
            None => (t, None),
        };
        let mut tp = hms.split(':');
        let h = num(tp.next(), 2)?;
        let mi = num(tp.next(), 2)?;
        let sec = match tp.next() {
            Some(p) => num(Some(p), 2)?,
            None => 0,
        };
        if tp.next().is_some() || h > 23 || mi > 59 || sec > 59 {
            return None;
        }
        if let Some(f) = frac {
            if f.is_empty() || f.len() > 7 || !f.chars().all(|c| c.is_ascii_digit()) {
                return None;
            }
        }
        ms += h * HOUR_MS + mi * MINUTE_MS + sec * SECOND_MS;
    }
    Some(SimTime(ms))
}

/// The UTC date `(year, month, day)` of a simulated time.
pub fn date_of(t: SimTime) -> (i64, u32, u32) {
    civil_from_days(t.0.div_euclid(DAY_MS))
}
