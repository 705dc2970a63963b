//! Lead registration (step 4): the check of the lead destination's connection, and the test lead
//! with fake data that the marketplace sends to it.
//!
//! Each destination gets a plausible check on its connection fields; the fake customer is drawn
//! deterministically from the run's seed.

use super::fields;
use super::form::{LeadDestination, LeadDestinationKind};
use super::formats::{self, UrlCheck};
use super::path::FieldPath;
use super::rng::{self, streams};
use serde::{Deserialize, Serialize};

/// Where a lead came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LeadSource {
    /// The Azure Marketplace website.
    AzureMarketplace,
    /// The Azure portal.
    AzurePortal,
    /// A Test Drive.
    TestDrive,
}

/// The fake customer of a test lead.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LeadCustomer {
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Email address.
    pub email: String,
    /// Phone number.
    pub phone: String,
    /// Country (ISO 3166 alpha-2 code).
    pub country: String,
    /// Company.
    pub company: String,
    /// Job title.
    pub title: String,
}

/// A lead record as it appears in the publisher's CRM.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadRecord {
    /// Where the destination is.
    pub destination: LeadDestinationKind,
    /// Lead source.
    pub source: LeadSource,
    /// Action code: `INS` (installed / deployed), `PLT` (Test Drive / proof of concept),
    /// `DNC` (details not shared: do not contact).
    pub action_code: String,
    /// The customer.
    pub customer: LeadCustomer,
}

/// Why the test lead could not be registered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum LeadFailure {
    /// No lead destination is set, so there is nothing to register.
    NoDestination,
    /// A connection setting is absent (`setting` is its technical name, e.g. `AccountKey`).
    MissingSetting {
        /// The destination.
        destination: LeadDestinationKind,
        /// The setting's technical name.
        setting: String,
    },
    /// A connection setting is present but wrong.
    BadSetting {
        /// The destination.
        destination: LeadDestinationKind,
        /// The setting's technical name.
        setting: String,
    },
    /// The destination refused the test lead with the connection settings given (a trainer's
    /// planned failure: the settings look right but the CRM says no).
    Rejected {
        /// The destination.
        destination: LeadDestinationKind,
    },
}

impl LeadFailure {
    /// The Editor field to fix: the setting's own field (an Azure Table setting is a part of
    /// the connection string), the destination's first field when the CRM refused them all,
    /// or the destination picker when there is none.
    pub fn field(&self) -> FieldPath {
        let (destination, setting) = match self {
            LeadFailure::NoDestination => return fields::lead_destination::section(),
            LeadFailure::MissingSetting {
                destination,
                setting,
            }
            | LeadFailure::BadSetting {
                destination,
                setting,
            } => (*destination, Some(setting.as_str())),
            LeadFailure::Rejected { destination } => (*destination, None),
        };
        let connection = fields::lead_destination::connection(destination);
        let named = |path: &&FieldPath| {
            setting.is_some_and(|setting| {
                path.segments()
                    .last()
                    .is_some_and(|(name, _)| *name == setting)
            })
        };
        connection
            .iter()
            .find(named)
            .or_else(|| connection.first())
            .cloned()
            .unwrap_or_else(fields::lead_destination::section)
    }
}

/// Checks the destination's connection and returns the test lead it received.
pub fn register_leads(dest: &LeadDestination, seed: u64) -> Result<LeadRecord, LeadFailure> {
    let kind = dest.kind();
    let missing = |s: &str| LeadFailure::MissingSetting {
        destination: kind,
        setting: s.to_string(),
    };
    let bad = |s: &str| LeadFailure::BadSetting {
        destination: kind,
        setting: s.to_string(),
    };
    let need = |v: &str, name: &str| -> Result<(), LeadFailure> {
        if formats::is_blank(v) {
            Err(missing(name))
        } else {
            Ok(())
        }
    };
    match dest {
        LeadDestination::None => return Err(LeadFailure::NoDestination),
        LeadDestination::AzureTable { connection_string } => {
            check_azure_table(connection_string, &missing, &bad)?
        }
        LeadDestination::DynamicsCrmOnline {
            url,
            user,
            password,
        } => {
            need(url, "url")?;
            let host = formats::url_host(url.trim()).unwrap_or_default();
            if formats::check_url(url.trim()) != UrlCheck::Https || !host.ends_with(".dynamics.com")
            {
                return Err(bad("url"));
            }
            need(user, "user")?;
            if !formats::is_email(user.trim()) {
                return Err(bad("user"));
            }
            need(password, "password")?;
        }
        LeadDestination::HttpsEndpoint { url } => {
            need(url, "url")?;
            if formats::check_url(url.trim()) != UrlCheck::Https {
                return Err(bad("url"));
            }
        }
        LeadDestination::Marketo {
            server_id,
            munchkin_id,
            form_id,
        } => {
            need(server_id, "server_id")?;
            if !is_marketo_server(server_id.trim()) {
                return Err(bad("server_id"));
            }
            need(munchkin_id, "munchkin_id")?;
            if !is_munchkin(munchkin_id.trim()) {
                return Err(bad("munchkin_id"));
            }
            need(form_id, "form_id")?;
            if formats::parse_number(form_id).is_none() {
                return Err(bad("form_id"));
            }
        }
        LeadDestination::Salesforce { org_id } => {
            need(org_id, "org_id")?;
            let o = org_id.trim();
            if !((o.len() == 15 || o.len() == 18)
                && o.starts_with("00D")
                && o.chars().all(|c| c.is_ascii_alphanumeric()))
            {
                return Err(bad("org_id"));
            }
        }
    }
    Ok(test_lead(kind, seed))
}

/// `DefaultEndpointsProtocol=https;AccountName=<3-24 a-z0-9>;AccountKey=<base64>[;...]`.
fn check_azure_table(
    cs: &str,
    missing: &dyn Fn(&str) -> LeadFailure,
    bad: &dyn Fn(&str) -> LeadFailure,
) -> Result<(), LeadFailure> {
    let pairs: Vec<(String, &str)> = cs
        .trim()
        .split(';')
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (k.trim().to_ascii_lowercase(), v.trim())
        })
        .collect();
    let get = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == &name.to_ascii_lowercase())
            .map(|(_, v)| *v)
    };
    match get("DefaultEndpointsProtocol") {
        None => return Err(missing("DefaultEndpointsProtocol")),
        Some(v) if !v.eq_ignore_ascii_case("https") => return Err(bad("DefaultEndpointsProtocol")),
        Some(_) => {}
    }
    match get("AccountName") {
        None => return Err(missing("AccountName")),
        Some(v)
            if !((3..=24).contains(&v.len())
                && v.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())) =>
        {
            return Err(bad("AccountName"))
        }
        Some(_) => {}
    }
    match get("AccountKey") {
        None => return Err(missing("AccountKey")),
        Some(v) if !is_base64(v) => return Err(bad("AccountKey")),
        Some(_) => {}
    }
    Ok(())
}

/// Base64 of at least 16 characters, padded to a multiple of 4.
fn is_base64(v: &str) -> bool {
    let body = v.trim_end_matches('=');
    let pad = v.len() - body.len();
    v.len() >= 16
        && v.len().is_multiple_of(4)
        && pad <= 2
        && body
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '/')
}

/// `app-` followed by letters and digits (e.g. `app-ab01`).
fn is_marketo_server(s: &str) -> bool {
    s.len() > 4
        && s.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("app-"))
        && s.chars().skip(4).all(|c| c.is_ascii_alphanumeric())
}

/// `123-ABC-456`: three digits, three letters, three digits.
fn is_munchkin(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    matches!(parts.as_slice(), [a, b, c]
        if a.len() == 3 && a.chars().all(|ch| ch.is_ascii_digit())
        && b.len() == 3 && b.chars().all(|ch| ch.is_ascii_alphabetic())
        && c.len() == 3 && c.chars().all(|ch| ch.is_ascii_digit()))
}

const FIRST_NAMES: [&str; 10] = [
    "Ava", "Liam", "Mei", "Diego", "Fatima", "Lukas", "Priya", "Kenji", "Chloé", "Ivan",
];
const LAST_NAMES: [&str; 10] = [
    "Contoso", "Nguyen", "Silva", "Müller", "Okafor", "Tanaka", "Dubois", "Kowalski", "Patel",
    "Ivanova",
];
const COMPANIES: [&str; 6] = [
    "Contoso Ltd",
    "Fabrikam Inc",
    "Northwind Traders",
    "Tailspin Toys",
    "Woodgrove Bank",
    "Adventure Works",
];
const TITLES: [&str; 5] = [
    "IT Manager",
    "Cloud Architect",
    "DevOps Engineer",
    "CTO",
    "Systems Administrator",
];
const COUNTRIES: [&str; 8] = ["US", "BR", "FR", "DE", "JP", "CN", "RU", "IN"];
const ACTION_CODES: [&str; 2] = ["INS", "PLT"];
const SOURCES: [LeadSource; 3] = [
    LeadSource::AzureMarketplace,
    LeadSource::AzurePortal,
    LeadSource::TestDrive,
];

/// The fake test lead for a seed: the same seed gives the same lead.
pub fn test_lead(destination: LeadDestinationKind, seed: u64) -> LeadRecord {
    let pick = |i: u64, len: usize| rng::pick(seed, streams::LEAD + i, len);
    let get = |list: &[&'static str], i: u64| -> &'static str {
        list.get(pick(i, list.len())).copied().unwrap_or("")
    };
    let first = get(&FIRST_NAMES, 0);
    let last = get(&LAST_NAMES, 1);
    let company = get(&COMPANIES, 2);
    let domain: String = company
        .split(' ')
        .next()
        .unwrap_or("contoso")
        .to_ascii_lowercase();
    let number = rng::draw(seed, streams::LEAD + 7, 1_000_000, 9_999_999);
    let source = SOURCES
        .get(pick(5, SOURCES.len()))
        .copied()
        .unwrap_or(LeadSource::AzureMarketplace);
    let action_code = if source == LeadSource::TestDrive {
        "PLT"
    } else {
        get(&ACTION_CODES, 6)
    };
    LeadRecord {
        destination,
        source,
        action_code: action_code.to_string(),
        customer: LeadCustomer {
            first_name: first.to_string(),
            last_name: last.to_string(),
            email: format!(
                "{}.{}@{}.example",
                ascii_fold(first),
                ascii_fold(last),
                domain
            ),
            phone: format!("+1 425 {:03} {:04}", number / 10_000, number % 10_000),
            country: get(&COUNTRIES, 3).to_string(),
            company: company.to_string(),
            title: get(&TITLES, 4).to_string(),
        },
    }
}

/// Lower-case ASCII letters of a name, for a fake email address.
fn ascii_fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'é' | 'è' => 'e',
            'ü' => 'u',
            c => c,
        })
        .filter(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}
