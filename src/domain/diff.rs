//! Draft against live: which fields changed.

use super::fields::{self, settings, support};
use super::fields::{ContactPath, DataDiskPath, DiskVersionPath, SkuPath};
use super::form::{
    Contact, DataDisk, DiskVersion, LeadDestination, Link, LogoKind, Marketplace, OfferForm, Sku,
    Video,
};
use super::path::FieldPath;

/// Collects changed paths in form order.
struct Diff {
    out: Vec<FieldPath>,
}

impl Diff {
    /// A field compared whole (text, flag, choice, image, port).
    fn eq<T: PartialEq>(&mut self, path: FieldPath, a: &T, b: &T) {
        if a != b {
            self.out.push(path);
        }
    }

    /// A list whose item `i` is at `at(i)`: items both sides have are compared by `item`;
    /// items only one side has are reported as `list[i]`.
    fn list<T: PartialEq, P: Into<FieldPath>>(
        &mut self,
        a: &[T],
        b: &[T],
        at: impl Fn(usize) -> P,
        item: impl Fn(&mut Diff, P, &T, &T),
    ) {
        for i in 0..a.len().max(b.len()) {
            match (a.get(i), b.get(i)) {
                (Some(x), Some(y)) => {
                    if x != y {
                        item(self, at(i), x, y);
                    }
                }
                _ => self.out.push(at(i).into()),
            }
        }
    }

    /// A list of items compared whole.
    fn flat<T: PartialEq>(&mut self, a: &[T], b: &[T], at: impl Fn(usize) -> FieldPath) {
        self.list(a, b, at, |d, p, x, y| d.eq(p, x, y));
    }
}

/// The paths of every field that differs between the live version and the draft, in form
/// order, with the same paths as the field rules. Lists report changed items field by field,
/// and items only one side has as `list[i]`; an image, a port or a lead destination of
/// another kind counts as one field.
pub fn diff(live: &OfferForm, draft: &OfferForm) -> Vec<FieldPath> {
    let mut d = Diff { out: Vec::new() };
    let (a, b) = (&live.settings, &draft.settings);
    d.eq(settings::offer_id(), &a.offer_id, &b.offer_id);
    d.eq(settings::publisher_id(), &a.publisher_id, &b.publisher_id);
    d.eq(settings::name(), &a.name, &b.name);
    d.list(&live.skus, &draft.skus, fields::sku, sku);
    marketplace(&mut d, &live.marketplace, &draft.marketplace);
    contact(
        &mut d,
        support::engineering(),
        &live.support.engineering,
        &draft.support.engineering,
    );
    contact(
        &mut d,
        support::customer(),
        &live.support.customer,
        &draft.support.customer,
    );
    d.eq(
        support::support_url(),
        &live.support.support_url,
        &draft.support.support_url,
    );
    d.out
}

fn sku(d: &mut Diff, p: SkuPath, a: &Sku, b: &Sku) {
    d.eq(p.sku_id(), &a.sku_id, &b.sku_id);
    d.eq(p.title(), &a.title, &b.title);
    d.eq(p.summary(), &a.summary, &b.summary);
    d.eq(p.description(), &a.description, &b.description);
    d.eq(p.hidden(), &a.hidden, &b.hidden);
    d.eq(p.os_family(), &a.os_family, &b.os_family);
    d.eq(p.os_type(), &a.os_type, &b.os_type);
    d.eq(
        p.os_friendly_name(),
        &a.os_friendly_name,
        &b.os_friendly_name,
    );
    d.flat(&a.vm_sizes, &b.vm_sizes, |i| p.vm_size(i));
    d.flat(&a.open_ports, &b.open_ports, |i| p.open_port(i).path());
    d.eq(p.license(), &a.license, &b.license);
    d.list(
        &a.disk_versions,
        &b.disk_versions,
        |i| p.disk_version(i),
        disk_version,
    );
}

fn disk_version(d: &mut Diff, p: DiskVersionPath, a: &DiskVersion, b: &DiskVersion) {
    d.eq(p.version(), &a.version, &b.version);
    d.eq(p.os_vhd_url(), &a.os_vhd_url, &b.os_vhd_url);
    d.eq(p.os_disk_size_gb(), &a.os_disk_size_gb, &b.os_disk_size_gb);
    d.list(&a.data_disks, &b.data_disks, |i| p.data_disk(i), data_disk);
}

fn data_disk(d: &mut Diff, p: DataDiskPath, a: &DataDisk, b: &DataDisk) {
    d.eq(p.lun(), &a.lun, &b.lun);
    d.eq(p.vhd_url(), &a.vhd_url, &b.vhd_url);
    d.eq(p.size_gb(), &a.size_gb, &b.size_gb);
}

fn marketplace(d: &mut Diff, a: &Marketplace, b: &Marketplace) {
    use fields::marketplace as p;
    d.eq(p::title(), &a.title, &b.title);
    d.eq(p::summary(), &a.summary, &b.summary);
    d.eq(p::long_summary(), &a.long_summary, &b.long_summary);
    d.eq(p::description(), &a.description, &b.description);
    d.eq(p::marketing_id(), &a.marketing_id, &b.marketing_id);
    d.flat(
        &a.preview_subscription_ids,
        &b.preview_subscription_ids,
        p::preview_subscription_id,
    );
    d.flat(&a.categories, &b.categories, p::category);
    for kind in LogoKind::ALL {
        d.eq(p::logo(kind), a.logos.slot(kind), b.logos.slot(kind));
    }
    d.flat(&a.screenshots, &b.screenshots, p::screenshot);
    d.list(&a.videos, &b.videos, p::video, |d, p, x: &Video, y| {
        d.eq(p.link(), &x.link, &y.link);
        d.eq(p.thumbnail(), &x.thumbnail, &y.thumbnail);
    });
    d.list(
        &a.useful_links,
        &b.useful_links,
        p::useful_link,
        |d, p, x: &Link, y| {
            d.eq(p.title(), &x.title, &y.title);
            d.eq(p.url(), &x.url, &y.url);
        },
    );
    lead_destination(d, &a.lead_destination, &b.lead_destination);
    d.eq(
        p::privacy_policy_url(),
        &a.privacy_policy_url,
        &b.privacy_policy_url,
    );
    d.eq(p::terms_of_use(), &a.terms_of_use, &b.terms_of_use);
}

fn lead_destination(d: &mut Diff, a: &LeadDestination, b: &LeadDestination) {
    use fields::lead_destination as p;
    use LeadDestination as L;
    match (a, b) {
        (
            L::AzureTable {
                connection_string: x,
            },
            L::AzureTable {
                connection_string: y,
            },
        ) => d.eq(p::connection_string(), x, y),
        (
            L::DynamicsCrmOnline {
                url,
                user,
                password,
            },
            L::DynamicsCrmOnline {
                url: u2,
                user: us2,
                password: p2,
            },
        ) => {
            d.eq(p::url(), url, u2);
            d.eq(p::user(), user, us2);
            d.eq(p::password(), password, p2);
        }
        (L::HttpsEndpoint { url: x }, L::HttpsEndpoint { url: y }) => d.eq(p::url(), x, y),
        (
            L::Marketo {
                server_id,
                munchkin_id,
                form_id,
            },
            L::Marketo {
                server_id: s2,
                munchkin_id: m2,
                form_id: f2,
            },
        ) => {
            d.eq(p::server_id(), server_id, s2);
            d.eq(p::munchkin_id(), munchkin_id, m2);
            d.eq(p::form_id(), form_id, f2);
        }
        (L::Salesforce { org_id: x }, L::Salesforce { org_id: y }) => d.eq(p::org_id(), x, y),
        // None on both sides, or another kind of destination: one change at most.
        _ => d.eq(p::section(), a, b),
    }
}

fn contact(d: &mut Diff, p: ContactPath, a: &Contact, b: &Contact) {
    d.eq(p.name(), &a.name, &b.name);
    d.eq(p.email(), &a.email, &b.email);
    d.eq(p.phone(), &a.phone, &b.phone);
}
