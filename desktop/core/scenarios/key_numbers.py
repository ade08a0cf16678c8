"""A scenario's figures as every output presents them: whole kroner, rounded once.

The app, the JSON document, the PDF, the workbook and the Word summary all show these values
(never their own sums of the model's floats), so a figure reads the same everywhere to the
krone. Rounding: each amount to whole kroner, halves up; a row of parts (the cost kinds of a
year) is rounded so that the parts add up exactly to the rounded total (largest remainder),
and derived amounts (net saving, cumulative) are computed from the rounded ones.

"Cost today" is the participants' running cost per year today with purchases between the
participants counted once (the buyer's payment is the seller's income): the same figure the
allocation splits per municipality, and for a scenario of every participant the same figure
as «Dagens situasjon».
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.scenarios.allocation import kroner, round_to_total
from desktop.core.scenarios.figures import COST_KINDS, ONE_TIME_KINDS

if TYPE_CHECKING:
    from desktop.core.scenarios.evaluation import ScenarioEvaluation
    from desktop.core.scenarios.model import OneTimeCosts, YearCosts


def whole(value: float | None) -> int | None:
    return None if value is None else kroner(value)


def parts_of(values: dict[str, float]) -> tuple[dict[str, int], int]:
    """Parts in whole kroner that add up to the rounded total, and that total."""
    total = kroner(sum(values.values()))
    return dict(zip(values, round_to_total(list(values.values()), total), strict=True)), total


@dataclass(frozen=True)
class YearNumbers:
    year: int
    baseline: dict[str, int]  # COST_KINDS -> today's running cost
    baseline_total: int
    scenario: dict[str, int]  # COST_KINDS -> the scenario's running cost
    scenario_total: int
    one_time: dict[str, int]  # ONE_TIME_KINDS
    one_time_total: int
    net: int  # baseline − scenario − one-time
    cumulative: int  # Σ net up to this year


@dataclass(frozen=True)
class KeyNumbers:
    """The headline figures of one evaluated scenario (whole kroner)."""

    npv: int
    npv_baseline: int
    npv_scenario: int
    payback_year: int | None
    one_time_total: int
    cost_today: int  # running cost per year today (purchases between participants once)
    cost_today_estimated: int  # of which the model estimated where a cost was not given
    cost_after: int  # running cost in the last year of the horizon
    yearly_saving: int  # cost_today − cost_after
    years: tuple[YearNumbers, ...]
    # Monte Carlo: None until it has run
    p10: int | None = None
    p50: int | None = None
    p85: int | None = None
    p90: int | None = None
    mean: int | None = None
    probability_positive: float | None = None
    # the state project model's budget levels for the one-time costs (quantiles of a cost)
    one_time_p50: int | None = None  # styringsramme
    one_time_p85: int | None = None  # kostnadsramme
    draws: int | None = None
    seed: int | None = None
    # counts before and after
    installations_today: int | None = None
    installations_after: int | None = None
    systems_today: int | None = None
    systems_after: int | None = None
    it_fte_today: float | None = None  # pooled functions, FTE (one decimal)
    it_fte_after: float | None = None  # the common unit and what stays in the municipalities
    left_out: tuple[str, ...] = ()  # names of participants left out (no return)
    estimated: tuple[str, ...] = ()  # names of participants computed on an estimate


def _year(b: YearCosts, s: YearCosts, o: OneTimeCosts, cumulative: int) -> YearNumbers:
    base, base_total = parts_of({k: getattr(b, k) for k in COST_KINDS})
    scen, scen_total = parts_of({k: getattr(s, k) for k in COST_KINDS})
    once, once_total = parts_of({k: getattr(o, k) for k in ONE_TIME_KINDS})
    net = base_total - scen_total - once_total
    return YearNumbers(b.year, base, base_total, scen, scen_total, once, once_total, net,
                       cumulative + net)


def _count(value: float | None) -> int | None:
    return None if value is None else round(value)


def _fte(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def it_fte_after(summary: dict[str, float | None]) -> float | None:
    """IT FTE after: the common unit (with its leadership) and what stays in each
    municipality; None when the level does not pool staff or the data is missing."""
    pooled, retained = summary.get("pooled_fte_after"), summary.get("retained_fte_after")
    return None if pooled is None else pooled + (retained or 0.0)


def key_numbers(ev: ScenarioEvaluation) -> KeyNumbers:
    r = ev.result
    if r is None:
        raise ValueError("a scenario that could not be computed has no key numbers")
    years: list[YearNumbers] = []
    cumulative = 0
    for b, s, o in zip(r.baseline, r.costs, r.one_time, strict=True):
        years.append(_year(b, s, o, cumulative))
        cumulative = years[-1].cumulative
    cost_today = years[-1].baseline_total  # the allocation's today total, to the krone
    mc = ev.monte_carlo
    summary = r.summary
    return KeyNumbers(
        npv=kroner(r.npv), npv_baseline=kroner(r.npv_baseline),
        npv_scenario=kroner(r.npv_scenario), payback_year=r.payback_year,
        one_time_total=sum(y.one_time_total for y in years),
        cost_today=cost_today,
        cost_today_estimated=kroner(summary.get("cost_today_estimated") or 0.0),
        cost_after=years[-1].scenario_total,
        yearly_saving=cost_today - years[-1].scenario_total, years=tuple(years),
        p10=whole(mc.npv.p10) if mc else None, p50=whole(mc.npv.p50) if mc else None,
        p85=whole(mc.npv.p85) if mc else None, p90=whole(mc.npv.p90) if mc else None,
        mean=whole(mc.npv.mean) if mc else None,
        probability_positive=mc.probability_positive if mc else None,
        one_time_p50=whole(mc.one_time.p50) if mc else None,
        one_time_p85=whole(mc.one_time.p85) if mc else None,
        draws=mc.draws if mc else None, seed=mc.seed if mc else None,
        installations_today=_count(summary.get("installations_today")),
        installations_after=_count(summary.get("installations_after")),
        systems_today=_count(summary.get("distinct_systems_today")),
        systems_after=_count(summary.get("distinct_systems_after")),
        it_fte_today=_fte(summary.get("pooled_fte_today")),
        it_fte_after=_fte(it_fte_after(summary)),
        left_out=tuple(name for _, name in r.left_out),
        estimated=tuple(name for _, name in r.estimated))
