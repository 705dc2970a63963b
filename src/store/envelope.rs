//! The versioned envelope around every stored value.

use super::migrate::{migrate, MigrateError};
use super::packing::{pack, unpack};
use super::shared_images;
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use serde_json::Value;

/// The schema version this build writes.
pub const SCHEMA: u32 = 4;

/// A stored value with the schema it was written in and its revision, which grows by one
/// at each write so that a stale writer can be detected.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope<T> {
    /// The schema version of `data` (after [`Envelope::decode`], always [`SCHEMA`]: older
    /// data has been migrated).
    pub schema: u32,
    /// How many times the value has been written (0 for a value from before the envelope).
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

/// The schema and revision of a stored value, read without interpreting its data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    /// The schema it was written in (0 for a bare value without an envelope).
    pub schema: u32,
    /// Its revision (0 for a bare value).
    pub revision: u64,
}

/// The envelope as stored, with its data not yet interpreted: either `data` (plain JSON) or,
/// from schema 2, `packed` (the data's JSON, packed by [`super::packing`]).
#[derive(Deserialize)]
struct Wire {
    schema: u32,
    revision: u64,
    #[serde(default)]
    data: Option<Value>,
    #[serde(default)]
    packed: Option<String>,
}

/// The data part of stored text, not yet interpreted (unpacking waits until it is needed:
/// reading a header must stay cheap, as every write checks the stored revision).
enum Body {
    Plain(Value),
    Packed(String),
}

impl Body {
    fn into_value(self) -> Result<Value, ReadError> {
        match self {
            Body::Plain(value) => Ok(value),
            Body::Packed(packed) => {
                let text = unpack(&packed).map_err(|e| ReadError::Corrupt(e.to_string()))?;
                let mut value: Value =
                    serde_json::from_str(&text).map_err(|e| ReadError::Corrupt(e.to_string()))?;
                shared_images::restore(&mut value).map_err(ReadError::Corrupt)?;
                Ok(value)
            }
        }
    }
}

/// Splits stored text into its header and its data. A JSON value that is not an object
/// with a `schema` field is a bare value of schema 0.
fn split(text: &str) -> Result<(Header, Body), ReadError> {
    let value: Value = serde_json::from_str(text).map_err(|e| ReadError::Corrupt(e.to_string()))?;
    let wrapped = matches!(&value, Value::Object(map) if map.contains_key("schema"));
    if !wrapped {
        let header = Header {
            schema: 0,
            revision: 0,
        };
        return Ok((header, Body::Plain(value)));
    }
    let wire: Wire =
        serde_json::from_value(value).map_err(|e| ReadError::Corrupt(e.to_string()))?;
    let header = Header {
        schema: wire.schema,
        revision: wire.revision,
    };
    let body = match (wire.data, wire.packed) {
        (Some(data), None) => Body::Plain(data),
        (None, Some(packed)) => Body::Packed(packed),
        // A newer build may store its data otherwise: it is reported, never read.
        _ if header.schema > SCHEMA => Body::Plain(Value::Null),
        (Some(_), Some(_)) => return Err(ReadError::Corrupt("both data and packed".into())),
        (None, None) => return Err(ReadError::Corrupt("missing field `data`".into())),
    };
    Ok((header, body))
}

impl Header {
    /// Reads the header of stored text.
    pub fn read(text: &str) -> Result<Header, ReadError> {
        split(text).map(|(header, _)| header)
    }
}

/// JSON text of `value`, always through a [`Value`]: every stored type then has one
/// serialiser in the bundle (the merge and the export need values anyway), not one per
/// output format, which saves tens of kilobytes of wasm for a copy the size of one offer.
fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_json::Error> {
    serde_json::to_value(value).map(|value| value.to_string())
}

impl<T: Serialize> Envelope<T> {
    /// The JSON text to store.
    pub fn encode(&self) -> Result<String, serde_json::Error> {
        to_json(self)
    }

    /// The text to store with the data packed ([`super::packing`]): for offers, whose JSON
    /// is large and repetitive. The schema and revision stay readable so that any build can
    /// tell whose value it is and whether it is stale.
    pub fn encode_packed(&self) -> Result<String, serde_json::Error> {
        Ok(Self::packed_text(
            self.revision,
            &Self::pack_data(&self.data)?,
        ))
    }

    /// The packed form of `data`'s JSON ([`super::packing`]), each image copy in it once
    /// (`store::shared_images`).
    pub fn pack_data(data: &T) -> Result<String, serde_json::Error> {
        let mut value = serde_json::to_value(data)?;
        shared_images::share(&mut value);
        Ok(pack(&value.to_string()))
    }

    /// The stored text of a packed envelope of the current schema at `revision`.
    pub fn packed_text(revision: u64, packed: &str) -> String {
        // Three plain fields: written by hand, it cannot fail and costs no serialiser.
        let packed = Value::from(packed).to_string();
        format!(r#"{{"packed":{packed},"revision":{revision},"schema":{SCHEMA}}}"#)
    }
}

impl<T: DeserializeOwned> Envelope<T> {
    /// Reads a stored value, migrating older schemas (including a bare value without an
    /// envelope, schema 0) and refusing one of a newer schema rather than misreading it.
    pub fn decode(text: &str) -> Result<Self, ReadError> {
        let (header, body) = split(text)?;
        let data = if header.schema > SCHEMA {
            Value::Null
        } else {
            body.into_value()?
        };
        let data = migrate(header.schema, data).map_err(|error| match error {
            MigrateError::Newer { schema } => ReadError::NewerSchema(schema),
            step => ReadError::Corrupt(step.to_string()),
        })?;
        let data = T::deserialize(data).map_err(|e| ReadError::Corrupt(e.to_string()))?;
        Ok(Envelope {
            schema: SCHEMA,
            revision: header.revision,
            data,
        })
    }
}
