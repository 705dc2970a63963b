//! The storage notices a person must see: what loading set aside or repaired, values of a
//! newer version, writes that storage refused, conflicts with another tab. Which notices
//! stand is decided here, beside the saving they are about, and tested natively; the
//! interface only puts them into words.

use super::{LoadProblem, QuarantineKind, Store};
use crate::domain::{Command, FieldConflict, OfferId, Refusal};
use crate::store::session::Failure;
use crate::store::Storage;

/// A message about storage that stays on screen until the situation changes or the person
/// dismisses it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Notice {
    /// The browser refuses storage: offers live only in this tab.
    StorageUnavailable,
    /// Writes failed; the changes are kept in this tab and written when storage accepts
    /// them.
    WriteFailed {
        /// Why the last write failed.
        failure: Failure,
        /// How many offers wait to be written (0: only the clock).
        pending: usize,
    },
    /// Stored values that could not be read were set aside; each can be downloaded.
    Quarantined(Vec<SetAside>),
    /// Values written by a newer version of the app: shown read-only, never written over.
    ReadOnly(Vec<NewerValue>),
    /// The list of offers was repaired at load.
    IndexRepaired(Vec<IndexRepair>),
    /// Another tab changed a field this tab had changed too: its value was kept, and this
    /// tab's value can be put back.
    Conflict(Conflict),
    /// A command given here no longer applied once another tab's version was taken.
    Dropped(DroppedCommand),
}

/// A stored value that was set aside because it could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SetAside {
    /// The key it was stored under.
    pub key: String,
    /// The quarantine key holding its text, unchanged, for download.
    pub quarantined_as: String,
    /// Why.
    pub why: SetAsideWhy,
}

/// Why a value was set aside, as far as this visit knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SetAsideWhy {
    /// Found unreadable now, for this reason.
    Now(QuarantineKind),
    /// Set aside on an earlier visit (the reason was not kept).
    EarlierVisit,
}

/// A value written by a newer version.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct NewerValue {
    /// Its key.
    pub key: String,
    /// Its schema.
    pub schema: u32,
}

/// One repair of the list of offers at load.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IndexRepair {
    /// The list named an offer that is not stored: the entry was dropped.
    Missing(OfferId),
    /// A stored offer was not in the list: it was listed again.
    Unlisted(OfferId),
}

/// A field both tabs changed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Conflict {
    /// The offer.
    pub offer: OfferId,
    /// Its name, to say which offer.
    pub offer_name: String,
    /// The field, the value kept and this tab's value.
    pub field: FieldConflict,
}

/// A command that another tab's version made impossible.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DroppedCommand {
    /// The offer.
    pub offer: OfferId,
    /// Its name.
    pub offer_name: String,
    /// The command.
    pub command: Command,
    /// Why it no longer applies.
    pub refusal: Refusal,
}

/// The notices standing now, in the order they arose.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Notices(Vec<Notice>);

impl Notices {
    /// The notices a load calls for: values set aside now (with why) or on an earlier
    /// visit, values of a newer schema, and repairs of the list.
    pub fn after_load<S: Storage>(store: &Store<S>, problems: &[LoadProblem]) -> Notices {
        let mut set_aside: Vec<SetAside> = problems
            .iter()
            .filter_map(|problem| match problem {
                LoadProblem::Quarantined {
                    key,
                    quarantined_as,
                    kind,
                    ..
                } => Some(SetAside {
                    key: key.clone(),
                    quarantined_as: quarantined_as.clone(),
                    why: SetAsideWhy::Now(*kind),
                }),
                _ => None,
            })
            .collect();
        let prefix = super::quarantine_key("");
        for quarantined_as in store.quarantined() {
            if set_aside
                .iter()
                .any(|item| item.quarantined_as == quarantined_as)
            {
                continue;
            }
            let key = quarantined_as
                .strip_prefix(&prefix)
                .map(|rest| rest.split('#').next().unwrap_or(rest).to_owned())
                .unwrap_or_else(|| quarantined_as.clone());
            set_aside.push(SetAside {
                key,
                quarantined_as,
                why: SetAsideWhy::EarlierVisit,
            });
        }
        let read_only: Vec<NewerValue> = problems
            .iter()
            .filter_map(|problem| match problem {
                LoadProblem::NewerSchema { key, schema } => Some(NewerValue {
                    key: key.clone(),
                    schema: *schema,
                }),
                _ => None,
            })
            .collect();
        let repaired: Vec<IndexRepair> = problems
            .iter()
            .filter_map(|problem| match problem {
                LoadProblem::MissingOffer { id } => Some(IndexRepair::Missing(id.clone())),
                LoadProblem::NotInIndex { id } => Some(IndexRepair::Unlisted(id.clone())),
                _ => None,
            })
            .collect();
        let mut notices = Notices::default();
        if !repaired.is_empty() {
            notices.0.push(Notice::IndexRepaired(repaired));
        }
        if !set_aside.is_empty() {
            notices.0.push(Notice::Quarantined(set_aside));
        }
        if !read_only.is_empty() {
            notices.0.push(Notice::ReadOnly(read_only));
        }
        notices
    }

    /// Every notice standing, oldest first.
    pub fn list(&self) -> &[Notice] {
        &self.0
    }

    /// Adds a notice unless an equal one stands.
    pub fn add(&mut self, notice: Notice) {
        if !self.0.contains(&notice) {
            self.0.push(notice);
        }
    }

    /// Removes one notice (the data it is about stays where it is).
    pub fn dismiss(&mut self, notice: &Notice) {
        self.0.retain(|known| known != notice);
    }

    /// Names one more value of a newer version (once).
    pub fn add_read_only(&mut self, key: String, schema: u32) {
        let value = NewerValue { key, schema };
        let listed = self.0.iter_mut().find_map(|notice| match notice {
            Notice::ReadOnly(values) => Some(values),
            _ => None,
        });
        match listed {
            Some(values) if values.iter().any(|known| known.key == value.key) => {}
            Some(values) => values.push(value),
            None => self.0.push(Notice::ReadOnly(vec![value])),
        }
    }

    /// Names a value set aside while the app ran (another tab stored something unreadable).
    pub fn add_set_aside(&mut self, problem: &LoadProblem) {
        let LoadProblem::Quarantined {
            key,
            quarantined_as,
            kind,
            ..
        } = problem
        else {
            return;
        };
        let item = SetAside {
            key: key.clone(),
            quarantined_as: quarantined_as.clone(),
            why: SetAsideWhy::Now(*kind),
        };
        match self.0.iter_mut().find_map(|notice| match notice {
            Notice::Quarantined(items) => Some(items),
            _ => None,
        }) {
            Some(items) if items.contains(&item) => {}
            Some(items) => items.push(item),
            None => self.0.push(Notice::Quarantined(vec![item])),
        }
    }

    /// Shows what is still waiting to be written: a notice while anything waits, naming the
    /// last failure (`failure`, or the one already shown when this write had none); none
    /// once everything is written.
    pub fn waiting(&mut self, failure: Option<Failure>, pending_offers: usize, clock: bool) {
        let shown = self.0.iter().find_map(|notice| match notice {
            Notice::WriteFailed { failure, .. } => Some(failure.clone()),
            _ => None,
        });
        let wanted = match failure.or(shown) {
            Some(failure) if pending_offers > 0 || clock => Some(Notice::WriteFailed {
                failure,
                pending: pending_offers,
            }),
            _ => None,
        };
        let position = self
            .0
            .iter()
            .position(|notice| matches!(notice, Notice::WriteFailed { .. }));
        match (position, wanted) {
            (Some(at), Some(wanted)) => self.0[at] = wanted,
            (None, Some(wanted)) => self.0.push(wanted),
            (Some(at), None) => {
                self.0.remove(at);
            }
            (None, None) => {}
        }
    }
}
