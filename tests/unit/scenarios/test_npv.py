"""Timeline, NPV at the real discount rate, payback, and properties of the whole model."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from desktop.core.scenarios import Scenario, compute
from desktop.core.scenarios.figures import COST_KINDS
from tests.unit.scenarios.data import (
    C_MUNICIPALITY,
    INSTALLATIONS,
    MUNICIPALITIES,
    QUIET,
    A,
    B,
    project,
    scenario,
)
from tests.unit.scenarios.test_staffing import RATIOS

# Σ_{y=2..9} 1,04^−y = 6,473793; Σ_{y=1..9} 1,04^−y = 7,435332


def discounted(values: list[float], rate: float = 0.04) -> float:
    return sum(v / (1 + rate) ** i for i, v in enumerate(values))


def test_npv_of_a_staff_reduction_by_hand() -> None:
    r = compute(project(), scenario(2, **RATIOS))
    # savings: 2027 260 000, 2028–2035 520 000 (test_staffing)
    # 260 000 / 1,04 + 520 000 × 6,473793 = 250 000 + 3 366 372,44
    assert r.npv == pytest.approx(3_616_372.44, abs=0.01)
    assert r.npv == pytest.approx(r.npv_baseline - r.npv_scenario)
    assert r.trace_line("npv").value == pytest.approx(r.npv)


def test_payback_year() -> None:
    r = compute(project(), scenario(2, **{**RATIOS, "project_cost_fixed": 1_000_000}))
    # cumulative: 2026 −1 000 000, 2027 −740 000, 2028 −220 000, 2029 +300 000
    assert r.payback_year == 2029
    assert r.npv == pytest.approx(2_616_372.44, abs=0.01)  # 3 616 372,44 − 1 000 000
    assert [o.project for o in r.one_time] == [1_000_000] + [0] * 9


def test_nothing_changes_nothing_pays_back() -> None:
    r = compute(project(), scenario(1))
    assert r.npv == 0
    assert r.payback_year is None
    assert [c.total for c in r.costs] == [b.total for b in r.baseline]


@pytest.mark.parametrize("level, changes", [
    (2, {}),
    (2, {"framework_saving": 0.05, "on_call_min_fte": 12}),
    (3, {"licence_volume_elasticity": 0.15, "management_saving": 0.3}),
])
def test_without_one_time_costs_npv_is_the_discounted_running_difference(
        level: int, changes: dict[str, float]) -> None:
    # default parameters (not QUIET), only the one-time costs set to zero; at level 3 the
    # common systems are the ones both already run, so nothing switches
    overrides = {"framework_project_cost": 0, "project_cost_fixed": 0,
                 "project_cost_per_municipality": 0, "migration_cost_per_installation": 0,
                 "training_cost_per_user": 0, "internal_project_fte": 0,
                 "platform_investment_fixed": 0, "platform_investment_per_user": 0,
                 "parallel_running_months": 0, **changes}
    s = Scenario("x", (A, B), level=level, organisation_form=None, overrides=overrides,
                 targets={"Helse og omsorg / pleie- og omsorgsjournal": None})
    r = compute(project(), s)
    assert all(o.total == 0 for o in r.one_time)
    assert r.summary["installations_switching"] == 0
    running = [b.total - c.total for b, c in zip(r.baseline, r.costs, strict=True)]
    assert r.npv == pytest.approx(discounted(running), rel=1e-12)
    assert r.npv != 0


def test_one_participant_at_level_one_only_gets_framework_effects() -> None:
    s = Scenario("Alene", (A,), level=1, organisation_form=None)  # default parameters
    r = compute(project(), s)
    base, scen = r.baseline, r.costs
    assert [c.staff for c in scen] == [b.staff for b in base]
    assert [c.overhead for c in scen] == [0] * 10
    assert [c.security for c in scen] == [b.security for b in base] == [100_000] * 10
    # no contract has a known end: the saving starts when they are renewed, after
    # framework_default_delay = 3 years (2029), not from the first year
    assert scen[:3] == base[:3]
    # alone A renews its 6 servers as min(6, max(3, ⌈60 / 25⌉)) = 3 hosts × cost_per_server
    hardware = 3 * 25_000  # (not in the saving)
    assert (base[3].licences, base[3].bought_services, base[3].infrastructure) == (
        800_000, 100_000, 500_000 + hardware)  # Gerica + Skole + Komtek; Atea; backup + WAN
    for b, c in zip(base[3:], scen[3:], strict=True):
        assert c.licences == pytest.approx(b.licences * 0.97)  # − 3 %
        assert c.bought_services == pytest.approx(b.bought_services * 0.97)
        assert c.infrastructure == pytest.approx((b.infrastructure - hardware) * 0.97
                                                 + hardware)
    assert [o.project for o in r.one_time] == [300_000] + [0] * 9
    assert sum(o.migration + o.organisation + o.platform for o in r.one_time) == 0
    # 3 % × 1 400 000 = 42 000 a year from 2029: 42 000 × Σ 1,04^−y (y = 3 … 9) − 300 000
    factor = sum(1.04 ** -y for y in range(3, 10))
    assert r.npv == pytest.approx(42_000 * factor - 300_000, abs=0.01)


def test_the_framework_saving_starts_when_each_contract_ends() -> None:
    # Gerica's contract ends in 2027: its 600 000 kr get the 3 % from 2027, the rest only when
    # renewed in 2029
    installations = tuple(replace(i, contract_end=dt.date(2027, 6, 30))
                          if i.product == "Gerica" else i for i in INSTALLATIONS)
    r = compute(project(installations=installations),
                Scenario("Alene", (A,), level=1, organisation_form=None,
                         overrides={"framework_project_cost": 0}))
    saving = [b.licences - c.licences for b, c in zip(r.baseline, r.costs, strict=True)]
    assert saving == pytest.approx([0, 18_000, 18_000] + [24_000] * 7)


def test_organisation_form_overhead_and_setup() -> None:
    r = compute(project(), scenario(1, form="vertskommune"))
    assert [c.overhead for c in r.costs] == [0] + [150_000] * 9
    assert [o.organisation for o in r.one_time] == [100_000] + [0] * 9
    iks = compute(project(), scenario(2, form="iks"))
    assert iks.costs[-1].overhead == 800_000
    assert any("merverdiavgift" in n for n in iks.notes)


def test_purchases_between_participants_are_left_out() -> None:
    both = compute(project(), scenario(1))
    assert both.baseline[0].bought_services == 100_000  # A's Atea only; B→A is internal
    assert both.trace_line("baseline.bought_services").inputs["internal_excluded"] == 50_000
    assert any("Kjøp mellom deltakerne" in n for n in both.notes)
    alone = compute(project(), scenario(1, (B,)))
    assert alone.baseline[0].bought_services == 50_000  # A is not taking part


def test_other_municipalities_do_not_change_the_result() -> None:
    with_c = project(municipalities=(*MUNICIPALITIES, C_MUNICIPALITY))
    r1 = compute(project(), scenario(3, **RATIOS))
    r2 = compute(with_c, scenario(3, **RATIOS))
    assert r2.npv == pytest.approx(r1.npv)
    assert r2.participants == ((A, "Aby"), (B, "Bby"))


def test_horizon_and_start_year() -> None:
    s = Scenario("x", (A, B), level=2, overrides={**QUIET, "horizon_years": 5},
                 start_year=2030)
    r = compute(project(), s)
    assert r.years == (2030, 2031, 2032, 2033, 2034)
    assert set(COST_KINDS) == {"staff", "licences", "bought_services", "infrastructure",
                               "security", "overhead"}


@pytest.mark.parametrize("kwargs", [
    {"participants": (A,), "level": 6},
    {"participants": ()},
    {"participants": (A, A)},
    {"participants": (A,), "organisation_form": "stiftelse"},
    {"participants": (A,), "target_rule": "cheapest"},
])
def test_invalid_scenarios(kwargs: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(ValueError):
        Scenario("x", **kwargs)


def test_unknown_participant() -> None:
    with pytest.raises(ValueError, match="9999"):
        compute(project(), scenario(2, (A, "9999")))
