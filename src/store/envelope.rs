//! The versioned envelope around every stored value.

use serde::{de::DeserializeOwned, Deserialize, Serialize};

/// The schema version this build writes.
pub const SCHEMA: u32 = 1;

/// A stored value with the schema it was written in and its revision, which grows by one
/// at each write so that a stale writer can be detected.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope<T> {
    /// The schema version of `data`.
    pub schema: u32,
    /// How many times the value has been written.
    pub revision: u64,
    /// The value itself.
    pub data: T,
}

/// Why a stored value could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON, or not the expected shape; the parser's message.
    Corrupt(String),
    /// Written by a newer version of the app: left untouched.
    NewerSchema(u32),
}

impl<T: Serialize> Envelope<T> {
    /// The JSON text to store.
    pub fn encode(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(self)
    }
}

impl<T: DeserializeOwned> Envelope<T> {
    /// Reads a stored value, refusing one of a newer schema rather than misreading it.
    pub fn decode(text: &str) -> Result<Self, ReadError> {
        #[derive(Deserialize)]
        struct Header {
            schema: u32,
        }
        let header: Header =
            serde_json::from_str(text).map_err(|e| ReadError::Corrupt(e.to_string()))?;
        if header.schema > SCHEMA {
            return Err(ReadError::NewerSchema(header.schema));
        }
        serde_json::from_str(text).map_err(|e| ReadError::Corrupt(e.to_string()))
    }
}
