"""Level 2: staffing of the common operation from workload drivers, with the on-call minimum.

Drivers of A + B with these ratios (see data.py for the facts):
  users 1 800 / 900 = 2,0   clients 1 200 / 1 200 = 1,0   servers 90 × (1 − 0,2) / 72 = 1,0
  locations 30 / 30 = 1,0   in-house systems 4 / 20 = 0,2   → workload 5,2 FTE
Pooled functions today: 9 FTE, 7 200 000 kr; cost per FTE observed 800 000 kr.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.core.scenarios import compute
from tests.unit.scenarios.data import STAFFING, A, B, project, scenario, with_facts

RATIOS = {"users_per_servicedesk_fte": 900, "clients_per_fte": 1_200, "servers_per_fte": 72,
          "locations_per_fte": 30, "systems_per_fte": 20, "vm_consolidation": 0.2,
          "fte_per_leader": 12, "retained_fte": 0.5, "salary_harmonisation": 0.05,
          "attrition_years": 2, "benchmark_weight": 1.0}


def staff(result) -> list[float]:  # type: ignore[no-untyped-def]
    return [c.staff for c in result.costs]


def test_on_call_minimum_binds_and_reduction_is_phased_in() -> None:
    r = compute(project(), scenario(2, **RATIOS))
    workload = r.trace_line("staff.ops_fte").inputs["staff.workload"]
    assert workload == pytest.approx(5.2)  # 2 + 1 + 1 + 1 + 0,2
    assert r.trace_line("staff.ops_fte").value == 6  # max(6, 5,2)
    # leadership max(1, 6 / 12) = 1
    assert r.trace_line("staff.leadership_fte").value == 1
    # (6 + 1) × 800 000 × 1,05 + 2 × 0,5 × 800 000 = 5 880 000 + 800 000
    assert r.trace_line("staff.pooled_new").value == pytest.approx(6_680_000)
    assert r.trace_line("staff.pooled_old").value == pytest.approx(7_200_000)
    assert r.trace_line("staff.pooled_delta").value == pytest.approx(-520_000)
    # baseline 5 600 000 + 2 400 000 = 8 000 000; 2027: half the reduction (2 years to take
    # it out), from 2028 all of it
    assert staff(r)[:4] == pytest.approx([8_000_000, 7_740_000, 7_480_000, 7_480_000])
    assert [c.staff for c in r.baseline] == pytest.approx([8_000_000] * 10)
    assert r.summary["pooled_fte_today"] == 9
    assert r.summary["pooled_fte_after"] == 7  # 6 + 1 leadership
    assert r.summary["retained_fte_after"] == 1  # 2 × 0,5


def test_without_on_call_the_workload_decides() -> None:
    r = compute(project(), scenario(2, **{**RATIOS, "on_call_min_fte": 0}))
    assert r.trace_line("staff.ops_fte").value == pytest.approx(5.2)
    # (5,2 + 1) × 840 000 + 800 000 = 5 208 000 + 800 000 = 6 008 000; − 7 200 000
    assert r.trace_line("staff.pooled_delta").value == pytest.approx(-1_192_000)
    assert staff(r)[2] == pytest.approx(6_808_000)  # 8 000 000 − 1 192 000


def test_calibrated_to_todays_staffing() -> None:
    # benchmark weight 0: today's operations FTE (A 3 + 2, B 1 + 1 = 7) × workload after /
    # workload today; today the servers are not consolidated: 90 / 72 = 1,25 instead of 1,0
    # → workload today 2 + 1 + 1,25 + 1 + 0,2 = 5,45; 7 × 5,2 / 5,45 = 6,678899
    r = compute(project(), scenario(2, **{**RATIOS, "on_call_min_fte": 0,
                                          "benchmark_weight": 0.0}))
    assert r.trace_line("staff.workload_today").value == pytest.approx(5.45)
    assert r.trace_line("staff.ops_fte").value == pytest.approx(6.678899, 1e-6)
    # (6,678899 + 1) × 840 000 + 800 000 = 7 250 275,2; − 7 200 000
    assert r.trace_line("staff.pooled_delta").value == pytest.approx(50_275.2, abs=0.1)
    half = compute(project(), scenario(2, **{**RATIOS, "on_call_min_fte": 0,
                                             "benchmark_weight": 0.5}))
    # 0,5 × 5,2 + 0,5 × 6,678899 = 5,939450
    assert half.trace_line("staff.ops_fte").value == pytest.approx(5.939450, 1e-6)


def test_an_increase_applies_from_the_first_effect_year() -> None:
    r = compute(project(), scenario(2, **{**RATIOS, "on_call_min_fte": 10}))
    # (10 + 1) × 840 000 + 800 000 = 10 040 000; − 7 200 000 = +2 840 000, not phased
    assert staff(r)[:3] == pytest.approx([8_000_000, 10_840_000, 10_840_000])


def test_leadership_follows_the_span_of_control() -> None:
    r = compute(project(), scenario(2, **{**RATIOS, "on_call_min_fte": 30}))
    assert r.trace_line("staff.leadership_fte").value == pytest.approx(2.5)  # 30 / 12
    # (30 + 2,5) × 840 000 + 800 000 = 27 300 000 + 800 000
    assert r.trace_line("staff.pooled_new").value == pytest.approx(28_100_000)
    assert r.summary["pooled_fte_after"] == pytest.approx(32.5)


def test_fte_without_cost_is_costed_at_the_observed_cost_per_fte() -> None:
    rows = tuple(replace(s, cost=None) if s.function == "Systemforvaltning" else s
                 for s in STAFFING)
    r = compute(project(staffing=rows), scenario(2, **RATIOS))
    assert r.trace_line("cost_per_fte").value == 800_000  # 7 200 000 / 9 FTE with both
    line = r.trace_line("baseline.staff")
    assert line.inputs["staff_unpriced_fte"] == 1
    assert line.value == 8_000_000  # 7 200 000 known + 1 FTE × 800 000


def test_without_any_salary_the_parameter_is_used() -> None:
    rows = tuple(replace(s, cost=None) for s in STAFFING)
    r = compute(project(staffing=rows), scenario(2, **RATIOS))
    assert r.trace_line("cost_per_fte").value == 900_000  # the parameter's default
    assert r.baseline[0].staff == 9_000_000  # 10 FTE × 900 000


def test_municipality_without_pooled_staffing_data_is_left_out() -> None:
    rows = tuple(replace(s, fte=None, cost=None) if (s.municipality, s.function)
                 == (A, "Drift og infrastruktur") else s for s in STAFFING)
    r = compute(project(staffing=rows), scenario(2, **{**RATIOS, "on_call_min_fte": 0}))
    # B alone: 600/900 + 400/1 200 + 30 × 0,8/72 + 10/30 + 2/20 = 1,76667 FTE
    assert r.trace_line("staff.ops_fte").value == pytest.approx(1.766667, 1e-5)
    # (1,76667 + 1) × 840 000 + 1 × 0,5 × 800 000 = 2 324 000 + 400 000
    assert r.trace_line("staff.pooled_new").value == pytest.approx(2_724_000)
    assert r.trace_line("staff.pooled_delta").value == pytest.approx(324_000)  # − 2 400 000
    assert any("1 av 2 kommuner mangler bemanningsdata" in n for n in r.notes)
    assert any("mangler både årsverk og lønn" in n for n in r.notes)


def test_missing_driver_is_estimated_from_inhabitants() -> None:
    p = project(municipalities=with_facts(B, it_users=None))
    r = compute(p, scenario(2, **{**RATIOS, "on_call_min_fte": 0}))
    # B: 5 000 inhabitants × (1 200 users / 10 000 inhabitants) = 600, as in the data
    assert r.trace_line("staff.load.users").value == pytest.approx(2.0)  # 1 800 / 900
    assert r.trace_line("staff.pooled_delta").value == pytest.approx(-1_192_000)
    assert any("IT-brukere er anslått fra innbyggertall for 1 av 2 kommuner" in n for n in r.notes)


def test_level_one_does_not_pool_staff() -> None:
    r = compute(project(), scenario(1, **RATIOS))
    assert staff(r) == pytest.approx([8_000_000] * 10)
    with pytest.raises(KeyError):
        r.trace_line("staff.ops_fte")
