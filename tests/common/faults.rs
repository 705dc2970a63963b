//! Storage that can be told to refuse: writes (all, or of keys with a prefix), removals.
//! Shared by the native tests of the store and the session.

use golive::store::{MemoryStorage, Storage, StorageFault};
use std::cell::RefCell;

/// In-memory storage with switches for faults.
#[derive(Default)]
pub struct Faulty {
    pub inner: MemoryStorage,
    /// Writes of keys starting with this are refused with this fault.
    refuse_set: RefCell<Option<(String, StorageFault)>>,
    /// Removals are refused with this fault.
    refuse_remove: RefCell<Option<StorageFault>>,
}

impl Faulty {
    /// Refuses every write with `fault` (a full quota, blocked storage).
    pub fn refuse_writes(&self, fault: StorageFault) {
        *self.refuse_set.borrow_mut() = Some((String::new(), fault));
    }

    /// Refuses writes of keys starting with `prefix`.
    pub fn refuse_writes_to(&self, prefix: &str, fault: StorageFault) {
        *self.refuse_set.borrow_mut() = Some((prefix.to_owned(), fault));
    }

    /// Refuses removals.
    pub fn refuse_removals(&self, fault: StorageFault) {
        *self.refuse_remove.borrow_mut() = Some(fault);
    }

    /// Accepts everything again.
    pub fn heal(&self) {
        *self.refuse_set.borrow_mut() = None;
        *self.refuse_remove.borrow_mut() = None;
    }
}

impl Storage for Faulty {
    fn get(&self, key: &str) -> Result<Option<String>, StorageFault> {
        self.inner.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageFault> {
        if let Some((prefix, fault)) = self.refuse_set.borrow().as_ref() {
            if key.starts_with(prefix.as_str()) {
                return Err(fault.clone());
            }
        }
        self.inner.set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StorageFault> {
        if let Some(fault) = self.refuse_remove.borrow().as_ref() {
            return Err(fault.clone());
        }
        self.inner.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StorageFault> {
        self.inner.keys()
    }
}
