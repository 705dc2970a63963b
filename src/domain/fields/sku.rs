//! The paths of the SKUs and of everything inside one: ports, disk versions, data disks.

use super::names::*;
use crate::domain::path::FieldPath;

/// The list of SKUs (the "SKUs" section).
pub fn skus() -> FieldPath {
    FieldPath::root(SKUS)
}

/// SKU `i`.
pub fn sku(i: usize) -> SkuPath {
    SkuPath(skus().index(i))
}

/// The path of one SKU and of its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkuPath(FieldPath);

impl SkuPath {
    /// The SKU itself (`skus[i]`).
    pub fn path(&self) -> FieldPath {
        self.0.clone()
    }

    /// SKU ID.
    pub fn sku_id(&self) -> FieldPath {
        self.0.field(SKU_ID)
    }

    /// Title.
    pub fn title(&self) -> FieldPath {
        self.0.field(TITLE)
    }

    /// Summary.
    pub fn summary(&self) -> FieldPath {
        self.0.field(SUMMARY)
    }

    /// Description.
    pub fn description(&self) -> FieldPath {
        self.0.field(DESCRIPTION)
    }

    /// "Hide this SKU".
    pub fn hidden(&self) -> FieldPath {
        self.0.field(HIDDEN)
    }

    /// OS family.
    pub fn os_family(&self) -> FieldPath {
        self.0.field(OS_FAMILY)
    }

    /// OS type.
    pub fn os_type(&self) -> FieldPath {
        self.0.field(OS_TYPE)
    }

    /// OS friendly name.
    pub fn os_friendly_name(&self) -> FieldPath {
        self.0.field(OS_FRIENDLY_NAME)
    }

    /// The list of recommended VM sizes.
    pub fn vm_sizes(&self) -> FieldPath {
        self.0.field(VM_SIZES)
    }

    /// VM size `j`.
    pub fn vm_size(&self, j: usize) -> FieldPath {
        self.vm_sizes().index(j)
    }

    /// The list of open ports.
    pub fn open_ports(&self) -> FieldPath {
        self.0.field(OPEN_PORTS)
    }

    /// Open port `j`.
    pub fn open_port(&self, j: usize) -> PortPath {
        PortPath(self.open_ports().index(j))
    }

    /// The license model.
    pub fn license(&self) -> FieldPath {
        self.0.field(LICENSE)
    }

    /// The free trial of a usage-based license.
    pub fn free_trial(&self) -> FieldPath {
        self.license().field(FREE_TRIAL)
    }

    /// The list of disk versions.
    pub fn disk_versions(&self) -> FieldPath {
        self.0.field(DISK_VERSIONS)
    }

    /// Disk version `j`.
    pub fn disk_version(&self, j: usize) -> DiskVersionPath {
        DiskVersionPath(self.disk_versions().index(j))
    }
}

/// The path of one open port and of its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortPath(FieldPath);

impl PortPath {
    /// The port itself (`…open_ports[j]`): its number and protocol together.
    pub fn path(&self) -> FieldPath {
        self.0.clone()
    }

    /// Port number.
    pub fn number(&self) -> FieldPath {
        self.0.field(NUMBER)
    }

    /// Protocol.
    pub fn protocol(&self) -> FieldPath {
        self.0.field(PROTOCOL)
    }
}

/// The path of one disk version and of its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiskVersionPath(FieldPath);

impl DiskVersionPath {
    /// The disk version itself (`…disk_versions[j]`).
    pub fn path(&self) -> FieldPath {
        self.0.clone()
    }

    /// Version (X.Y.Z).
    pub fn version(&self) -> FieldPath {
        self.0.field(VERSION)
    }

    /// OS VHD URL.
    pub fn os_vhd_url(&self) -> FieldPath {
        self.0.field(OS_VHD_URL)
    }

    /// OS disk size.
    pub fn os_disk_size_gb(&self) -> FieldPath {
        self.0.field(OS_DISK_SIZE_GB)
    }

    /// The list of data disks.
    pub fn data_disks(&self) -> FieldPath {
        self.0.field(DATA_DISKS)
    }

    /// Data disk `k`.
    pub fn data_disk(&self, k: usize) -> DataDiskPath {
        DataDiskPath(self.data_disks().index(k))
    }
}

/// The path of one data disk and of its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDiskPath(FieldPath);

impl DataDiskPath {
    /// The data disk itself (`…data_disks[k]`).
    pub fn path(&self) -> FieldPath {
        self.0.clone()
    }

    /// LUN.
    pub fn lun(&self) -> FieldPath {
        self.0.field(LUN)
    }

    /// VHD URL.
    pub fn vhd_url(&self) -> FieldPath {
        self.0.field(VHD_URL)
    }

    /// Size.
    pub fn size_gb(&self) -> FieldPath {
        self.0.field(SIZE_GB)
    }
}
