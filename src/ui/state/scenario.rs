//! The app state's part in scenario links and files: adding one as a new offer through the
//! session.

use super::{wall_now, AppState};
use crate::domain::{OfferId, Scenario};
use crate::store::session::ScenarioAddError;
use crate::ui::ids::new_offer_id;
use leptos::prelude::*;

impl AppState {
    /// Adds a shared scenario as a new offer (a fresh identity, never over an existing
    /// one), its failure planned, at its speed when `use_speed`; answers its identity.
    pub fn add_scenario(
        &self,
        scenario: &Scenario,
        use_speed: bool,
    ) -> Result<OfferId, ScenarioAddError> {
        let id = new_offer_id();
        let wall = wall_now();
        self.ask_writing(|session| session.add_scenario(scenario, id.clone(), use_speed, wall))
            // The app unmounted meanwhile: nothing was added.
            .unwrap_or(Err(ScenarioAddError::Exists(id.clone())))?;
        self.wall.set(wall);
        self.relist();
        Ok(id)
    }
}
