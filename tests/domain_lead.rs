#![cfg(not(target_arch = "wasm32"))]
//! Lead registration (step 4): destination checks and the fake test lead.

use golive::domain::sample::azure_table_connection_string;
use golive::domain::*;

fn table(cs: &str) -> LeadDestination {
    LeadDestination::AzureTable {
        connection_string: cs.to_string(),
    }
}

fn missing(destination: LeadDestinationKind, setting: &str) -> LeadFailure {
    LeadFailure::MissingSetting {
        destination,
        setting: setting.into(),
    }
}

fn bad(destination: LeadDestinationKind, setting: &str) -> LeadFailure {
    LeadFailure::BadSetting {
        destination,
        setting: setting.into(),
    }
}

#[test]
fn valid_azure_table_registers_a_test_lead() {
    let lead = register_leads(&table(&azure_table_connection_string()), 7);
    assert!(matches!(
        lead,
        Ok(LeadRecord {
            destination: LeadDestinationKind::AzureTable,
            ..
        })
    ));
}

#[test]
fn azure_table_without_https_protocol_fails() {
    let cs = azure_table_connection_string().replace("https", "http");
    assert_eq!(
        register_leads(&table(&cs), 7),
        Err(bad(
            LeadDestinationKind::AzureTable,
            "DefaultEndpointsProtocol"
        ))
    );
    let cs = azure_table_connection_string().replace("DefaultEndpointsProtocol=https;", "");
    assert_eq!(
        register_leads(&table(&cs), 7),
        Err(missing(
            LeadDestinationKind::AzureTable,
            "DefaultEndpointsProtocol"
        ))
    );
}

#[test]
fn azure_table_with_bad_account_name_or_key_fails() {
    let cs = azure_table_connection_string().replace("contosoleads", "Contoso_Leads");
    assert_eq!(
        register_leads(&table(&cs), 7),
        Err(bad(LeadDestinationKind::AzureTable, "AccountName"))
    );
    let cs = "DefaultEndpointsProtocol=https;AccountName=contosoleads;AccountKey=not base64!";
    assert_eq!(
        register_leads(&table(cs), 7),
        Err(bad(LeadDestinationKind::AzureTable, "AccountKey"))
    );
    let cs = "DefaultEndpointsProtocol=https;AccountName=contosoleads";
    assert_eq!(
        register_leads(&table(cs), 7),
        Err(missing(LeadDestinationKind::AzureTable, "AccountKey"))
    );
}

#[test]
fn malformed_connection_string_fails() {
    assert!(register_leads(&table("hello world"), 7).is_err());
    assert!(register_leads(&table(";;;=;="), 7).is_err());
}

#[test]
fn dynamics_needs_a_dynamics_com_https_url_and_an_email_user() {
    let d = |url: &str, user: &str| LeadDestination::DynamicsCrmOnline {
        url: url.into(),
        user: user.into(),
        password: "secret".into(),
    };
    let k = LeadDestinationKind::DynamicsCrmOnline;
    assert!(register_leads(
        &d("https://contoso.crm.dynamics.com", "dana@contoso.com"),
        1
    )
    .is_ok());
    assert_eq!(
        register_leads(&d("https://contoso.example.com", "dana@contoso.com"), 1),
        Err(bad(k, "url"))
    );
    assert_eq!(
        register_leads(&d("https://contoso.crm.dynamics.com", "dana"), 1),
        Err(bad(k, "user"))
    );
}

#[test]
fn https_endpoint_must_be_https() {
    let d = |url: &str| LeadDestination::HttpsEndpoint { url: url.into() };
    assert!(register_leads(&d("https://leads.contoso.com/in"), 1).is_ok());
    assert_eq!(
        register_leads(&d("http://leads.contoso.com/in"), 1),
        Err(bad(LeadDestinationKind::HttpsEndpoint, "url"))
    );
}

#[test]
fn marketo_needs_server_munchkin_and_form_ids() {
    let m = |s: &str, mu: &str, f: &str| LeadDestination::Marketo {
        server_id: s.into(),
        munchkin_id: mu.into(),
        form_id: f.into(),
    };
    let k = LeadDestinationKind::Marketo;
    assert!(register_leads(&m("app-ab01", "123-ABC-456", "1001"), 1).is_ok());
    assert_eq!(
        register_leads(&m("ab01", "123-ABC-456", "1001"), 1),
        Err(bad(k, "server_id"))
    );
    assert_eq!(
        register_leads(&m("app-ab01", "123ABC456", "1001"), 1),
        Err(bad(k, "munchkin_id"))
    );
    assert_eq!(
        register_leads(&m("app-ab01", "123-ABC-456", "form"), 1),
        Err(bad(k, "form_id"))
    );
    assert_eq!(
        register_leads(&m("app-ab01", "", "1001"), 1),
        Err(missing(k, "munchkin_id"))
    );
}

#[test]
fn salesforce_org_id_is_15_or_18_characters_starting_00d() {
    let s = |o: &str| LeadDestination::Salesforce { org_id: o.into() };
    assert!(register_leads(&s("00D5g000004abcd"), 1).is_ok());
    assert!(register_leads(&s("00D5g000004abcdEAA"), 1).is_ok());
    assert_eq!(
        register_leads(&s("12345"), 1),
        Err(bad(LeadDestinationKind::Salesforce, "org_id"))
    );
}

#[test]
fn no_destination_registers_nothing() {
    assert_eq!(
        register_leads(&LeadDestination::None, 1),
        Err(LeadFailure::NoDestination)
    );
}

#[test]
fn test_lead_is_deterministic_per_seed_and_complete() {
    let a = register_leads(&table(&azure_table_connection_string()), 42);
    let b = register_leads(&table(&azure_table_connection_string()), 42);
    assert_eq!(a, b);
    let Ok(lead) = a else {
        panic!("registration failed")
    };
    let c = &lead.customer;
    for field in [
        &c.first_name,
        &c.last_name,
        &c.email,
        &c.phone,
        &c.country,
        &c.company,
        &c.title,
    ] {
        assert!(!field.is_empty());
    }
    assert!(golive::domain::formats::is_email(&c.email), "{}", c.email);
    assert!(golive::domain::formats::is_phone(&c.phone), "{}", c.phone);
    assert!(["INS", "PLT"].contains(&lead.action_code.as_str()));
    if lead.source == LeadSource::TestDrive {
        assert_eq!(lead.action_code, "PLT");
    }
}

#[test]
fn different_seeds_give_different_leads() {
    let leads: std::collections::HashSet<String> = (0..20u64)
        .filter_map(|s| register_leads(&table(&azure_table_connection_string()), s).ok())
        .map(|l| format!("{:?}", l.customer))
        .collect();
    assert!(leads.len() > 5);
}
