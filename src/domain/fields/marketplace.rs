//! The paths of the "Marketplace" section: the listing's texts, lists, logos, screenshots,
//! videos, links and legal fields (the lead destination has its own module,
//! [`super::lead_destination`], as it has its own section in the Editor).

use super::names::*;
use crate::domain::form::LogoKind;
use crate::domain::path::FieldPath;

/// The section.
pub fn section() -> FieldPath {
    FieldPath::root(MARKETPLACE)
}

/// Title.
pub fn title() -> FieldPath {
    section().field(TITLE)
}

/// Summary.
pub fn summary() -> FieldPath {
    section().field(SUMMARY)
}

/// Long summary.
pub fn long_summary() -> FieldPath {
    section().field(LONG_SUMMARY)
}

/// Description.
pub fn description() -> FieldPath {
    section().field(DESCRIPTION)
}

/// Marketing identifier.
pub fn marketing_id() -> FieldPath {
    section().field(MARKETING_ID)
}

/// The list of preview subscription IDs.
pub fn preview_subscription_ids() -> FieldPath {
    section().field(PREVIEW_SUBSCRIPTION_IDS)
}

/// Preview subscription ID `i`.
pub fn preview_subscription_id(i: usize) -> FieldPath {
    preview_subscription_ids().index(i)
}

/// The list of categories.
pub fn categories() -> FieldPath {
    section().field(CATEGORIES)
}

/// Category `i`.
pub fn category(i: usize) -> FieldPath {
    categories().index(i)
}

/// The logos.
pub fn logos() -> FieldPath {
    section().field(LOGOS)
}

/// One logo.
pub fn logo(kind: LogoKind) -> FieldPath {
    logos().field(match kind {
        LogoKind::Small => SMALL,
        LogoKind::Medium => MEDIUM,
        LogoKind::Large => LARGE,
        LogoKind::Wide => WIDE,
        LogoKind::Hero => HERO,
    })
}

/// The list of screenshots.
pub fn screenshots() -> FieldPath {
    section().field(SCREENSHOTS)
}

/// Screenshot `i`.
pub fn screenshot(i: usize) -> FieldPath {
    screenshots().index(i)
}

/// The list of videos.
pub fn videos() -> FieldPath {
    section().field(VIDEOS)
}

/// Video `i`.
pub fn video(i: usize) -> VideoPath {
    VideoPath(videos().index(i))
}

/// The list of useful links.
pub fn useful_links() -> FieldPath {
    section().field(USEFUL_LINKS)
}

/// Useful link `i`.
pub fn useful_link(i: usize) -> LinkPath {
    LinkPath(useful_links().index(i))
}

/// Privacy policy URL.
pub fn privacy_policy_url() -> FieldPath {
    section().field(PRIVACY_POLICY_URL)
}

/// Terms of use.
pub fn terms_of_use() -> FieldPath {
    section().field(TERMS_OF_USE)
}

/// The path of one video of the listing and of its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VideoPath(FieldPath);

impl VideoPath {
    /// The video itself (`marketplace.videos[i]`).
    pub fn path(&self) -> FieldPath {
        self.0.clone()
    }

    /// Link to the video.
    pub fn link(&self) -> FieldPath {
        self.0.field(LINK)
    }

    /// Thumbnail.
    pub fn thumbnail(&self) -> FieldPath {
        self.0.field(THUMBNAIL)
    }
}

/// The path of one useful link of the listing and of its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkPath(FieldPath);

impl LinkPath {
    /// The link itself (`marketplace.useful_links[i]`).
    pub fn path(&self) -> FieldPath {
        self.0.clone()
    }

    /// Link title.
    pub fn title(&self) -> FieldPath {
        self.0.field(TITLE)
    }

    /// Link URL.
    pub fn url(&self) -> FieldPath {
        self.0.field(URL)
    }
}
