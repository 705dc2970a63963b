//! The field rules of the offer form: one function that returns every problem at once.
//!
//! Each problem names its field by [`FieldPath`] and carries a [`ProblemKind`] with the data a
//! message needs; the UI writes the message in the user's language. Limits are those of
//! PRODUCT.md "The offer form"; lengths count Unicode characters, not bytes. Checks on the
//! *content* of disks (SAS URI parts, disk sizes, LUN numbering) are certification's
//! ([`crate::domain::certification`]), as in the portal, where they failed only after Publish.
//!
//! Longer than most files: every field rule of the form in one function and its helpers, so
//! that no rule can be missed by reading elsewhere.

use super::fields::{self, lead_destination, marketplace, settings, support};
use super::fields::{ContactPath, DiskVersionPath, SkuPath};
use super::form::{
    Contact, DiskVersion, ImageMeta, LeadDestination, LogoKind, Marketplace, OfferForm, Sku,
    Support,
};
use super::formats::{self, UrlCheck};
use super::path::FieldPath;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// A format a field's text must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Format {
    /// 1 to 50 of `a-z`, `0-9` and `-`, not ending in `-`.
    IdRule,
    /// A GUID (8-4-4-4-12 hexadecimal digits).
    Guid,
    /// A semantic version `X.Y.Z`.
    SemVer,
    /// An email address.
    Email,
    /// A phone number.
    Phone,
    /// An `https://` URL.
    HttpsUrl,
    /// A whole number.
    Number,
}

/// An image type a field requires.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ImageType {
    /// PNG (`image/png`).
    Png,
}

/// What is wrong with a field, with the data for the message.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ProblemKind {
    /// A required field is empty.
    Missing,
    /// Text longer than allowed (in characters).
    TooLong {
        /// Maximum number of characters.
        max: usize,
        /// Number of characters given.
        actual: usize,
    },
    /// More items than allowed.
    TooMany {
        /// Maximum number of items.
        max: usize,
        /// Number of items given.
        actual: usize,
    },
    /// Fewer items than required.
    TooFew {
        /// Minimum number of items.
        min: usize,
    },
    /// Text not in the expected format.
    BadFormat {
        /// The expected format.
        expected: Format,
    },
    /// A URL that is `http://` where `https://` is required.
    NotHttps,
    /// An image with the wrong pixel size.
    WrongImageSize {
        /// Required width.
        expected_w: u32,
        /// Required height.
        expected_h: u32,
        /// Width given.
        actual_w: u32,
        /// Height given.
        actual_h: u32,
    },
    /// An image of the wrong type.
    WrongImageType {
        /// Required type.
        expected: ImageType,
    },
    /// The same value as an earlier item of the list (or SKU ID of an earlier SKU).
    Duplicate,
    /// A number outside its range.
    OutOfRange {
        /// Smallest allowed.
        min: i64,
        /// Largest allowed.
        max: i64,
        /// Value given.
        actual: i64,
    },
    /// A field that may no longer change (the Offer ID once the offer has been published).
    Locked,
}

/// One problem of one field.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FieldProblem {
    /// The field.
    pub path: FieldPath,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// Limits of the form, exactly as PRODUCT.md gives them.
pub mod limits {
    /// Offer name, SKU title, marketplace title, marketing identifier.
    pub const SHORT_TEXT: usize = 50;
    /// SKU summary, marketplace summary.
    pub const SUMMARY: usize = 100;
    /// Marketplace long summary.
    pub const LONG_SUMMARY: usize = 256;
    /// SKU and marketplace descriptions.
    pub const DESCRIPTION: usize = 3000;
    /// Recommended VM sizes per SKU.
    pub const VM_SIZES: usize = 6;
    /// Disk versions per SKU.
    pub const DISK_VERSIONS: usize = 8;
    /// Data disks per disk version.
    pub const DATA_DISKS: usize = 15;
    /// Preview subscription IDs.
    pub const PREVIEW_SUBSCRIPTIONS: usize = 100;
    /// Categories.
    pub const CATEGORIES: usize = 5;
    /// Screenshots.
    pub const SCREENSHOTS: usize = 5;
    /// Screenshot and video thumbnail size (width, height).
    pub const SCREENSHOT_SIZE: (u32, u32) = (533, 324);
    /// Small logo size.
    pub const LOGO_SMALL: (u32, u32) = (40, 40);
    /// Medium logo size.
    pub const LOGO_MEDIUM: (u32, u32) = (90, 90);
    /// Large logo size.
    pub const LOGO_LARGE: (u32, u32) = (115, 115);
    /// Wide logo size.
    pub const LOGO_WIDE: (u32, u32) = (255, 115);
    /// Hero image size.
    pub const LOGO_HERO: (u32, u32) = (815, 290);

    /// The size of the logo in slot `kind`.
    pub fn logo_size(kind: super::LogoKind) -> (u32, u32) {
        match kind {
            super::LogoKind::Small => LOGO_SMALL,
            super::LogoKind::Medium => LOGO_MEDIUM,
            super::LogoKind::Large => LOGO_LARGE,
            super::LogoKind::Wide => LOGO_WIDE,
            super::LogoKind::Hero => LOGO_HERO,
        }
    }
}

/// Collects problems while walking the form.
struct Checker {
    problems: Vec<FieldProblem>,
}

impl Checker {
    fn push(&mut self, path: FieldPath, kind: ProblemKind) {
        self.problems.push(FieldProblem { path, kind });
    }

    /// Required text: Missing when blank, else returns true so further checks run.
    fn required(&mut self, path: &FieldPath, value: &str) -> bool {
        if formats::is_blank(value) {
            self.push(path.clone(), ProblemKind::Missing);
            return false;
        }
        true
    }

    /// Required text of at most `max` characters.
    fn text(&mut self, path: FieldPath, value: &str, max: usize) {
        if self.required(&path, value) {
            self.max_len(path, value, max);
        }
    }

    fn max_len(&mut self, path: FieldPath, value: &str, max: usize) {
        let actual = formats::char_count(value);
        if actual > max {
            self.push(path, ProblemKind::TooLong { max, actual });
        }
    }

    fn id(&mut self, path: FieldPath, value: &str) {
        if self.required(&path, value) && !formats::is_id(value) {
            self.push(
                path,
                ProblemKind::BadFormat {
                    expected: Format::IdRule,
                },
            );
        }
    }

    fn email(&mut self, path: FieldPath, value: &str) {
        if self.required(&path, value) && !formats::is_email(value.trim()) {
            self.push(
                path,
                ProblemKind::BadFormat {
                    expected: Format::Email,
                },
            );
        }
    }

    fn phone(&mut self, path: FieldPath, value: &str) {
        if self.required(&path, value) && !formats::is_phone(value.trim()) {
            self.push(
                path,
                ProblemKind::BadFormat {
                    expected: Format::Phone,
                },
            );
        }
    }

    /// Required https URL; `http://` gives NotHttps.
    fn url(&mut self, path: FieldPath, value: &str) {
        if self.required(&path, value) {
            self.url_format(path, value);
        }
    }

    fn url_format(&mut self, path: FieldPath, value: &str) {
        match formats::check_url(value.trim()) {
            UrlCheck::Https => {}
            UrlCheck::PlainHttp => self.push(path, ProblemKind::NotHttps),
            UrlCheck::Bad => self.push(
                path,
                ProblemKind::BadFormat {
                    expected: Format::HttpsUrl,
                },
            ),
        }
    }

    /// Required whole number; returns it when well-formed.
    fn number(&mut self, path: FieldPath, value: &str) -> Option<u32> {
        if !self.required(&path, value) {
            return None;
        }
        let n = formats::parse_number(value);
        if n.is_none() {
            self.push(
                path,
                ProblemKind::BadFormat {
                    expected: Format::Number,
                },
            );
        }
        n
    }

    fn count(&mut self, path: &FieldPath, actual: usize, min: usize, max: usize) {
        if actual < min {
            self.push(path.clone(), ProblemKind::TooFew { min });
        }
        if actual > max {
            self.push(path.clone(), ProblemKind::TooMany { max, actual });
        }
    }

    /// A PNG of an exact size. A file that is not a PNG image is only that: its size (0 x 0
    /// when the browser could not read it) would say nothing useful.
    fn image(&mut self, path: FieldPath, image: &ImageMeta, (w, h): (u32, u32)) {
        if !image.is_png() {
            self.push(
                path,
                ProblemKind::WrongImageType {
                    expected: ImageType::Png,
                },
            );
        } else if image.width != w || image.height != h {
            self.push(
                path,
                ProblemKind::WrongImageSize {
                    expected_w: w,
                    expected_h: h,
                    actual_w: image.width,
                    actual_h: image.height,
                },
            );
        }
    }

    fn required_image(&mut self, path: FieldPath, image: &Option<ImageMeta>, size: (u32, u32)) {
        match image {
            Some(i) => self.image(path, i, size),
            None => self.push(path, ProblemKind::Missing),
        }
    }

    /// Marks every item whose key was already seen earlier in the list.
    fn unique(&mut self, items: impl Iterator<Item = (FieldPath, Option<String>)>) {
        let mut seen = HashSet::new();
        for (path, key) in items {
            if let Some(key) = key {
                if !seen.insert(key) {
                    self.push(path, ProblemKind::Duplicate);
                }
            }
        }
    }
}

/// Every problem of the form's fields, in form order. An empty list means Publish may start.
pub fn check_form(form: &OfferForm) -> Vec<FieldProblem> {
    let mut c = Checker {
        problems: Vec::new(),
    };
    c.id(settings::offer_id(), &form.settings.offer_id);
    c.id(settings::publisher_id(), &form.settings.publisher_id);
    c.text(settings::name(), &form.settings.name, limits::SHORT_TEXT);

    c.count(&fields::skus(), form.skus.len(), 1, usize::MAX);
    for (i, sku) in form.skus.iter().enumerate() {
        check_sku(&mut c, &fields::sku(i), sku);
    }
    c.unique(form.skus.iter().enumerate().map(|(i, s)| {
        let key = (!formats::is_blank(&s.sku_id)).then(|| s.sku_id.clone());
        (fields::sku(i).sku_id(), key)
    }));

    check_marketplace(&mut c, &form.marketplace);
    check_support(&mut c, &form.support);
    c.problems
}

fn check_sku(c: &mut Checker, p: &SkuPath, sku: &Sku) {
    c.id(p.sku_id(), &sku.sku_id);
    c.text(p.title(), &sku.title, limits::SHORT_TEXT);
    c.text(p.summary(), &sku.summary, limits::SUMMARY);
    c.text(p.description(), &sku.description, limits::DESCRIPTION);
    if sku.os_family.is_none() {
        c.push(p.os_family(), ProblemKind::Missing);
    }
    c.required(&p.os_type(), &sku.os_type);
    c.required(&p.os_friendly_name(), &sku.os_friendly_name);

    c.count(&p.vm_sizes(), sku.vm_sizes.len(), 1, limits::VM_SIZES);
    for (i, s) in sku.vm_sizes.iter().enumerate() {
        c.required(&p.vm_size(i), s);
    }
    c.unique(sku.vm_sizes.iter().enumerate().map(|(i, s)| {
        let key = (!formats::is_blank(s)).then(|| s.trim().to_ascii_lowercase());
        (p.vm_size(i), key)
    }));

    // Open ports are optional: a VM may expose none; the defaults come from the OS family.
    for (i, port) in sku.open_ports.iter().enumerate() {
        let path = p.open_port(i).number();
        if let Some(n) = c.number(path.clone(), &port.number) {
            if !(1..=65_535).contains(&n) {
                c.push(
                    path,
                    ProblemKind::OutOfRange {
                        min: 1,
                        max: 65_535,
                        actual: i64::from(n),
                    },
                );
            }
        }
    }
    c.unique(sku.open_ports.iter().enumerate().map(|(i, port)| {
        let key = formats::parse_number(&port.number).map(|n| format!("{n}/{:?}", port.protocol));
        (p.open_port(i).path(), key)
    }));

    c.count(
        &p.disk_versions(),
        sku.disk_versions.len(),
        1,
        limits::DISK_VERSIONS,
    );
    for (i, dv) in sku.disk_versions.iter().enumerate() {
        check_disk_version(c, &p.disk_version(i), dv);
    }
    c.unique(sku.disk_versions.iter().enumerate().map(|(i, dv)| {
        let key = formats::parse_semver(&dv.version).map(|v| format!("{v:?}"));
        (p.disk_version(i).version(), key)
    }));
}

fn check_disk_version(c: &mut Checker, p: &DiskVersionPath, dv: &DiskVersion) {
    let version = p.version();
    if c.required(&version, &dv.version) && formats::parse_semver(&dv.version).is_none() {
        c.push(
            version,
            ProblemKind::BadFormat {
                expected: Format::SemVer,
            },
        );
    }
    c.url(p.os_vhd_url(), &dv.os_vhd_url);
    c.number(p.os_disk_size_gb(), &dv.os_disk_size_gb);
    c.count(&p.data_disks(), dv.data_disks.len(), 0, limits::DATA_DISKS);
    for (i, disk) in dv.data_disks.iter().enumerate() {
        let d = p.data_disk(i);
        c.number(d.lun(), &disk.lun);
        c.url(d.vhd_url(), &disk.vhd_url);
        c.number(d.size_gb(), &disk.size_gb);
    }
    c.unique(dv.data_disks.iter().enumerate().map(|(i, disk)| {
        let key = formats::parse_number(&disk.lun).map(|n| n.to_string());
        (p.data_disk(i).lun(), key)
    }));
}

fn check_marketplace(c: &mut Checker, m: &Marketplace) {
    c.text(marketplace::title(), &m.title, limits::SHORT_TEXT);
    c.text(marketplace::summary(), &m.summary, limits::SUMMARY);
    c.text(
        marketplace::long_summary(),
        &m.long_summary,
        limits::LONG_SUMMARY,
    );
    c.text(
        marketplace::description(),
        &m.description,
        limits::DESCRIPTION,
    );
    c.text(
        marketplace::marketing_id(),
        &m.marketing_id,
        limits::SHORT_TEXT,
    );

    c.count(
        &marketplace::preview_subscription_ids(),
        m.preview_subscription_ids.len(),
        1,
        limits::PREVIEW_SUBSCRIPTIONS,
    );
    for (i, s) in m.preview_subscription_ids.iter().enumerate() {
        let path = marketplace::preview_subscription_id(i);
        if c.required(&path, s) && !formats::is_guid(s.trim()) {
            c.push(
                path,
                ProblemKind::BadFormat {
                    expected: Format::Guid,
                },
            );
        }
    }
    c.unique(m.preview_subscription_ids.iter().enumerate().map(|(i, s)| {
        let key = formats::is_guid(s.trim()).then(|| s.trim().to_ascii_lowercase());
        (marketplace::preview_subscription_id(i), key)
    }));

    c.count(
        &marketplace::categories(),
        m.categories.len(),
        1,
        limits::CATEGORIES,
    );
    for (i, cat) in m.categories.iter().enumerate() {
        c.required(&marketplace::category(i), cat);
    }
    c.unique(m.categories.iter().enumerate().map(|(i, s)| {
        let key = (!formats::is_blank(s)).then(|| s.trim().to_lowercase());
        (marketplace::category(i), key)
    }));

    for kind in LogoKind::ALL {
        let (path, size) = (marketplace::logo(kind), limits::logo_size(kind));
        match (kind, m.logos.slot(kind)) {
            // The hero image is the only optional logo.
            (LogoKind::Hero, Some(hero)) => c.image(path, hero, size),
            (LogoKind::Hero, None) => {}
            (_, logo) => c.required_image(path, logo, size),
        }
    }

    c.count(
        &marketplace::screenshots(),
        m.screenshots.len(),
        0,
        limits::SCREENSHOTS,
    );
    for (i, shot) in m.screenshots.iter().enumerate() {
        c.image(marketplace::screenshot(i), shot, limits::SCREENSHOT_SIZE);
    }

    for (i, v) in m.videos.iter().enumerate() {
        let vp = marketplace::video(i);
        c.url(vp.link(), &v.link);
        c.required_image(vp.thumbnail(), &v.thumbnail, limits::SCREENSHOT_SIZE);
    }

    for (i, l) in m.useful_links.iter().enumerate() {
        let lp = marketplace::useful_link(i);
        c.required(&lp.title(), &l.title);
        c.url(lp.url(), &l.url);
    }

    check_lead_destination(c, &m.lead_destination);
    c.url(marketplace::privacy_policy_url(), &m.privacy_policy_url);
    c.required(&marketplace::terms_of_use(), &m.terms_of_use);
}

/// The connection fields must be filled in; whether they actually connect is checked by lead
/// registration in step 4 ([`crate::domain::lead::register_leads`]).
fn check_lead_destination(c: &mut Checker, dest: &LeadDestination) {
    use lead_destination as lead;
    match dest {
        LeadDestination::None => {}
        LeadDestination::AzureTable { connection_string } => {
            c.required(&lead::connection_string(), connection_string);
        }
        LeadDestination::DynamicsCrmOnline {
            url,
            user,
            password,
        } => {
            c.url(lead::url(), url);
            c.email(lead::user(), user);
            c.required(&lead::password(), password);
        }
        LeadDestination::HttpsEndpoint { url } => c.url(lead::url(), url),
        LeadDestination::Marketo {
            server_id,
            munchkin_id,
            form_id,
        } => {
            c.required(&lead::server_id(), server_id);
            c.required(&lead::munchkin_id(), munchkin_id);
            c.number(lead::form_id(), form_id);
        }
        LeadDestination::Salesforce { org_id } => {
            c.required(&lead::org_id(), org_id);
        }
    }
}

fn check_contact(c: &mut Checker, p: &ContactPath, contact: &Contact) {
    c.required(&p.name(), &contact.name);
    c.email(p.email(), &contact.email);
    c.phone(p.phone(), &contact.phone);
}

fn check_support(c: &mut Checker, s: &Support) {
    check_contact(c, &support::engineering(), &s.engineering);
    check_contact(c, &support::customer(), &s.customer);
    c.url(support::support_url(), &s.support_url);
}

/// The problems of one field (and of the fields inside it), for showing beside it.
pub fn problems_at<'a>(problems: &'a [FieldProblem], path: &FieldPath) -> Vec<&'a FieldProblem> {
    problems.iter().filter(|p| p.path.is_within(path)).collect()
}
