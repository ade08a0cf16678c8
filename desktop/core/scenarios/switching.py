"""Which installation switches to its slot's common system, in which year, and what its move
costs (level 3): the per-installation terms of the migration cost in costs.py
(migration cost of its class + its switching users × training cost per user + its old licence
× parallel running months / 12), so that the decision notes can say what it costs to move
each municipality and when. Σ of `cost` over the switches is the one-time migration cost of
the result (a test holds them together).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.scenarios.inputs import InstallationData, ProjectData
from desktop.core.scenarios.model import ScenarioResult, participation
from desktop.core.scenarios.prepared import installation_rows
from desktop.core.scenarios.structure import MIGRATION_KEYS


@dataclass(frozen=True)
class Switch:
    installation: InstallationData
    slot: str
    year: int
    cost: float  # NOK, one-time


def switches(project: ProjectData, result: ScenarioResult) -> tuple[Switch, ...]:
    """Every installation of the participants that switches within the horizon."""
    q = result.quantities
    rows = q.rows
    if "inst" not in rows or not q.std_slots:
        return ()
    data = installation_rows(participation(project, result.scenario).project)
    p = result.parameters
    months = p["parallel_running_months"] / 12
    training = p["training_cost_per_user"]
    out = []
    for j in range(len(rows["inst"])):
        if not rows["switch"][j]:
            continue
        cost = (p[MIGRATION_KEYS[int(rows["class"][j])]] + rows["training"][j] * training
                + rows["old"][j] * months)
        out.append(Switch(data[int(rows["inst"][j])], q.std_slots[int(rows["slot"][j])],
                          result.years[int(rows["tr"][j])], float(cost)))
    return tuple(out)
