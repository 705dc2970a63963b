//! Reading the description's text: one tag at a time, and character references.

/// A tag as written.
pub(super) struct TagToken {
    /// The tag's name, in lower case.
    pub name: String,
    /// Whether it closes (`</b>`).
    pub closing: bool,
    /// A link's address, as written.
    pub href: Option<String>,
}

/// Reads the tag at the start of `text` (which starts with `<`): its token and its length,
/// or `None` when it is not a well-formed tag (then the `<` is text).
pub(super) fn read_tag(text: &str) -> Option<(TagToken, usize)> {
    let bytes = text.as_bytes();
    let mut at = 1;
    let closing = bytes.get(at) == Some(&b'/');
    if closing {
        at += 1;
    }
    let name_start = at;
    if !bytes.get(at)?.is_ascii_alphabetic() {
        return None;
    }
    while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
        at += 1;
    }
    let name = text[name_start..at].to_ascii_lowercase();
    let mut href = None;
    loop {
        while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        match bytes.get(at)? {
            b'>' => {
                return Some((
                    TagToken {
                        name,
                        closing,
                        href,
                    },
                    at + 1,
                ))
            }
            b'/' if bytes.get(at + 1) == Some(&b'>') => {
                return Some((
                    TagToken {
                        name,
                        closing,
                        href,
                    },
                    at + 2,
                ))
            }
            b'/' => at += 1,
            _ => {
                let start = at;
                while bytes
                    .get(at)
                    .is_some_and(|b| !b.is_ascii_whitespace() && !b"\"'>/=".contains(b))
                {
                    at += 1;
                }
                if at == start {
                    return None; // a quote or `=` where a name should be
                }
                let attribute = text[start..at].to_ascii_lowercase();
                while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
                    at += 1;
                }
                let mut value = String::new();
                if bytes.get(at) == Some(&b'=') {
                    at += 1;
                    while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
                        at += 1;
                    }
                    let (raw, next) = match bytes.get(at)? {
                        quote @ (b'"' | b'\'') => {
                            let end = text[at + 1..].find(char::from(*quote))? + at + 1;
                            (&text[at + 1..end], end + 1)
                        }
                        _ => {
                            let start = at;
                            while bytes
                                .get(at)
                                .is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>')
                            {
                                at += 1;
                            }
                            (&text[start..at], at)
                        }
                    };
                    value = decode_entities(raw);
                    at = next;
                }
                if attribute == "href" && href.is_none() {
                    href = Some(value.trim().to_owned());
                }
            }
        }
    }
}

/// Text with its character references decoded: `&amp; &lt; &gt; &quot; &apos; &nbsp;` and
/// numeric ones (`&#233;`, `&#xE9;`). Anything else stays as written.
pub fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let decoded = rest.get(1..).and_then(|after| {
            let end = after.find(';').filter(|end| *end <= 10)?;
            let name = &after[..end];
            let c = match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                "nbsp" => '\u{a0}',
                _ => {
                    let number = name.strip_prefix('#')?;
                    let value = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => number.parse().ok()?,
                    };
                    char::from_u32(value).filter(|c| *c != '\0' && !c.is_control())?
                }
            };
            Some((c, end + 2))
        });
        match decoded {
            Some((c, length)) => {
                out.push(c);
                rest = &rest[length..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}
