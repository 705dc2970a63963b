//! The All offers list: filters, sorting, duplicates.
#![cfg(not(target_arch = "wasm32"))]

use golive::domain::{
    apply, duplicate, sample, Command, ListQuery, Offer, OfferId, Page, SimClock, SimTime, SortKey,
    StatusGroup, WallTime, PAGE_SIZE,
};

fn offer(id: &str, name: &str, offer_id: &str, changed: i64) -> Offer {
    let mut offer = Offer::new(OfferId(id.into()), name.into(), SimTime(changed));
    offer.draft.settings.offer_id = offer_id.into();
    offer
}

fn ids(list: Vec<OfferId>) -> Vec<String> {
    list.into_iter().map(|id| id.0).collect()
}

fn published(id: &str, name: &str) -> Offer {
    let mut offer = Offer::new(OfferId(id.into()), name.into(), SimTime(0));
    offer.draft = sample::complete_form();
    offer.draft.settings.name = name.into();
    let clock = SimClock::new(WallTime(0), SimTime(0));
    apply(&offer, Command::Publish { seed: 7 }, &clock, WallTime(0))
        .expect("a complete form publishes")
        .offer
}

#[test]
fn text_filter_matches_name_or_offer_id_case_insensitively() {
    let offers = [
        offer("a", "Contoso Ubuntu", "contoso-ubuntu", 1),
        offer("b", "Fabrikam SQL", "fab-sql", 2),
        offer("c", "Northwind", "ubuntu-edge", 3),
    ];
    let query = ListQuery {
        text: " UBUNTU ".into(),
        ..ListQuery::default()
    };
    assert_eq!(ids(query.select(&offers)), ["a", "c"]);
}

#[test]
fn status_filter_keeps_only_that_group() {
    let offers = [
        offer("a", "Draft one", "", 1),
        published("b", "Running one"),
    ];
    let drafts = ListQuery {
        status: Some(StatusGroup::Draft),
        ..ListQuery::default()
    };
    assert_eq!(ids(drafts.select(&offers)), ["a"]);
    let running = ListQuery {
        status: Some(StatusGroup::InProgress),
        ..ListQuery::default()
    };
    assert_eq!(ids(running.select(&offers)), ["b"]);
}

#[test]
fn sorting_by_name_ignores_case_and_can_be_reversed() {
    let offers = [
        offer("a", "beta", "", 1),
        offer("b", "Alpha", "", 2),
        offer("c", "gamma", "", 3),
    ];
    let mut query = ListQuery {
        sort: SortKey::Name,
        ..ListQuery::default()
    };
    assert_eq!(ids(query.select(&offers)), ["b", "a", "c"]);
    query.descending = true;
    assert_eq!(ids(query.select(&offers)), ["c", "a", "b"]);
}

#[test]
fn sorting_by_last_change_puts_the_newest_first_when_descending() {
    let offers = [
        offer("a", "x", "", 30),
        offer("b", "y", "", 10),
        offer("c", "z", "", 20),
    ];
    let query = ListQuery {
        sort: SortKey::Changed,
        descending: true,
        ..ListQuery::default()
    };
    assert_eq!(ids(query.select(&offers)), ["a", "c", "b"]);
}

#[test]
fn sorting_by_status_follows_the_flow() {
    let offers = [published("a", "Running"), offer("b", "Draft", "", 1)];
    let query = ListQuery {
        sort: SortKey::Status,
        ..ListQuery::default()
    };
    assert_eq!(ids(query.select(&offers)), ["b", "a"]);
}

#[test]
fn a_duplicate_is_a_fresh_draft_with_the_same_form_and_a_new_offer_id() {
    let original = published("a", "Contoso");
    let copy = duplicate(
        &original,
        OfferId("b".into()),
        "Copy of Contoso".into(),
        SimTime(99),
    );
    assert_eq!(copy.id, OfferId("b".into()));
    assert_eq!(copy.draft.settings.name, "Copy of Contoso");
    assert_eq!(
        copy.draft.settings.offer_id,
        format!("{}-copy", original.draft.settings.offer_id)
    );
    assert_eq!(copy.draft.skus, original.draft.skus);
    assert!(copy.run.is_none() && copy.live.is_none() && copy.history.is_empty());
    assert_eq!(copy.created, SimTime(99));
}

#[test]
fn pages_split_the_list_and_clamp_to_the_last_page() {
    let empty = Page::of(0, 3);
    assert_eq!(
        (empty.index, empty.count, empty.start, empty.end),
        (0, 1, 0, 0)
    );
    assert!(!empty.has_previous() && !empty.has_next());

    let first = Page::of(250, 0);
    assert_eq!((first.count, first.start, first.end), (3, 0, PAGE_SIZE));
    assert!(!first.has_previous() && first.has_next());

    // A page past the end (the list shrank under it) shows the last one, partly filled.
    let last = Page::of(250, 9);
    assert_eq!((last.index, last.start, last.end), (2, 200, 250));
    assert!(last.has_previous() && !last.has_next());

    let exact = Page::of(200, 1);
    assert_eq!((exact.count, exact.start, exact.end), (2, 100, 200));
    assert!(!exact.has_next());
}
