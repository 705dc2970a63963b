//! The field rules of the offer form: one function that returns every problem at once.
//!
//! Each problem names its field by [`FieldPath`] and carries a [`ProblemKind`] with the data a
//! message needs; the UI writes the message in the user's language. Limits are those of
//! PRODUCT.md "The offer form"; lengths count Unicode characters, not bytes. Checks on the
//! *content* of disks (SAS URI parts, disk sizes, LUN numbering) are certification's
//! ([`crate::domain::certification`]), as in the portal, where they failed only after Publish.

use super::formats::{self, UrlCheck};
use super::offer::{
    Contact, DiskVersion, ImageMeta, LeadDestination, Marketplace, OfferForm, Sku, Support,
};
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    let settings = FieldPath::root("settings");
    c.id(settings.field("offer_id"), &form.settings.offer_id);
    c.id(settings.field("publisher_id"), &form.settings.publisher_id);
    c.text(
        settings.field("name"),
        &form.settings.name,
        limits::SHORT_TEXT,
    );

    let skus = FieldPath::root("skus");
    c.count(&skus, form.skus.len(), 1, usize::MAX);
    for (i, sku) in form.skus.iter().enumerate() {
        check_sku(&mut c, &skus.index(i), sku);
    }
    c.unique(form.skus.iter().enumerate().map(|(i, s)| {
        let key = (!formats::is_blank(&s.sku_id)).then(|| s.sku_id.clone());
        (skus.index(i).field("sku_id"), key)
    }));

    check_marketplace(&mut c, &form.marketplace);
    check_support(&mut c, &form.support);
    c.problems
}

fn check_sku(c: &mut Checker, p: &FieldPath, sku: &Sku) {
    c.id(p.field("sku_id"), &sku.sku_id);
    c.text(p.field("title"), &sku.title, limits::SHORT_TEXT);
    c.text(p.field("summary"), &sku.summary, limits::SUMMARY);
    c.text(
        p.field("description"),
        &sku.description,
        limits::DESCRIPTION,
    );
    if sku.os_family.is_none() {
        c.push(p.field("os_family"), ProblemKind::Missing);
    }
    c.required(&p.field("os_type"), &sku.os_type);
    c.required(&p.field("os_friendly_name"), &sku.os_friendly_name);

    let sizes = p.field("vm_sizes");
    c.count(&sizes, sku.vm_sizes.len(), 1, limits::VM_SIZES);
    for (i, s) in sku.vm_sizes.iter().enumerate() {
        c.required(&sizes.index(i), s);
    }
    c.unique(sku.vm_sizes.iter().enumerate().map(|(i, s)| {
        let key = (!formats::is_blank(s)).then(|| s.trim().to_ascii_lowercase());
        (sizes.index(i), key)
    }));

    // Open ports are optional: a VM may expose none; the defaults come from the OS family.
    let ports = p.field("open_ports");
    for (i, port) in sku.open_ports.iter().enumerate() {
        let path = ports.index(i).field("number");
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
        (ports.index(i), key)
    }));

    let versions = p.field("disk_versions");
    c.count(&versions, sku.disk_versions.len(), 1, limits::DISK_VERSIONS);
    for (i, dv) in sku.disk_versions.iter().enumerate() {
        check_disk_version(c, &versions.index(i), dv);
    }
    c.unique(sku.disk_versions.iter().enumerate().map(|(i, dv)| {
        let key = formats::parse_semver(&dv.version).map(|v| format!("{v:?}"));
        (versions.index(i).field("version"), key)
    }));
}

fn check_disk_version(c: &mut Checker, p: &FieldPath, dv: &DiskVersion) {
    let version = p.field("version");
    if c.required(&version, &dv.version) && formats::parse_semver(&dv.version).is_none() {
        c.push(
            version,
            ProblemKind::BadFormat {
                expected: Format::SemVer,
            },
        );
    }
    c.url(p.field("os_vhd_url"), &dv.os_vhd_url);
    c.number(p.field("os_disk_size_gb"), &dv.os_disk_size_gb);
    let disks = p.field("data_disks");
    c.count(&disks, dv.data_disks.len(), 0, limits::DATA_DISKS);
    for (i, disk) in dv.data_disks.iter().enumerate() {
        let d = disks.index(i);
        c.number(d.field("lun"), &disk.lun);
        c.url(d.field("vhd_url"), &disk.vhd_url);
        c.number(d.field("size_gb"), &disk.size_gb);
    }
    c.unique(dv.data_disks.iter().enumerate().map(|(i, disk)| {
        let key = formats::parse_number(&disk.lun).map(|n| n.to_string());
        (disks.index(i).field("lun"), key)
    }));
}

fn check_marketplace(c: &mut Checker, m: &Marketplace) {
    let p = FieldPath::root("marketplace");
    c.text(p.field("title"), &m.title, limits::SHORT_TEXT);
    c.text(p.field("summary"), &m.summary, limits::SUMMARY);
    c.text(
        p.field("long_summary"),
        &m.long_summary,
        limits::LONG_SUMMARY,
    );
    c.text(p.field("description"), &m.description, limits::DESCRIPTION);
    c.text(p.field("marketing_id"), &m.marketing_id, limits::SHORT_TEXT);

    let subs = p.field("preview_subscription_ids");
    c.count(
        &subs,
        m.preview_subscription_ids.len(),
        1,
        limits::PREVIEW_SUBSCRIPTIONS,
    );
    for (i, s) in m.preview_subscription_ids.iter().enumerate() {
        let path = subs.index(i);
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
        (subs.index(i), key)
    }));

    let cats = p.field("categories");
    c.count(&cats, m.categories.len(), 1, limits::CATEGORIES);
    for (i, cat) in m.categories.iter().enumerate() {
        c.required(&cats.index(i), cat);
    }
    c.unique(m.categories.iter().enumerate().map(|(i, s)| {
        let key = (!formats::is_blank(s)).then(|| s.trim().to_lowercase());
        (cats.index(i), key)
    }));

    let logos = p.field("logos");
    c.required_image(logos.field("small"), &m.logos.small, limits::LOGO_SMALL);
    c.required_image(logos.field("medium"), &m.logos.medium, limits::LOGO_MEDIUM);
    c.required_image(logos.field("large"), &m.logos.large, limits::LOGO_LARGE);
    c.required_image(logos.field("wide"), &m.logos.wide, limits::LOGO_WIDE);
    if let Some(hero) = &m.logos.hero {
        c.image(logos.field("hero"), hero, limits::LOGO_HERO);
    }

    let shots = p.field("screenshots");
    c.count(&shots, m.screenshots.len(), 0, limits::SCREENSHOTS);
    for (i, shot) in m.screenshots.iter().enumerate() {
        c.image(shots.index(i), shot, limits::SCREENSHOT_SIZE);
    }

    let videos = p.field("videos");
    for (i, v) in m.videos.iter().enumerate() {
        let vp = videos.index(i);
        c.url(vp.field("link"), &v.link);
        c.required_image(vp.field("thumbnail"), &v.thumbnail, limits::SCREENSHOT_SIZE);
    }

    let links = p.field("useful_links");
    for (i, l) in m.useful_links.iter().enumerate() {
        let lp = links.index(i);
        c.required(&lp.field("title"), &l.title);
        c.url(lp.field("url"), &l.url);
    }

    check_lead_destination(c, &p.field("lead_destination"), &m.lead_destination);
    c.url(p.field("privacy_policy_url"), &m.privacy_policy_url);
    c.required(&p.field("terms_of_use"), &m.terms_of_use);
}

/// The connection fields must be filled in; whether they actually connect is checked by lead
/// registration in step 4 ([`crate::domain::lead::register_leads`]).
fn check_lead_destination(c: &mut Checker, p: &FieldPath, dest: &LeadDestination) {
    match dest {
        LeadDestination::None => {}
        LeadDestination::AzureTable { connection_string } => {
            c.required(&p.field("connection_string"), connection_string);
        }
        LeadDestination::DynamicsCrmOnline {
            url,
            user,
            password,
        } => {
            c.url(p.field("url"), url);
            c.email(p.field("user"), user);
            c.required(&p.field("password"), password);
        }
        LeadDestination::HttpsEndpoint { url } => c.url(p.field("url"), url),
        LeadDestination::Marketo {
            server_id,
            munchkin_id,
            form_id,
        } => {
            c.required(&p.field("server_id"), server_id);
            c.required(&p.field("munchkin_id"), munchkin_id);
            c.number(p.field("form_id"), form_id);
        }
        LeadDestination::Salesforce { org_id } => {
            c.required(&p.field("org_id"), org_id);
        }
    }
}

fn check_contact(c: &mut Checker, p: &FieldPath, contact: &Contact) {
    c.required(&p.field("name"), &contact.name);
    c.email(p.field("email"), &contact.email);
    c.phone(p.field("phone"), &contact.phone);
}

fn check_support(c: &mut Checker, s: &Support) {
    let p = FieldPath::root("support");
    check_contact(c, &p.field("engineering"), &s.engineering);
    check_contact(c, &p.field("customer"), &s.customer);
    c.url(p.field("support_url"), &s.support_url);
}

/// The problems of one field (and of the fields inside it), for showing beside it.
pub fn problems_at<'a>(problems: &'a [FieldProblem], path: &FieldPath) -> Vec<&'a FieldProblem> {
    problems.iter().filter(|p| p.path.is_within(path)).collect()
}
