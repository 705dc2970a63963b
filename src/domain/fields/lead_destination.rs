//! The paths of the lead destination (`marketplace.lead_destination`) and of the
//! connection fields of each kind.

use super::{marketplace, names::*};
use crate::domain::path::FieldPath;

/// The destination itself: its kind, and the whole destination.
pub fn section() -> FieldPath {
    marketplace::section().field(LEAD_DESTINATION)
}

/// Azure Table: connection string.
pub fn connection_string() -> FieldPath {
    section().field(CONNECTION_STRING)
}

/// Dynamics CRM Online or HTTPS endpoint: URL.
pub fn url() -> FieldPath {
    section().field(URL)
}

/// Dynamics CRM Online: user name.
pub fn user() -> FieldPath {
    section().field(USER)
}

/// Dynamics CRM Online: password.
pub fn password() -> FieldPath {
    section().field(PASSWORD)
}

/// Marketo: server ID.
pub fn server_id() -> FieldPath {
    section().field(SERVER_ID)
}

/// Marketo: Munchkin account ID.
pub fn munchkin_id() -> FieldPath {
    section().field(MUNCHKIN_ID)
}

/// Marketo: form ID.
pub fn form_id() -> FieldPath {
    section().field(FORM_ID)
}

/// Salesforce: organization ID.
pub fn org_id() -> FieldPath {
    section().field(ORG_ID)
}
