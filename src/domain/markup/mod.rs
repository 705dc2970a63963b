//! The simple HTML the Cloud Partner Portal accepted in a listing's description, read into a
//! tree that can hold nothing else: bold, italic, underline, paragraphs, line breaks,
//! bulleted and numbered lists, and links to `https://` addresses.
//!
//! The reader is tolerant, like a browser: tags may be in any case, unclosed ones close at the
//! end, a `<p>` or `<li>` closes the one before it, a closing tag closes what was opened inside
//! it. Whatever is not one of those tags — another tag, a link to `javascript:`, `data:` or
//! `http:`, a comment, a lone `<` — stays in the text as it was typed, so the preview shows it
//! as text. Attributes other than a link's `href` are dropped. The UI builds its nodes from
//! this tree ([`Node`]); no text ever reaches the page as markup.

mod html;
mod tokens;

pub use html::to_html;
pub use tokens::decode_entities;
use tokens::{read_tag, TagToken};

use super::formats::{check_url, UrlCheck};

/// An element the description may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    /// `<b>`.
    B,
    /// `<strong>`.
    Strong,
    /// `<i>`.
    I,
    /// `<em>`.
    Em,
    /// `<u>`.
    U,
    /// `<p>`.
    P,
    /// `<ul>`, a bulleted list.
    Ul,
    /// `<ol>`, a numbered list.
    Ol,
    /// `<li>`, an item of a list (only ever directly inside one).
    Li,
}

impl Tag {
    /// Every element, with its name.
    pub const ALL: [(Tag, &'static str); 9] = [
        (Tag::B, "b"),
        (Tag::Strong, "strong"),
        (Tag::I, "i"),
        (Tag::Em, "em"),
        (Tag::U, "u"),
        (Tag::P, "p"),
        (Tag::Ul, "ul"),
        (Tag::Ol, "ol"),
        (Tag::Li, "li"),
    ];

    /// Its HTML name.
    pub fn name(self) -> &'static str {
        Tag::ALL
            .iter()
            .find(|(tag, _)| *tag == self)
            .map_or("", |(_, name)| name)
    }

    fn of(name: &str) -> Option<Tag> {
        Tag::ALL
            .iter()
            .find(|(_, known)| *known == name)
            .map(|(tag, _)| *tag)
    }

    fn is_list(self) -> bool {
        matches!(self, Tag::Ul | Tag::Ol)
    }
}

/// A part of the description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    /// Text, entities decoded (`&amp;` is `&`), shown as it is.
    Text(String),
    /// `<br>`.
    Break,
    /// An element and what it holds.
    Element {
        /// Which.
        tag: Tag,
        /// Its contents.
        children: Vec<Node>,
    },
    /// A link to an `https://` address (the UI opens it in a new tab, without referrer).
    Link {
        /// The address.
        href: String,
        /// Its words (the address itself when the link had none).
        children: Vec<Node>,
    },
}

/// How many elements may be open inside one another; a tag deeper than this is shown as text
/// (only a list's item may go one deeper), so that no description can make the page recurse
/// without end.
pub const MAX_DEPTH: usize = 16;

/// Whether a link may go to `href`: a well-formed `https://` address.
pub fn is_safe_href(href: &str) -> bool {
    check_url(href) == UrlCheck::Https
}

/// An element being read, with what it holds so far.
struct Frame {
    kind: Kind,
    children: Vec<Node>,
}

#[derive(Clone, PartialEq)]
enum Kind {
    Root,
    Element(Tag),
    Link(String),
}

/// The tree under construction: the open elements, the outermost first.
struct Reader {
    open: Vec<Frame>,
}

impl Reader {
    fn top(&self) -> &Kind {
        self.open.last().map_or(&Kind::Root, |frame| &frame.kind)
    }

    fn push_node(&mut self, node: Node) {
        if let Some(frame) = self.open.last_mut() {
            match (frame.children.last_mut(), node) {
                (Some(Node::Text(text)), Node::Text(more)) => text.push_str(&more),
                (_, node) => frame.children.push(node),
            }
        }
    }

    /// Makes room for content: inside a list, content goes into an item (opened if needed).
    fn content(&mut self) {
        if matches!(self.top(), Kind::Element(tag) if tag.is_list()) {
            self.open_frame(Kind::Element(Tag::Li));
        }
    }

    fn text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let in_list = matches!(self.top(), Kind::Element(tag) if tag.is_list());
        if in_list && text.chars().all(char::is_whitespace) {
            return; // the white space between a list's items
        }
        self.content();
        self.push_node(Node::Text(text.to_owned()));
    }

    fn open_frame(&mut self, kind: Kind) {
        self.open.push(Frame {
            kind,
            children: Vec::new(),
        });
    }

    /// Closes the innermost open element.
    fn close_one(&mut self) {
        if self.open.len() <= 1 {
            return;
        }
        let Some(frame) = self.open.pop() else { return };
        let node = match frame.kind {
            Kind::Element(tag) => Node::Element {
                tag,
                children: frame.children,
            },
            Kind::Link(href) => {
                let mut children = frame.children;
                if !has_words(&children) {
                    match children.last_mut() {
                        Some(Node::Text(text)) => text.push_str(&href),
                        _ => children.push(Node::Text(href.clone())),
                    }
                }
                Node::Link { href, children }
            }
            Kind::Root => return,
        };
        self.push_node(node);
    }

    /// Closes elements down to and including the one at `index` of `open`.
    fn close_to(&mut self, index: usize) {
        while self.open.len() > index.max(1) {
            self.close_one();
        }
    }

    /// The position of the innermost open element for which `wanted` holds, looking no
    /// further out than an element for which `stop` holds.
    fn find(&self, wanted: impl Fn(&Kind) -> bool, stop: impl Fn(&Kind) -> bool) -> Option<usize> {
        for (index, frame) in self.open.iter().enumerate().rev() {
            if wanted(&frame.kind) {
                return Some(index);
            }
            if stop(&frame.kind) {
                return None;
            }
        }
        None
    }

    /// Whether one more element may open (see [`MAX_DEPTH`]; the root is not one).
    fn has_room(&self) -> bool {
        self.open.len() <= MAX_DEPTH
    }

    /// Opens `kind` where content goes, if there is room for it.
    fn open_content(&mut self, kind: Kind) -> bool {
        self.content();
        if !self.has_room() {
            return false;
        }
        self.open_frame(kind);
        true
    }

    /// Handles one well-formed tag; `false` when it is not one the description may use
    /// here (then it is text).
    fn tag(&mut self, token: &TagToken) -> bool {
        let in_item =
            |kind: &Kind| matches!(kind, Kind::Element(t) if t.is_list() || *t == Tag::Li);
        if token.closing {
            let wanted = |kind: &Kind| match kind {
                Kind::Element(tag) => tag.name() == token.name,
                Kind::Link(_) => token.name == "a",
                Kind::Root => false,
            };
            return match self.find(wanted, |_| false) {
                Some(index) => {
                    self.close_to(index);
                    true
                }
                None => false,
            };
        }
        if token.name == "br" {
            self.content();
            self.push_node(Node::Break);
            return true;
        }
        if token.name == "a" {
            let link_open = self.find(|kind| matches!(kind, Kind::Link(_)), |_| false);
            return match &token.href {
                Some(href) if is_safe_href(href) && link_open.is_none() => {
                    self.open_content(Kind::Link(href.clone()))
                }
                _ => false,
            };
        }
        let Some(tag) = Tag::of(&token.name) else {
            return false;
        };
        match tag {
            // An item goes into the nearest list, after the item open in it; a list's item
            // may go one deeper than other elements.
            Tag::Li => {
                match self.find(in_item, |_| false) {
                    Some(index) if self.open[index].kind == Kind::Element(Tag::Li) => {
                        self.close_to(index)
                    }
                    Some(index) => self.close_to(index + 1),
                    None => return false,
                }
                self.open_frame(Kind::Element(Tag::Li));
                true
            }
            Tag::P | Tag::Ul | Tag::Ol => {
                // A paragraph ends where another one or a list begins.
                if let Some(index) = self.find(|kind| *kind == Kind::Element(Tag::P), in_item) {
                    self.close_to(index);
                }
                self.open_content(Kind::Element(tag))
            }
            _ => self.open_content(Kind::Element(tag)),
        }
    }
}

/// Whether nodes hold any visible words.
fn has_words(nodes: &[Node]) -> bool {
    nodes.iter().any(|node| match node {
        Node::Text(text) => !text.trim().is_empty(),
        Node::Break => false,
        Node::Element { children, .. } | Node::Link { children, .. } => has_words(children),
    })
}

/// Reads a description into its tree.
pub fn parse(source: &str) -> Vec<Node> {
    let mut reader = Reader {
        open: vec![Frame {
            kind: Kind::Root,
            children: Vec::new(),
        }],
    };
    let mut rest = source;
    while let Some(at) = rest.find('<') {
        reader.text(&decode_entities(&rest[..at]));
        rest = &rest[at..];
        let length = match read_tag(rest) {
            Some((token, length)) if reader.tag(&token) => length,
            // Not a tag the description may use: the whole tag, as typed, is text.
            Some((_, length)) => {
                reader.text(&rest[..length]);
                length
            }
            None => {
                reader.text("<");
                1
            }
        };
        rest = &rest[length..];
    }
    reader.text(&decode_entities(rest));
    reader.close_to(1);
    reader
        .open
        .pop()
        .map(|root| root.children)
        .unwrap_or_default()
}
