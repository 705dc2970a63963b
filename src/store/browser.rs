//! The browser's localStorage, reached without panicking when it is blocked.

use super::{Storage, StorageFault};
use wasm_bindgen::{JsCast, JsValue};

/// The page's localStorage.
///
/// Reached through `Window::local_storage()` rather than `gloo_storage::LocalStorage::raw()`,
/// which panics (and so aborts the app) when storage is blocked.
pub struct BrowserStorage {
    storage: web_sys::Storage,
}

impl BrowserStorage {
    /// The page's localStorage, or why it cannot be used.
    pub fn open() -> Result<Self, StorageFault> {
        let window =
            web_sys::window().ok_or_else(|| StorageFault::Unavailable("no window".into()))?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(Self { storage }),
            Ok(None) => Err(StorageFault::Unavailable("localStorage is missing".into())),
            Err(error) => Err(StorageFault::Unavailable(error_name(&error))),
        }
    }
}

/// The DOMException name of a JS error (e.g. `QuotaExceededError`), or its text.
fn error_name(error: &JsValue) -> String {
    if let Some(exception) = error.dyn_ref::<web_sys::DomException>() {
        return exception.name();
    }
    error.as_string().unwrap_or_else(|| "unknown error".into())
}

fn fault(error: JsValue) -> StorageFault {
    let name = error_name(&error);
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StorageFault::QuotaExceeded
    } else {
        StorageFault::Other(name)
    }
}

impl Storage for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageFault> {
        self.storage.get_item(key).map_err(fault)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageFault> {
        self.storage.set_item(key, value).map_err(fault)
    }

    fn remove(&self, key: &str) -> Result<(), StorageFault> {
        self.storage.remove_item(key).map_err(fault)
    }

    fn keys(&self) -> Result<Vec<String>, StorageFault> {
        let length = self.storage.length().map_err(fault)?;
        let mut keys = Vec::with_capacity(length as usize);
        for index in 0..length {
            if let Some(key) = self.storage.key(index).map_err(fault)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}
