//! A complete, valid, realistic offer form, and offers built from it: for the tests and for the
//! benchmark's stored offers (`tests/fixtures/`, which a test keeps equal to what this builds).

use super::form::{
    default_ports, Contact, DataDisk, DiskVersion, ImageMeta, LeadDestination, License, Link,
    Logos, Marketplace, OfferForm, OfferSettings, OsFamily, Sku, Support, Video,
};
use super::png::PngData;
use super::sample_images as pictures;

/// A SAS URI of a container-scoped, read+list token that expires far in the future.
pub fn sas_uri(blob: &str) -> String {
    format!(
        "https://contosostorage.blob.core.windows.net/vhds/{blob}?sv=2017-04-17&ss=b&srt=sco\
         &sr=c&sp=rl&st=2018-01-01T00%3A00%3A00Z&se=2099-12-31T00%3A00%3A00Z\
         &sig=dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZQ%3D%3D"
    )
}

/// A PNG of the given size, with no copy kept (as images were before schema 4): for tests
/// of the rules, which read only the facts.
pub fn png(file_name: &str, width: u32, height: u32) -> ImageMeta {
    ImageMeta {
        file_name: file_name.to_string(),
        mime: "image/png".to_string(),
        width,
        height,
        bytes: u64::from(width) * u64::from(height) / 2 + 512,
        png: PngData::default(),
    }
}

/// A picked PNG with its copy: `copy` is the file (drawn by [`super::sample_images`]), whose
/// header gives the size.
pub fn drawn(file_name: &str, copy: PngData) -> ImageMeta {
    let (width, height) = super::png::inspect(copy.bytes())
        .map(|info| (info.width, info.height))
        .unwrap_or((0, 0));
    ImageMeta {
        file_name: file_name.to_string(),
        mime: "image/png".to_string(),
        width,
        height,
        bytes: copy.len() as u64,
        png: copy,
    }
}

/// A valid Azure Table connection string.
pub fn azure_table_connection_string() -> String {
    "DefaultEndpointsProtocol=https;AccountName=contosoleads;\
     AccountKey=Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4MTIzNA==;\
     EndpointSuffix=core.windows.net"
        .to_string()
}

/// A complete valid form: one Linux SKU with one disk version and one data disk, every
/// marketplace and support field filled in, and an Azure Table lead destination.
pub fn complete_form() -> OfferForm {
    OfferForm {
        settings: OfferSettings {
            offer_id: "contoso-web-server".to_string(),
            publisher_id: "contoso".to_string(),
            name: "Contoso Web Server".to_string(),
        },
        skus: vec![Sku {
            sku_id: "ubuntu-1604-lts".to_string(),
            title: "Contoso Web Server on Ubuntu 16.04 LTS".to_string(),
            summary: "A hardened web server, ready to serve in minutes.".to_string(),
            description: "Nginx, TLS defaults and monitoring agents, preconfigured.".to_string(),
            hidden: false,
            os_family: Some(OsFamily::Linux),
            os_type: "Ubuntu".to_string(),
            os_friendly_name: "Ubuntu Server 16.04 LTS".to_string(),
            vm_sizes: vec!["Standard_D2s_v3".to_string(), "Standard_D4s_v3".to_string()],
            open_ports: default_ports(OsFamily::Linux),
            license: License::UsageBased {
                free_trial: Some(super::form::FreeTrial::Days30),
            },
            disk_versions: vec![DiskVersion {
                version: "1.0.0".to_string(),
                os_vhd_url: sas_uri("contoso-web-os.vhd"),
                os_disk_size_gb: "30".to_string(),
                data_disks: vec![DataDisk {
                    lun: "0".to_string(),
                    vhd_url: sas_uri("contoso-web-data0.vhd"),
                    size_gb: "128".to_string(),
                }],
            }],
        }],
        marketplace: Marketplace {
            title: "Contoso Web Server".to_string(),
            summary: "A hardened Nginx web server on Ubuntu.".to_string(),
            long_summary: "Deploy a hardened, monitored Nginx web server on Ubuntu in minutes."
                .to_string(),
            description: "<p>Contoso Web Server bundles Nginx with secure defaults.</p>"
                .to_string(),
            marketing_id: "contoso-web-server".to_string(),
            preview_subscription_ids: vec!["3f2c5a8e-1b7d-4c9a-8e2f-6d5b4a3c2e1f".to_string()],
            categories: vec!["Compute".to_string(), "Web".to_string()],
            logos: Logos {
                small: Some(drawn("logo-40.png", pictures::small_logo())),
                medium: Some(drawn("logo-90.png", pictures::medium_logo())),
                large: Some(drawn("logo-115.png", pictures::large_logo())),
                wide: Some(drawn("logo-255x115.png", pictures::wide())),
                hero: None,
            },
            screenshots: vec![drawn("dashboard.png", pictures::screenshot())],
            videos: vec![Video {
                link: "https://www.youtube.com/watch?v=contoso".to_string(),
                thumbnail: Some(drawn("video.png", pictures::screenshot())),
            }],
            useful_links: vec![Link {
                title: "Documentation".to_string(),
                url: "https://docs.contoso.com/web-server".to_string(),
            }],
            lead_destination: LeadDestination::AzureTable {
                connection_string: azure_table_connection_string(),
            },
            privacy_policy_url: "https://www.contoso.com/privacy".to_string(),
            terms_of_use: "Use of this image is subject to the Contoso license terms.".to_string(),
        },
        support: Support {
            engineering: Contact {
                name: "Dana Engineer".to_string(),
                email: "engineering@contoso.com".to_string(),
                phone: "+1 425 555 0100".to_string(),
            },
            customer: Contact {
                name: "Sam Support".to_string(),
                email: "support@contoso.com".to_string(),
                phone: "+1 425 555 0199".to_string(),
            },
            support_url: "https://support.contoso.com".to_string(),
        },
    }
}

/// The texts of the sample offer a newcomer starts with, in the interface language (the UI
/// reads them from its translations).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SampleTexts {
    /// The offer's name (<= 50 characters).
    pub name: String,
    /// The SKU's title (<= 50).
    pub sku_title: String,
    /// The SKU's summary (<= 100).
    pub sku_summary: String,
    /// The SKU's description (<= 3000).
    pub sku_description: String,
    /// The listing's title (<= 50).
    pub title: String,
    /// The listing's summary (<= 100).
    pub summary: String,
    /// The listing's long summary (<= 256).
    pub long_summary: String,
    /// The listing's description (<= 3000).
    pub description: String,
    /// The terms of use.
    pub terms_of_use: String,
    /// The title of the useful link.
    pub link_title: String,
}

/// The complete valid form of [`complete_form`] with its texts in another language: what
/// "Start with a sample offer" creates. Identifiers, URLs, images and contacts stay as they
/// are, so the form still passes every rule when the texts keep their lengths.
pub fn localized_form(texts: &SampleTexts) -> OfferForm {
    let mut form = complete_form();
    let texts = texts.clone();
    form.settings.name = texts.name;
    if let Some(sku) = form.skus.first_mut() {
        sku.title = texts.sku_title;
        sku.summary = texts.sku_summary;
        sku.description = texts.sku_description;
    }
    let m = &mut form.marketplace;
    m.title = texts.title;
    m.summary = texts.summary;
    m.long_summary = texts.long_summary;
    m.description = texts.description;
    m.terms_of_use = texts.terms_of_use;
    if let Some(link) = m.useful_links.first_mut() {
        link.title = texts.link_title;
    }
    form
}

/// A typical offer as a publisher keeps it: the complete form with a marketplace description
/// of about 1,000 characters, and one finished run that went live, with its history and
/// emails. The benchmark stores thousands of copies of it.
pub fn typical_offer(id: super::offer::OfferId) -> super::offer::Offer {
    use super::time::{SimClock, SimTime, WallTime, DAY_MS};
    use super::workflow::{advance, apply, Command};

    let start = SimTime(1_700_000_000_000);
    let mut offer = super::offer::Offer::new(id, "Contoso Web Server".to_string(), start);
    offer.draft = complete_form();
    offer.draft.marketplace.description = typical_description();
    let clock = SimClock::new(WallTime(start.0), start);
    let wall = WallTime(start.0);
    let step = |offer: &super::offer::Offer, command: Command| {
        apply(offer, command, &clock, wall).map(|outcome| outcome.offer)
    };
    // The sample form is valid by construction; should that ever change, the offer is
    // returned as far as it got rather than panicking.
    let Ok(published) = step(&offer, Command::Publish { seed: 42 }) else {
        return offer;
    };
    let Ok(emailed) = step(
        &published,
        Command::SubmitNotificationEmail("publisher@contoso.com".to_string()),
    ) else {
        return published;
    };
    let later = SimClock::new(WallTime(start.0), start.plus_ms(7 * DAY_MS));
    let at_signoff = advance(&emailed, &later, WallTime(start.0)).offer;
    let Ok(going_live) = apply(&at_signoff, Command::GoLive, &later, WallTime(start.0)) else {
        return at_signoff;
    };
    let done = SimClock::new(WallTime(start.0), start.plus_ms(8 * DAY_MS));
    advance(&going_live.offer, &done, WallTime(start.0)).offer
}

/// About 1,000 characters of marketplace description, as publishers write them.
fn typical_description() -> String {
    [
        "<p>Contoso Web Server is a hardened Nginx image on Ubuntu Server, built for teams that \
         want a production-ready web tier without weeks of tuning.</p>",
        "<ul><li>TLS 1.2+ only, modern ciphers and HSTS enabled by default.</li>\
         <li>Automatic security updates with a weekly maintenance window.</li>\
         <li>Azure Monitor agent preinstalled, with dashboards for latency and errors.</li>\
         <li>Log rotation, fail2ban and a minimal firewall profile.</li></ul>",
        "<p>Deploy it behind Azure Load Balancer or Application Gateway, attach a data disk \
         for your content, and point your DNS at it. Configuration lives in one file, \
         documented line by line, so your team can review every change.</p>",
        "<p>Every release is rebuilt from the latest Ubuntu security updates, scanned for \
         known vulnerabilities and tested with a full deployment before it is published.</p>",
        "<p>Support is included during business hours in Europe and North America, with \
         a four-hour response time for production incidents on the usage-based plan.</p>",
    ]
    .concat()
}

/// An offer in the middle of a run (Certification, days from its deadline): the benchmark
/// stores many of them to time one pass of the ticker when nothing is due.
pub fn running_offer(id: super::offer::OfferId) -> super::offer::Offer {
    use super::time::{SimClock, SimTime, WallTime};
    use super::workflow::{advance, apply, Command};

    let start = SimTime(1_700_000_000_000);
    let mut offer = super::offer::Offer::new(id, "Contoso Web Server".to_string(), start);
    offer.draft = complete_form();
    let clock = SimClock::new(WallTime(start.0), start);
    let wall = WallTime(start.0);
    let Ok(published) = apply(&offer, Command::Publish { seed: 42 }, &clock, wall) else {
        return offer;
    };
    let email = Command::SubmitNotificationEmail("publisher@contoso.com".to_string());
    let Ok(emailed) = apply(&published.offer, email, &clock, wall) else {
        return published.offer;
    };
    // Past step 1 (at most 15 minutes), well inside Certification (at least 6 hours).
    let later = SimClock::new(wall, start.plus_ms(super::time::HOUR_MS));
    advance(&emailed.offer, &later, wall).offer
}
