"""What the scenario tab computes, Qt-free: run on a worker thread, handed to the GUI as
plain data.

`load_workspace(path)` reads the project once (its data for the model, today's situation and
the saved scenarios); `evaluate(project, scenario)` computes one scenario in stages (the result
and its cost allocation first, then the tornado and Monte Carlo), reporting each stage and
stopping between stages when the request is no longer wanted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.project.api import ProjectApi
from desktop.core.scenarios import (
    Allocation,
    Baseline,
    MonteCarloResult,
    ProjectData,
    Scenario,
    ScenarioResult,
    TornadoBar,
    allocate,
    baseline,
    compute,
    simulate,
    tornado,
)
from desktop.core.scenarios.from_project import project_data
from desktop.core.scenarios.service import DEFAULT_DRAWS, DEFAULT_SEED
from desktop.core.scenarios.store import list_scenarios

# stage(step, steps, what): what is one of STAGES
Stage = Callable[[int, int, str], None]
Partial = Callable[[object], None]
IsCancelled = Callable[[], bool]
STAGES = ("result", "tornado", "monte_carlo")


class Superseded(Exception):
    """The request was superseded by a newer one."""


@dataclass(frozen=True)
class Workspace:
    project: ProjectData
    baseline: Baseline
    saved: tuple[Scenario, ...]  # by name


@dataclass(frozen=True)
class Evaluation:
    """One scenario computed: the result and allocation, and when `complete` the tornado and
    the Monte Carlo run too. `error` (Norwegian, from the core) when it cannot be computed."""

    scenario: Scenario
    result: ScenarioResult | None = None
    allocation: Allocation | None = None
    tornado: tuple[TornadoBar, ...] = ()
    monte_carlo: MonteCarloResult | None = None
    error: str | None = None
    complete: bool = False


def load_workspace(path: str | Path) -> Workspace:
    """The project's data, today's situation and the saved scenarios (own connection)."""
    api = ProjectApi.open(path)
    try:
        project = project_data(api.db)
        saved = tuple(s.scenario for s in list_scenarios(api.db))
    finally:
        api.close()
    return Workspace(project, baseline(project), saved)


def evaluate(project: ProjectData, scenario: Scenario, *, draws: int = DEFAULT_DRAWS,
             seed: int | None = DEFAULT_SEED, stage: Stage | None = None,
             partial: Partial | None = None,
             cancelled: IsCancelled = lambda: False) -> Evaluation:
    """The scenario in three stages; `partial` gets the evaluation after the first (the
    deterministic result is ready long before Monte Carlo). Raises Superseded when
    `cancelled()` turns true between stages."""

    def step(i: int) -> None:
        if cancelled():
            raise Superseded
        if stage is not None:
            stage(i, len(STAGES), STAGES[i])

    step(0)
    try:
        result = compute(project, scenario)
        shares = allocate(result)
    except ValueError as exc:
        return Evaluation(scenario, error=str(exc), complete=True)
    first = Evaluation(scenario, result, shares)
    if partial is not None:
        partial(first)
    step(1)
    bars = tornado(project, scenario)
    step(2)
    mc = simulate(project, scenario, draws=draws, seed=seed)
    return Evaluation(scenario, result, shares, bars, mc, complete=True)


def evaluate_all(project: ProjectData, scenarios: Sequence[Scenario], *,
                 draws: int = DEFAULT_DRAWS, seed: int | None = DEFAULT_SEED,
                 stage: Stage | None = None,
                 cancelled: IsCancelled = lambda: False) -> tuple[Evaluation, ...]:
    """Several scenarios for the comparison, each complete."""
    out = []
    for i, scenario in enumerate(scenarios):
        if cancelled():
            raise Superseded
        if stage is not None:
            stage(i, len(scenarios), scenario.name)
        out.append(evaluate(project, scenario, draws=draws, seed=seed, cancelled=cancelled))
    return tuple(out)
