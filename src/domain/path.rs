//! Field paths: the stable name of one field of the form.
//!
//! Grammar: section and field names joined by `.`, list positions as `[i]` (zero-based), e.g.
//! `settings.offer_id`, `skus[1].disk_versions[0].os_vhd_url`,
//! `marketplace.preview_subscription_ids[3]`, `marketplace.logos.small`. The names are the Rust
//! (and JSON) field names of [`crate::domain::form::OfferForm`]. The UI uses a path as the DOM id
//! and link target of its field, so the paths are part of the stored and shown contract.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The path of one field (or list, or list item) of the form.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FieldPath(String);

impl FieldPath {
    /// A top-level name (e.g. `settings`).
    pub fn root(name: &str) -> FieldPath {
        FieldPath(name.to_string())
    }

    /// A path from its text (as produced by [`FieldPath::as_str`]).
    pub fn parse(text: &str) -> FieldPath {
        FieldPath(text.to_string())
    }

    /// The path of field `name` inside this one (`a.b`).
    pub fn field(&self, name: &str) -> FieldPath {
        if self.0.is_empty() {
            return FieldPath::root(name);
        }
        FieldPath(format!("{}.{}", self.0, name))
    }

    /// The path of item `i` of this list (`a[i]`).
    pub fn index(&self, i: usize) -> FieldPath {
        FieldPath(format!("{}[{}]", self.0, i))
    }

    /// The path as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The path this one lies directly inside (`a.b[1]` for `a.b[1].c`, `a.b` for `a.b[1]`),
    /// if any.
    pub fn parent(&self) -> Option<FieldPath> {
        self.0
            .rfind(['.', '['])
            .map(|cut| FieldPath(self.0[..cut].to_string()))
    }

    /// Each part of the path: its name and, for a list item, its position (`skus[0].title`
    /// is `[("skus", Some(0)), ("title", None)]`).
    pub fn segments(&self) -> Vec<(&str, Option<usize>)> {
        self.0
            .split('.')
            .filter(|part| !part.is_empty())
            .map(|part| match part.split_once('[') {
                Some((name, rest)) => (name, rest.trim_end_matches(']').parse().ok()),
                None => (part, None),
            })
            .collect()
    }

    /// Whether this path is `other` or lies inside it (e.g. `skus[0].title` is within `skus[0]`).
    pub fn is_within(&self, other: &FieldPath) -> bool {
        self.0 == other.0
            || (self.0.starts_with(&other.0)
                && matches!(
                    self.0.as_bytes().get(other.0.len()),
                    Some(b'.') | Some(b'[')
                ))
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
