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
    ///
    /// A storage that refuses every write (as some private modes do: reads work, writes
    /// throw) is as good as none: a probe write to an empty storage tells it from a full
    /// one, which still holds the user's data and frees up when something is deleted.
    pub fn open() -> Result<Self, StorageFault> {
        let window =
            web_sys::window().ok_or_else(|| StorageFault::Unavailable("no window".into()))?;
        let storage = match window.local_storage() {
            Ok(Some(storage)) => storage,
            Ok(None) => return Err(StorageFault::Unavailable("localStorage is missing".into())),
            Err(error) => return Err(StorageFault::Unavailable(error_name(&error))),
        };
        let probe = format!("{}probe", super::PREFIX);
        match storage.set_item(&probe, "") {
            Ok(()) => {
                let _ = storage.remove_item(&probe);
                Ok(Self { storage })
            }
            Err(error) => {
                let empty = storage.length().map_or(true, |length| length == 0);
                match fault(error) {
                    StorageFault::QuotaExceeded if !empty => Ok(Self { storage }),
                    fault => Err(StorageFault::Unavailable(fault.to_string())),
                }
            }
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
