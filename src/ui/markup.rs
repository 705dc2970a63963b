//! The description's simple HTML on screen: DOM nodes built one by one from the allow-list
//! tree of [`crate::domain::markup`], never through `inner_html`. Text reaches the page only
//! as text nodes, so whatever the reader did not keep shows as typed.

use crate::domain::markup::{parse, Node, Tag};
use leptos::prelude::*;

/// The description `source` as the marketplace shows it.
#[component]
pub fn Description(source: String) -> impl IntoView {
    let nodes = parse(&source);
    // Plain text keeps its line breaks, as the real listing does; formatted text follows
    // its tags, as HTML does.
    let formatted = nodes.iter().any(|node| !matches!(node, Node::Text(_)));
    let class = if formatted {
        "listing-description formatted"
    } else {
        "listing-description"
    };
    view! { <div class=class>{nodes_view(nodes)}</div> }
}

fn nodes_view(nodes: Vec<Node>) -> AnyView {
    nodes.into_iter().map(node_view).collect_view().into_any()
}

fn node_view(node: Node) -> AnyView {
    match node {
        Node::Text(text) => text.into_any(),
        Node::Break => view! { <br /> }.into_any(),
        Node::Link { href, children } => view! {
            <a href=href target="_blank" rel="noopener noreferrer">{nodes_view(children)}</a>
        }
        .into_any(),
        Node::Element { tag, children } => {
            let inner = nodes_view(children);
            match tag {
                Tag::B => view! { <b>{inner}</b> }.into_any(),
                Tag::Strong => view! { <strong>{inner}</strong> }.into_any(),
                Tag::I => view! { <i>{inner}</i> }.into_any(),
                Tag::Em => view! { <em>{inner}</em> }.into_any(),
                Tag::U => view! { <u>{inner}</u> }.into_any(),
                Tag::P => view! { <p>{inner}</p> }.into_any(),
                Tag::Ul => view! { <ul>{inner}</ul> }.into_any(),
                Tag::Ol => view! { <ol>{inner}</ol> }.into_any(),
                Tag::Li => view! { <li>{inner}</li> }.into_any(),
            }
        }
    }
}
