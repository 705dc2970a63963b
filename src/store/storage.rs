//! The key-value storage the store writes to, and an in-memory one for tests and for
//! browsers that refuse storage.

use std::{cell::RefCell, collections::BTreeMap, fmt};

/// Why a storage call failed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum StorageFault {
    /// The browser has no storage for this page (disabled, or blocked by its settings).
    Unavailable(String),
    /// The quota is full.
    QuotaExceeded,
    /// Any other error the browser raised, with its name.
    Other(String),
}

impl fmt::Display for StorageFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageFault::Unavailable(cause) => write!(f, "storage unavailable: {cause}"),
            StorageFault::QuotaExceeded => write!(f, "QuotaExceededError"),
            StorageFault::Other(name) => write!(f, "{name}"),
        }
    }
}

/// A string key-value storage, as localStorage is.
pub trait Storage {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, StorageFault>;
    /// Stores `value` under `key`.
    fn set(&self, key: &str, value: &str) -> Result<(), StorageFault>;
    /// Removes `key`; removing a missing key is not an error.
    fn remove(&self, key: &str) -> Result<(), StorageFault>;
    /// Every key currently stored.
    fn keys(&self) -> Result<Vec<String>, StorageFault>;
}

/// Storage in memory: for native tests, and the fallback when the browser refuses storage.
#[derive(Debug, Default)]
pub struct MemoryStorage {
    values: RefCell<BTreeMap<String, String>>,
}

impl MemoryStorage {
    /// An empty storage.
    pub fn new() -> Self {
        Self::default()
    }
}

impl Storage for MemoryStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageFault> {
        Ok(self.values.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageFault> {
        self.values
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageFault> {
        self.values.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageFault> {
        Ok(self.values.borrow().keys().cloned().collect())
    }
}

impl<S: Storage + ?Sized> Storage for &S {
    fn get(&self, key: &str) -> Result<Option<String>, StorageFault> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageFault> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StorageFault> {
        (**self).remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StorageFault> {
        (**self).keys()
    }
}

impl<S: Storage + ?Sized> Storage for Box<S> {
    fn get(&self, key: &str) -> Result<Option<String>, StorageFault> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageFault> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StorageFault> {
        (**self).remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StorageFault> {
        (**self).keys()
    }
}
