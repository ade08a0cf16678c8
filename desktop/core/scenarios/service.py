"""Saved scenarios evaluated on the project's data: the JSON document of a saved scenario, and
the overview of every saved scenario for lists.

Reproducible: the Monte Carlo run uses the project's simulation settings (draws and seed,
stored with the project) unless told otherwise; the seed used is reported in the document.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from db.session import ProjectDatabase
from desktop.core.errors import UserError
from desktop.core.scenarios.evaluation import (
    DEFAULT_DRAWS,
    DEFAULT_SEED,
    ScenarioEvaluation,
    Simulation,
    evaluate,
)
from desktop.core.scenarios.from_project import project_data
from desktop.core.scenarios.model import ScenarioResult, compute
from desktop.core.scenarios.scenario import Scenario
from desktop.core.scenarios.store import list_scenarios, load_scenario

__all__ = ["DEFAULT_DRAWS", "DEFAULT_SEED", "ScenarioOverview", "evaluate_saved", "overview"]


def evaluate_saved(db: ProjectDatabase, name: str, simulation: Simulation
                   ) -> ScenarioEvaluation:
    """The saved scenario `name` evaluated (ScenarioNotFound if there is none)."""
    scenario = load_scenario(db, name)
    return evaluate(project_data(db), scenario, simulation)


def document(db: ProjectDatabase, name: str, simulation: Simulation) -> dict[str, Any]:
    """The JSON document of the saved scenario `name`; a UserError when it cannot be computed
    on the project's data as it is now."""
    ev = evaluate_saved(db, name, simulation)
    if ev.error is not None:
        raise UserError(f"Scenarioet «{ev.name}» kan ikke beregnes: {ev.error}")
    return ev.document()


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
        except UserError as exc:
            out.append(ScenarioOverview(item.scenario, None, str(exc)))
    return out
