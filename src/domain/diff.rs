//! Draft against live: which fields changed.

use super::form::{
    Contact, DataDisk, DiskVersion, LeadDestination, Link, Marketplace, OfferForm, Sku, Video,
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

    /// A list: items both sides have are compared by `item`; items only one side has are
    /// reported as `list[i]`.
    fn list<T: PartialEq>(
        &mut self,
        path: &FieldPath,
        a: &[T],
        b: &[T],
        item: impl Fn(&mut Diff, &FieldPath, &T, &T),
    ) {
        for i in 0..a.len().max(b.len()) {
            match (a.get(i), b.get(i)) {
                (Some(x), Some(y)) => {
                    if x != y {
                        item(self, &path.index(i), x, y);
                    }
                }
                _ => self.out.push(path.index(i)),
            }
        }
    }

    /// A list of items compared whole.
    fn flat<T: PartialEq>(&mut self, path: &FieldPath, a: &[T], b: &[T]) {
        self.list(path, a, b, |d, p, x, y| d.eq(p.clone(), x, y));
    }
}

/// The paths of every field that differs between the live version and the draft, in form
/// order, with the same paths as the field rules. Lists report changed items field by field,
/// and items only one side has as `list[i]`; an image, a port or a lead destination of
/// another kind counts as one field.
pub fn diff(live: &OfferForm, draft: &OfferForm) -> Vec<FieldPath> {
    let mut d = Diff { out: Vec::new() };
    let s = FieldPath::root("settings");
    let (a, b) = (&live.settings, &draft.settings);
    d.eq(s.field("offer_id"), &a.offer_id, &b.offer_id);
    d.eq(s.field("publisher_id"), &a.publisher_id, &b.publisher_id);
    d.eq(s.field("name"), &a.name, &b.name);
    d.list(&FieldPath::root("skus"), &live.skus, &draft.skus, sku);
    marketplace(&mut d, &live.marketplace, &draft.marketplace);
    let s = FieldPath::root("support");
    contact(
        &mut d,
        &s.field("engineering"),
        &live.support.engineering,
        &draft.support.engineering,
    );
    contact(
        &mut d,
        &s.field("customer"),
        &live.support.customer,
        &draft.support.customer,
    );
    d.eq(
        s.field("support_url"),
        &live.support.support_url,
        &draft.support.support_url,
    );
    d.out
}

fn sku(d: &mut Diff, p: &FieldPath, a: &Sku, b: &Sku) {
    d.eq(p.field("sku_id"), &a.sku_id, &b.sku_id);
    d.eq(p.field("title"), &a.title, &b.title);
    d.eq(p.field("summary"), &a.summary, &b.summary);
    d.eq(p.field("description"), &a.description, &b.description);
    d.eq(p.field("hidden"), &a.hidden, &b.hidden);
    d.eq(p.field("os_family"), &a.os_family, &b.os_family);
    d.eq(p.field("os_type"), &a.os_type, &b.os_type);
    d.eq(
        p.field("os_friendly_name"),
        &a.os_friendly_name,
        &b.os_friendly_name,
    );
    d.flat(&p.field("vm_sizes"), &a.vm_sizes, &b.vm_sizes);
    d.flat(&p.field("open_ports"), &a.open_ports, &b.open_ports);
    d.eq(p.field("license"), &a.license, &b.license);
    d.list(
        &p.field("disk_versions"),
        &a.disk_versions,
        &b.disk_versions,
        disk_version,
    );
}

fn disk_version(d: &mut Diff, p: &FieldPath, a: &DiskVersion, b: &DiskVersion) {
    d.eq(p.field("version"), &a.version, &b.version);
    d.eq(p.field("os_vhd_url"), &a.os_vhd_url, &b.os_vhd_url);
    d.eq(
        p.field("os_disk_size_gb"),
        &a.os_disk_size_gb,
        &b.os_disk_size_gb,
    );
    d.list(
        &p.field("data_disks"),
        &a.data_disks,
        &b.data_disks,
        data_disk,
    );
}

fn data_disk(d: &mut Diff, p: &FieldPath, a: &DataDisk, b: &DataDisk) {
    d.eq(p.field("lun"), &a.lun, &b.lun);
    d.eq(p.field("vhd_url"), &a.vhd_url, &b.vhd_url);
    d.eq(p.field("size_gb"), &a.size_gb, &b.size_gb);
}

fn marketplace(d: &mut Diff, a: &Marketplace, b: &Marketplace) {
    let p = FieldPath::root("marketplace");
    d.eq(p.field("title"), &a.title, &b.title);
    d.eq(p.field("summary"), &a.summary, &b.summary);
    d.eq(p.field("long_summary"), &a.long_summary, &b.long_summary);
    d.eq(p.field("description"), &a.description, &b.description);
    d.eq(p.field("marketing_id"), &a.marketing_id, &b.marketing_id);
    d.flat(
        &p.field("preview_subscription_ids"),
        &a.preview_subscription_ids,
        &b.preview_subscription_ids,
    );
    d.flat(&p.field("categories"), &a.categories, &b.categories);
    let l = p.field("logos");
    d.eq(l.field("small"), &a.logos.small, &b.logos.small);
    d.eq(l.field("medium"), &a.logos.medium, &b.logos.medium);
    d.eq(l.field("large"), &a.logos.large, &b.logos.large);
    d.eq(l.field("wide"), &a.logos.wide, &b.logos.wide);
    d.eq(l.field("hero"), &a.logos.hero, &b.logos.hero);
    d.flat(&p.field("screenshots"), &a.screenshots, &b.screenshots);
    d.list(
        &p.field("videos"),
        &a.videos,
        &b.videos,
        |d, p, x: &Video, y| {
            d.eq(p.field("link"), &x.link, &y.link);
            d.eq(p.field("thumbnail"), &x.thumbnail, &y.thumbnail);
        },
    );
    d.list(
        &p.field("useful_links"),
        &a.useful_links,
        &b.useful_links,
        |d, p, x: &Link, y| {
            d.eq(p.field("title"), &x.title, &y.title);
            d.eq(p.field("url"), &x.url, &y.url);
        },
    );
    lead_destination(
        d,
        &p.field("lead_destination"),
        &a.lead_destination,
        &b.lead_destination,
    );
    d.eq(
        p.field("privacy_policy_url"),
        &a.privacy_policy_url,
        &b.privacy_policy_url,
    );
    d.eq(p.field("terms_of_use"), &a.terms_of_use, &b.terms_of_use);
}

fn lead_destination(d: &mut Diff, p: &FieldPath, a: &LeadDestination, b: &LeadDestination) {
    use LeadDestination as L;
    match (a, b) {
        (
            L::AzureTable {
                connection_string: x,
            },
            L::AzureTable {
                connection_string: y,
            },
        ) => d.eq(p.field("connection_string"), x, y),
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
            d.eq(p.field("url"), url, u2);
            d.eq(p.field("user"), user, us2);
            d.eq(p.field("password"), password, p2);
        }
        (L::HttpsEndpoint { url: x }, L::HttpsEndpoint { url: y }) => d.eq(p.field("url"), x, y),
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
            d.eq(p.field("server_id"), server_id, s2);
            d.eq(p.field("munchkin_id"), munchkin_id, m2);
            d.eq(p.field("form_id"), form_id, f2);
        }
        (L::Salesforce { org_id: x }, L::Salesforce { org_id: y }) => d.eq(p.field("org_id"), x, y),
        // None on both sides, or another kind of destination: one change at most.
        _ => d.eq(p.clone(), a, b),
    }
}

fn contact(d: &mut Diff, p: &FieldPath, a: &Contact, b: &Contact) {
    d.eq(p.field("name"), &a.name, &b.name);
    d.eq(p.field("email"), &a.email, &b.email);
    d.eq(p.field("phone"), &a.phone, &b.phone);
}
