"""The charts of a scenario chapter as Chart blocks: drawn by desktop.core.charts when the
report is rendered, with the same numbers as a table for the workbook.

Until the chart package is there (it is imported lazily), the chapters have no charts.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from desktop.core import formatting
from desktop.core.reports.context import ScenarioData
from desktop.core.reports.document import Chart, Column, Table
from desktop.core.reports.sections.before_after import rows
from desktop.core.scenarios.figures import COST_KINDS

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def chart_function(name: str) -> Callable[..., Figure] | None:
    """desktop.core.charts.<name> (from the package, or its module of the same name), or
    None while the chart package does not have it."""
    try:
        package = importlib.import_module("desktop.core.charts")
        found = getattr(package, name, None)
        if found is None:
            found = getattr(importlib.import_module(f"desktop.core.charts.{name}"), name, None)
    except ImportError:
        return None
    return found if callable(found) else None


def _chart(name: str, title: str, build: Callable[[Callable[..., Figure]], Figure],
           caption: str, data: Table) -> Chart | None:
    function = chart_function(name)
    if function is None:
        return None
    return Chart(title, lambda: build(function), caption, data)


def yearly_costs(sd: ScenarioData, key: str) -> Chart | None:
    r = sd.result
    data = Table(key, "Kostnader per år (figur)",
                 (Column("År"), Column("Dagens kostnad", "kroner"),
                  *(Column(label, "kroner") for label in COST_KINDS.values()),
                  Column("Engangskostnader", "kroner")),
                 tuple((str(b.year), b.total, *(getattr(c, k) for k in COST_KINDS), o.total)
                       for b, c, o in zip(r.baseline, r.costs, r.one_time, strict=True)))
    return _chart("yearly_costs", "Kostnader per år", lambda f: f(r),
                  "Scenariets driftskostnad per år med engangskostnadene på toppen, mot dagens "
                  "kostnad.",
                  data)


def cash_flow(sd: ScenarioData, key: str) -> Chart | None:
    r = sd.result
    cumulative = r.trace_line("payback_year").inputs
    data = Table(key, "Akkumulert innsparing (figur)",
                 (Column("År"), Column("Akkumulert netto innsparing", "kroner")),
                 tuple((str(y), cumulative[str(y)]) for y in r.years))
    return _chart("cash_flow", "Akkumulert kontantstrøm", lambda f: f(r),
                  "Samlet netto innsparing år for år; der kurven krysser null, er "
                  "investeringen tjent inn.", data)


def before_after(sd: ScenarioData, key: str) -> Chart | None:
    data = Table(key, "Før og etter (figur)",
                 (Column("Hva"), Column("I dag", "number", 1), Column("Etter", "number", 1)),
                 tuple((label, a, b) for label, a, b, _ in rows(sd.result.summary)))
    return _chart("before_after", "Før og etter", lambda f: f(sd.result),
                  "Årsverk, servere, datarom og fagsystemer i dag og etter scenarioet.", data)


def tornado(sd: ScenarioData, key: str) -> Chart | None:
    bars = sd.tornado
    if not any(b.swing > 0 for b in bars):
        return None
    data = Table(key, "Følsomhet (figur)",
                 (Column("Parameter"), Column("Nåverdi ved lav", "kroner"),
                  Column("Nåverdi ved høy", "kroner")),
                 tuple((b.label, b.npv_low, b.npv_high) for b in bars))
    return _chart("tornado", "Følsomhet: hva betyr mest for nåverdien",
                  lambda f: f(bars, title=""),
                  "Nåverdien når én parameter settes til lav eller høy verdi.", data)


def npv_distribution(sd: ScenarioData, key: str) -> Chart | None:
    mc, k = sd.monte_carlo, sd.numbers
    data = Table(key, "Fordeling av nåverdien (figur)",
                 (Column("Mål"), Column("Nåverdi", "kroner")),
                 (("90 % sjanse for minst (P10)", k.p10), ("Median (P50)", k.p50),
                  ("10 % sjanse for mer enn (P90)", k.p90), ("Gjennomsnitt", k.mean)))
    return _chart("npv_distribution", "Fordeling av nåverdien",
                  lambda f: f(mc),
                  f"Nåverdien i {formatting.number(mc.draws)} simuleringer.", data)


def compared(scenarios: Sequence[ScenarioData], key: str) -> list[Chart]:
    """The scenarios side by side (two to four): yearly cost, cumulative cash flow, before
    and after."""
    if not 2 <= len(scenarios) <= 4:
        return []
    results = [sd.result for sd in scenarios]
    cumulative = [sd.result.trace_line("payback_year").inputs for sd in scenarios]
    years = sorted({y for r in results for y in r.years})
    totals = Table(f"{key} kostnader", "Kostnad per år i scenarioene (figur)",
                   (Column("År"), *(Column(sd.name, "kroner") for sd in scenarios)),
                   tuple((str(y), *(_year_total(sd, y) for sd in scenarios)) for y in years))
    flows = Table(f"{key} kontantstrøm", "Akkumulert innsparing i scenarioene (figur)",
                  (Column("År"), *(Column(sd.name, "kroner") for sd in scenarios)),
                  tuple((str(y), *(c.get(str(y)) for c in cumulative)) for y in years))
    out = [
        _chart("yearly_costs", "Kostnad per år i scenarioene", lambda f: f(results),
               "Drifts- og engangskostnader per år for hvert scenario mot dagens kostnad.",
               totals),
        _chart("cash_flow", "Akkumulert innsparing i scenarioene", lambda f: f(results),
               "Samlet netto innsparing år for år for hvert scenario; der en kurve krysser "
               "null, er investeringen tjent inn.", flows),
        _chart("before_after", "Før og etter i scenarioene", lambda f: f(results),
               "Installasjoner, fagsystemer, servere, datarom og årsverk i dag og etter hvert "
               "scenario.", before_after_data(scenarios, f"{key} før og etter"))]
    return [c for c in out if c is not None]


def before_after_data(scenarios: Sequence[ScenarioData], key: str) -> Table:
    table = [rows(sd.result.summary) for sd in scenarios]
    out: list[tuple[str | float | None, ...]] = []
    for i, (label, _, _, _) in enumerate(table[0]):
        out.append((f"{label}, i dag", *(t[i][1] for t in table)))
        out.append((f"{label}, etter", *(t[i][2] for t in table)))
    return Table(key, "Før og etter i scenarioene (figur)",
                 (Column("Hva"), *(Column(sd.name, "number", 1) for sd in scenarios)),
                 tuple(out))


def _year_total(sd: ScenarioData, year: int) -> float | None:
    for c, o in zip(sd.result.costs, sd.result.one_time, strict=True):
        if c.year == year:
            return c.total + o.total
    return None
