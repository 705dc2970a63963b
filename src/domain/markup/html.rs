//! The description's tree written as HTML again, for the tests.

use super::Node;

/// The tree as HTML again, every text escaped: what a browser would build from it equals the
/// tree (for the tests, and to show what the reader kept).
pub fn to_html(nodes: &[Node]) -> String {
    let mut out = String::new();
    write_html(nodes, &mut out);
    out
}

fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

fn write_html(nodes: &[Node], out: &mut String) {
    for node in nodes {
        match node {
            Node::Text(text) => escape(text, out),
            Node::Break => out.push_str("<br>"),
            Node::Element { tag, children } => {
                out.push('<');
                out.push_str(tag.name());
                out.push('>');
                write_html(children, out);
                out.push_str("</");
                out.push_str(tag.name());
                out.push('>');
            }
            Node::Link { href, children } => {
                out.push_str("<a href=\"");
                escape(href, out);
                out.push_str("\">");
                write_html(children, out);
                out.push_str("</a>");
            }
        }
    }
}
