"""The JSON document for the CLI: parameters with sources, yearly costs, NPV, percentiles,
allocation; missing values are null, never 0."""

from __future__ import annotations

import json

from desktop.core.scenarios import (
    PARAMETERS,
    allocate,
    baseline,
    compute,
    scenario_document,
    simulate,
    to_json,
    tornado,
)
from desktop.core.scenarios.allocation import kroner
from tests.unit.scenarios.data import B, project, scenario, with_facts
from tests.unit.scenarios.test_systems import L3


def test_full_document_round_trips() -> None:
    p = project(municipalities=with_facts(B, inhabitants=None))
    s = scenario(3, form="iks", **L3)
    result = compute(p, s)
    mc = simulate(p, s, draws=500, seed=2)
    doc = json.loads(to_json(result, monte_carlo=mc, tornado=tornado(p, s),
                             allocation=allocate(result), baseline=baseline(p)))
    assert doc["format"] == "samdrift.scenario/1"
    assert doc["scenario"]["participants"] == [{"number": "0001", "name": "Aby"},
                                               {"number": "0002", "name": "Bby"}]
    assert doc["scenario"]["organisation_form_label"] == "Interkommunalt selskap (IKS)"
    assert len(doc["parameters"]) == len(PARAMETERS)
    assert all(q["source"] and q["unit"] for q in doc["parameters"])
    assert doc["years"] == list(range(2026, 2036))
    first = doc["baseline"][0]
    assert first["total"] == sum(first[k] for k in ("staff", "licences", "bought_services",
                                                    "infrastructure", "overhead"))
    assert len(doc["scenario_costs"]) == len(doc["one_time"]) == 10
    assert doc["npv"] == kroner(result.npv) and doc["discount_rate"] == 0.04
    assert doc["p50"] == kroner(mc.npv.p50) and doc["monte_carlo"]["seed"] == 2
    assert doc["tornado"][0]["swing"] >= doc["tornado"][-1]["swing"]
    rows = doc["allocation"]["municipalities"]
    assert [r["number"] for r in rows] == ["0001", "0002"]
    assert sum(r["cost_scenario"] for r in rows) == doc["allocation"]["totals"]["scenario"]
    # B's inhabitants are missing: null with a count, not 0
    b = doc["baseline_figures"]["municipalities"][1]
    assert b["facts"]["inhabitants"] == {"value": None, "missing": 1, "of": 1}
    assert doc["baseline_figures"]["total"]["facts"]["inhabitants"] == {
        "value": 10_000.0, "missing": 1, "of": 2}
    assert all("formula" in t and "inputs" in t for t in doc["trace"])
    assert any("merverdiavgift" in n for n in doc["notes"])


def test_without_monte_carlo_the_percentiles_are_null() -> None:
    doc = scenario_document(compute(project(), scenario(1)))
    assert (doc["p10"], doc["p50"], doc["p85"], doc["p90"]) == (None, None, None, None)
    assert doc["monte_carlo"] is None and doc["allocation"] is None
    assert doc["payback_year"] is None  # nothing changes
    json.dumps(doc, allow_nan=False)
