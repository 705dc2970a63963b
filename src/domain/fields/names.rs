//! The name of each part of a path, as the paths in [`super`] write it, and as the UI
//! matches the parts of a path to put it into words.
// Each constant is its own text: a doc comment would only repeat it.
#![allow(missing_docs)]

pub const SETTINGS: &str = "settings";
pub const OFFER_ID: &str = "offer_id";
pub const PUBLISHER_ID: &str = "publisher_id";
pub const NAME: &str = "name";

pub const SKUS: &str = "skus";
pub const SKU_ID: &str = "sku_id";
pub const TITLE: &str = "title";
pub const SUMMARY: &str = "summary";
pub const DESCRIPTION: &str = "description";
pub const HIDDEN: &str = "hidden";
pub const OS_FAMILY: &str = "os_family";
pub const OS_TYPE: &str = "os_type";
pub const OS_FRIENDLY_NAME: &str = "os_friendly_name";
pub const VM_SIZES: &str = "vm_sizes";
pub const OPEN_PORTS: &str = "open_ports";
pub const NUMBER: &str = "number";
pub const PROTOCOL: &str = "protocol";
pub const LICENSE: &str = "license";
pub const FREE_TRIAL: &str = "free_trial";
pub const DISK_VERSIONS: &str = "disk_versions";
pub const VERSION: &str = "version";
pub const OS_VHD_URL: &str = "os_vhd_url";
pub const OS_DISK_SIZE_GB: &str = "os_disk_size_gb";
pub const DATA_DISKS: &str = "data_disks";
pub const LUN: &str = "lun";
pub const VHD_URL: &str = "vhd_url";
pub const SIZE_GB: &str = "size_gb";

pub const MARKETPLACE: &str = "marketplace";
pub const LONG_SUMMARY: &str = "long_summary";
pub const MARKETING_ID: &str = "marketing_id";
pub const PREVIEW_SUBSCRIPTION_IDS: &str = "preview_subscription_ids";
pub const CATEGORIES: &str = "categories";
pub const LOGOS: &str = "logos";
pub const SMALL: &str = "small";
pub const MEDIUM: &str = "medium";
pub const LARGE: &str = "large";
pub const WIDE: &str = "wide";
pub const HERO: &str = "hero";
pub const SCREENSHOTS: &str = "screenshots";
pub const VIDEOS: &str = "videos";
pub const LINK: &str = "link";
pub const THUMBNAIL: &str = "thumbnail";
pub const USEFUL_LINKS: &str = "useful_links";
pub const URL: &str = "url";
pub const LEAD_DESTINATION: &str = "lead_destination";
pub const CONNECTION_STRING: &str = "connection_string";
pub const USER: &str = "user";
pub const PASSWORD: &str = "password";
pub const SERVER_ID: &str = "server_id";
pub const MUNCHKIN_ID: &str = "munchkin_id";
pub const FORM_ID: &str = "form_id";
pub const ORG_ID: &str = "org_id";
pub const PRIVACY_POLICY_URL: &str = "privacy_policy_url";
pub const TERMS_OF_USE: &str = "terms_of_use";

pub const SUPPORT: &str = "support";
pub const ENGINEERING: &str = "engineering";
pub const CUSTOMER: &str = "customer";
pub const EMAIL: &str = "email";
pub const PHONE: &str = "phone";
pub const SUPPORT_URL: &str = "support_url";
