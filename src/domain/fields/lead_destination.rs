//! The paths of the lead destination (`marketplace.lead_destination`) and of the
//! connection fields of each kind.

use super::{marketplace, names::*};
use crate::domain::form::LeadDestinationKind;
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

/// The connection fields of a kind of destination, in the Editor's order.
pub fn connection(kind: LeadDestinationKind) -> Vec<FieldPath> {
    match kind {
        LeadDestinationKind::None => vec![],
        LeadDestinationKind::AzureTable => vec![connection_string()],
        LeadDestinationKind::DynamicsCrmOnline => vec![url(), user(), password()],
        LeadDestinationKind::HttpsEndpoint => vec![url()],
        LeadDestinationKind::Marketo => vec![server_id(), munchkin_id(), form_id()],
        LeadDestinationKind::Salesforce => vec![org_id()],
    }
}
