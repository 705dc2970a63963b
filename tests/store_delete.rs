//! Deleting an offer: a step that fails loses nothing and brings nothing back.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::faults::Faulty;
use golive::domain::{Offer, OfferId, SimTime};
use golive::store::{index_key, LoadProblem, SaveError, StorageFault, Store};

fn offer(id: &str) -> Offer {
    Offer::new(
        OfferId(id.into()),
        format!("Offer {id}"),
        SimTime(1_700_000_000_000),
    )
}

#[test]
fn a_delete_whose_removal_fails_changes_nothing_and_nothing_comes_back_unlisted() {
    let storage = Faulty::default();
    let (mut store, _) = Store::load(&storage);
    store.save(&offer("o-1")).unwrap();
    store.save(&offer("o-2")).unwrap();

    storage.refuse_removals(StorageFault::Other("SecurityError".into()));
    assert_eq!(
        store.delete(&OfferId("o-1".into())),
        Err(SaveError::Storage(StorageFault::Other(
            "SecurityError".into()
        )))
    );
    storage.heal();

    // Still there, still listed: the next load reports no repair of the list.
    let (_, loaded) = Store::load(&storage);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let ids: Vec<_> = loaded
        .offers
        .iter()
        .map(|o| o.id.as_str().to_owned())
        .collect();
    assert_eq!(ids, ["o-1", "o-2"]);
}

#[test]
fn a_delete_whose_list_cannot_be_written_still_deletes_and_the_list_is_repaired_later() {
    let storage = Faulty::default();
    let (mut store, _) = Store::load(&storage);
    store.save(&offer("o-1")).unwrap();
    store.save(&offer("o-2")).unwrap();

    storage.refuse_writes_to(&index_key(), StorageFault::QuotaExceeded);
    assert_eq!(store.delete(&OfferId("o-1".into())), Ok(()));
    storage.heal();

    // Never resurrected: a load now drops the stale entry and says so.
    let (_, loaded) = Store::load(&storage);
    let ids: Vec<_> = loaded
        .offers
        .iter()
        .map(|o| o.id.as_str().to_owned())
        .collect();
    assert_eq!(ids, ["o-2"]);
    assert_eq!(
        loaded.problems,
        [LoadProblem::MissingOffer {
            id: OfferId("o-1".into())
        }]
    );

    // The store that deleted it repairs the list at its next write.
    store.save(&offer("o-3")).unwrap();
    let (_, loaded) = Store::load(&storage);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let ids: Vec<_> = loaded
        .offers
        .iter()
        .map(|o| o.id.as_str().to_owned())
        .collect();
    assert_eq!(ids, ["o-2", "o-3"]);
}

#[test]
fn a_store_that_read_an_offer_since_deleted_and_written_anew_does_not_write_over_the_new_one() {
    let storage = Faulty::default();
    let (mut first, _) = Store::load(&storage);
    first.save(&offer("o-1")).unwrap();
    // Two more stores read revision 1.
    let (mut deleting, _) = Store::load(&storage);
    let (mut behind, _) = Store::load(&storage);
    deleting.delete(&OfferId("o-1".into())).unwrap();
    // The first store writes it again, as new: revision 1 once more, other content.
    let mut again = offer("o-1");
    again.draft.settings.name = "Written anew".into();
    assert!(matches!(first.save(&again), Err(SaveError::Stale { .. })));
    first.reload_offer(&again.id).unwrap();
    first.save(&again).unwrap();
    // The store still holding the old revision 1 must not overwrite it.
    let mut stale = offer("o-1");
    stale.draft.settings.name = "From the past".into();
    assert!(matches!(behind.save(&stale), Err(SaveError::Stale { .. })));
    let (_, loaded) = Store::load(&storage);
    assert_eq!(loaded.offers[0].draft.settings.name, "Written anew");
}
