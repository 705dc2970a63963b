//! Adding a scenario a trainer shared as a new offer: never over an existing one, its
//! failure planned through the engine, the scenario's speed applied only when asked.

use super::{AddError, OfferCell, Session, Write};
use crate::domain::{apply, ClockCommand, OfferId, Refusal, Scenario, ScenarioProblem, WallTime};
use crate::store::Storage;

/// Why a scenario was not added; nothing changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScenarioAddError {
    /// Its content is not acceptable (checked again here: the session trusts no caller).
    Invalid(ScenarioProblem),
    /// The engine refused its planned failure.
    Refused(Refusal),
    /// The identity given is already an offer's: a scenario never replaces one.
    Exists(OfferId),
}

/// A scenario added: the new offer's cell, how its write went, and how the clock's went
/// when the scenario's speed was applied.
pub struct ScenarioAdded<C> {
    /// The new offer.
    pub cell: C,
    /// Its write.
    pub write: Write,
    /// The clock's write, when its speed changed.
    pub clock: Option<Write>,
}

impl<S: Storage, C: OfferCell> Session<S, C> {
    /// Adds `scenario` as a new offer with the identity `id` (fresh, made by the caller):
    /// its form as the draft, its failure planned (the history says so), written at once.
    /// With `use_speed`, the shared clock then runs at the scenario's speed; otherwise the
    /// visitor's speed stays.
    pub fn add_scenario(
        &mut self,
        scenario: &Scenario,
        id: OfferId,
        use_speed: bool,
        wall: WallTime,
    ) -> Result<ScenarioAdded<C>, ScenarioAddError> {
        if let Some(problem) = scenario.problems().into_iter().next() {
            return Err(ScenarioAddError::Invalid(problem));
        }
        if self.position(&id).is_some() {
            return Err(ScenarioAddError::Exists(id));
        }
        let mut offer = scenario.new_offer(id, self.clock.now(wall));
        if let Some(command) = scenario.plan_fault() {
            offer = apply(&offer, command, &self.clock, wall)
                .map_err(ScenarioAddError::Refused)?
                .offer;
        }
        let (cell, write) = self.add(offer, wall).map_err(|error| match error {
            AddError::Exists(id) => ScenarioAddError::Exists(id),
        })?;
        let clock = (use_speed && self.clock.speed != scenario.speed)
            .then(|| self.clock_command(ClockCommand::SetSpeed(scenario.speed), wall));
        Ok(ScenarioAdded { cell, write, clock })
    }
}
