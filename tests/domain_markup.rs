#![cfg(not(target_arch = "wasm32"))]
//! The description's simple HTML: what the reader keeps, what it shows as text, and, for any
//! input at all, that it never panics and yields only allowed elements and https links.

use golive::domain::markup::{parse, to_html, Node, Tag, MAX_DEPTH};
use proptest::prelude::*;

fn text(t: &str) -> Node {
    Node::Text(t.to_owned())
}

fn el(tag: Tag, children: Vec<Node>) -> Node {
    Node::Element { tag, children }
}

#[test]
fn bold_italic_underline_paragraphs_and_breaks_are_kept() {
    assert_eq!(
        parse("<p>A <b>secure</b>, <I>fast</I> and <u>small</u><br/>server.</p><p>Two</p>"),
        vec![
            el(
                Tag::P,
                vec![
                    text("A "),
                    el(Tag::B, vec![text("secure")]),
                    text(", "),
                    el(Tag::I, vec![text("fast")]),
                    text(" and "),
                    el(Tag::U, vec![text("small")]),
                    Node::Break,
                    text("server."),
                ]
            ),
            el(Tag::P, vec![text("Two")]),
        ]
    );
    assert_eq!(
        parse("<strong>a</strong><em>b</em>"),
        vec![
            el(Tag::Strong, vec![text("a")]),
            el(Tag::Em, vec![text("b")])
        ]
    );
}

#[test]
fn lists_hold_only_items_and_an_item_closes_the_one_before() {
    assert_eq!(
        parse("<ul>\n  <li>One\n  <li>Two</li>\n</ul><ol><li>First</ol>"),
        vec![
            el(
                Tag::Ul,
                vec![
                    el(Tag::Li, vec![text("One\n  ")]),
                    el(Tag::Li, vec![text("Two")]),
                ]
            ),
            el(Tag::Ol, vec![el(Tag::Li, vec![text("First")])]),
        ]
    );
    // Content straight inside a list goes into an item; an item outside a list is text.
    assert_eq!(
        parse("<ul><b>x</b></ul><li>y"),
        vec![
            el(
                Tag::Ul,
                vec![el(Tag::Li, vec![el(Tag::B, vec![text("x")])])]
            ),
            text("<li>y"),
        ]
    );
}

#[test]
fn https_links_are_kept_and_other_links_are_text() {
    assert_eq!(
        parse(r#"<a href="https://contoso.com/docs?a=1&amp;b=2" onclick="x()">Docs</a>"#),
        vec![Node::Link {
            href: "https://contoso.com/docs?a=1&b=2".into(),
            children: vec![text("Docs")],
        }]
    );
    for bad in [
        r#"<a href="javascript:alert(1)">click</a>"#,
        r#"<a href="JavaScript:alert(1)">click</a>"#,
        r#"<a href="data:text/html,<script>alert(1)</script>">click</a>"#,
        r#"<a href="http://contoso.com">click</a>"#,
        r#"<a href=" javascript:alert(1)">click</a>"#,
        r#"<a>click</a>"#,
    ] {
        let nodes = parse(bad);
        assert!(
            !to_html(&nodes).contains("<a "),
            "{bad} became a link: {nodes:?}"
        );
        assert_eq!(nodes, vec![text(bad)], "{bad} is shown as typed");
    }
    // A link without words shows its address.
    assert_eq!(
        parse(r#"<a href="https://contoso.com"></a>"#),
        vec![Node::Link {
            href: "https://contoso.com".into(),
            children: vec![text("https://contoso.com")],
        }]
    );
}

#[test]
fn other_tags_comments_and_stray_brackets_are_text() {
    for typed in [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<!-- note -->",
        "1 < 2 and 3 > 2",
        "<b",
        "<p class=\"x",
        "</p>",
        "<iframe src=\"https://contoso.com\"></iframe>",
    ] {
        let nodes = parse(typed);
        assert_eq!(nodes, vec![text(typed)], "{typed}");
    }
}

#[test]
fn event_attributes_are_dropped_and_unclosed_tags_close_at_the_end() {
    assert_eq!(
        parse(r#"<b onmouseover="alert(1)" style="x">bold"#),
        vec![el(Tag::B, vec![text("bold")])]
    );
    assert_eq!(
        parse("<p><i>a<p>b"),
        vec![
            el(Tag::P, vec![el(Tag::I, vec![text("a")])]),
            el(Tag::P, vec![text("b")]),
        ]
    );
}

#[test]
fn entities_are_decoded_and_unknown_ones_kept() {
    assert_eq!(
        parse("Tom &amp; Jerry &lt;3 &eacute; &#233; &#xE9; &#0; &"),
        vec![text("Tom & Jerry <3 &eacute; é é &#0; &")]
    );
}

#[test]
fn nesting_stops_at_the_limit() {
    let deep = "<b>".repeat(MAX_DEPTH + 4);
    let nodes = parse(&format!("{deep}x"));
    assert!(depth(&nodes) <= MAX_DEPTH + 1);
    assert!(to_html(&nodes).contains("&lt;b&gt;x"));
}

/// How deep the tree goes.
fn depth(nodes: &[Node]) -> usize {
    nodes
        .iter()
        .map(|node| match node {
            Node::Element { children, .. } | Node::Link { children, .. } => 1 + depth(children),
            _ => 0,
        })
        .max()
        .unwrap_or(0)
}

/// Checks the tree's shape: items only in lists, lists hold only items, no link inside a
/// link, every link to a well-formed https address, no element deeper than allowed.
fn check(nodes: &[Node], parent: Option<Tag>, in_link: bool, level: usize) {
    assert!(level <= MAX_DEPTH + 1, "too deep");
    for node in nodes {
        let in_list = matches!(parent, Some(Tag::Ul | Tag::Ol));
        match node {
            Node::Element { tag, children } => {
                assert_eq!(*tag == Tag::Li, in_list, "{tag:?} under {parent:?}");
                check(children, Some(*tag), in_link, level + 1);
            }
            Node::Link { href, children } => {
                assert!(!in_list && !in_link);
                assert!(href.to_ascii_lowercase().starts_with("https://"), "{href}");
                assert!(golive::domain::markup::is_safe_href(href));
                check(children, None, true, level + 1);
            }
            Node::Text(t) => {
                assert!(!in_list, "text {t:?} straight in a list");
                assert!(!t.is_empty());
            }
            Node::Break => assert!(!in_list),
        }
    }
}

/// Every tag of HTML the serialiser wrote: its name and attributes must be allowed.
fn tags_of(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        let end = rest[at..]
            .find('>')
            .map(|e| at + e)
            .unwrap_or(rest.len() - 1);
        out.push(rest[at..=end].to_owned());
        rest = &rest[end + 1..];
    }
    out
}

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<b>".to_owned()),
        Just("</b>".to_owned()),
        Just("<STRONG>".to_owned()),
        Just("<i>".to_owned()),
        Just("</em>".to_owned()),
        Just("<u>".to_owned()),
        Just("<p>".to_owned()),
        Just("</p>".to_owned()),
        Just("<br>".to_owned()),
        Just("<br/>".to_owned()),
        Just("</br>".to_owned()),
        Just("<ul>".to_owned()),
        Just("</ul>".to_owned()),
        Just("<ol>".to_owned()),
        Just("</ol>".to_owned()),
        Just("<li>".to_owned()),
        Just("</li>".to_owned()),
        Just("<a href=\"https://contoso.com/x?a=1&amp;b=2\">".to_owned()),
        Just("<a href='https://contoso.com'>".to_owned()),
        Just("<a href=https://contoso.com onclick=alert(1)>".to_owned()),
        Just("<a href=\"javascript:alert(1)\">".to_owned()),
        Just("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">".to_owned()),
        Just("</a>".to_owned()),
        Just("<script>".to_owned()),
        Just("<img src=x onerror=alert(1)>".to_owned()),
        Just("<b onclick=\"alert(1)\">".to_owned()),
        Just("<!--".to_owned()),
        Just("&amp;".to_owned()),
        Just("&lt;".to_owned()),
        Just("&#x3C;".to_owned()),
        Just("&".to_owned()),
        Just("<".to_owned()),
        Just(">".to_owned()),
        Just("\"".to_owned()),
        Just(" ".to_owned()),
        Just("\n".to_owned()),
        "[a-z]{1,6}".prop_map(|s| s),
        any::<String>(),
    ]
}

fn description() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..60).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Any input: no panic, only allowed elements in allowed places, links to https only,
    /// and the tree written back as HTML reads as the same tree (nothing the reader kept
    /// can turn into something else).
    #[test]
    fn any_description_yields_only_allowed_nodes(source in description()) {
        let nodes = parse(&source);
        check(&nodes, None, false, 0);
        let html = to_html(&nodes);
        for tag in tags_of(&html) {
            let name = tag
                .trim_start_matches('<')
                .trim_start_matches('/')
                .split([' ', '>'])
                .next()
                .unwrap_or("")
                .to_owned();
            let allowed = ["b", "strong", "i", "em", "u", "p", "br", "ul", "ol", "li", "a"];
            prop_assert!(allowed.contains(&name.as_str()), "{tag} in {html}");
            if name == "a" && !tag.starts_with("</") {
                prop_assert!(tag.starts_with("<a href=\"https://"), "{tag}");
                prop_assert!(!tag.contains(" on"), "{}", tag);
            } else {
                prop_assert!(!tag.contains('='), "{tag} has an attribute");
            }
        }
        prop_assert_eq!(parse(&html), nodes);
    }

    /// Text with no tag-like character is one text node, as typed.
    #[test]
    fn plain_text_is_kept_as_it_is(source in "[^<&]{1,200}") {
        prop_assert_eq!(parse(&source), vec![Node::Text(source.clone())]);
    }
}
