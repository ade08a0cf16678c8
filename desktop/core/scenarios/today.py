"""«Cost today» of the whole project, computed by the scenario model's own formulas.

«Dagens situasjon» (baseline.py) shows the data as reported, with what is missing counted. The
figure a steering group reads as "what IT costs today" is the model's: purchases between
participants counted once, and an estimate (stated) where a municipality gave FTE without a
salary cost or a system without a licence cost. This is that figure for every participant that
has answered, the same value a scenario of all of them starts from, to the krone.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.scenarios.allocation import allocate
from desktop.core.scenarios.evaluation import ScenarioEvaluation, Simulation
from desktop.core.scenarios.inputs import ProjectData
from desktop.core.scenarios.model import compute
from desktop.core.scenarios.scenario import Scenario


@dataclass(frozen=True)
class CostToday:
    total: int  # kr per year
    estimated: int  # of which estimated where a cost was not given
    by_municipality: dict[str, int]  # number -> kr per year (those that answered)
    not_answered: tuple[str, ...]  # names of participants without a return


def cost_today(project: ProjectData) -> CostToday | None:
    """None when no participant has answered."""
    answered = tuple(m.number for m in project.municipalities if m.answered)
    if not answered:
        return None
    scenario = Scenario("Dagens situasjon", answered, level=1, organisation_form=None)
    result = compute(project, scenario)
    allocation = allocate(result, year=result.years[0])
    numbers = ScenarioEvaluation(scenario, Simulation(), result, allocation).numbers
    return CostToday(
        numbers.cost_today, numbers.cost_today_estimated,
        {m.number: m.cost_today for m in allocation.municipalities if m.cost_today is not None},
        tuple(m.name for m in project.municipalities if not m.answered))
