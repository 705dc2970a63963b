#![cfg(not(target_arch = "wasm32"))]
//! Image copies: PNG files read as bytes, the copy kept of a picked file, the budget, and
//! the checks an imported or stored copy must pass.

use golive::domain::images::{
    copies_bytes, fits, form_problems, picked, problems_of, FORM_IMAGES_MAX_BYTES, IMAGE_MAX_BYTES,
};
use golive::domain::png::{encode_rgba, inspect, slim, PngInfo};
use golive::domain::sample::{complete_form, drawn};
use golive::domain::{fields, ImageProblem, ImageRefusal, LogoKind, PngData, PngError};
use proptest::prelude::*;

/// A PNG of `width` x `height` whose pixels are noise from `seed` (it barely compresses).
fn noisy(width: u32, height: u32, seed: u64) -> Vec<u8> {
    let mut state = seed;
    let pixels: Vec<u8> = (0..width * height * 4)
        .map(|_| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 56) as u8
        })
        .collect();
    encode_rgba(width, height, &pixels)
}

fn flat(width: u32, height: u32) -> Vec<u8> {
    encode_rgba(width, height, &vec![200; (width * height * 4) as usize])
}

/// `png` with a text chunk after its header (as image editors write them).
fn with_text_chunk(png: &[u8]) -> Vec<u8> {
    let data = b"Software\0An image editor, version 12";
    let mut chunk = Vec::new();
    chunk.extend_from_slice(&(data.len() as u32).to_be_bytes());
    chunk.extend_from_slice(b"tEXt");
    chunk.extend_from_slice(data);
    let crc = crc32fast::hash(&chunk[4..]);
    chunk.extend_from_slice(&crc.to_be_bytes());
    let header_end = 8 + 25;
    [&png[..header_end], &chunk[..], &png[header_end..]].concat()
}

#[test]
fn an_encoded_png_says_its_size_and_every_damage_is_named() {
    let png = flat(40, 30);
    assert_eq!(
        inspect(&png),
        Ok(PngInfo {
            width: 40,
            height: 30
        })
    );
    assert_eq!(inspect(b"GIF89a......"), Err(PngError::NotPng));
    assert_eq!(inspect(&png[..png.len() - 5]), Err(PngError::Truncated));
    let mut damaged = png.clone();
    damaged[40] ^= 0x55;
    assert_eq!(inspect(&damaged), Err(PngError::BadChecksum));
    // The header must come first: a file of only an end chunk has none.
    let end_only = [&png[..8], &png[png.len() - 12..]].concat();
    assert_eq!(inspect(&end_only), Err(PngError::BadHeader));
    // Header then end, no image data.
    let no_data = [&png[..33], &png[png.len() - 12..]].concat();
    assert_eq!(inspect(&no_data), Err(PngError::NoImageData));
}

#[test]
fn the_copy_leaves_metadata_out_and_keeps_the_pixels() {
    let png = flat(90, 90);
    let tagged = with_text_chunk(&png);
    assert!(inspect(&tagged).is_ok());
    let (copy, info) = slim(&tagged).unwrap();
    assert_eq!(copy, png);
    assert_eq!((info.width, info.height), (90, 90));
}

#[test]
fn a_picked_png_is_kept_with_its_copy_and_the_size_its_header_says() {
    let file = with_text_chunk(&flat(40, 40));
    let image = picked("logo.png", "", &file, (40, 40)).unwrap();
    assert_eq!(image.mime, "image/png");
    assert_eq!((image.width, image.height), (40, 40));
    assert_eq!(image.bytes, file.len() as u64);
    assert_eq!(image.png.bytes(), &flat(40, 40)[..]);
    assert!(image.is_png());
}

#[test]
fn a_file_that_is_not_a_png_is_kept_by_its_facts_only() {
    let image = picked(
        "photo.jpg",
        "image/jpeg",
        b"\xFF\xD8\xFF\xE0 jpeg",
        (40, 40),
    )
    .unwrap();
    assert!(image.png.is_empty());
    assert_eq!(image.mime, "image/jpeg");
    assert!(!image.is_png());
    // A PNG the browser could not show (0 x 0) keeps no copy either.
    let broken = picked("logo.png", "image/png", &flat(40, 40), (0, 0)).unwrap();
    assert!(broken.png.is_empty());
    assert!(!broken.is_png());
}

#[test]
fn an_image_larger_than_one_may_be_is_refused_whole() {
    let file = noisy(200, 120, 7);
    let (copy, _) = slim(&file).unwrap();
    assert!(copy.len() > IMAGE_MAX_BYTES, "{} bytes", copy.len());
    assert_eq!(
        picked("big.png", "image/png", &file, (200, 120)),
        Err(ImageRefusal::TooLarge {
            bytes: copy.len(),
            max: IMAGE_MAX_BYTES
        })
    );
}

#[test]
fn an_image_that_would_break_the_form_budget_is_refused_and_a_replacement_counts_once() {
    let mut form = complete_form();
    let shot = picked("s.png", "image/png", &noisy(100, 110, 1), (100, 110)).unwrap();
    assert!(shot.png.len() > 40 * 1024 && shot.png.len() <= IMAGE_MAX_BYTES);
    let mut refused = None;
    for _ in 0..5 {
        match fits(&form, None, &shot) {
            Ok(()) => form.marketplace.screenshots.push(shot.clone()),
            Err(refusal) => {
                refused = Some(refusal);
                break;
            }
        }
    }
    let others = copies_bytes(&form, None);
    assert_eq!(
        refused,
        Some(ImageRefusal::OverBudget {
            bytes: shot.png.len(),
            others,
            max: FORM_IMAGES_MAX_BYTES
        })
    );
    assert!(others <= FORM_IMAGES_MAX_BYTES);
    // Replacing an image in place counts the new one instead of the old one.
    let last = form.marketplace.screenshots.len() - 1;
    assert_eq!(
        fits(&form, Some(&fields::marketplace::screenshot(last)), &shot),
        Ok(())
    );
}

#[test]
fn the_sample_form_keeps_real_copies_within_the_budget() {
    let form = complete_form();
    let logos = &form.marketplace.logos;
    for kind in [
        LogoKind::Small,
        LogoKind::Medium,
        LogoKind::Large,
        LogoKind::Wide,
    ] {
        let logo = logos.slot(kind).clone().unwrap();
        let info = inspect(logo.png.bytes()).unwrap();
        assert_eq!((info.width, info.height), (logo.width, logo.height));
        assert_eq!(
            golive::domain::rules::limits::logo_size(kind),
            (logo.width, logo.height)
        );
    }
    assert!(form_problems(&form).is_empty());
    let total = copies_bytes(&form, None);
    assert!(
        (20_000..=FORM_IMAGES_MAX_BYTES).contains(&total),
        "{total} bytes"
    );
}

#[test]
fn a_stored_copy_is_checked_against_what_the_form_declares() {
    let mut form = complete_form();
    let mut small = form.marketplace.logos.small.clone().unwrap();
    small.width = 41;
    form.marketplace.logos.small = Some(small);
    form.marketplace.screenshots[0].png = PngData::new(b"not a png".to_vec());
    let big = drawn("big.png", PngData::new(noisy(200, 120, 3)));
    form.marketplace.logos.hero = Some(big);
    let problems = form_problems(&form);
    let at = |path| {
        problems
            .iter()
            .filter(|(p, _)| *p == path)
            .map(|(_, problem)| problem.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        at(fields::marketplace::logo(LogoKind::Small)),
        [ImageProblem::SizeMismatch {
            declared: (41, 40),
            actual: (40, 40)
        }]
    );
    assert_eq!(
        at(fields::marketplace::screenshot(0)),
        [ImageProblem::NotPng(PngError::NotPng)]
    );
    assert!(matches!(
        at(fields::marketplace::logo(LogoKind::Hero)).as_slice(),
        [ImageProblem::TooLarge { .. }]
    ));
    let offer = golive::domain::Offer {
        draft: form,
        ..Default::default()
    };
    assert_eq!(problems_of(&offer).len(), problems.len());
}

#[test]
fn a_copy_travels_in_json_as_base64_and_bad_base64_is_refused() {
    let image = complete_form().marketplace.logos.small.unwrap();
    let json = serde_json::to_value(&image).unwrap();
    assert!(json["png"].as_str().unwrap().starts_with("iVBORw0KGgo"));
    let back: golive::domain::ImageMeta = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(back, image);
    let mut bad = json;
    bad["png"] = "not base64!".into();
    assert!(serde_json::from_value::<golive::domain::ImageMeta>(bad).is_err());
    // No copy: no `png` field at all (as schema 3 stored it).
    let meta = golive::domain::sample::png("a.png", 40, 40);
    assert!(serde_json::to_value(&meta).unwrap().get("png").is_none());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Any bytes: inspecting and slimming never panic, and a slimmed copy inspects alike.
    #[test]
    fn any_bytes_are_inspected_without_panic(
        bytes in prop::collection::vec(any::<u8>(), 0..200),
        cut in 0usize..400,
    ) {
        let _ = inspect(&bytes);
        let png = flat(3, 2);
        let mut spliced = png.clone();
        spliced.truncate(cut.min(png.len()));
        spliced.extend_from_slice(&bytes);
        if let Ok((copy, info)) = slim(&spliced) {
            prop_assert_eq!(inspect(&copy), Ok(info));
        }
    }
}
