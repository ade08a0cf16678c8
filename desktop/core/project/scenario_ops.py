"""Scenarios through the facade: `api.scenarios.save(…)`, `api.scenarios.workspace()`, and the
one evaluation of a saved scenario (`evaluate`), each write recorded as a change."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.core.project.changes import Changes, Data
from desktop.core.scenarios import service, store
from desktop.core.scenarios.baseline import Baseline, baseline
from desktop.core.scenarios.evaluation import ScenarioEvaluation, Simulation
from desktop.core.scenarios.from_project import project_data
from desktop.core.scenarios.inputs import ProjectData
from desktop.core.scenarios.scenario import Scenario
from desktop.core.scenarios.service import ScenarioOverview
from desktop.core.scenarios.today import CostToday, cost_today

if TYPE_CHECKING:
    from db.session import ProjectDatabase
    from desktop.core.project.api import ProjectApi


@dataclass(frozen=True)
class Workspace:
    """What the scenario tab works on, read at one moment: the model's input, today's
    situation, the saved scenarios (by name) and the project's simulation settings."""

    project: ProjectData
    baseline: Baseline
    saved: tuple[Scenario, ...]
    simulation: Simulation
    cost_today: CostToday | None = None  # the model's cost today of all who answered


class ScenarioOps:
    def __init__(self, api: ProjectApi) -> None:
        self._api = api

    @property
    def _db(self) -> ProjectDatabase:
        return self._api.db

    # --- reading -------------------------------------------------------------------------
    def workspace(self) -> Workspace:
        project = project_data(self._db)
        saved = tuple(s.scenario for s in store.list_scenarios(self._db))
        return Workspace(project, baseline(project), saved, store.load_simulation(self._db),
                         cost_today(project))

    def project_data(self) -> ProjectData:
        return project_data(self._db)

    def saved(self) -> list[store.SavedScenario]:
        return store.list_scenarios(self._db)

    def load(self, name: str) -> store.SavedScenario:
        return store.load_saved(self._db, name)

    def overview(self) -> list[ScenarioOverview]:
        return service.overview(self._db)

    def simulation(self) -> Simulation:
        return store.load_simulation(self._db)

    def evaluate(self, name: str, simulation: Simulation | None = None) -> ScenarioEvaluation:
        """The saved scenario `name`, with the project's simulation unless one is given."""
        return service.evaluate_saved(self._db, name, simulation or self.simulation())

    def document(self, name: str, simulation: Simulation | None = None) -> dict[str, Any]:
        """The JSON document of the saved scenario `name` (a UserError when it cannot be
        computed on the project's data as it is now)."""
        return service.document(self._db, name, simulation or self.simulation())

    def participant_numbers(self, refs: str | Sequence[str]) -> tuple[str, ...]:
        return store.participant_numbers(self._db, list(refs) if not isinstance(refs, str)
                                         else refs)

    # --- writing -------------------------------------------------------------------------
    def save(self, scenario: Scenario, *, replace: bool = True) -> store.SavedScenario:
        saved = store.save_scenario(self._db, scenario, replace=replace)
        self._api.changed(Changes.of(Data.SCENARIOS, scenarios=[saved.name]))
        return saved

    def delete(self, name: str) -> str:
        deleted = store.delete_scenario(self._db, name)
        self._api.changed(Changes.of(Data.SCENARIOS, scenarios=[deleted]))
        return deleted

    def rename(self, name: str, new_name: str) -> None:
        store.rename_scenario(self._db, name, new_name)
        self._api.changed(Changes.of(Data.SCENARIOS, scenarios=[name, new_name.strip()]))

    def set_simulation(self, simulation: Simulation) -> None:
        store.save_simulation(self._db, simulation)
        self._api.changed(Changes.of(Data.SETTINGS))
