//! Field paths in the words a publisher knows.

use crate::domain::FieldPath;
use crate::i18n::*;

/// A field path as the words a publisher knows, e.g. "SKU 1 › disk version 1 › OS VHD URL",
/// or "Lead destination › Organization ID" (the lead destination is its own Editor section,
/// named as the Editor names it).
pub fn field_label(path: &FieldPath) -> String {
    let i18n = use_i18n();
    if let Some(rest) = path.as_str().strip_prefix("marketplace.lead_destination") {
        let section = t_string!(i18n, editor.section_lead).to_string();
        return match rest.strip_prefix('.') {
            Some(name) => format!("{section} › {}", lead_field_label(name)),
            None => section,
        };
    }
    segments(path.as_str())
        .into_iter()
        .map(|(name, index)| {
            let n = index.map(|i| i + 1).unwrap_or(0);
            match (name, index) {
                ("skus", Some(_)) => t_string!(i18n, status.field_sku, n = n).to_string(),
                ("skus", None) => t_string!(i18n, status.field_skus).to_string(),
                ("disk_versions", Some(_)) => {
                    t_string!(i18n, status.field_disk_version, n = n).to_string()
                }
                ("disk_versions", None) => t_string!(i18n, status.field_disk_versions).to_string(),
                ("data_disks", Some(_)) => {
                    t_string!(i18n, status.field_data_disk, n = n).to_string()
                }
                ("data_disks", None) => t_string!(i18n, status.field_data_disks).to_string(),
                ("os_vhd_url", _) => t_string!(i18n, status.field_os_vhd_url).to_string(),
                ("os_disk_size_gb", _) => t_string!(i18n, status.field_os_disk_size).to_string(),
                ("vhd_url", _) => t_string!(i18n, status.field_vhd_url).to_string(),
                ("size_gb", _) => t_string!(i18n, status.field_size).to_string(),
                ("lun", _) => t_string!(i18n, status.field_lun).to_string(),
                ("marketplace", _) => t_string!(i18n, status.field_marketplace).to_string(),
                ("lead_destination", _) => {
                    t_string!(i18n, status.field_lead_destination).to_string()
                }
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
        "connection_string" => t_string!(i18n, editor.field_connection_string).to_string(),
        "url" => t_string!(i18n, status.field_lead_url).to_string(),
        "user" => t_string!(i18n, editor.field_dynamics_user).to_string(),
        "password" => t_string!(i18n, editor.field_dynamics_password).to_string(),
        "server_id" => t_string!(i18n, editor.field_marketo_server).to_string(),
        "munchkin_id" => t_string!(i18n, editor.field_marketo_munchkin).to_string(),
        "form_id" => t_string!(i18n, editor.field_marketo_form).to_string(),
        "org_id" => t_string!(i18n, editor.field_salesforce_org).to_string(),
        // An Azure Table connection string's own parts (AccountKey ...) keep their names.
        other => other.to_string(),
    }
}

/// The parts of a field path: each name with its list position, if any
/// (`skus[0].title` is `[("skus", Some(0)), ("title", None)]`).
pub fn segments(path: &str) -> Vec<(&str, Option<usize>)> {
    path.split('.')
        .filter(|part| !part.is_empty())
        .map(|part| match part.split_once('[') {
            Some((name, rest)) => (name, rest.trim_end_matches(']').parse().ok()),
            None => (part, None),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::segments;

    #[test]
    fn a_path_splits_into_names_and_list_positions() {
        assert_eq!(
            segments("skus[1].disk_versions[0].os_vhd_url"),
            vec![
                ("skus", Some(1)),
                ("disk_versions", Some(0)),
                ("os_vhd_url", None)
            ]
        );
    }

    #[test]
    fn a_list_without_position_and_an_empty_path_split_plainly() {
        assert_eq!(segments("skus"), vec![("skus", None)]);
        assert_eq!(segments(""), Vec::<(&str, Option<usize>)>::new());
        assert_eq!(segments("a[x].b"), vec![("a", None), ("b", None)]);
    }
}
