//! The paths of the form's fields, typed: the one place where their names are written.
//!
//! The field rules, certification, the diff, the remedies and every Editor component take
//! their paths from here, so that a renamed or removed field fails to build instead of a
//! "fix this" link silently falling back to the field's parent. The text of each path is the
//! [`FieldPath`] grammar with the Rust (and JSON) names of [`crate::domain::form`], e.g.
//! `skus[0].disk_versions[1].os_vhd_url`; the Editor uses it in DOM ids (`field-{path}`),
//! which the end-to-end tests rely on, so the text must not change.
//!
//! [`paths_of`] lists every path a given form has, so that tests can check that no rule
//! reports a path the Editor cannot show.

use super::path::FieldPath;

mod enumerate;
pub mod lead_destination;
pub mod marketplace;
pub mod names;
mod sku;

pub use enumerate::paths_of;
pub use marketplace::{LinkPath, VideoPath};
use names::*;
pub use sku::{sku, skus, DataDiskPath, DiskVersionPath, PortPath, SkuPath};

/// The "Offer settings" section.
pub mod settings {
    use super::{names::*, FieldPath};

    /// The section.
    pub fn section() -> FieldPath {
        FieldPath::root(SETTINGS)
    }

    /// Offer ID.
    pub fn offer_id() -> FieldPath {
        section().field(OFFER_ID)
    }

    /// Publisher ID.
    pub fn publisher_id() -> FieldPath {
        section().field(PUBLISHER_ID)
    }

    /// Offer name.
    pub fn name() -> FieldPath {
        section().field(NAME)
    }
}

/// The "Support" section.
pub mod support {
    use super::{names::*, ContactPath, FieldPath};

    /// The section.
    pub fn section() -> FieldPath {
        FieldPath::root(SUPPORT)
    }

    /// The engineering contact.
    pub fn engineering() -> ContactPath {
        ContactPath(section().field(ENGINEERING))
    }

    /// The customer support contact.
    pub fn customer() -> ContactPath {
        ContactPath(section().field(CUSTOMER))
    }

    /// Support URL.
    pub fn support_url() -> FieldPath {
        section().field(SUPPORT_URL)
    }
}

/// The path of one contact of the Support section and of its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactPath(FieldPath);

impl ContactPath {
    /// The contact itself (`support.engineering` or `support.customer`).
    pub fn path(&self) -> FieldPath {
        self.0.clone()
    }

    /// Name.
    pub fn name(&self) -> FieldPath {
        self.0.field(NAME)
    }

    /// Email address.
    pub fn email(&self) -> FieldPath {
        self.0.field(EMAIL)
    }

    /// Phone number.
    pub fn phone(&self) -> FieldPath {
        self.0.field(PHONE)
    }
}

/// Each typed path is also a plain [`FieldPath`] (for lists of them, e.g. the diff's items).
macro_rules! into_field_path {
    ($($typed:ty),*) => {$(
        impl From<$typed> for FieldPath {
            fn from(typed: $typed) -> FieldPath {
                typed.path()
            }
        }
    )*};
}

into_field_path!(
    SkuPath,
    PortPath,
    DiskVersionPath,
    DataDiskPath,
    VideoPath,
    LinkPath,
    ContactPath
);
