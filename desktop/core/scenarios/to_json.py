"""The scenario as one JSON document (for `samdrift scenario … --json` and reports).

Keys are English, labels and texts Norwegian. Missing values are `null`, never 0. Money is in
NOK (real, today's prices). The figures every output shows — `npv`, `p10` … `p90`, the yearly
costs, `one_time_total`, `cost_today`, the allocation — are whole kroner, rounded once
(key_numbers.py), so they equal the workbook's cells and the PDF's figures; the trace and the
Monte Carlo details keep the model's unrounded values. `p10` … `p90` at the top level are
percentiles of the NPV, `null` when no Monte Carlo run is given. A participant the scenario
leaves out (no return) has `null` for every amount in `allocation` and `status`
`left_out`; one computed on an estimate has `status` `estimated`. The shape is summarised in
`DOCUMENT_SHAPE` below.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from desktop.core.assessment.to_json import assessment_document
from desktop.core.scenarios.allocation import Allocation
from desktop.core.scenarios.baseline import Baseline, MunicipalityBaseline
from desktop.core.scenarios.figures import Figure
from desktop.core.scenarios.model import ScenarioResult
from desktop.core.scenarios.scenario import MISSING_RULES, ORGANISATION_FORMS
from desktop.core.scenarios.uncertainty import MonteCarloResult, Percentiles, TornadoBar

if TYPE_CHECKING:
    from desktop.core.scenarios.evaluation import ScenarioEvaluation

FORMAT = "samdrift.scenario/1"

DOCUMENT_SHAPE = """
format, scenario{name, participants[{number, name}], level, level_label, organisation_form,
organisation_form_label, target_rule, start_year, missing, missing_label},
participants_left_out[{number, name}], participants_estimated[{number, name}],
simulation{draws, seed, distribution}, parameters[{key, label, unit, group, value,
default, low, high, percent, uncertain, overridden, source}], years[], baseline[{year, staff,
licences, bought_services, infrastructure, overhead, total}], scenario_costs[same],
one_time[{year, project, organisation, platform, migration, total}], one_time_total,
one_time_p50 (styringsramme), one_time_p85 (kostnadsramme), cost_today,
cost_today_estimated,
cost_after, yearly_saving, npv, npv_baseline,
npv_scenario, discount_rate, payback_year, p10, p50, p85, p90, monte_carlo{draws, seed,
distribution, varied[], npv{p10, p50, p85, p90, mean}, probability_positive,
yearly_cost[{year, p10, p50, p85, p90, mean}], yearly_saving[same]} | null,
tornado[{key, label, unit, low, value, high, npv_low, npv_high, swing}] | null,
targets[{slot, area, system_key, product, rule, applied, municipalities, installations,
users_on_target, cost_per_user, reason}], summary{…}, allocation{year, municipalities[{number,
name, status, pooled, cost_today, cost_scenario, difference, change, local,
parts{common_infrastructure, per_location, per_user}, one_time{one_time, hourly}}], totals{…},
price_model{…}, notes[]} | null,
baseline_figures{municipalities[…], total{…}} | null, trace[{key, label, value, unit,
formula, inputs{}}], notes[], qualitative[],
assessment{effects[{key, label, significance, scope, score, justification, suggested, basis}],
effects_total, risks[{key, title, cause, probability, consequence, owner, mitigation,
parameter, score, level}], benefits[{key, title, indicator, baseline, target, year,
owner_role, owner_municipality, method, source, edited}], responsibilities[{key, task, level,
default_level, by_level{1…5}}], levels_text[], decision_notes[{slot, area, recommended, rule,
reason, alternatives[], candidates[…], moves[{municipality, product, year, cost}],
move_cost, risks[]}]} | null (null without the project's data)
"""


def _num(value: float | int | None) -> float | int | None:
    if value is None:
        return None
    if isinstance(value, int):
        return value
    v = float(value)
    return None if math.isnan(v) or math.isinf(v) else v


def _percentiles(p: Percentiles) -> dict[str, float | None]:
    return {k: _num(v) for k, v in asdict(p).items()}


def _figure(f: Figure) -> dict[str, Any]:
    return {"value": _num(f.value), "missing": f.missing, "of": f.of}


def _baseline_row(row: MunicipalityBaseline) -> dict[str, Any]:
    return {
        "number": row.number, "name": row.name, "answered": row.answered,
        "facts": {k: _figure(v) for k, v in row.facts.items()},
        "installations": _figure(row.installations), "not_in_use": row.not_in_use,
        "distinct_systems": _figure(row.distinct_systems),
        "fte_by_function": {k: _figure(v) for k, v in row.fte_by_function.items()},
        "it_fte": _figure(row.it_fte),
        "cost_by_kind": {k: _figure(v) for k, v in row.cost_by_kind.items()},
        "it_cost": _figure(row.it_cost),
        "key_figures": {k: _figure(v) for k, v in row.key_figures.items()},
        "flags": [{"code": f.code, "text": f.text} for f in row.flags],
    }


def baseline_document(b: Baseline) -> dict[str, Any]:
    t = b.total
    return {
        "municipalities": [_baseline_row(r) for r in b.municipalities],
        "total": {
            "facts": {k: _figure(v) for k, v in t.facts.items()},
            "installations": _figure(t.installations),
            "distinct_systems": _figure(t.distinct_systems),
            "fte_by_function": {k: _figure(v) for k, v in t.fte_by_function.items()},
            "it_fte": _figure(t.it_fte),
            "cost_by_kind": {k: _figure(v) for k, v in t.cost_by_kind.items()},
            "it_cost": _figure(t.it_cost),
            "key_figures": {k: _figure(v) for k, v in t.key_figures.items()},
            "flags": t.flags,
        },
    }


def scenario_document(result: ScenarioResult, monte_carlo: MonteCarloResult | None = None,
                      tornado: Sequence[TornadoBar] | None = None,
                      allocation: Allocation | None = None,
                      baseline: Baseline | None = None) -> dict[str, Any]:
    """The document of a result and whichever parts of its evaluation are given."""
    from desktop.core.scenarios.evaluation import ScenarioEvaluation, Simulation

    simulation = (Simulation(monte_carlo.draws, monte_carlo.seed, monte_carlo.distribution)
                  if monte_carlo is not None else Simulation())
    ev = ScenarioEvaluation(result.scenario, simulation, result, allocation,
                            tuple(tornado or ()), monte_carlo,
                            complete=monte_carlo is not None or tornado is not None)
    doc = evaluation_document(ev, baseline)
    if tornado is None:
        doc["tornado"] = None
    return doc


def _people(pairs: Sequence[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"number": n, "name": nm} for n, nm in pairs]


def evaluation_document(ev: ScenarioEvaluation, baseline: Baseline | None = None
                        ) -> dict[str, Any]:
    """The document of an evaluated scenario (see the module docstring and DOCUMENT_SHAPE)."""
    result = ev.result
    if result is None:
        raise ValueError("a scenario that could not be computed has no document")
    s = result.scenario
    mc = ev.monte_carlo
    k = ev.numbers
    return {
        "format": FORMAT,
        "scenario": {
            "name": s.name,
            "fixed": sorted(s.fixed), "allocation_keys": dict(s.allocation_keys),
            "transition_cap": s.transition_cap, "transition_years": s.transition_years,
            "participants": _people(result.participants),
            "level": s.level, "level_label": result.level_label,
            "organisation_form": s.organisation_form,
            "organisation_form_label": ORGANISATION_FORMS[s.organisation_form][0]
            if s.organisation_form else None,
            "target_rule": s.target_rule, "start_year": result.years[0],
            "missing": s.missing, "missing_label": MISSING_RULES[s.missing],
        },
        "participants_left_out": _people(result.left_out),
        "participants_estimated": _people(result.estimated),
        "simulation": ev.simulation.to_json() | (
            {"seed": mc.seed} if mc is not None else {}),
        "parameters": [{
            "key": v.key, "label": v.spec.label, "unit": v.spec.unit, "group": v.spec.group,
            "value": v.value, "default": v.spec.default, "low": v.low, "high": v.high,
            "percent": v.spec.percent, "uncertain": v.uncertain, "overridden": v.overridden,
            "source": v.spec.source} for v in result.parameters.items],
        "years": list(result.years),
        "baseline": [{"year": y.year, **y.baseline, "total": y.baseline_total}
                     for y in k.years],
        "scenario_costs": [{"year": y.year, **y.scenario, "total": y.scenario_total}
                           for y in k.years],
        "one_time": [{"year": y.year, **y.one_time, "total": y.one_time_total}
                     for y in k.years],
        "one_time_total": k.one_time_total,
        "one_time_p50": k.one_time_p50, "one_time_p85": k.one_time_p85,
        "cost_today": k.cost_today, "cost_today_estimated": k.cost_today_estimated,
        "cost_after": k.cost_after,
        "yearly_saving": k.yearly_saving,
        "npv": k.npv, "npv_baseline": k.npv_baseline, "npv_scenario": k.npv_scenario,
        "discount_rate": result.parameters["discount_rate"],
        "payback_year": k.payback_year,
        "p10": k.p10, "p50": k.p50, "p85": k.p85, "p90": k.p90,
        "monte_carlo": None if mc is None else {
            "draws": mc.draws, "seed": mc.seed, "distribution": mc.distribution,
            "varied": list(mc.varied), "npv": _percentiles(mc.npv),
            "probability_positive": mc.probability_positive,
            "one_time": _percentiles(mc.one_time),
            "yearly_cost": [{"year": y, **_percentiles(p)} for y, p in mc.yearly_cost],
            "yearly_saving": [{"year": y, **_percentiles(p)} for y, p in mc.yearly_saving]},
        "tornado": None if not ev.complete else [
            {**{key: _num(v) if not isinstance(v, str) else v for key, v in asdict(b).items()},
             "swing": _num(b.swing)} for b in ev.tornado],
        "targets": [{key: (_num(v) if isinstance(v, float) else v)
                     for key, v in asdict(t).items()} for t in result.targets],
        "summary": {key: _num(v) for key, v in result.summary.items()}
        | {"it_fte_after": k.it_fte_after},
        "allocation": None if ev.allocation is None else _allocation(ev.allocation),
        "baseline_figures": None if baseline is None else baseline_document(baseline),
        "trace": [{"key": t.key, "label": t.label, "value": _num(t.value), "unit": t.unit,
                   "formula": t.formula, "inputs": {key: _num(v) for key, v in t.inputs.items()}}
                  for t in result.trace],
        "notes": list(result.notes),
        "qualitative": list(result.qualitative),
        "assessment": assessment_document(ev.assessment),
    }


def _allocation(a: Allocation) -> dict[str, Any]:
    return {
        "year": a.year,
        "municipalities": [{
            "number": m.number, "name": m.name, "status": m.status, "pooled": m.pooled,
            "cost_today": m.cost_today, "cost_scenario": m.cost_scenario,
            "difference": m.difference, "change": m.change, "local": m.local,
            "parts": dict(m.parts), "one_time": dict(m.one_time),
            "transition": m.transition} for m in a.municipalities],
        "pays_more": [m.number for m in a.pays_more],
        "transition_cap": a.transition_cap, "transition_years": a.transition_years,
        "totals": dict(a.totals),
        "price_model": {k: {"fixed_share": r.fixed_share, "keys": dict(r.keys)}
                        for k, r in vars(a.price_model).items()},
        "notes": list(a.notes),
    }


def to_json(result: ScenarioResult, **parts: Any) -> str:
    """The document as text (UTF-8, Norwegian letters as is); `parts` as scenario_document."""
    return json.dumps(scenario_document(result, **parts), ensure_ascii=False, indent=2,
                      allow_nan=False)
