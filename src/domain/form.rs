//! The offer form: every section and field of a VM offer in the Cloud Partner Portal, as pure data.
//!
//! Fields the user types are kept as they were typed (numbers included, as `String`), so that
//! nothing is lost and the field rules ([`crate::domain::rules`]) can say what is wrong.
//! Every struct is `#[serde(default)]` so that older or partial saved forms still load.
//!
//! Longer than most files: the whole form is one tree of plain types, read best in one place.

pub use super::images::{ImageMeta, LogoKind, Logos};
use serde::{Deserialize, Serialize};

/// The whole form of one VM offer.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OfferForm {
    /// Offer settings: IDs and name.
    pub settings: OfferSettings,
    /// The plans (at least one).
    pub skus: Vec<Sku>,
    /// The listing on the marketplace.
    pub marketplace: Marketplace,
    /// Contacts and support page.
    pub support: Support,
}

/// The "Offer settings" section.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OfferSettings {
    /// Offer ID (ID rule; locked once the offer has been published).
    pub offer_id: String,
    /// Publisher ID (ID rule).
    pub publisher_id: String,
    /// Offer name (at most 50 characters).
    pub name: String,
}

/// The operating system family of a SKU.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OsFamily {
    /// Windows Server images.
    Windows,
    /// Linux images.
    Linux,
}

/// A network protocol of an open port.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Protocol {
    /// TCP.
    #[default]
    Tcp,
    /// UDP.
    Udp,
}

/// A port opened on the deployed VM.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Port {
    /// Port number as typed (1 to 65535).
    pub number: String,
    /// Protocol.
    pub protocol: Protocol,
}

/// The default open ports of an OS family: Windows 3389 and 5986 TCP (RDP, WinRM), Linux 22 (SSH).
pub fn default_ports(family: OsFamily) -> Vec<Port> {
    let tcp = |n: &str| Port {
        number: n.to_string(),
        protocol: Protocol::Tcp,
    };
    match family {
        OsFamily::Windows => vec![tcp("3389"), tcp("5986")],
        OsFamily::Linux => vec![tcp("22")],
    }
}

/// Length of the free trial of a usage-based SKU.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FreeTrial {
    /// 30 days.
    Days30,
    /// 90 days.
    Days90,
}

impl FreeTrial {
    /// Length in days.
    pub fn days(&self) -> u32 {
        match self {
            FreeTrial::Days30 => 30,
            FreeTrial::Days90 => 90,
        }
    }
}

/// The license model of a SKU.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "model")]
pub enum License {
    /// Bring your own license.
    #[default]
    Byol,
    /// Usage-based (pay as you go), optionally with a free trial.
    UsageBased {
        /// Free trial, if any.
        #[serde(default)]
        free_trial: Option<FreeTrial>,
    },
}

/// A data disk attached to a disk version.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DataDisk {
    /// LUN number as typed (0, 1, 2 ... without gaps).
    pub lun: String,
    /// VHD URL (a SAS URI).
    pub vhd_url: String,
    /// Size in GB as typed (at most 1023).
    pub size_gb: String,
}

/// One version of a SKU's disk image.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DiskVersion {
    /// Semantic version X.Y.Z; the highest one is offered.
    pub version: String,
    /// OS VHD URL (a SAS URI).
    pub os_vhd_url: String,
    /// OS disk size in GB as typed.
    pub os_disk_size_gb: String,
    /// Data disks (up to 15).
    pub data_disks: Vec<DataDisk>,
}

/// A SKU (plan) of the offer.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Sku {
    /// SKU ID (ID rule, unique in the offer).
    pub sku_id: String,
    /// Title (at most 50 characters).
    pub title: String,
    /// Summary (at most 100 characters).
    pub summary: String,
    /// Description (at most 3000 characters).
    pub description: String,
    /// "Hide this SKU" (optional).
    pub hidden: bool,
    /// OS family.
    pub os_family: Option<OsFamily>,
    /// OS type (e.g. Ubuntu, Windows Server).
    pub os_type: String,
    /// OS friendly name shown to customers.
    pub os_friendly_name: String,
    /// Recommended VM sizes (1 to 6).
    pub vm_sizes: Vec<String>,
    /// Open ports (defaults per OS family: [`default_ports`]).
    pub open_ports: Vec<Port>,
    /// License model.
    pub license: License,
    /// Disk versions (1 to 8).
    pub disk_versions: Vec<DiskVersion>,
}

/// A video on the listing (optional).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Video {
    /// Link to the video (https).
    pub link: String,
    /// Thumbnail, 533x324 PNG.
    pub thumbnail: Option<ImageMeta>,
}

/// A useful link on the listing (optional).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Link {
    /// Link title.
    pub title: String,
    /// Link URL (https).
    pub url: String,
}

/// Where the marketplace sends customer leads, each kind with its own connection fields.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "kind")]
pub enum LeadDestination {
    /// No lead destination.
    #[default]
    None,
    /// An Azure Storage table.
    AzureTable {
        /// Storage connection string
        /// (`DefaultEndpointsProtocol=https;AccountName=...;AccountKey=...`).
        #[serde(default)]
        connection_string: String,
    },
    /// Dynamics CRM Online.
    DynamicsCrmOnline {
        /// Instance URL (https, `*.dynamics.com`).
        #[serde(default)]
        url: String,
        /// User name (an email address).
        #[serde(default)]
        user: String,
        /// Password.
        #[serde(default)]
        password: String,
    },
    /// An HTTPS endpoint receiving lead posts.
    HttpsEndpoint {
        /// Endpoint URL (https).
        #[serde(default)]
        url: String,
    },
    /// Marketo.
    Marketo {
        /// Server ID (e.g. `app-ab01`).
        #[serde(default)]
        server_id: String,
        /// Munchkin account ID (e.g. `123-ABC-456`).
        #[serde(default)]
        munchkin_id: String,
        /// Form ID (digits).
        #[serde(default)]
        form_id: String,
    },
    /// Salesforce.
    Salesforce {
        /// Organization ID (15 or 18 characters, starting with `00D`).
        #[serde(default)]
        org_id: String,
    },
}

/// The kind of a lead destination, without its connection fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LeadDestinationKind {
    /// No lead destination.
    None,
    /// Azure Table.
    AzureTable,
    /// Dynamics CRM Online.
    DynamicsCrmOnline,
    /// HTTPS endpoint.
    HttpsEndpoint,
    /// Marketo.
    Marketo,
    /// Salesforce.
    Salesforce,
}

impl LeadDestinationKind {
    /// Every kind, in the portal's order (for a picker).
    pub const ALL: [LeadDestinationKind; 6] = [
        LeadDestinationKind::None,
        LeadDestinationKind::AzureTable,
        LeadDestinationKind::DynamicsCrmOnline,
        LeadDestinationKind::HttpsEndpoint,
        LeadDestinationKind::Marketo,
        LeadDestinationKind::Salesforce,
    ];

    /// An empty destination of this kind (what the picker sets).
    pub fn empty(&self) -> LeadDestination {
        match self {
            LeadDestinationKind::None => LeadDestination::None,
            LeadDestinationKind::AzureTable => LeadDestination::AzureTable {
                connection_string: String::new(),
            },
            LeadDestinationKind::DynamicsCrmOnline => LeadDestination::DynamicsCrmOnline {
                url: String::new(),
                user: String::new(),
                password: String::new(),
            },
            LeadDestinationKind::HttpsEndpoint => {
                LeadDestination::HttpsEndpoint { url: String::new() }
            }
            LeadDestinationKind::Marketo => LeadDestination::Marketo {
                server_id: String::new(),
                munchkin_id: String::new(),
                form_id: String::new(),
            },
            LeadDestinationKind::Salesforce => LeadDestination::Salesforce {
                org_id: String::new(),
            },
        }
    }
}

impl LeadDestination {
    /// The kind of this destination.
    pub fn kind(&self) -> LeadDestinationKind {
        match self {
            LeadDestination::None => LeadDestinationKind::None,
            LeadDestination::AzureTable { .. } => LeadDestinationKind::AzureTable,
            LeadDestination::DynamicsCrmOnline { .. } => LeadDestinationKind::DynamicsCrmOnline,
            LeadDestination::HttpsEndpoint { .. } => LeadDestinationKind::HttpsEndpoint,
            LeadDestination::Marketo { .. } => LeadDestinationKind::Marketo,
            LeadDestination::Salesforce { .. } => LeadDestinationKind::Salesforce,
        }
    }
}

/// The "Marketplace" section: the listing.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Marketplace {
    /// Title (at most 50 characters).
    pub title: String,
    /// Summary (at most 100 characters).
    pub summary: String,
    /// Long summary (at most 256 characters).
    pub long_summary: String,
    /// Description (at most 3000 characters; the simple HTML the real portal allowed is shown
    /// formatted in the preview: [`super::markup`]).
    pub description: String,
    /// Marketing identifier (at most 50 characters).
    pub marketing_id: String,
    /// Preview subscription IDs (1 to 100 GUIDs, unique).
    pub preview_subscription_ids: Vec<String>,
    /// Categories (1 to 5).
    pub categories: Vec<String>,
    /// Logos.
    pub logos: Logos,
    /// Screenshots (up to 5, 533x324 PNG).
    pub screenshots: Vec<ImageMeta>,
    /// Videos (optional).
    pub videos: Vec<Video>,
    /// Useful links (optional).
    pub useful_links: Vec<Link>,
    /// Lead destination.
    pub lead_destination: LeadDestination,
    /// Privacy policy URL (https).
    pub privacy_policy_url: String,
    /// Terms of use (text).
    pub terms_of_use: String,
}

/// A contact person.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Contact {
    /// Name.
    pub name: String,
    /// Email address.
    pub email: String,
    /// Phone number.
    pub phone: String,
}

/// The "Support" section.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Support {
    /// Engineering contact.
    pub engineering: Contact,
    /// Customer support contact.
    pub customer: Contact,
    /// Support URL (https).
    pub support_url: String,
}

impl Sku {
    /// The disk version offered to customers: the highest valid semantic version.
    pub fn offered_version(&self) -> Option<&DiskVersion> {
        self.disk_versions
            .iter()
            .filter_map(|d| crate::domain::formats::parse_semver(&d.version).map(|v| (v, d)))
            .max_by_key(|(v, _)| *v)
            .map(|(_, d)| d)
    }
}
