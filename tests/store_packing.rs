//! Packed storage: offers are deflated and carried 15 bits per character; anything that is
//! not what packing wrote is refused (and so quarantined), never misread.
#![cfg(not(target_arch = "wasm32"))]

use golive::domain::{Offer, OfferId};
use golive::store::packing::{pack, unpack, UnpackError};
use golive::store::{offer_key, Envelope, LoadProblem, MemoryStorage, Storage, Store};
use proptest::prelude::*;

const TYPICAL: &str = include_str!("fixtures/typical-offer.json");

fn typical() -> Offer {
    serde_json::from_str(TYPICAL).unwrap()
}

#[test]
fn a_typical_offer_round_trips_through_packing() {
    let json = serde_json::to_string(&typical()).unwrap();
    let packed = pack(&json);
    assert_eq!(unpack(&packed).unwrap(), json);
}

#[test]
fn packed_text_uses_only_printable_non_surrogate_characters() {
    let packed = pack(&serde_json::to_string(&typical()).unwrap());
    assert!(packed
        .chars()
        .all(|c| (0x20..=0x801F).contains(&(c as u32))));
}

#[test]
fn a_stored_typical_offer_takes_far_fewer_characters_than_its_json() {
    let offer = typical();
    let plain = Envelope {
        schema: 2,
        revision: 1,
        data: &offer,
    }
    .encode()
    .unwrap();
    let packed = Envelope {
        schema: 2,
        revision: 1,
        data: &offer,
    }
    .encode_packed()
    .unwrap();
    let units = |text: &str| text.encode_utf16().count();
    // Deflate removes the repeated forms and keys; 15 bits a character halves the rest.
    assert!(
        units(&packed) * 4 < units(&plain),
        "{} vs {}",
        units(&packed),
        units(&plain)
    );
    let decoded = Envelope::<Offer>::decode(&packed).unwrap();
    assert_eq!(decoded.data, offer);
    assert_eq!(decoded.revision, 1);
}

#[test]
fn a_character_outside_the_packed_range_is_refused() {
    let mut packed = pack("{\"a\":1}");
    packed.push('\u{9000}');
    assert_eq!(
        unpack(&packed),
        Err(UnpackError::ForeignCharacter('\u{9000}'))
    );
    assert!(matches!(
        unpack("\n"),
        Err(UnpackError::ForeignCharacter('\n'))
    ));
}

#[test]
fn a_cut_packed_value_is_refused() {
    let packed = pack(&serde_json::to_string(&typical()).unwrap());
    let half: String = packed.chars().take(packed.chars().count() / 2).collect();
    assert!(matches!(
        unpack(&half),
        Err(UnpackError::NotDeflate(_) | UnpackError::BadPadding)
    ));
}

#[test]
fn a_damaged_packed_offer_is_quarantined_and_the_rest_loads() {
    let storage = MemoryStorage::new();
    let (mut store, _) = Store::load(&storage);
    let mut kept = typical();
    kept.id = OfferId("o-kept".into());
    let mut damaged = typical();
    damaged.id = OfferId("o-damaged".into());
    store.save(&kept).unwrap();
    store.save(&damaged).unwrap();
    let key = offer_key(&damaged.id);
    let text = storage.get(&key).unwrap().unwrap();
    // Someone cuts the packed text short by hand.
    let cut = text.replacen("\"packed\":\"", "\"packed\":\"\u{21}\u{21}\u{21}", 1);
    storage.set(&key, &cut).unwrap();

    let (_, loaded) = Store::load(&storage);
    assert_eq!(loaded.offers, [kept]);
    assert!(loaded.problems.iter().any(|problem| matches!(
        problem,
        LoadProblem::Quarantined { key: k, .. } if *k == key
    )));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn any_text_round_trips(text in "\\PC{0,400}") {
        prop_assert_eq!(unpack(&pack(&text)).unwrap(), text);
    }

    #[test]
    fn unpacking_anything_never_panics(text in "\\PC{0,200}") {
        let _ = unpack(&text);
    }
}

#[test]
fn the_first_character_gives_the_exact_length_so_no_stray_byte_follows_the_stream() {
    for text in ["", "a", "ab", "{\"id\":\"o-1\"}", TYPICAL] {
        let packed = pack(text);
        let padding = packed.chars().next().unwrap() as u32 - 0x20;
        let units = packed.chars().count() as u32 - 1;
        let bits = units * 15 - padding;
        assert!(padding < 15 && bits.is_multiple_of(8), "{padding} {units}");
        // The byte count is what deflate wrote: packing the same bytes again agrees.
        assert_eq!(unpack(&packed).unwrap(), text);
    }
    assert_eq!(unpack(""), Err(UnpackError::BadPadding));
    // A padding that does not fit the length is refused.
    let mut wrong = pack("abc");
    wrong.replace_range(0..1, "\u{2F}");
    assert!(unpack(&wrong).is_err());
}

/// The offer with no image copies outside its draft.
fn copies_in_draft_only(offer: &Offer) -> Offer {
    use golive::domain::{OfferForm, PngData};
    fn bare(form: &mut OfferForm) {
        let m = &mut form.marketplace;
        for kind in golive::domain::LogoKind::ALL {
            if let Some(image) = m.logos.slot_mut(kind) {
                image.png = PngData::default();
            }
        }
        m.screenshots
            .iter_mut()
            .for_each(|i| i.png = PngData::default());
        for video in &mut m.videos {
            if let Some(image) = &mut video.thumbnail {
                image.png = PngData::default();
            }
        }
    }
    let mut out = offer.clone();
    out.run.iter_mut().for_each(|run| bare(&mut run.submitted));
    out.live.iter_mut().for_each(|live| bare(&mut live.form));
    out
}

#[test]
fn an_image_copy_held_by_several_forms_of_an_offer_is_stored_once() {
    let offer = typical();
    assert!(offer.live.is_some() && offer.run.is_some());
    let units = |offer: &Offer| {
        Envelope::<Offer>::pack_data(offer)
            .unwrap()
            .encode_utf16()
            .count()
    };
    let all = units(&offer);
    let once = units(&copies_in_draft_only(&offer));
    // Only the references ("@0", …) are added for the other forms.
    assert!(all < once + 200, "{all} vs {once}");
    let stored = Envelope {
        schema: golive::store::SCHEMA,
        revision: 1,
        data: &offer,
    }
    .encode_packed()
    .unwrap();
    assert_eq!(Envelope::<Offer>::decode(&stored).unwrap().data, offer);
}

#[test]
fn a_reference_outside_the_image_table_is_quarantined() {
    let mut value = serde_json::to_value(typical()).unwrap();
    value["draft"]["marketplace"]["screenshots"][0]["png"] = "@7".into();
    value["shared_png"] = serde_json::json!(["iVBORw0KGgo="]);
    let text = format!(
        r#"{{"packed":{},"revision":1,"schema":{}}}"#,
        serde_json::Value::from(pack(&value.to_string())),
        golive::store::SCHEMA
    );
    assert!(Envelope::<Offer>::decode(&text).is_err());
}
