//! What the session's operations answer: each write, each command, each change another tab
//! made, as enums whose variants say what happened, so that no caller has to guess what an
//! `Option` or a `bool` meant.

use crate::domain::{Command, Effect, FieldConflict, Offer, OfferId, Refusal};
use crate::store::StorageFault;

/// What became of one write of an offer (or of the clock).
#[derive(Debug, Clone, PartialEq)]
pub enum Write {
    /// Stored as this tab has it.
    Written,
    /// Another tab had stored a newer version first: this tab's changes were put on top of
    /// it and the result stored. What could not be kept is listed.
    Merged(Merge),
    /// Not written, and never will be by this version: the stored value was written by a
    /// newer version of the app, which this one must not overwrite. The change stays in
    /// this tab only.
    ReadOnly {
        /// The key.
        key: String,
        /// The newer schema.
        schema: u32,
    },
    /// Not written: the change stays in this tab and is written again later.
    Failed(Failure),
}

impl Write {
    /// Whether storage now holds this tab's version (merged or not).
    pub fn is_stored(&self) -> bool {
        matches!(self, Write::Written | Write::Merged(_))
    }
}

/// What a merge onto another tab's version could not keep.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Merge {
    /// Fields both tabs changed: the stored value was kept; this tab's value is in each.
    pub conflicts: Vec<FieldConflict>,
    /// Commands given here that no longer apply to the other tab's version, with why.
    pub dropped: Vec<(Command, Refusal)>,
}

/// Why a write did not happen.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Failure {
    /// Storage refused it (quota full, blocked storage).
    Storage(StorageFault),
    /// Other tabs wrote the same offer again at every attempt.
    KeptChanging,
}

/// Why a command was not applied.
#[derive(Debug, Clone, PartialEq)]
pub enum CommandError {
    /// No such offer in this tab (deleted meanwhile).
    NoSuchOffer,
    /// The offer's stored value is from a newer version: this one changes nothing of it.
    ReadOnly,
    /// The domain refused it; nothing changed.
    Refused(Refusal),
    /// The field a kept value belonged to is gone (its list item was removed meanwhile).
    FieldGone,
}

/// A command that was applied.
#[derive(Debug, Clone, PartialEq)]
pub struct Commanded {
    /// What happened, in order (for announcements).
    pub effects: Vec<Effect>,
    /// Whether it was stored.
    pub write: Write,
}

/// An offer moved on by time: a deadline passed.
#[derive(Debug, Clone, PartialEq)]
pub struct Advanced {
    /// What happened, in order.
    pub effects: Vec<Effect>,
    /// Whether it was stored.
    pub write: Write,
}

/// What a change another tab made to one offer meant here.
#[derive(Debug, Clone, PartialEq)]
pub enum Elsewhere<C> {
    /// Nothing to show: the stored value is the one shown.
    Unchanged,
    /// The offer shown changed (this tab's unwritten edits kept on top of it).
    Updated,
    /// An offer this tab did not show: its cell, to add to the list.
    Added(C),
    /// The offer was deleted there, and this tab had nothing unwritten of it.
    Removed,
    /// It was written by a newer version: shown as it was, read-only from now on.
    ReadOnly,
    /// Its stored value could not be read and was set aside (a notice says so).
    SetAside,
}

/// Why an offer was not deleted; nothing changed in storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeleteError {
    /// No such offer in this tab.
    NoSuchOffer,
    /// Another tab changed it in between: its version is shown now, to delete again if
    /// still wanted.
    ChangedElsewhere,
    /// Written by a newer version: this one does not delete it.
    ReadOnly,
    /// Storage refused.
    Failed(StorageFault),
}

/// A deleted offer, kept by the caller so that the delete can be undone.
#[derive(Debug, Clone, PartialEq)]
pub struct Deleted {
    /// The offer as it was.
    pub offer: Offer,
}

/// Why an offer could not be added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddError {
    /// An offer with this identity is already shown.
    Exists(OfferId),
}
