//! The frame around the tabs: header, storage notices and the tab list.

mod confirm_dialog;
mod conflict_notice;
mod dialog;
mod dropped_notice;
mod header;
mod index_notice;
mod language;
mod language_notice;
mod notices;
mod quarantine_notice;
mod read_only_notice;
mod tabs;
mod time_controls;
mod update_notice;
mod write_failed_notice;

pub use confirm_dialog::ConfirmDialog;
pub use conflict_notice::ConflictNotice;
pub use dialog::keep_focus_inside;
pub use dropped_notice::DroppedNotice;
pub use header::Header;
pub use index_notice::IndexNotice;
pub use language::{initial_locale, language_name, LanguagePicker};
pub use language_notice::LanguageNotice;
pub use notices::Notices;
pub use quarantine_notice::QuarantineNotice;
pub use read_only_notice::ReadOnlyNotice;
pub use tabs::{focus_element, tab_key_target, TabList, TabPanel};
pub use time_controls::TimeControls;
pub use update_notice::UpdateNotice;
pub use write_failed_notice::WriteFailedNotice;
