"""Input helpers, and the trace: every number says where it comes from."""

from __future__ import annotations

from desktop.core.scenarios import InstallationData, compute, vendor_municipality
from desktop.core.scenarios.inputs import system_key
from tests.unit.scenarios.data import MUNICIPALITIES, A, project, scenario
from tests.unit.scenarios.test_systems import L3


def test_vendor_municipality() -> None:
    assert vendor_municipality("Aby kommune", MUNICIPALITIES) == A
    assert vendor_municipality(" aby  KOMMUNE ", MUNICIPALITIES) == A
    assert vendor_municipality("Aby", MUNICIPALITIES) == A
    assert vendor_municipality("Abyen Data AS", MUNICIPALITIES) is None
    assert vendor_municipality(None, MUNICIPALITIES) is None


def test_system_key_falls_back_to_the_product_name() -> None:
    assert system_key(InstallationData(A, "Gerica", system_key="17")) == "17"
    assert system_key(InstallationData(A, " Visma  Flyt Skole")) == "produkt:visma flyt skole"


def test_trace_lines_have_formulas_and_match_the_tables() -> None:
    r = compute(project(), scenario(3, form="vertskommune", **L3))
    assert len({t.key for t in r.trace}) == len(r.trace)
    assert all(t.formula and t.label for t in r.trace)
    end = r.years[-1]
    for kind in ("staff", "licences", "bought_services", "infrastructure", "overhead"):
        assert r.trace_line(f"scenario.{kind}.{end}").value == getattr(r.costs[-1], kind)
    assert r.trace_line(f"scenario.overhead.{end}").inputs == {"overhead_vertskommune": 150_000}
    assert r.trace_line("baseline.licences").value == r.baseline[0].licences
    assert r.trace_line("npv").inputs["discount_rate"] == 0.04
