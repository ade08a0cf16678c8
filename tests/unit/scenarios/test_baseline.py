"""«Dagens situasjon»: counts, FTE, cost by kind, key figures, flags; missing is never zero."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.core.scenarios import Figure, baseline
from desktop.core.scenarios.figures import MISSING, pooled_ratio, sum_parts, total_of
from desktop.core.scenarios.inputs import InfrastructureData, StaffingData
from tests.unit.scenarios.data import (
    BOUGHT,
    C_MUNICIPALITY,
    INFRASTRUCTURE,
    INSTALLATIONS,
    MUNICIPALITIES,
    STAFFING,
    A,
    B,
    C,
    inst,
    project,
    with_facts,
)


def rows(result, number):  # type: ignore[no-untyped-def]
    return next(r for r in result.municipalities if r.number == number)


def test_counts_fte_and_cost_by_kind_per_municipality() -> None:
    a = rows(baseline(project()), A)
    assert a.installations == Figure(3, 0, 1)  # Gerica, Visma Flyt Skole, Komtek
    assert a.distinct_systems.value == 3
    assert a.it_fte == Figure(7, 0, 4)  # 1 + 3 + 2 + 1 over four rows
    assert a.fte_by_function["Drift og infrastruktur"].value == 3
    # a function the municipality did not list is missing, not 0 FTE
    assert a.fte_by_function["Informasjonssikkerhet"] == MISSING
    assert a.cost_by_kind["staff"].value == 5_600_000  # 800 000 + 2 400 000 + 1 600 000 + 800 000
    assert a.cost_by_kind["licences"].value == 800_000  # 600 000 + 100 000 + 100 000
    assert a.cost_by_kind["bought_services"].value == 100_000
    assert a.cost_by_kind["infrastructure"].value == 500_000  # 200 000 + 300 000
    # B buys Sikkerhetskopi from A for 50 000: B's bought service, deducted from A's cost
    assert a.cost_by_kind["internal_sales"] == Figure(-50_000, 0, 1)
    assert a.it_cost == Figure(6_950_000, 0, 11)  # 5,6 M + 0,8 M + 0,1 M + 0,5 M − 0,05 M


def test_key_figures_per_municipality() -> None:
    a = rows(baseline(project()), A)
    kf = {k: f.value for k, f in a.key_figures.items()}
    assert kf["it_cost_per_inhabitant"] == pytest.approx(695)  # 6 950 000 / 10 000
    assert kf["it_cost_per_employee"] == pytest.approx(8_687.5)  # 6 950 000 / 800
    assert kf["it_fte_per_1000_users"] == pytest.approx(5.8333333, 1e-6)  # 7 / 1 200 × 1 000
    assert kf["users_per_support_fte"] == pytest.approx(600)  # 1 200 / 2
    assert kf["systems_per_municipality"] == 3


def test_totals_and_pooled_key_figures() -> None:
    total = baseline(project()).total
    # A 6 950 000 + B 3 000 000: the purchase between them counted once, as the scenario
    # model's «cost today» counts it
    assert total.it_cost == Figure(9_950_000, 0, 2)
    assert total.distinct_systems.value == 4  # Gerica, Profil, Visma Flyt Skole, Komtek
    assert total.key_figures["it_cost_per_inhabitant"].value == pytest.approx(663.3333, 1e-6)
    # 10 000 000 / 15 000
    assert total.key_figures["it_fte_per_1000_users"].value == pytest.approx(5.5556, 1e-4)
    # (7 + 3) / 1 800 × 1 000
    assert total.key_figures["systems_per_municipality"].value == 3  # (3 + 3) / 2


def test_missing_fact_is_missing_not_zero_and_counted() -> None:
    result = baseline(project(municipalities=with_facts(B, inhabitants=None)))
    b = rows(result, B)
    assert b.facts["inhabitants"].value is None
    assert b.key_figures["it_cost_per_inhabitant"].value is None
    total = result.total
    assert total.facts["inhabitants"] == Figure(10_000, 1, 2)  # A only; B missing
    assert total.key_figures["it_cost_per_inhabitant"] == Figure(695, 1, 2)  # A: 6,95 M / 10 000
    assert total.facts["inhabitants"].text() == "10\u00a0000 (mangler for 1 av 2)"


def test_missing_cost_row_makes_the_sum_partial() -> None:
    installations = tuple(replace(i, annual_cost=None) if (i.municipality, i.product)
                          == (A, "Visma Flyt Skole") else i for i in INSTALLATIONS)
    result = baseline(project(installations=installations))
    a = rows(result, A)
    assert a.cost_by_kind["licences"] == Figure(700_000, 1, 3)  # 600 000 + 100 000; 1 of 3
    assert a.it_cost.missing == 1
    assert a.key_figures["it_cost_per_inhabitant"].value is None  # not computed on a part
    assert result.total.cost_by_kind["licences"] == Figure(1_050_000, 1, 2)
    # 700 000 + 350 000; A is the one municipality with something missing


def test_unanswered_municipality_is_all_missing() -> None:
    unanswered = replace(C_MUNICIPALITY, answered=False)
    result = baseline(project(municipalities=(*MUNICIPALITIES, unanswered)))
    c = rows(result, C)
    assert c.installations.value is None
    assert c.it_cost.value is None
    assert all(f.value is None for f in c.cost_by_kind.values())
    assert result.total.installations == Figure(6, 1, 3)
    assert result.total.it_cost == Figure(9_950_000, 1, 3)


def test_not_in_use_is_counted_but_not_costed() -> None:
    extra = inst(A, "ePhorte", "Sak, arkiv og politikk", 10, 99_000, in_use=False)
    a = rows(baseline(project(installations=(*INSTALLATIONS, extra))), A)
    assert a.installations.value == 3
    assert a.not_in_use == 1
    assert a.cost_by_kind["licences"].value == 800_000


def test_vulnerability_flags() -> None:
    c = replace(C_MUNICIPALITY)
    owned = tuple(inst(C, f"System {i}", "Annet", 5, 1_000, owner=" Kari  Nordmann" if i % 2
                       else "kari nordmann") for i in range(5))
    result = baseline(project(
        municipalities=(*MUNICIPALITIES, c), installations=(*INSTALLATIONS, *owned),
        staffing=(*STAFFING, StaffingData(C, "Drift og infrastruktur", 1.5, 1, 1_200_000)),
        infrastructure=(*INFRASTRUCTURE, InfrastructureData(A, "Servicedesk", None, 40_000))))
    codes = {f.code for f in rows(result, C).flags}
    assert codes == {"small_it_unit", "owner_many_systems"}  # 1,5 FTE ≤ 2; 5 systems ≥ 5
    assert "5 fagsystemer" in next(f.text for f in rows(result, C).flags
                                   if f.code == "owner_many_systems")
    assert {f.code for f in rows(result, A).flags} == {"double_counting"}  # Servicedesk twice
    # B buys Sikkerhetskopi from A and also reports it under Infrastruktur
    assert [f.text[:16] for f in rows(result, B).flags] == ["«Sikkerhetskopi»"]
    assert result.total.flags == 4


def test_subset_of_municipalities() -> None:
    result = baseline(project(), numbers=[B])
    assert [r.number for r in result.municipalities] == [B]
    assert result.total.it_cost.value == 3_000_000  # 2 400 000 + 350 000 + 50 000 + 200 000
    assert BOUGHT[1].municipality == B  # B's purchase from A is B's cost in the baseline


def test_figure_helpers() -> None:
    assert sum_parts([1.0, None, 2.0]) == Figure(3.0, 1, 3)
    assert sum_parts([None, None]) == Figure(None, 2, 2)
    assert sum_parts([]) == Figure(0.0, 0, 0)
    assert total_of([Figure(1.0, 0, 1), Figure(None, 1, 1)]) == Figure(1.0, 1, 2)
    # a zero denominator is left out, not divided by
    assert pooled_ratio([(Figure(10.0), Figure(2.0)), (Figure(5.0), Figure(0.0))]) == Figure(
        5.0, 1, 2)
    assert Figure(41, 3, 7).text() == "41 (mangler for 3 av 7)"
    assert Figure(None).text() == "mangler"
    assert Figure(1234.0).text(unit="kr") == "1\u00a0234\u00a0kr"
