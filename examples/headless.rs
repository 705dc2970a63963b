//! The app's rules and storage with no interface at all: loads the stored offers, drives each
//! one through a command or a tick, checks and certifies it, merges, stores, lists, exports
//! and imports. `scripts/bench.sh` builds it for the browser like the app and reports its
//! size, the part of the bundle that is not interface (see the README's Benchmark section).

use golive::domain::{
    advance, apply, certify, check_offer, diff, merge_forms, status, Command, ListQuery,
    OfferStatus, SimTime, WallTime,
};
use golive::store::{export, parse_import, plan_import, BrowserStorage, Store, MAX_IMPORT_BYTES};

fn main() {
    let Ok(storage) = BrowserStorage::open() else {
        return;
    };
    let (mut store, loaded) = Store::load(storage);
    let clock = loaded.clock.clone().unwrap_or_default();
    let wall = WallTime(js_sys::Date::now() as i64);
    // Every figure below is summed into one number handed to the page, so that the
    // optimiser cannot drop the work that produced it.
    let mut sum = 0;
    for (i, offer) in loaded.offers.iter().enumerate() {
        let command = match i % 6 {
            0 => Command::Publish { seed: i as u64 },
            1 => Command::SubmitNotificationEmail(offer.draft.settings.name.clone()),
            2 => Command::GoLive,
            3 => Command::CancelPublishing,
            4 => Command::SkipStep,
            _ => Command::OpenSupportRequest {
                text: offer.id.0.clone(),
            },
        };
        let next = match apply(offer, command, &clock, wall) {
            Ok(outcome) => outcome.offer,
            Err(_) => advance(offer, &clock, wall).offer,
        };
        sum += usize::from(store.save(&next).is_ok());
        sum += check_offer(&next).len() + certify(&next.draft, SimTime(0)).len();
        sum += diff(&offer.draft, &next.draft).len();
        sum += merge_forms(&offer.draft, &next.draft, &offer.draft)
            .conflicts
            .len();
        sum += usize::from(matches!(status(&next, SimTime(0)), OfferStatus::Live));
    }
    sum += ListQuery::default().select(loaded.offers.iter()).len();
    if let Ok(file) = parse_import(&export(&loaded.offers, &clock), MAX_IMPORT_BYTES) {
        sum += plan_import(store.order(), &file).len();
    }
    if let Ok(usage) = store.usage() {
        sum += usage.percent() as usize;
    }
    let _ = js_sys::Reflect::set(&js_sys::global(), &"headless".into(), &(sum as f64).into());
}
