"""Cost allocation: fixed part + keys, price-model categories, whole kroner that add up.

Today (data.py): A 5 600 000 staff + 800 000 licences + 100 000 Atea + 500 000 infrastructure
− 50 000 received from B = 6 950 000; B 2 400 000 + 350 000 + 50 000 paid to A + 200 000 =
3 000 000. Together 9 950 000 (the purchase between them cancels out).
"""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from desktop.core.scenarios import (
    AllocationRule,
    MunicipalityData,
    PriceModel,
    StaffingData,
    allocate,
    compute,
    round_to_total,
)
from desktop.core.scenarios.allocation import ESTIMATED, LEFT_OUT, kroner
from tests.unit.scenarios.data import (
    MUNICIPALITIES,
    STAFFING,
    A,
    B,
    C,
    project,
    scenario,
    with_facts,
)
from tests.unit.scenarios.test_staffing import RATIOS
from tests.unit.scenarios.test_systems import L3


def by_number(allocation):  # type: ignore[no-untyped-def]
    return {m.number: m for m in allocation.municipalities}


def test_round_to_total_by_hand() -> None:
    assert round_to_total([1.5, 1.5, 1.0], 4) == [2, 1, 1]  # remainders .5 .5 0: first wins
    assert round_to_total([633_333.33, 366_666.67], 1_000_000) == [633_333, 366_667]
    assert round_to_total([-1.5, 3.5], 2) == [-1, 3]
    assert round_to_total([], 0) == []
    assert kroner(2.5) == 3 and kroner(-2.5) == -2  # halves up


def test_round_to_total_always_adds_up() -> None:
    rng = random.Random(7)
    for _ in range(500):
        values = [rng.uniform(-1e6, 1e6) for _ in range(rng.randint(1, 12))]
        total = kroner(sum(values))
        parts = round_to_total(values, total)
        assert sum(parts) == total
        assert all(abs(p - v) < 1 for p, v in zip(parts, values, strict=True))


def test_level_one_overhead_split_by_fixed_part_and_inhabitants() -> None:
    result = compute(project(), scenario(1, form="vertskommune"))
    shares = by_number(allocate(result))
    # weights: A 0,2 / 2 + 0,8 × 10 000 / 15 000 = 0,63333; B 0,1 + 0,8 × 5 000 / 15 000
    assert shares[A].parts["common_infrastructure"] == 95_000  # 150 000 × 0,63333
    assert shares[B].parts["common_infrastructure"] == 55_000
    assert (shares[A].cost_today, shares[B].cost_today) == (6_950_000, 3_000_000)
    assert (shares[A].cost_scenario, shares[B].cost_scenario) == (7_045_000, 3_055_000)
    assert shares[A].difference == 95_000


def test_level_two_split_by_hand() -> None:
    result = compute(project(), scenario(2, **RATIOS))
    allocation = allocate(result)
    shares = by_number(allocation)
    # common unit 2035: (6 + 1) × 840 000 = 5 880 000 kr, split by workload: per user
    # (2 + 1 FTE) 3/7 = 2 520 000, per location (1 FTE) 840 000, common 3/7 = 2 520 000,
    # plus merged backup 300 000 → common 2 820 000
    assert allocation.totals["per_user"] == 2_520_000
    assert allocation.totals["per_location"] == 840_000
    assert allocation.totals["common_infrastructure"] == 2_820_000
    # local: A 800 000 Systemforvaltning + 0,5 × 800 000 retained + 800 000 licences
    #        + 100 000 Atea + 300 000 WAN = 2 400 000; B 400 000 + 350 000 + 100 000 = 850 000
    assert (shares[A].local, shares[B].local) == (2_400_000, 850_000)
    # A: 0,63333 × 2 820 000 = 1 786 000; 20/30 × 840 000 = 560 000; 1 200/1 800 × 2 520 000
    assert shares[A].parts == {"common_infrastructure": 1_786_000, "per_location": 560_000,
                               "per_user": 1_680_000}
    assert shares[B].parts == {"common_infrastructure": 1_034_000, "per_location": 280_000,
                               "per_user": 840_000}
    assert (shares[A].cost_scenario, shares[B].cost_scenario) == (6_426_000, 3_004_000)
    assert (shares[A].difference, shares[B].difference) == (-524_000, 4_000)
    assert allocation.totals["scenario"] == 9_430_000 == kroner(result.costs[-1].total)
    assert allocation.totals["today"] == 9_950_000 == kroner(result.baseline[-1].total)


def test_start_year_is_today() -> None:
    result = compute(project(), scenario(2, **RATIOS))
    shares = allocate(result, year=2026).municipalities
    assert [m.cost_scenario for m in shares] == [m.cost_today for m in shares]


def test_missing_inhabitants_take_the_register_population() -> None:
    # B gave no inhabitant count; the register says 2 500: weights A 0,1 + 0,8 × 10 000 /
    # 12 500 = 0,74 and B 0,1 + 0,8 × 2 500 / 12 500 = 0,26 of the common 2 820 000 kr
    munis = tuple(replace(m, inhabitants=None, register_population=2_500) if m.number == B
                  else m for m in MUNICIPALITIES)
    allocation = allocate(compute(project(municipalities=munis), scenario(2, **RATIOS)))
    shares = by_number(allocation)
    assert shares[A].parts["common_infrastructure"] == 2_086_800
    assert shares[B].parts["common_infrastructure"] == 733_200
    assert any("Bby" in n and "registerets innbyggertall" in n for n in allocation.notes)


def test_a_missing_key_is_estimated_for_that_municipality_not_split_equally() -> None:
    # B gave no IT users: estimated as its 5 000 inhabitants × A's 1 200 / 10 000 = 600, so
    # the per-user part is split 2 : 1 as with the full data, not in equal shares
    full = by_number(allocate(compute(project(), scenario(2, **RATIOS))))
    allocation = allocate(compute(project(municipalities=with_facts(B, it_users=None)),
                                  scenario(2, **RATIOS)))
    shares = by_number(allocation)
    assert shares[A].parts["per_user"] == full[A].parts["per_user"] == 1_680_000
    assert shares[B].parts["per_user"] == 840_000
    assert any("IT-brukere mangler for Bby" in n for n in allocation.notes)


def test_a_municipality_kept_out_of_pooling_pays_nothing_for_the_common_unit() -> None:
    # B's Brukerstøtte row has neither FTE nor cost, so B is not pooled: it keeps its own
    # staff and pays only its share of the merged backup (300 000 × 0,36667 = 110 000 kr)
    staffing = tuple(StaffingData(B, s.function, None, None, None)
                     if s.municipality == B and s.function == "Brukerstøtte og klientdrift"
                     else s for s in STAFFING)
    result = compute(project(staffing=staffing), scenario(2, **RATIOS))
    allocation = allocate(result)
    shares = by_number(allocation)
    assert shares[B].parts == {"common_infrastructure": 110_000, "per_location": 0,
                               "per_user": 0}
    assert not shares[B].pooled and shares[A].pooled
    # B keeps its own staff as today (1 600 000), its licences (350 000) and Telefoni
    # (100 000); the backup it bought from A is inside the group and is merged
    assert shares[B].local == 1_600_000 + 350_000 + 100_000
    assert any("Bby er holdt utenfor felles drift" in n for n in allocation.notes)
    assert sum(m.cost_scenario or 0 for m in shares.values()) == allocation.totals["scenario"]


def test_a_participant_without_a_return_is_left_out_with_every_amount_missing() -> None:
    munis = (*MUNICIPALITIES, MunicipalityData(C, "Cby", answered=False,
                                               register_population=1_000))
    result = compute(project(municipalities=munis), scenario(2, (A, B, C), **RATIOS))
    allocation = allocate(result)
    shares = by_number(allocation)
    assert [m.number for m in allocation.municipalities] == [A, B, C]
    c = shares[C]
    assert c.status == LEFT_OUT
    assert (c.cost_today, c.cost_scenario, c.local, c.difference, c.change) == (None,) * 5
    assert set(c.parts.values()) == {None} and set(c.one_time.values()) == {None}
    # the others are computed exactly as without C
    alone = by_number(allocate(compute(project(), scenario(2, **RATIOS))))
    assert shares[A].cost_scenario == alone[A].cost_scenario
    assert allocation.totals["today"] == 9_950_000
    assert any(n.startswith("Cby har ikke svart og er holdt utenfor") for n in result.notes)


def test_a_participant_without_a_return_can_be_estimated_and_is_marked() -> None:
    munis = (*MUNICIPALITIES, MunicipalityData(C, "Cby", answered=False,
                                               register_population=1_500))
    scn = replace(scenario(2, (A, B, C), **RATIOS), missing="estimate")
    result = compute(project(municipalities=munis), scn)
    shares = by_number(allocate(result))
    assert shares[C].status == ESTIMATED
    # today: 1 500 inhabitants × (9 950 000 − purchases inside the group counted once)
    # / 15 000: staff 8 000 000, licences 1 150 000, Atea 100 000 (the purchase from A is
    # inside the project), infrastructure 700 000 → 9 950 000 / 15 000 × 1 500 = 995 000
    assert shares[C].cost_today == 995_000
    assert [n for n, _ in result.estimated] == [C]
    assert any("Cby har ikke svart; tallene er et ANSLAG" in n for n in result.notes)


def test_one_time_costs() -> None:
    result = compute(project(), scenario(3, **{**L3, "project_cost_fixed": 1_000_000}))
    shares = by_number(allocate(result))
    # project 1 000 000 × 0,63333 / 0,36667; Profil's switch (B): 150 000 + 100 × 1 000
    assert (shares[A].one_time, shares[B].one_time) == (
        {"one_time": 633_333, "hourly": 0}, {"one_time": 366_667, "hourly": 250_000})


@pytest.mark.parametrize("seed", range(6))
def test_shares_add_up_exactly_for_any_price_model(seed: int) -> None:
    rng = random.Random(seed)
    keys = ["inhabitants", "it_users", "installations", "locations", "equal"]

    def rule() -> AllocationRule:
        return AllocationRule(rng.random(), {k: rng.random() + 0.1
                                             for k in rng.sample(keys, rng.randint(1, 3))})

    level = rng.choice([1, 2, 3])
    result = compute(project(), scenario(level, form="iks", **{**RATIOS, **L3,
                                                                "cost_per_server": 55_555.5}))
    year = rng.choice(result.years)
    allocation = allocate(result, PriceModel(rule(), rule(), rule(), rule()), year)
    rows = allocation.municipalities
    for category in ("local", "common_infrastructure", "per_location", "per_user"):
        column = [m.local if category == "local" else m.parts[category] for m in rows]
        assert sum(column) == allocation.totals[category]
    assert sum(m.cost_scenario for m in rows) == allocation.totals["scenario"]
    assert allocation.totals["scenario"] == kroner(result.costs[result.years.index(year)].total)
    assert sum(m.cost_today for m in rows) == allocation.totals["today"]
    for kind in ("one_time", "hourly"):
        assert sum(m.one_time[kind] for m in rows) == allocation.totals[kind]
    assert allocation.totals["one_time"] + allocation.totals["hourly"] == kroner(
        sum(o.total for o in result.one_time))


def test_unknown_key_is_an_error() -> None:
    result = compute(project(), scenario(2, **RATIOS))
    with pytest.raises(ValueError):
        allocate(result, PriceModel(per_user=AllocationRule(0, {"employees": 1.0})))
