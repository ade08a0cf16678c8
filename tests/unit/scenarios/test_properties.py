"""Properties over random projects and parameters: a scenario never saves money the baseline
does not contain.

Each seed builds a project of two to five municipalities with random facts, staffing,
installations, bought services and infrastructure (some numbers missing), and a scenario at a
random level with every uncertain parameter drawn from its range and the hardware estimate
switched on or off.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from desktop.core.questionnaire.spec import INFRASTRUCTURE_SERVICES, IT_FUNCTIONS
from desktop.core.scenarios import (
    PARAMETERS,
    BoughtServiceData,
    InfrastructureData,
    InstallationData,
    MunicipalityData,
    ProjectData,
    Scenario,
    StaffingData,
    compute,
)
from desktop.core.scenarios.figures import COST_KINDS

PRODUCTS = (("Gerica", "Helse og omsorg"), ("Profil", "Helse og omsorg"),
            ("Visma Flyt Skole", "Skole"), ("IST Everyday", "Skole"),
            ("Komtek", "Plan, bygg og geodata"), ("Websak", "Sak og arkiv"),
            ("Elements", "Sak og arkiv"))
HOSTING = ("Egen drift", "Skytjeneste (SaaS)")


def _maybe(rng: random.Random, value: float) -> float | None:
    return None if rng.random() < 0.15 else value


def random_project(rng: random.Random) -> ProjectData:
    munis, inst, staff, bought, infra = [], [], [], [], []
    for i in range(rng.randint(2, 5)):
        number = f"{1001 + i:04d}"
        inhabitants = rng.randint(800, 60_000)
        users = inhabitants * rng.uniform(0.05, 0.12)
        munis.append(MunicipalityData(
            number, f"Kommune {i}", inhabitants=inhabitants, employees_fte=inhabitants * 0.08,
            it_users=_maybe(rng, round(users)), clients=_maybe(rng, round(users * 0.8)),
            locations=_maybe(rng, rng.randint(2, 60)), data_rooms=_maybe(rng, rng.randint(1, 4)),
            physical_servers=_maybe(rng, rng.randint(1, 40)),
            virtual_servers=_maybe(rng, rng.randint(5, 400))))
        for product, area in rng.sample(PRODUCTS, rng.randint(1, len(PRODUCTS))):
            inst.append(InstallationData(
                number, product, system_key=product, service_area=area, function=area.lower(),
                hosting=rng.choice(HOSTING), users=_maybe(rng, rng.randint(5, 800)),
                servers=_maybe(rng, rng.randint(0, 3)),
                annual_cost=_maybe(rng, rng.randint(10_000, 2_000_000)),
                contract_end=rng.choice([None, dt.date(rng.randint(2026, 2040), 12, 31)]),
                management_fte=_maybe(rng, rng.uniform(0, 3))))
        for function in rng.sample(IT_FUNCTIONS, rng.randint(1, len(IT_FUNCTIONS))):
            fte = rng.uniform(0.2, 12)
            staff.append(StaffingData(number, function, _maybe(rng, fte), None,
                                      _maybe(rng, fte * rng.uniform(600_000, 1_100_000))))
        if rng.random() < 0.7:
            bought.append(BoughtServiceData(number, "Atea AS", "Servicedesk",
                                            _maybe(rng, rng.randint(10_000, 900_000))))
        for service in rng.sample(INFRASTRUCTURE_SERVICES, rng.randint(0, 6)):
            infra.append(InfrastructureData(number, service, rng.choice(HOSTING),
                                            _maybe(rng, rng.randint(5_000, 800_000))))
    return ProjectData("Tilfeldig", 2026, tuple(munis), tuple(inst), tuple(staff),
                       tuple(bought), tuple(infra))


def random_scenario(rng: random.Random, project: ProjectData) -> Scenario:
    values = {p.key: rng.uniform(p.low, p.high) for p in PARAMETERS
              if p.low is not None and p.high is not None}
    values["attrition_years"] = float(rng.randint(1, 5))
    values["on_call_min_fte"] = rng.choice([0.0, values["on_call_min_fte"]])
    if rng.random() < 0.5:  # the hardware estimate the user may add
        values["cost_per_server"] = rng.uniform(0, 100_000)
        values["cost_per_data_room"] = rng.uniform(0, 500_000)
    numbers = [m.number for m in project.municipalities]
    participants = tuple(rng.sample(numbers, rng.randint(1, len(numbers))))
    return Scenario("Tilfeldig", participants, level=rng.randint(1, 3),
                    organisation_form=rng.choice([None, "vertskommune", "iks"]),
                    overrides=values)


@pytest.mark.parametrize("seed", range(60))
def test_no_cost_kind_saves_more_than_its_baseline(seed: int) -> None:
    rng = random.Random(seed)
    project = random_project(rng)
    result = compute(project, random_scenario(rng, project))
    for base, scen in zip(result.baseline, result.costs, strict=True):
        for kind in COST_KINDS:
            saving = getattr(base, kind) - getattr(scen, kind)
            assert saving <= getattr(base, kind) + 1e-6, (kind, base.year)
    d = result.evaluation.details
    if "hardware_saving" in d:  # the part of infrastructure the estimate is
        assert d["hardware_saving"][0] <= d["hardware_today"][0] + 1e-6
    mgmt = result.quantities
    assert (mgmt.mgmt_freed <= mgmt.mgmt_it_fte + 1e-9).all()
