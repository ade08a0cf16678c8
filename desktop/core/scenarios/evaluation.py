"""A scenario evaluated: the one place a scenario's figures are computed.

The app's scenario tab, `samdrift scenario --show`, the report (PDF, workbook, Word) and the
comparison all call `evaluate` and present the `ScenarioEvaluation` it returns, so the same
question gets the same answer wherever it is asked: the same draws (`Simulation`: one draw
count and seed, stored with the project), the same cost allocation, the same rounding
(`key_numbers.KeyNumbers`).

Work comes in stages (the result and its allocation first, then the tornado and the Monte
Carlo run); `partial` receives the evaluation after the first stage, and `cancelled()` is asked
between stages (Superseded when it turns true), so the app can show the deterministic result
long before the simulation ends and drop work a newer edit has made pointless.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from desktop.core.errors import Cancelled, InputError, UserError
from desktop.core.scenarios.allocation import Allocation, allocate
from desktop.core.scenarios.inputs import ProjectData
from desktop.core.scenarios.model import ScenarioResult, compute
from desktop.core.scenarios.scenario import Scenario
from desktop.core.scenarios.uncertainty import (
    DISTRIBUTIONS,
    MonteCarloResult,
    TornadoBar,
    simulate,
    tornado,
)

if TYPE_CHECKING:
    from desktop.core.assessment.view import ScenarioAssessment
    from desktop.core.scenarios.baseline import Baseline
    from desktop.core.scenarios.key_numbers import KeyNumbers

DEFAULT_DRAWS = 10_000
DEFAULT_SEED = 20_260_401

# stage(step, steps, what): what is one of STAGES
Stage = Callable[[int, int, str], None]
Partial = Callable[["ScenarioEvaluation"], None]
IsCancelled = Callable[[], bool]
STAGES = ("result", "tornado", "monte_carlo")


class Superseded(Cancelled):
    """The request was superseded by a newer one (`cancelled()` turned true)."""


@dataclass(frozen=True)
class Simulation:
    """How the uncertainty is simulated: the number of draws, the seed (None: a new seed each
    run, reported in the result) and the distribution of each uncertain parameter."""

    draws: int = DEFAULT_DRAWS
    seed: int | None = DEFAULT_SEED
    distribution: str = "pert"

    def __post_init__(self) -> None:
        if self.draws < 1:
            raise InputError(f"Antall simuleringer må være minst 1, ikke {self.draws}",
                             english=f"The number of draws must be at least 1, not "
                                     f"{self.draws}")
        if self.distribution not in DISTRIBUTIONS:
            raise InputError(f"Ukjent fordeling: {self.distribution}",
                             english=f"Unknown distribution: {self.distribution}")

    def to_json(self) -> dict[str, Any]:
        return {"draws": self.draws, "seed": self.seed, "distribution": self.distribution}

    @classmethod
    def from_json(cls, doc: Any) -> Simulation:
        """The stored settings; anything unreadable falls back to the defaults."""
        if not isinstance(doc, dict):
            return cls()
        try:
            seed = doc.get("seed", DEFAULT_SEED)
            return cls(int(doc.get("draws", DEFAULT_DRAWS)),
                       None if seed is None else int(seed),
                       str(doc.get("distribution", "pert")))
        except (TypeError, ValueError):
            return cls()


@dataclass(frozen=True)
class ScenarioEvaluation:
    """One scenario computed on the project's data as it was read.

    `result` and `allocation` come first; when `complete` the `tornado` and `monte_carlo` are
    there too. `error` is a Norwegian message when the scenario cannot be computed on this
    data (e.g. a participant no longer in the project)."""

    scenario: Scenario
    simulation: Simulation = field(default_factory=Simulation)
    result: ScenarioResult | None = None
    allocation: Allocation | None = None
    tornado: tuple[TornadoBar, ...] = ()
    monte_carlo: MonteCarloResult | None = None
    error: str | None = None
    complete: bool = False
    # the data it was computed on (for the assessment: decision notes, baseline flags)
    project: ProjectData | None = field(default=None, compare=False, repr=False)

    @property
    def name(self) -> str:
        return self.scenario.name

    @property
    def ok(self) -> bool:
        return self.result is not None

    @cached_property
    def numbers(self) -> KeyNumbers:
        """The key numbers as every output presents them (whole kroner, one rounding)."""
        from desktop.core.scenarios.key_numbers import key_numbers

        return key_numbers(self)

    @cached_property
    def participants_baseline(self) -> Baseline | None:
        """The baseline of the computed participants with the scenario's parameters (its
        vulnerability flags); None without the data."""
        from desktop.core.scenarios.baseline import baseline

        if self.project is None or self.result is None:
            return None
        return baseline(self.project, [n for n, _ in self.result.participants],
                        self.result.parameters)

    @cached_property
    def assessment(self) -> ScenarioAssessment | None:
        """The non-priced effects, risks, benefits plan, responsibility matrix and decision
        notes (desktop.core.assessment); None when the scenario cannot be computed."""
        from desktop.core.assessment.view import build

        base = self.participants_baseline
        if self.result is None or base is None:
            return None
        return build(self, base, self.project)

    def document(self, baseline: Baseline | None = None) -> dict[str, Any]:
        """The JSON document (`samdrift scenario --show NAME --json`)."""
        from desktop.core.scenarios.to_json import evaluation_document

        return evaluation_document(self, baseline)


def evaluate(project: ProjectData, scenario: Scenario, simulation: Simulation | None = None,
             *, stage: Stage | None = None, partial: Partial | None = None,
             cancelled: IsCancelled = lambda: False) -> ScenarioEvaluation:
    """The scenario in three stages. A scenario that cannot be computed on this data gives an
    evaluation with `error` (a UserError's message); a bug propagates."""
    sim = simulation or Simulation()

    def step(i: int) -> None:
        if cancelled():
            raise Superseded
        if stage is not None:
            stage(i, len(STAGES), STAGES[i])

    step(0)
    try:
        result = compute(project, scenario)
        shares = allocate(result)
    except UserError as exc:
        return ScenarioEvaluation(scenario, sim, error=str(exc), complete=True,
                                  project=project)
    first = ScenarioEvaluation(scenario, sim, result, shares, project=project)
    if partial is not None:
        partial(first)
    step(1)
    bars = tornado(project, scenario)
    step(2)
    mc = simulate(project, scenario, draws=sim.draws, seed=sim.seed,
                  distribution=sim.distribution)
    return ScenarioEvaluation(scenario, sim, result, shares, bars, mc, complete=True,
                              project=project)


def evaluate_all(project: ProjectData, scenarios: Sequence[Scenario],
                 simulation: Simulation | None = None, *, stage: Stage | None = None,
                 cancelled: IsCancelled = lambda: False) -> tuple[ScenarioEvaluation, ...]:
    """Several scenarios, each complete (the comparison, the report)."""
    out = []
    for i, scenario in enumerate(scenarios):
        if cancelled():
            raise Superseded
        if stage is not None:
            stage(i, len(scenarios), scenario.name)
        out.append(evaluate(project, scenario, simulation, cancelled=cancelled))
    return tuple(out)
