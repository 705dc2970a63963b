//! The Leptos components: one folder per tab, plus the shell and the Inbox. Components hold
//! view state only; every rule comes from [`crate::domain`].

mod app;
mod download;
mod editor;
mod format;
mod guide;
mod image;
mod inbox;
mod offers;
mod plurals;
pub mod route;
mod shell;
pub mod state;
mod status;
mod sync;
pub mod text;
mod ticker;

pub use app::App;
