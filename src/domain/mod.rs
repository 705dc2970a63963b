//! The domain core of golive: the whole product logic as pure, deterministic Rust.
//!
//! No clock reads, no I/O, no browser: the current time is an argument. The offer form
//! ([`form`]) and the offer around it ([`offer`]), the form's field rules ([`rules`]),
//! certification ([`certification`]) and lead registration ([`lead`]) checks, and the
//! publishing workflow engine ([`workflow`]) with its effects as data (notifications, history,
//! leads, tickets). Durations are drawn from a seed stored with each run, deadlines are
//! absolute simulated times ([`time`]).
//!
//! Field paths ([`path::FieldPath`]) name fields as `skus[1].disk_versions[0].os_vhd_url`; the
//! UI uses them as DOM ids. No user-facing sentence lives here: problems, failures, remedies and
//! emails are enums with data, put into words by the UI.
#![warn(missing_docs)]

pub mod certification;
pub mod compare;
pub mod demo;
pub mod diff;
pub mod failure;
pub mod fault;
pub mod fields;
pub mod form;
pub mod formats;
pub mod history;
pub mod images;
pub mod lead;
pub mod lesson;
pub mod listing;
pub mod markup;
pub mod merge;
pub mod next_action;
pub mod notification;
pub mod offer;
pub mod path;
pub mod pipeline;
pub mod png;
pub mod regions;
pub mod remedy;
pub mod rng;
pub mod rules;
pub mod run;
pub mod sample;
pub mod sample_images;
pub mod sas;
pub mod scenario;
pub mod staging;
pub mod status;
pub mod step;
pub mod support;
pub mod time;
pub mod workflow;

pub use certification::{
    certify, checks, checks_done, checks_done_in, os_disk_range, CertificationFailure,
    CertificationKind, Check, CheckResult, SasUri, Subject, Verdict,
};
pub use diff::diff;
pub use failure::{FailureReason, RunFailure};
pub use fault::{FaultReason, PlannedFault};
pub use form::{
    default_ports, Contact, DataDisk, DiskVersion, FreeTrial, ImageMeta, LeadDestination,
    LeadDestinationKind, License, Link, LogoKind, Logos, Marketplace, OfferForm, OfferSettings,
    OsFamily, Port, Protocol, Sku, Support, Video,
};
pub use history::{HistoryEvent, HistoryKind};
pub use images::{ImageProblem, ImageRefusal};
pub use lead::{register_leads, LeadCustomer, LeadFailure, LeadRecord, LeadSource};
pub use lesson::{LessonId, Progress};
pub use listing::{duplicate, ListQuery, Page, SortKey, StatusGroup, PAGE_SIZE};
pub use merge::{field_of, merge_forms, restore_field, FieldConflict, Merged};
pub use next_action::{next_action, NextAction};
pub use notification::{Notification, NotificationId, NotificationKind};
pub use offer::{activity, check_offer, LiveVersion, Offer, OfferId, SuggestedEmail};
pub use path::FieldPath;
pub use pipeline::{pipeline, StepTiming, StepView};
pub use png::{PngData, PngError, PngInfo};
pub use regions::{replication, Region};
pub use remedy::Remedy;
pub use rules::{check_form, problems_at, FieldProblem, Format, ImageType, ProblemKind};
pub use run::{Inconsistency, Run, StepRecord};
pub use scenario::{Scenario, ScenarioFault, ScenarioProblem};
pub use staging::{deploy_to_staging, preview_available, StagingDeployment, StagingRefusal};
pub use status::{live_through_update, status, status_of, OfferStatus};
pub use step::{PublishState, Step, StepState};
pub use support::{SupportTicket, TicketState};
pub use time::{
    Activity, ClockCommand, SimClock, SimTime, Speed, WallTime, DAY_MS, HOUR_MS, MINUTE_MS,
};
pub use workflow::{advance, apply, Command, Effect, Outcome, Refusal};
