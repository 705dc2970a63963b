//! The domain's failures, remedies, history and lead records put into words for the Status
//! tab (and the Inbox, whose emails say the same things), one file per concern.

mod certification;
mod failure;
mod fields;
mod history;
mod names;

pub use certification::{certification_text, check_name, not_checked_text, verdict_text};
pub use failure::{failure_lines, fault_text, remedy_text};
pub use fields::field_label;
pub use history::history_text;
pub use names::{destination_text, lead_source_text, step_state_text};
