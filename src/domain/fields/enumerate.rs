//! Every path of a given form, for checking that the rules report only paths the Editor
//! shows.

use super::{lead_destination, marketplace, settings, sku, skus, support};
use crate::domain::form::{LeadDestination, LogoKind, OfferForm};
use crate::domain::path::FieldPath;

/// Every path `form` has, in form order: sections, lists, list items and fields, including
/// the connection fields of its lead destination's kind only.
pub fn paths_of(form: &OfferForm) -> Vec<FieldPath> {
    let mut out = vec![
        settings::section(),
        settings::offer_id(),
        settings::publisher_id(),
        settings::name(),
        skus(),
    ];
    for (i, s) in form.skus.iter().enumerate() {
        let p = sku(i);
        out.extend([
            p.path(),
            p.sku_id(),
            p.title(),
            p.summary(),
            p.description(),
            p.hidden(),
            p.os_family(),
            p.os_type(),
            p.os_friendly_name(),
            p.vm_sizes(),
        ]);
        out.extend((0..s.vm_sizes.len()).map(|j| p.vm_size(j)));
        out.push(p.open_ports());
        for j in 0..s.open_ports.len() {
            let port = p.open_port(j);
            out.extend([port.path(), port.number(), port.protocol()]);
        }
        out.extend([p.license(), p.free_trial(), p.disk_versions()]);
        for (j, dv) in s.disk_versions.iter().enumerate() {
            let v = p.disk_version(j);
            out.extend([
                v.path(),
                v.version(),
                v.os_vhd_url(),
                v.os_disk_size_gb(),
                v.data_disks(),
            ]);
            for k in 0..dv.data_disks.len() {
                let d = v.data_disk(k);
                out.extend([d.path(), d.lun(), d.vhd_url(), d.size_gb()]);
            }
        }
    }

    let m = &form.marketplace;
    out.extend([
        marketplace::section(),
        marketplace::title(),
        marketplace::summary(),
        marketplace::long_summary(),
        marketplace::description(),
        marketplace::marketing_id(),
        marketplace::preview_subscription_ids(),
    ]);
    out.extend((0..m.preview_subscription_ids.len()).map(marketplace::preview_subscription_id));
    out.push(marketplace::categories());
    out.extend((0..m.categories.len()).map(marketplace::category));
    out.push(marketplace::logos());
    out.extend(LogoKind::ALL.into_iter().map(marketplace::logo));
    out.push(marketplace::screenshots());
    out.extend((0..m.screenshots.len()).map(marketplace::screenshot));
    out.push(marketplace::videos());
    for i in 0..m.videos.len() {
        let v = marketplace::video(i);
        out.extend([v.path(), v.link(), v.thumbnail()]);
    }
    out.push(marketplace::useful_links());
    for i in 0..m.useful_links.len() {
        let l = marketplace::useful_link(i);
        out.extend([l.path(), l.title(), l.url()]);
    }
    out.push(lead_destination::section());
    out.extend(match &m.lead_destination {
        LeadDestination::None => vec![],
        LeadDestination::AzureTable { .. } => vec![lead_destination::connection_string()],
        LeadDestination::DynamicsCrmOnline { .. } => vec![
            lead_destination::url(),
            lead_destination::user(),
            lead_destination::password(),
        ],
        LeadDestination::HttpsEndpoint { .. } => vec![lead_destination::url()],
        LeadDestination::Marketo { .. } => vec![
            lead_destination::server_id(),
            lead_destination::munchkin_id(),
            lead_destination::form_id(),
        ],
        LeadDestination::Salesforce { .. } => vec![lead_destination::org_id()],
    });
    out.extend([
        marketplace::privacy_policy_url(),
        marketplace::terms_of_use(),
    ]);

    out.push(support::section());
    for contact in [support::engineering(), support::customer()] {
        out.extend([
            contact.path(),
            contact.name(),
            contact.email(),
            contact.phone(),
        ]);
    }
    out.push(support::support_url());
    out
}
