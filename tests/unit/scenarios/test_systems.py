"""Level 3: one system per slot, volume discount, switches at contract end, migration.

Today (data.py): EPJ slot Gerica (A, 300 users, 600 000 kr, 2 000/user) and Profil (B, 100 users,
250 000 kr, 2 500/user, contract ends 2029); Skole Visma Flyt Skole in both (300 users, 500/user);
Plan Komtek in both (75 users, 2 000/user). Licences today 1 150 000 kr. Start 2026, first
effect 2027. Volume discount 5 % per extra municipality: two municipalities per slot → 5 %.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from desktop.core.scenarios import Scenario, StaffingData, compute
from tests.unit.scenarios.data import (
    C_MUNICIPALITY,
    EPJ,
    INSTALLATIONS,
    MUNICIPALITIES,
    PLAN,
    QUIET,
    SCHOOL,
    STAFFING,
    A,
    B,
    C,
    inst,
    project,
    scenario,
)

EPJ_SLOT = f"{EPJ[0]} / {EPJ[1]}"
SCHOOL_SLOT = f"{SCHOOL[0]} / {SCHOOL[1]}"
PLAN_SLOT = f"{PLAN[0]} / {PLAN[1]}"
# Level 3 by hand: the volume curve off (each system at its typical price per user, the
# geometric mean over its installations), every migration class at 150 000 kr.
L3 = {"licence_volume_elasticity": 0.0, "migration_cost_per_installation": 150_000,
      "migration_cost_erp": 150_000, "migration_cost_health": 150_000,
      "migration_cost_archive": 150_000, "migration_cost_education": 150_000,
      "training_cost_per_user": 1_000}


def profil(**changes: object) -> tuple:  # type: ignore[type-arg]
    return tuple(replace(i, **changes) if i.product == "Profil" else i  # type: ignore[arg-type]
                 for i in INSTALLATIONS)


def licences(r) -> list[float]:  # type: ignore[no-untyped-def]
    return [c.licences for c in r.costs]


def migration(r) -> list[float]:  # type: ignore[no-untyped-def]
    return [o.migration for o in r.one_time]


def test_targets_by_most_users() -> None:
    r = compute(project(), scenario(3, **L3))
    chosen = {t.slot: (t.product, t.rule, t.applied) for t in r.targets}
    assert chosen == {EPJ_SLOT: ("Gerica", "most_users", True),  # 300 users against 100
                      SCHOOL_SLOT: ("Visma Flyt Skole", "most_users", True),
                      PLAN_SLOT: ("Komtek", "most_users", True)}
    epj = next(t for t in r.targets if t.slot == EPJ_SLOT)
    assert (epj.municipalities, epj.installations, epj.users_on_target) == (2, 2, 300)
    assert epj.cost_per_user == 2_000  # 600 000 / 300
    assert "Flest brukere" in epj.reason


def test_contract_ending_in_year_three_delays_the_switch_to_year_three() -> None:
    r = compute(project(), scenario(3, **L3))
    # 2027: Gerica, Skole and Komtek (no end date) join the shared contracts at each
    #   system's typical price per user (no volume curve here): removed 600 + 100 + 50 + 100
    #   + 50 = 900 000; new 300 × 2 000 + 300 × 500 + 75 × 2 000 = 900 000 → 1 150 000
    # 2029: Profil's contract ends: − 250 000 + 100 × 2 000 = −50 000 → 1 100 000
    assert licences(r) == pytest.approx([1_150_000] * 3 + [1_100_000] * 7)
    # one switch (Profil → Gerica) in year 3 (2029; 2026 is year 0), when its contract ends,
    # not in the first effect year 2027: 150 000 + 100 users × 1 000
    assert migration(r) == pytest.approx([0, 0, 0, 250_000] + [0] * 6)
    assert r.summary["installations_switching"] == 1
    school = r.trace_line(f"licences.slot.{SCHOOL_SLOT}")
    assert school.value == pytest.approx(150_000)  # 300 × 500
    assert r.trace_line("one_time.migration").value == pytest.approx(250_000)


def test_no_switch_before_the_first_effect_year() -> None:
    r = compute(project(installations=profil(contract_end=dt.date(2020, 6, 30))),
                scenario(3, **L3))
    assert migration(r) == pytest.approx([0, 250_000] + [0] * 8)  # 2027, not 2020 or 2026


def test_contract_beyond_the_horizon_does_not_switch() -> None:
    r = compute(project(installations=profil(contract_end=dt.date(2040, 12, 31))),
                scenario(3, **L3))
    assert sum(migration(r)) == 0
    assert licences(r)[-1] == pytest.approx(1_150_000)  # Profil keeps its 250 000
    assert any("1 installasjoner har avtale som går ut etter analyseperioden" in n
               for n in r.notes)


def test_lowest_cost_per_user_rule() -> None:
    p = project(installations=profil(annual_cost=150_000))  # Profil 1 500 per user
    r = compute(p, Scenario("x", (A, B), level=3, organisation_form=None,
                            target_rule="lowest_cost_per_user", overrides={**QUIET, **L3}))
    epj = next(t for t in r.targets if t.slot == EPJ_SLOT)
    assert (epj.product, epj.rule) == ("Profil", "lowest_cost_per_user")
    assert "1\u00a0500\u00a0kr" in epj.reason
    # Gerica (A) switches in 2027: 150 000 + 300 × 1 000
    assert migration(r)[1] == pytest.approx(450_000)


def test_override_and_opt_out_per_slot() -> None:
    p = project()
    chosen = compute(p, Scenario("x", (A, B), level=3, organisation_form=None,
                                 targets={EPJ_SLOT: "Profil"}, overrides={**QUIET, **L3}))
    epj = next(t for t in chosen.targets if t.slot == EPJ_SLOT)
    assert (epj.product, epj.rule) == ("Profil", "override")
    kept = compute(p, Scenario("x", (A, B), level=3, organisation_form=None,
                               targets={EPJ_SLOT: None}, overrides={**QUIET, **L3}))
    epj = next(t for t in kept.targets if t.slot == EPJ_SLOT)
    assert (epj.system_key, epj.applied) == (None, False)
    # only Skole and Komtek are repriced: removed 100 + 50 + 100 + 50 = 300 000, new
    # 150 000 + 150 000 at their typical prices → unchanged without a volume curve
    assert licences(kept)[1:] == pytest.approx([1_150_000] * 9)
    assert sum(migration(kept)) == 0
    with pytest.raises(ValueError):
        compute(p, Scenario("x", (A, B), level=3, targets={EPJ_SLOT: "Nope"}))


def test_seat_without_users_keeps_its_cost() -> None:
    r = compute(project(installations=profil(users=None)), scenario(3, **L3))
    # Profil cannot be priced: its 250 000 stays; the switch still costs 150 000 (no users
    # to train)
    assert licences(r) == pytest.approx([1_150_000] * 10)
    assert migration(r)[3] == pytest.approx(150_000)
    assert any("1 av 6 kommuners fagsystemer" in n for n in r.notes)


def test_two_systems_for_the_same_users_become_one_licence() -> None:
    cosdoc = inst(A, "CosDoc", EPJ[0], 280, 280_000, function=EPJ[1])
    r = compute(project(installations=(*INSTALLATIONS, cosdoc)), scenario(3, **L3))
    # A's seat: max(300, 280) = 300 users on Gerica, not 580: both 600 000 and 280 000 go,
    # 300 × 2 000 = 600 000 comes → 1 430 000 − 1 180 000 + 900 000 = 1 150 000
    assert licences(r)[1] == pytest.approx(1_150_000)
    assert r.summary["installations_switching"] == 2  # CosDoc in 2027, Profil in 2029


def schools(prices: tuple[float, float, float]) -> tuple:  # type: ignore[type-arg]
    """A, B and C on Visma Flyt Skole with 200, 100 and 50 users at these prices per user."""
    users = {A: 200, B: 100, C: 50}
    own = {A: prices[0], B: prices[1], C: prices[2]}
    rows = tuple(replace(i, annual_cost=users[i.municipality] * own[i.municipality])
                 if i.product == "Visma Flyt Skole" else i for i in INSTALLATIONS)
    return (*rows, inst(C, "Visma Flyt Skole", SCHOOL[0], 50, 50 * prices[2],
                        function=SCHOOL[1]))


def test_the_common_price_follows_the_groups_volume_on_a_curve() -> None:
    p = project(municipalities=(*MUNICIPALITIES, C_MUNICIPALITY),
                installations=schools((500, 500, 500)))
    r = compute(p, scenario(3, (A, B, C), **{**L3, "licence_volume_elasticity": 0.1}))
    line = r.trace_line(f"licences.slot.{SCHOOL_SLOT}")
    # the typical customer has (200 × 100 × 50)^(1/3) = 100 users; the group 350
    assert line.inputs["volume_ratio"] == pytest.approx(3.5)
    assert line.value == pytest.approx(350 * 500 * 3.5 ** -0.1)  # 7 % less per doubling


def test_the_common_price_is_never_the_cheapest_a_big_customer_has() -> None:
    # A (200 users) pays 400 per user, B 600, C 800: the group does not get A's price
    p = project(municipalities=(*MUNICIPALITIES, C_MUNICIPALITY),
                installations=schools((400, 600, 800)))
    r = compute(p, scenario(3, (A, B, C), **{**L3, "licence_volume_elasticity": 0.1}))
    per_user = r.trace_line(f"licences.slot.{SCHOOL_SLOT}").value / 350
    typical = (400 * 600 * 800) ** (1 / 3)
    assert per_user == pytest.approx(typical * 3.5 ** -0.1)
    assert 400 < per_user < typical


def test_management_saving_when_a_system_is_shared() -> None:
    params = {**L3, "management_saving": 0.5, "on_call_min_fte": 50}
    level3 = compute(project(), scenario(3, **params))
    level2 = compute(project(), scenario(2, **params))  # pooling identical: on-call binds
    diff = [c3.staff - c2.staff for c2, c3 in zip(level2.costs, level3.costs, strict=True)]
    # Only the IT staff's share of system management is in today's salaries. A reports
    # 0,5 + 0,2 + 0,1 = 0,8 FTE on its systems and has 1 FTE Systemforvaltning in Bemanning
    # (share min(1, 1 / 0,8) = 1); B reports 0,5 FTE and has none (share 0).
    # 2027: A 0,8 FTE × 0,5 × 800 000 = 320 000; B's Profil (2029) adds nothing
    assert diff == pytest.approx([0] + [-320_000] * 9)
    line = level3.trace_line("staff.management_saving")
    assert line.inputs["mgmt_fte_reported"] == pytest.approx(1.3)  # 0,8 + 0,3 + 0,1 + 0,1
    assert line.inputs["mgmt_fte"] == pytest.approx(0.8)
    assert any("Bare IT-ansattes andel" in n for n in level3.notes)


def test_management_saving_takes_the_it_share_per_municipality() -> None:
    staffing = (*STAFFING, StaffingData(B, "Systemforvaltning", 0.25, 1, 200_000))
    params = {**L3, "management_saving": 0.5, "on_call_min_fte": 50}
    level3 = compute(project(staffing=staffing), scenario(3, **params))
    level2 = compute(project(staffing=staffing), scenario(2, **params))
    diff = [c3.staff - c2.staff for c2, c3 in zip(level2.costs, level3.costs, strict=True)]
    # B: 0,25 of 0,5 FTE is IT staff, share 0,5. 2027: A 0,8 + B (0,1 + 0,1) × 0,5 = 0,9 FTE
    # × 0,5 × 800 000 = 360 000; 2029: + Profil 0,3 × 0,5 → 1,05 × 400 000 = 420 000
    assert diff == pytest.approx([0, -360_000, -360_000] + [-420_000] * 7)


def test_management_saving_never_exceeds_the_it_staff_in_the_baseline() -> None:
    # every installation reports 5 FTE of system management: far more than A's 1 FTE in
    # Bemanning; at most that 1 FTE can be saved, even with a 100 % saving
    installations = tuple(replace(i, management_fte=5.0) for i in INSTALLATIONS)
    params = {**L3, "management_saving": 1.0, "on_call_min_fte": 50}
    level3 = compute(project(installations=installations), scenario(3, **params))
    level2 = compute(project(installations=installations), scenario(2, **params))
    assert level2.costs[-1].staff - level3.costs[-1].staff == pytest.approx(800_000)


def test_below_level_three_targets_are_suggestions() -> None:
    r = compute(project(), scenario(2, **L3))
    assert all(not t.applied for t in r.targets)
    assert {t.product for t in r.targets} == {"Gerica", "Visma Flyt Skole", "Komtek"}
    assert licences(r) == pytest.approx([1_150_000] * 10)


def test_levels_four_and_five_are_qualitative() -> None:
    r3 = compute(project(), scenario(3, **L3))
    for level, notes in ((4, 1), (5, 2)):
        r = compute(project(), scenario(level, **L3))
        assert r.npv == pytest.approx(r3.npv)
        assert [c.total for c in r.costs] == pytest.approx([c.total for c in r3.costs])
        assert len(r.qualitative) == notes
    assert r3.qualitative == ()


def test_a_service_area_without_a_known_function_is_not_standardised_unless_chosen() -> None:
    # Two products in "Helse og omsorg" with no function: they may do different jobs
    # (journal and welfare technology), so level 3 must not merge them by itself.
    plain = (inst(A, "Gerica", EPJ[0], 300, 600_000), inst(B, "Dignio", EPJ[0], 100, 250_000))
    r = compute(project(installations=plain), scenario(3, **L3))
    (choice,) = r.targets
    assert (choice.slot, choice.applied, choice.product) == (EPJ[0], False, None)
    assert "systemkatalogen" in choice.reason
    assert r.summary["installations_switching"] == 0
    chosen = compute(project(installations=plain),
                     replace(scenario(3, **L3), targets={EPJ[0]: "Gerica"}))
    assert chosen.targets[0].applied and chosen.summary["installations_switching"] == 1
