//! Field paths in the words a publisher knows.

use crate::domain::fields::{self, names};
use crate::domain::FieldPath;
use crate::i18n::*;

/// A field path as the words a publisher knows, e.g. "SKU 1 › disk version 1 › OS VHD URL",
/// or "Lead destination › Organization ID" (the lead destination is its own Editor section,
/// named as the Editor names it).
pub fn field_label(path: &FieldPath) -> String {
    let i18n = use_i18n();
    let lead = fields::lead_destination::section();
    if path.is_within(&lead) {
        let section = t_string!(i18n, editor.section_lead).to_string();
        return match path.segments().last() {
            Some((name, _)) if path != &lead => format!("{section} › {}", lead_field_label(name)),
            _ => section,
        };
    }
    path.segments()
        .into_iter()
        .map(|(name, index)| {
            let n = index.map(|i| i + 1).unwrap_or(0);
            match (name, index) {
                (names::SKUS, Some(_)) => t_string!(i18n, status.field_sku, n = n).to_string(),
                (names::SKUS, None) => t_string!(i18n, status.field_skus).to_string(),
                (names::DISK_VERSIONS, Some(_)) => {
                    t_string!(i18n, status.field_disk_version, n = n).to_string()
                }
                (names::DISK_VERSIONS, None) => {
                    t_string!(i18n, status.field_disk_versions).to_string()
                }
                (names::DATA_DISKS, Some(_)) => {
                    t_string!(i18n, status.field_data_disk, n = n).to_string()
                }
                (names::DATA_DISKS, None) => t_string!(i18n, status.field_data_disks).to_string(),
                (names::OS_VHD_URL, _) => t_string!(i18n, status.field_os_vhd_url).to_string(),
                (names::OS_DISK_SIZE_GB, _) => {
                    t_string!(i18n, status.field_os_disk_size).to_string()
                }
                (names::VHD_URL, _) => t_string!(i18n, status.field_vhd_url).to_string(),
                (names::SIZE_GB, _) => t_string!(i18n, status.field_size).to_string(),
                (names::LUN, _) => t_string!(i18n, status.field_lun).to_string(),
                (names::MARKETPLACE, _) => t_string!(i18n, status.field_marketplace).to_string(),
                // A field no failure names today: its technical name is still precise.
                (other, Some(_)) => format!("{other} {n}"),
                (other, None) => other.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" › ")
}

/// A lead destination's connection field, named as the Editor labels it (a URL is the
/// instance's or the endpoint's, depending on the destination: plain "URL" fits both).
pub fn lead_field_label(name: &str) -> String {
    let i18n = use_i18n();
    match name {
        names::CONNECTION_STRING => t_string!(i18n, editor.field_connection_string).to_string(),
        names::URL => t_string!(i18n, status.field_lead_url).to_string(),
        names::USER => t_string!(i18n, editor.field_dynamics_user).to_string(),
        names::PASSWORD => t_string!(i18n, editor.field_dynamics_password).to_string(),
        names::SERVER_ID => t_string!(i18n, editor.field_marketo_server).to_string(),
        names::MUNCHKIN_ID => t_string!(i18n, editor.field_marketo_munchkin).to_string(),
        names::FORM_ID => t_string!(i18n, editor.field_marketo_form).to_string(),
        names::ORG_ID => t_string!(i18n, editor.field_salesforce_org).to_string(),
        // An Azure Table connection string's own parts (AccountKey ...) keep their names.
        other => other.to_string(),
    }
}
