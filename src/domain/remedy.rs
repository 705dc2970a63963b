//! What to do about a failure or at a step, as data: the UI turns each into text in the
//! user's language (emails, the Status tab, the Inbox).

use super::form::OsFamily;
use super::path::FieldPath;
use super::time::SimTime;
use serde::{Deserialize, Serialize};

/// One thing the publisher should do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Remedy {
    /// Make a new SAS URI for the container with `?` and its token (Storage Explorer,
    /// "Get Shared Access Signature").
    GenerateContainerSas {
        /// The field to paste it into.
        field: FieldPath,
    },
    /// Upload the VHD to an Azure Storage account and give its blob URL
    /// (`<account>.blob.core.windows.net`) with a SAS token.
    UseAzureBlobStorage {
        /// The field.
        field: FieldPath,
    },
    /// Give the SAS read and list permissions (`sp=rl`).
    GrantReadAndList {
        /// The field.
        field: FieldPath,
    },
    /// Make the SAS for the container, not the blob (`sr=c`).
    UseContainerScope {
        /// The field.
        field: FieldPath,
    },
    /// Give the SAS a start and an expiry datetime (`st`, `se`, UTC, ISO 8601).
    SetStartAndExpiry {
        /// The field.
        field: FieldPath,
    },
    /// Make a SAS that expires no earlier than this time (3 weeks after submission).
    ExtendExpiry {
        /// The field.
        field: FieldPath,
        /// Earliest acceptable expiry.
        not_before: SimTime,
    },
    /// Rename the VHD blob without spaces and make a new SAS URI.
    RenameVhdWithoutSpaces {
        /// The field.
        field: FieldPath,
    },
    /// Point the URL at the `.vhd` blob (a fixed-format VHD) itself.
    PointToVhdFile {
        /// The field.
        field: FieldPath,
    },
    /// Resize the OS disk into the family's range and upload it again.
    ResizeOsDisk {
        /// The field.
        field: FieldPath,
        /// OS family whose range applies.
        family: OsFamily,
        /// Smallest size in GB.
        min_gb: u32,
        /// Largest size in GB.
        max_gb: u32,
    },
    /// Shrink the data disk to at most this size.
    ResizeDataDisk {
        /// The field.
        field: FieldPath,
        /// Largest size in GB.
        max_gb: u32,
    },
    /// Number the data disks' LUNs 0, 1, 2 ... without gaps.
    RenumberLuns {
        /// The first data disk's LUN.
        field: FieldPath,
    },
    /// Correct the lead destination's connection fields (and test them in the CRM).
    FixLeadDestination {
        /// The field.
        field: FieldPath,
    },
    /// Fix the cause named by the failure in the Editor, then Publish again (restarts at
    /// step 1, Validate Pre-Requisites).
    FixAndPublishAgain,
    /// After a cancel: change the offer if needed, then Publish starts a new run at step 1
    /// (a live version stays live meanwhile).
    PublishWhenReady,
    /// Open a support request from the error if the cause is not yours.
    OpenSupportRequest,
    /// Check the offer in preview (listing page, deploy to staging with a preview
    /// subscription), then choose Go Live or Cancel publishing.
    PreviewThenGoLive,
    /// Nothing to do: the offer is live.
    Nothing,
}

impl Remedy {
    /// The field this remedy asks to change, if any.
    pub fn field(&self) -> Option<&FieldPath> {
        match self {
            Remedy::GenerateContainerSas { field }
            | Remedy::UseAzureBlobStorage { field }
            | Remedy::GrantReadAndList { field }
            | Remedy::UseContainerScope { field }
            | Remedy::SetStartAndExpiry { field }
            | Remedy::ExtendExpiry { field, .. }
            | Remedy::RenameVhdWithoutSpaces { field }
            | Remedy::PointToVhdFile { field }
            | Remedy::ResizeOsDisk { field, .. }
            | Remedy::ResizeDataDisk { field, .. }
            | Remedy::RenumberLuns { field }
            | Remedy::FixLeadDestination { field } => Some(field),
            Remedy::FixAndPublishAgain
            | Remedy::PublishWhenReady
            | Remedy::OpenSupportRequest
            | Remedy::PreviewThenGoLive
            | Remedy::Nothing => None,
        }
    }
}
