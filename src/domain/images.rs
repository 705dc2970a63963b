//! The form's images: what is kept of a picked logo, hero image, screenshot or video
//! thumbnail ([`ImageMeta`]: the file's facts and a small copy of it), and the budget those
//! copies keep to in the browser's storage.
//!
//! The budget: a copy keeps the PNG's pixels without its metadata ([`png::slim`]) and may
//! take at most [`IMAGE_MAX_BYTES`]; the copies of one form together at most
//! [`FORM_IMAGES_MAX_BYTES`]. A picked image that would break either is refused whole
//! ([`ImageRefusal`]), never kept in part; an imported or stored one is checked the same way
//! ([`problems_of`]). Stored offers are deflated and packed 15 bits to a character, which
//! takes back base64's third: a copy costs about 0.55 storage characters a byte, so the
//! largest form's images take about 90,000 of the 5,242,880 characters browsers allow.

use super::fields::marketplace;
use super::form::OfferForm;
use super::offer::Offer;
use super::path::FieldPath;
use super::png::{self, PngData, PngError};
use serde::{Deserialize, Serialize};

/// The most one image copy may take, in bytes: a 533 x 324 screenshot of an interface, saved
/// as PNG, takes 20 to 45 KB; a logo a few KB.
pub const IMAGE_MAX_BYTES: usize = 48 * 1024;

/// The most the image copies of one form may take together, in bytes: the four logos, a hero
/// image and three screenshots of typical sizes.
pub const FORM_IMAGES_MAX_BYTES: usize = 160 * 1024;

/// A picked image: what the rules need to know of the file, and the small copy of it the app
/// keeps to show the listing, within the budget above.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ImageMeta {
    /// File name as uploaded.
    pub file_name: String,
    /// MIME type (e.g. `image/png`).
    pub mime: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// File size in bytes, as picked.
    pub bytes: u64,
    /// The PNG file as kept (its pixels without metadata: [`super::png::slim`]); empty for a
    /// file that is not a PNG, and for images picked before copies were kept (schema 3).
    #[serde(skip_serializing_if = "PngData::is_empty")]
    pub png: PngData,
}

impl ImageMeta {
    /// Whether the file is a PNG image: its type says so and the browser could read its pixel
    /// size (a file it cannot decode is stored as 0 x 0, whatever its name claims).
    pub fn is_png(&self) -> bool {
        self.mime.trim().eq_ignore_ascii_case("image/png") && self.width > 0 && self.height > 0
    }
}

/// The offer's logos.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Logos {
    /// Small, 40x40 PNG (required).
    pub small: Option<ImageMeta>,
    /// Medium, 90x90 PNG (required).
    pub medium: Option<ImageMeta>,
    /// Large, 115x115 PNG (required).
    pub large: Option<ImageMeta>,
    /// Wide, 255x115 PNG (required).
    pub wide: Option<ImageMeta>,
    /// Hero, 815x290 PNG (optional).
    pub hero: Option<ImageMeta>,
}

/// One logo slot of [`Logos`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LogoKind {
    /// 40x40.
    Small,
    /// 90x90.
    Medium,
    /// 115x115.
    Large,
    /// 255x115.
    Wide,
    /// 815x290, the only optional one.
    Hero,
}

impl LogoKind {
    /// Every slot, in the portal's order.
    pub const ALL: [LogoKind; 5] = [
        LogoKind::Small,
        LogoKind::Medium,
        LogoKind::Large,
        LogoKind::Wide,
        LogoKind::Hero,
    ];
}

impl Logos {
    /// The logo in slot `kind`.
    pub fn slot(&self, kind: LogoKind) -> &Option<ImageMeta> {
        match kind {
            LogoKind::Small => &self.small,
            LogoKind::Medium => &self.medium,
            LogoKind::Large => &self.large,
            LogoKind::Wide => &self.wide,
            LogoKind::Hero => &self.hero,
        }
    }

    /// The logo in slot `kind`, to change it.
    pub fn slot_mut(&mut self, kind: LogoKind) -> &mut Option<ImageMeta> {
        match kind {
            LogoKind::Small => &mut self.small,
            LogoKind::Medium => &mut self.medium,
            LogoKind::Large => &mut self.large,
            LogoKind::Wide => &mut self.wide,
            LogoKind::Hero => &mut self.hero,
        }
    }
}

/// Every image a form holds, with its path, in form order: the logos (small to hero), the
/// screenshots, the videos' thumbnails.
pub fn images_of(form: &OfferForm) -> Vec<(FieldPath, &ImageMeta)> {
    let m = &form.marketplace;
    let logos = LogoKind::ALL.into_iter().filter_map(|kind| {
        m.logos
            .slot(kind)
            .as_ref()
            .map(|image| (marketplace::logo(kind), image))
    });
    let screenshots = m
        .screenshots
        .iter()
        .enumerate()
        .map(|(i, image)| (marketplace::screenshot(i), image));
    let thumbnails = m.videos.iter().enumerate().filter_map(|(i, video)| {
        video
            .thumbnail
            .as_ref()
            .map(|image| (marketplace::video(i).thumbnail(), image))
    });
    logos.chain(screenshots).chain(thumbnails).collect()
}

/// The bytes the image copies of `form` take, leaving out the image at `except`.
pub fn copies_bytes(form: &OfferForm, except: Option<&FieldPath>) -> usize {
    images_of(form)
        .into_iter()
        .filter(|(path, _)| Some(path) != except)
        .map(|(_, image)| image.png.len())
        .sum()
}

/// Why a picked image is not kept (nothing of it is).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ImageRefusal {
    /// Its copy alone takes more than [`IMAGE_MAX_BYTES`].
    TooLarge {
        /// The copy's size.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    /// With the form's other images, the copies would take more than
    /// [`FORM_IMAGES_MAX_BYTES`].
    OverBudget {
        /// The copy's size.
        bytes: usize,
        /// What the form's other copies take.
        others: usize,
        /// The limit.
        max: usize,
    },
}

/// What is kept of a picked file: `decoded` is the pixel size the browser read (0 x 0 when
/// it could not show the file). A PNG the browser could show is kept with its copy and the
/// size its header says; anything else only by its facts, so that the rules say what is
/// wrong with it. Refused when the copy is larger than one image may be.
pub fn picked(
    file_name: &str,
    mime: &str,
    file: &[u8],
    decoded: (u32, u32),
) -> Result<ImageMeta, ImageRefusal> {
    let facts = |mime: &str, (width, height): (u32, u32), png: PngData| ImageMeta {
        file_name: file_name.to_owned(),
        mime: mime.to_owned(),
        width,
        height,
        bytes: file.len() as u64,
        png,
    };
    match png::slim(file) {
        Ok((copy, info)) if (info.width, info.height) == decoded => {
            if copy.len() > IMAGE_MAX_BYTES {
                return Err(ImageRefusal::TooLarge {
                    bytes: copy.len(),
                    max: IMAGE_MAX_BYTES,
                });
            }
            Ok(facts("image/png", decoded, PngData::new(copy)))
        }
        _ => Ok(facts(mime, decoded, PngData::default())),
    }
}

/// Whether `image` may take the place at `at` in `form` (replacing what is there, if
/// anything), by the form's budget.
pub fn fits(
    form: &OfferForm,
    at: Option<&FieldPath>,
    image: &ImageMeta,
) -> Result<(), ImageRefusal> {
    let others = copies_bytes(form, at);
    if others + image.png.len() > FORM_IMAGES_MAX_BYTES {
        return Err(ImageRefusal::OverBudget {
            bytes: image.png.len(),
            others,
            max: FORM_IMAGES_MAX_BYTES,
        });
    }
    Ok(())
}

/// What is wrong with a kept image (read from storage or from an import file).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ImageProblem {
    /// The copy is not a whole PNG file.
    NotPng(PngError),
    /// The copy's header says another pixel size than the one the form declares.
    SizeMismatch {
        /// Width and height the form declares.
        declared: (u32, u32),
        /// Width and height of the PNG.
        actual: (u32, u32),
    },
    /// The copy is larger than one image may be.
    TooLarge {
        /// Its size.
        bytes: usize,
    },
    /// The form's copies together are larger than allowed (reported at the listing's
    /// section).
    OverBudget {
        /// What they take.
        bytes: usize,
    },
}

/// Every problem of the image copies of one form, with the image's path.
pub fn form_problems(form: &OfferForm) -> Vec<(FieldPath, ImageProblem)> {
    let mut out = Vec::new();
    for (path, image) in images_of(form) {
        if image.png.is_empty() {
            continue;
        }
        match png::inspect(image.png.bytes()) {
            Err(error) => out.push((path, ImageProblem::NotPng(error))),
            Ok(info) if (info.width, info.height) != (image.width, image.height) => out.push((
                path,
                ImageProblem::SizeMismatch {
                    declared: (image.width, image.height),
                    actual: (info.width, info.height),
                },
            )),
            Ok(_) if image.png.len() > IMAGE_MAX_BYTES => out.push((
                path,
                ImageProblem::TooLarge {
                    bytes: image.png.len(),
                },
            )),
            Ok(_) => {}
        }
    }
    let total = copies_bytes(form, None);
    if total > FORM_IMAGES_MAX_BYTES {
        out.push((
            marketplace::section(),
            ImageProblem::OverBudget { bytes: total },
        ));
    }
    out
}

/// Every problem of the image copies of an offer: its draft's, its run's submitted form's
/// and its live version's, each problem once.
pub fn problems_of(offer: &Offer) -> Vec<(FieldPath, ImageProblem)> {
    let forms = std::iter::once(&offer.draft)
        .chain(offer.run.as_ref().map(|run| &run.submitted))
        .chain(offer.live.as_ref().map(|live| &live.form));
    let mut out: Vec<(FieldPath, ImageProblem)> = Vec::new();
    for form in forms {
        for problem in form_problems(form) {
            if !out.contains(&problem) {
                out.push(problem);
            }
        }
    }
    out
}
