//! The parts of a SAS URI (a blob storage URL with a shared access signature) that
//! certification reads.

use super::formats;
use serde::{Deserialize, Serialize};

/// The parts of a SAS URI that certification looks at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SasUri {
    /// Everything before `?`.
    pub resource: String,
    /// Query parameters, names lower-cased, values percent-decoded.
    pub params: Vec<(String, String)>,
    /// Whether there was a `?` at all.
    pub has_query: bool,
}

impl SasUri {
    /// Splits a URL into its resource and query parameters.
    pub fn parse(url: &str) -> SasUri {
        let url = url.trim();
        let (resource, query) = match url.split_once('?') {
            Some((r, q)) => (r, Some(q)),
            None => (url, None),
        };
        let query = query.map(|q| q.split('#').next().unwrap_or(""));
        let params = query
            .map(|q| {
                q.split('&')
                    .filter(|kv| !kv.is_empty())
                    .map(|kv| {
                        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                        (k.to_ascii_lowercase(), formats::percent_decode(v))
                    })
                    .collect()
            })
            .unwrap_or_default();
        SasUri {
            resource: resource.to_string(),
            params,
            has_query: query.is_some(),
        }
    }

    /// The value of parameter `name` (lower-case), if present and not empty.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
    }

    /// The blob name: the last segment of the resource path, percent-decoded.
    pub fn blob_name(&self) -> String {
        let after_scheme = self
            .resource
            .split_once("://")
            .map(|(_, r)| r)
            .unwrap_or(&self.resource);
        match after_scheme.split_once('/') {
            Some((_, path)) => formats::percent_decode(path.rsplit('/').next().unwrap_or("")),
            None => String::new(),
        }
    }

    /// The host of the resource, lower-cased, without user info or port ("" when the URL
    /// has no `https://` or `http://` host).
    pub fn host(&self) -> String {
        let lower = self.resource.trim().to_ascii_lowercase();
        let Some(rest) = lower
            .strip_prefix("https://")
            .or_else(|| lower.strip_prefix("http://"))
        else {
            return String::new();
        };
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        let host_and_port = authority.rsplit('@').next().unwrap_or("");
        host_and_port.split(':').next().unwrap_or("").to_string()
    }

    /// Whether the host is an Azure Storage blob endpoint, `<account>.blob.core.windows.net`,
    /// with an account name of 3 to 24 lower-case letters and digits.
    pub fn is_azure_blob_host(&self) -> bool {
        let host = self.host();
        host.strip_suffix(".blob.core.windows.net")
            .is_some_and(|account| {
                (3..=24).contains(&account.len())
                    && account
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            })
    }
}
