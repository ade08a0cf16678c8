"""A saved scenario, evaluated on the project's data: the JSON document of to_json.py with
Monte Carlo, tornado and cost allocation.

Reproducible: the Monte Carlo run uses `DEFAULT_SEED` unless told otherwise (`seed=None` draws
a seed), and the seed used is reported in the document (`monte_carlo.seed`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from db.session import ProjectDatabase
from desktop.core.scenarios.allocation import allocate
from desktop.core.scenarios.from_project import project_data
from desktop.core.scenarios.inputs import ProjectData
from desktop.core.scenarios.model import ScenarioResult, compute
from desktop.core.scenarios.scenario import Scenario
from desktop.core.scenarios.store import list_scenarios, load_scenario
from desktop.core.scenarios.to_json import scenario_document
from desktop.core.scenarios.uncertainty import simulate, tornado

DEFAULT_DRAWS = 10_000
DEFAULT_SEED = 20_260_401


def document(project: ProjectData, scenario: Scenario, draws: int = DEFAULT_DRAWS,
             seed: int | None = DEFAULT_SEED, distribution: str = "pert") -> dict[str, Any]:
    """The full document of a scenario (saved or not) on a project's data."""
    result = compute(project, scenario)
    mc = simulate(project, scenario, draws=draws, seed=seed, distribution=distribution)
    return scenario_document(result, monte_carlo=mc, tornado=tornado(project, scenario),
                             allocation=allocate(result))


def evaluate(db: ProjectDatabase, name: str, draws: int = DEFAULT_DRAWS,
             seed: int | None = DEFAULT_SEED, distribution: str = "pert") -> dict[str, Any]:
    """The document of the saved scenario `name` (ScenarioNotFound if there is none)."""
    scenario = load_scenario(db, name)
    return document(project_data(db), scenario, draws, seed, distribution)


@dataclass(frozen=True)
class ScenarioOverview:
    """One saved scenario with its deterministic result, for lists; `error` (Norwegian) when
    it cannot be computed on the project's data as it is now (e.g. a participant removed)."""

    scenario: Scenario
    result: ScenarioResult | None
    error: str | None = None

    @property
    def npv(self) -> float | None:
        return None if self.result is None else self.result.npv


def overview(db: ProjectDatabase) -> list[ScenarioOverview]:
    """Every saved scenario, by name, computed once (no Monte Carlo)."""
    saved = list_scenarios(db)
    if not saved:
        return []
    project = project_data(db)
    out = []
    for item in saved:
        try:
            out.append(ScenarioOverview(item.scenario, compute(project, item.scenario)))
        except ValueError as exc:
            out.append(ScenarioOverview(item.scenario, None, str(exc)))
    return out
