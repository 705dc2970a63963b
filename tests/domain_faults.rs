#![cfg(not(target_arch = "wasm32"))]
//! Trainer failures fit the offer: the reasons offered, and the failures they cause, name the
//! fields the offer really has, and every fix points at a field the Editor shows.

use golive::domain::sample::{complete_form, png};
use golive::domain::*;

mod common;
use common::{clock, ok, T0, TO_SIGNOFF};

fn with_destination(destination: LeadDestination) -> OfferForm {
    let mut form = complete_form();
    form.marketplace.lead_destination = destination;
    form
}

/// Every kind of destination, filled in so that it registers the test lead.
fn destinations() -> Vec<LeadDestination> {
    vec![
        LeadDestination::AzureTable {
            connection_string: golive::domain::sample::azure_table_connection_string(),
        },
        LeadDestination::DynamicsCrmOnline {
            url: "https://contoso.crm.dynamics.com".into(),
            user: "dana@contoso.com".into(),
            password: "secret".into(),
        },
        LeadDestination::HttpsEndpoint {
            url: "https://leads.contoso.com/in".into(),
        },
        LeadDestination::Marketo {
            server_id: "app-ab01".into(),
            munchkin_id: "123-ABC-456".into(),
            form_id: "1001".into(),
        },
        LeadDestination::Salesforce {
            org_id: "00D000000000001".into(),
        },
    ]
}

/// Plans `reason` for `step` on an offer of `form`, publishes it and runs it to sign-off.
fn run_with_fault(form: OfferForm, step: Step, reason: FaultReason) -> Offer {
    let mut o = Offer::new(OfferId("o".into()), "Contoso".into(), SimTime(T0));
    o.draft = form;
    let o = ok(&o, Command::PlanFault { step, reason }, 0);
    let o = ok(&o, Command::Publish { seed: 7 }, 0);
    let o = ok(
        &o,
        Command::SubmitNotificationEmail("dana@contoso.com".into()),
        0,
    );
    advance(&o, &clock(), WallTime(TO_SIGNOFF)).offer
}

fn failure(o: &Offer) -> RunFailure {
    o.run
        .as_ref()
        .and_then(|r| r.failure.clone())
        .expect("a failure")
}

#[test]
fn a_lead_failure_is_offered_only_with_a_lead_destination_and_names_it() {
    let step = Step::PackagingAndLeadRegistration;
    for destination in destinations() {
        let kind = destination.kind();
        assert_eq!(
            FaultReason::presets(step, &with_destination(destination)),
            vec![
                FaultReason::LeadSettingsRejected { destination: kind },
                FaultReason::PackagingFailed
            ]
        );
    }
    assert_eq!(
        FaultReason::presets(step, &with_destination(LeadDestination::None)),
        vec![FaultReason::PackagingFailed]
    );
    assert!(!FaultReason::LeadSettingsRejected {
        destination: LeadDestinationKind::None
    }
    .fits(step));
    assert!(!FaultReason::LeadSettingsRejected {
        destination: LeadDestinationKind::Salesforce
    }
    .fits(Step::Provisioning));
}

#[test]
fn a_planned_lead_failure_names_the_destinations_own_fields() {
    let expected = [
        (LeadDestinationKind::AzureTable, "connection_string"),
        (LeadDestinationKind::DynamicsCrmOnline, "url"),
        (LeadDestinationKind::HttpsEndpoint, "url"),
        (LeadDestinationKind::Marketo, "server_id"),
        (LeadDestinationKind::Salesforce, "org_id"),
    ];
    for (destination, (kind, first)) in destinations().into_iter().zip(expected) {
        let o = run_with_fault(
            with_destination(destination),
            Step::PackagingAndLeadRegistration,
            FaultReason::LeadSettingsRejected { destination: kind },
        );
        let f = failure(&o);
        assert_eq!(f.step, Step::PackagingAndLeadRegistration);
        let lead = LeadFailure::Rejected { destination: kind };
        assert_eq!(f.reason, FailureReason::LeadRegistration(lead.clone()));
        let field = FieldPath::parse(&format!("marketplace.lead_destination.{first}"));
        assert_eq!(lead.field(), field);
        assert_eq!(
            f.remedies(),
            vec![
                Remedy::FixLeadDestination { field },
                Remedy::FixAndPublishAgain
            ]
        );
        assert!(o.fault.is_none(), "it fired once");
    }
}

#[test]
fn the_failure_names_the_destination_the_run_has_not_the_one_planned_against() {
    let o = run_with_fault(
        with_destination(destinations().remove(3)),
        Step::PackagingAndLeadRegistration,
        FaultReason::LeadSettingsRejected {
            destination: LeadDestinationKind::Salesforce,
        },
    );
    assert_eq!(
        failure(&o).reason,
        FailureReason::LeadRegistration(LeadFailure::Rejected {
            destination: LeadDestinationKind::Marketo
        })
    );
}

#[test]
fn a_lead_failure_cannot_happen_to_a_run_without_a_lead_destination() {
    let o = run_with_fault(
        with_destination(LeadDestination::None),
        Step::PackagingAndLeadRegistration,
        FaultReason::LeadSettingsRejected {
            destination: LeadDestinationKind::Salesforce,
        },
    );
    assert_eq!(o.publish_state(), PublishState::WaitingForPublisherReview);
    assert!(o.fault.is_some(), "it stays planned for a run that has one");
    assert!(!o
        .fault
        .as_ref()
        .is_some_and(|f| f.reason.applies_to(o.fault_form())));
}

#[test]
fn the_form_a_fault_meets_is_the_running_runs_else_the_draft() {
    let mut o = Offer::new(OfferId("o".into()), "Contoso".into(), SimTime(T0));
    o.draft = complete_form();
    assert_eq!(o.fault_form(), &o.draft);
    let mut o = ok(&o, Command::Publish { seed: 1 }, 0);
    o.draft.marketplace.lead_destination = LeadDestination::None;
    assert_eq!(o.fault_form(), &complete_form(), "the running run's");
    let o = ok(
        &o,
        Command::SubmitNotificationEmail("dana@contoso.com".into()),
        0,
    );
    let o = advance(&o, &clock(), WallTime(TO_SIGNOFF)).offer;
    let o = ok(&o, Command::CancelPublishing, TO_SIGNOFF);
    assert_eq!(o.fault_form(), &o.draft, "the next run's");
}

#[test]
fn an_image_that_cannot_be_copied_names_the_offered_os_vhd_url() {
    let mut form = complete_form();
    let mut newer = form.skus[0].disk_versions[0].clone();
    newer.version = "1.1.0".into();
    form.skus[0].disk_versions.push(newer);
    for reason in [
        FaultReason::SasUriNotDownloadable,
        FaultReason::VhdNotFixedFormat,
    ] {
        let o = run_with_fault(form.clone(), Step::Certification, reason.clone());
        let field = FieldPath::parse("skus[0].disk_versions[1].os_vhd_url");
        let f = failure(&o);
        assert_eq!(
            f.reason,
            FailureReason::FaultOnField {
                reason: reason.clone(),
                field: field.clone()
            }
        );
        let fixes: Vec<Remedy> = f.remedies();
        assert!(
            fixes.contains(&Remedy::GenerateContainerSas {
                field: field.clone()
            }) || fixes.contains(&Remedy::PointToVhdFile { field }),
            "{fixes:?}"
        );
    }
}

#[test]
fn a_lead_setting_problem_points_at_its_own_field() {
    let base = "marketplace.lead_destination";
    let cases = [
        (
            LeadFailure::MissingSetting {
                destination: LeadDestinationKind::AzureTable,
                setting: "AccountKey".into(),
            },
            format!("{base}.connection_string"),
        ),
        (
            LeadFailure::BadSetting {
                destination: LeadDestinationKind::Marketo,
                setting: "munchkin_id".into(),
            },
            format!("{base}.munchkin_id"),
        ),
        (
            LeadFailure::BadSetting {
                destination: LeadDestinationKind::DynamicsCrmOnline,
                setting: "user".into(),
            },
            format!("{base}.user"),
        ),
        (LeadFailure::NoDestination, base.to_string()),
    ];
    for (failure, path) in cases {
        assert_eq!(failure.field().as_str(), path, "{failure:?}");
    }
    // The real check of step 4 names the field too.
    let bad = LeadDestination::Salesforce {
        org_id: "12345".into(),
    };
    let failure = register_leads(&bad, 1).expect_err("refused");
    assert_eq!(failure.field().as_str(), format!("{base}.org_id"));
}

#[test]
fn renumbering_luns_starts_at_the_first_data_disks_lun() {
    let mut form = complete_form();
    form.skus[0].disk_versions[0].data_disks[0].lun = "1".into();
    let failures = certify(&form, SimTime(T0));
    assert_eq!(failures.len(), 1);
    assert_eq!(
        failures[0].remedy(),
        Remedy::RenumberLuns {
            field: FieldPath::parse("skus[0].disk_versions[0].data_disks[0].lun")
        }
    );
}

#[test]
fn a_file_that_is_not_a_png_is_only_said_to_be_not_a_png() {
    let wrong = |image: ImageMeta| {
        let mut form = complete_form();
        form.marketplace.logos.small = Some(image);
        check_form(&form)
            .into_iter()
            .filter(|p| p.path.as_str() == "marketplace.logos.small")
            .map(|p| p.kind)
            .collect::<Vec<_>>()
    };
    let not_png = vec![ProblemKind::WrongImageType {
        expected: ImageType::Png,
    }];
    // A text file the browser could not read as an image: no "0 x 0 pixels".
    let text = ImageMeta {
        file_name: "notes.txt".into(),
        mime: "text/plain".into(),
        width: 0,
        height: 0,
        bytes: 120,
        ..ImageMeta::default()
    };
    assert_eq!(wrong(text.clone()), not_png);
    assert!(!text.is_png());
    // A file named .png that does not decode.
    let broken = ImageMeta {
        mime: "image/png".into(),
        ..text
    };
    assert_eq!(wrong(broken), not_png);
    // A JPEG of the right size is still not a PNG.
    let jpeg = ImageMeta {
        mime: "image/jpeg".into(),
        ..png("s.jpg", 40, 40)
    };
    assert_eq!(wrong(jpeg), not_png);
    // A PNG of the wrong size is only the wrong size.
    assert!(matches!(
        wrong(png("s.png", 48, 48)).as_slice(),
        [ProblemKind::WrongImageSize { .. }]
    ));
    assert!(png("s.png", 40, 40).is_png());
}
