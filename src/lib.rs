//! golive: a browser simulator of the Azure Marketplace go-live flow for virtual machine
//! offers.
//!
//! Three rooms, data flowing one way: [`ui`] turns browser events into commands, [`domain`]
//! applies the product's rules as pure functions, and [`store`] keeps the result in the
//! browser's storage.

pub mod domain;
pub mod store;
pub mod ui;

// The `i18n` module, generated from `locales/` by `build.rs`: translation keys are checked
// at compile time.
include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));
