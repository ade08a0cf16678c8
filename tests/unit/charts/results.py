"""Scenario results for the chart tests, on the two-municipality project of the scenario
tests (tests/unit/scenarios/data.py)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from matplotlib.axes import Axes
from matplotlib.figure import Figure, SubFigure

from desktop.core.scenarios import Scenario, ScenarioResult, compute
from tests.unit.scenarios.data import A, B, project, scenario

# level 2 pays back; level 3 with a costly migration and nothing saved does not
PAYS_BACK: dict[str, float] = {"framework_saving": 0.05, "project_cost_fixed": 200_000,
                               "on_call_min_fte": 0, "benchmark_weight": 1.0}
NEVER: dict[str, float] = {"migration_cost_health": 2_000_000,
                           "migration_cost_per_installation": 2_000_000}


def with_params(level: int, overrides: dict[str, float],
                participants: tuple[str, ...] = (A, B), form: str | None = None) -> Scenario:
    s = scenario(level, participants, form)
    return replace(s, overrides={**s.overrides, **overrides})


def named(name: str, level: int, participants: tuple[str, ...] = (A, B),
          form: str | None = "vertskommune", overrides: dict[str, float] | None = None
          ) -> ScenarioResult:
    s = with_params(level, overrides or {}, participants, form)
    return compute(project(), replace(s, name=name))


def three() -> list[ScenarioResult]:
    return [named("Rammeavtaler", 1, form=None, overrides={"framework_saving": 0.05}),
            named("Felles drift", 2, overrides=PAYS_BACK),
            named("Felles fagsystemer", 3, overrides=NEVER)]


def by_gid(ax: Axes, gid: str) -> list[Any]:
    return [a for a in [*ax.lines, *ax.patches, *ax.collections] if a.get_gid() == gid]


def legend_texts(fig: Figure | SubFigure) -> list[str]:
    legends = [*fig.legends, *(ax.get_legend() for ax in fig.axes)]
    return [t.get_text() for lg in legends if lg is not None for t in lg.get_texts()]
