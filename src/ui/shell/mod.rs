//! The frame around the tabs: header, storage notices and the tab list.

mod dialog;
mod header;
mod language;
mod notices;
mod tabs;
mod time_controls;

pub use dialog::keep_focus_inside;
pub use header::Header;
pub use language::{initial_locale, LanguagePicker};
pub use notices::Notices;
pub use tabs::{focus_element, tab_key_target, TabList, TabPanel};
pub use time_controls::TimeControls;
