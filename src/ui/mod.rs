//! The Leptos components: one folder per tab, plus the shell and the Inbox. Components hold
//! view state only; every rule comes from [`crate::domain`].

mod app;
mod demo;
mod download;
mod editor;
mod format;
mod guide;
mod ids;
mod image;
mod inbox;
pub mod languages;
mod lessons;
mod markup;
mod offer_entry;
mod offers;
mod parts;
mod picked_file;
mod plurals;
pub mod route;
mod scenario;
mod shell;
mod slices;
pub mod state;
mod status;
mod sync;
pub mod text;
mod ticker;

pub use app::App;
