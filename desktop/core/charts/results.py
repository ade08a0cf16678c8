"""The scenario results a chart is given, as a list of one to four, and the baselines among
them (scenarios with the same participants share one)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.charts.style import at_most, short
from desktop.core.scenarios.model import ScenarioResult

Results = ScenarioResult | Sequence[ScenarioResult]


def as_list(results: Results) -> list[ScenarioResult]:
    """One result or a sequence of one to four (the report draws one scenario at a time)."""
    items = [results] if isinstance(results, ScenarioResult) else list(results)
    return list(at_most(items))


@dataclass(frozen=True)
class BaselineSeries:
    label: str
    totals: tuple[float, ...]  # running cost per year, NOK
    years: tuple[int, ...]


def baselines(results: Sequence[ScenarioResult]) -> list[BaselineSeries]:
    """«Dagens situasjon» once when every scenario has the same participants and years;
    otherwise one per distinct set, named after the first scenario that has it."""
    seen: dict[tuple[tuple[str, ...], tuple[int, ...]], BaselineSeries] = {}
    for r in results:
        key = (tuple(sorted(n for n, _ in r.participants)), r.years)
        if key not in seen:
            seen[key] = BaselineSeries("", tuple(b.total for b in r.baseline), r.years)
    if len(seen) == 1:
        only = next(iter(seen.values()))
        return [BaselineSeries("Dagens situasjon", only.totals, only.years)]
    out = []
    for r in results:
        key = (tuple(sorted(n for n, _ in r.participants)), r.years)
        if key in seen:
            series = seen.pop(key)
            out.append(BaselineSeries(f"I dag: {short(r.scenario.name, 24)}", series.totals,
                                      series.years))
    return out
