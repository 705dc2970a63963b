//! The All offers list: which offers a filter keeps, in which order, and what a duplicate
//! of an offer starts as.

use super::offer::{Offer, OfferId};
use super::status::{status_of, OfferStatus};
use super::step::Step;
use super::time::SimTime;
use serde::{Deserialize, Serialize};

/// A group of statuses to filter the list by (the running step does not matter here).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StatusGroup {
    /// Never published.
    Draft,
    /// A run is going on, at any step before sign-off.
    InProgress,
    /// A step failed.
    AttentionNeeded,
    /// At Publisher Signoff.
    WaitingForSignoff,
    /// The last run was canceled, nothing live.
    Canceled,
    /// Live, with or without a draft.
    Live,
}

impl StatusGroup {
    /// Every group, in the order a publisher meets them.
    pub const ALL: [StatusGroup; 6] = [
        StatusGroup::Draft,
        StatusGroup::InProgress,
        StatusGroup::AttentionNeeded,
        StatusGroup::WaitingForSignoff,
        StatusGroup::Canceled,
        StatusGroup::Live,
    ];

    /// The group a status belongs to.
    pub fn of(status: OfferStatus) -> StatusGroup {
        match status {
            OfferStatus::Draft => StatusGroup::Draft,
            OfferStatus::Running(_) => StatusGroup::InProgress,
            OfferStatus::AttentionNeeded(_) => StatusGroup::AttentionNeeded,
            OfferStatus::WaitingForSignoff => StatusGroup::WaitingForSignoff,
            OfferStatus::Canceled => StatusGroup::Canceled,
            OfferStatus::Live | OfferStatus::LiveWithDraft => StatusGroup::Live,
        }
    }
}

/// The column the list is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum SortKey {
    /// The offer's name, case-insensitively.
    Name,
    /// The form's Offer ID.
    OfferId,
    /// The last change.
    #[default]
    Changed,
    /// The status, in the order of the flow.
    Status,
}

/// What the All offers list shows: a text filter, a status filter and a sort.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ListQuery {
    /// Kept offers contain this text in their name or Offer ID (case-insensitive); empty
    /// keeps all.
    pub text: String,
    /// Kept offers are in this group; `None` keeps all.
    pub status: Option<StatusGroup>,
    /// The sort column.
    pub sort: SortKey,
    /// Sort from the largest (newest, last) down.
    pub descending: bool,
}

/// A rank of a status in the flow, so that sorting by status follows the steps.
fn status_rank(status: OfferStatus) -> (u8, u8) {
    let step = |step: Step| step.number();
    match status {
        OfferStatus::Draft => (0, 0),
        OfferStatus::Running(s) => (1, step(s)),
        OfferStatus::AttentionNeeded(s) => (2, step(s)),
        OfferStatus::WaitingForSignoff => (3, 0),
        OfferStatus::Canceled => (4, 0),
        OfferStatus::LiveWithDraft => (5, 0),
        OfferStatus::Live => (6, 0),
    }
}

impl ListQuery {
    /// Whether `offer` passes the filters.
    pub fn keeps(&self, offer: &Offer) -> bool {
        let text = self.text.trim().to_lowercase();
        let text_matches = text.is_empty()
            || offer.draft.settings.name.to_lowercase().contains(&text)
            || offer.draft.settings.offer_id.to_lowercase().contains(&text);
        let status_matches = self
            .status
            .is_none_or(|group| StatusGroup::of(status_of(offer)) == group);
        text_matches && status_matches
    }

    /// The identities of the offers that pass the filters, in the query's order. Ties keep
    /// the offers' own order (creation order), so the list never jumps between renders.
    pub fn select<'a>(&self, offers: impl IntoIterator<Item = &'a Offer>) -> Vec<OfferId> {
        let mut kept: Vec<&Offer> = offers.into_iter().filter(|o| self.keeps(o)).collect();
        kept.sort_by(|a, b| {
            let order = match self.sort {
                SortKey::Name => a
                    .draft
                    .settings
                    .name
                    .to_lowercase()
                    .cmp(&b.draft.settings.name.to_lowercase()),
                SortKey::OfferId => a.draft.settings.offer_id.cmp(&b.draft.settings.offer_id),
                SortKey::Changed => a.changed.cmp(&b.changed),
                SortKey::Status => status_rank(status_of(a)).cmp(&status_rank(status_of(b))),
            };
            if self.descending {
                order.reverse()
            } else {
                order
            }
        });
        kept.into_iter().map(|offer| offer.id.clone()).collect()
    }
}

/// Rows on one page of the All offers table: enough to scan by eye, few enough that
/// thousands of stored offers never put thousands of rows in the page.
pub const PAGE_SIZE: usize = 100;

/// One page of a list of `total` rows, [`PAGE_SIZE`] rows a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    /// Its index, from 0; always a page that exists (0 for an empty list).
    pub index: usize,
    /// How many pages the list has (at least 1).
    pub count: usize,
    /// The rows it shows: `start..end` of the list.
    pub start: usize,
    /// One past its last row.
    pub end: usize,
}

impl Page {
    /// The page `wanted` of a list of `total` rows, or its last page when `wanted` is past
    /// the end (after a filter or a delete shortened the list).
    pub fn of(total: usize, wanted: usize) -> Page {
        let count = total.div_ceil(PAGE_SIZE).max(1);
        let index = wanted.min(count - 1);
        let start = index * PAGE_SIZE;
        Page {
            index,
            count,
            start,
            end: (start + PAGE_SIZE).min(total),
        }
    }

    /// Whether there is a page before this one.
    pub fn has_previous(&self) -> bool {
        self.index > 0
    }

    /// Whether there is a page after this one.
    pub fn has_next(&self) -> bool {
        self.index + 1 < self.count
    }
}

/// A new draft offer with a copy of `offer`'s draft form and nothing else: no run, no live
/// version, no history. The copy's Offer ID gets a `-copy` suffix when it fits the ID rule's
/// 50 characters, since two offers cannot go live under one ID.
pub fn duplicate(offer: &Offer, id: OfferId, name: String, now: SimTime) -> Offer {
    let mut copy = Offer::new(id, String::new(), now);
    copy.draft = offer.draft.clone();
    copy.draft.settings.name = name;
    let offer_id = &offer.draft.settings.offer_id;
    if !offer_id.is_empty() && offer_id.chars().count() <= 45 {
        copy.draft.settings.offer_id = format!("{offer_id}-copy");
    }
    copy
}
