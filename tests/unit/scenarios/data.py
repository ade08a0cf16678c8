"""Small projects for the scenario tests, with numbers chosen so the arithmetic is done by hand.

Two municipalities, A (0001) and B (0002); C (0003) only where a test says so.

Facts            A        B
inhabitants      10 000   5 000
it_users         1 200    600
clients          800      400
locations        20       10
data rooms       1        1
physical servers 6        4
virtual servers  60       30

Staffing (every row costs 800 000 kr per FTE, so the observed cost per FTE is 800 000):
A: IT-ledelse 1, Drift og infrastruktur 3, Brukerstøtte og klientdrift 2, Systemforvaltning 1
   (7 FTE, 5 600 000 kr); B: IT-ledelse 1, Drift 1, Brukerstøtte 1 (3 FTE, 2 400 000 kr).
Pooled functions today: A 6 FTE 4 800 000 + B 3 FTE 2 400 000 = 9 FTE, 7 200 000 kr.

Installations (cost per user in brackets):
  slot «Helse og omsorg / pleie- og omsorgsjournal»:
    A Gerica  in-house, 300 users, 600 000 kr (2 000), 2 servers, 0,5 FTE, no contract end
    B Profil  in-house, 100 users, 250 000 kr (2 500), 1 server,  0,3 FTE, contract ends 2029
  slot «Skole»: A and B Visma Flyt Skole (SaaS), 200 / 100 users, 100 000 / 50 000 kr (500),
    0,2 / 0,1 FTE
  slot «Plan, bygg og geodata»: A and B Komtek in-house, 50 / 25 users, 100 000 / 50 000 kr
    (2 000), 1 / 1 server, 0,1 / 0,1 FTE
  In-house installations: A 2, B 2. Licences today: 600+250+100+50+100+50 = 1 150 000 kr.

Bought services: A buys Servicedesk from Atea for 100 000 kr; B buys Sikkerhetskopi from A
for 50 000 kr (a purchase inside the group when both take part).
Infrastructure: A Sikkerhetskopi 200 000 (can be merged) and WAN og linjer 300 000;
B Sikkerhetskopi 100 000 (merged) and Telefoni 100 000.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from desktop.core.scenarios import (
    BoughtServiceData,
    InfrastructureData,
    InstallationData,
    MunicipalityData,
    ProjectData,
    Scenario,
    StaffingData,
)

A, B, C = "0001", "0002", "0003"
OWN, SAAS = "Egen drift", "Skytjeneste (SaaS)"
EPJ = ("Helse og omsorg", "pleie- og omsorgsjournal")
SCHOOL = ("Skole", "skoleadministrativt system")
PLAN = ("Plan, bygg og geodata", "byggesak og matrikkel")

MUNICIPALITIES = (
    MunicipalityData(A, "Aby", inhabitants=10_000, employees_fte=800, it_users=1_200,
                     clients=800, locations=20, data_rooms=1, physical_servers=6,
                     virtual_servers=60, it_budget=8_000_000),
    MunicipalityData(B, "Bby", inhabitants=5_000, employees_fte=400, it_users=600, clients=400,
                     locations=10, data_rooms=1, physical_servers=4, virtual_servers=30,
                     it_budget=3_500_000),
)
C_MUNICIPALITY = MunicipalityData(C, "Cby", inhabitants=1_000, employees_fte=90, it_users=100,
                                  clients=80, locations=4, data_rooms=1, physical_servers=2,
                                  virtual_servers=8)


def inst(municipality: str, product: str, area: str, users: float | None, cost: float | None,
         *, function: str | None = None, hosting: str = SAAS, servers: float | None = 0,
         mgmt: float | None = 0.1, contract_end: dt.date | None = None,
         owner: str | None = None, in_use: bool = True) -> InstallationData:
    return InstallationData(municipality, product, system_key=product, service_area=area,
                            function=function, hosting=hosting, users=users, servers=servers,
                            annual_cost=cost, contract_end=contract_end, management_fte=mgmt,
                            system_owner=owner, in_use=in_use)


INSTALLATIONS = (
    inst(A, "Gerica", EPJ[0], 300, 600_000, function=EPJ[1], hosting=OWN, servers=2, mgmt=0.5),
    inst(B, "Profil", EPJ[0], 100, 250_000, function=EPJ[1], hosting=OWN, servers=1, mgmt=0.3,
         contract_end=dt.date(2029, 12, 31)),
    inst(A, "Visma Flyt Skole", SCHOOL[0], 200, 100_000, function=SCHOOL[1], mgmt=0.2),
    inst(B, "Visma Flyt Skole", SCHOOL[0], 100, 50_000, function=SCHOOL[1], mgmt=0.1),
    inst(A, "Komtek", PLAN[0], 50, 100_000, function=PLAN[1], hosting=OWN, servers=1),
    inst(B, "Komtek", PLAN[0], 25, 50_000, function=PLAN[1], hosting=OWN, servers=1),
)
STAFFING = (
    StaffingData(A, "IT-ledelse", 1, 1, 800_000),
    StaffingData(A, "Drift og infrastruktur", 3, 3, 2_400_000),
    StaffingData(A, "Brukerstøtte og klientdrift", 2, 2, 1_600_000),
    StaffingData(A, "Systemforvaltning", 1, 2, 800_000),
    StaffingData(B, "IT-ledelse", 1, 1, 800_000),
    StaffingData(B, "Drift og infrastruktur", 1, 1, 800_000),
    StaffingData(B, "Brukerstøtte og klientdrift", 1, 1, 800_000),
)
BOUGHT = (
    BoughtServiceData(A, "Atea AS", "Servicedesk", 100_000),
    BoughtServiceData(B, "Aby kommune", "Sikkerhetskopi", 50_000, vendor_municipality=A),
)
INFRASTRUCTURE = (
    InfrastructureData(A, "Sikkerhetskopi", OWN, 200_000),
    InfrastructureData(A, "WAN og linjer", SAAS, 300_000),
    InfrastructureData(B, "Sikkerhetskopi", OWN, 100_000),
    InfrastructureData(B, "Telefoni", SAAS, 100_000),
)


def project(**changes: Any) -> ProjectData:
    """The two-municipality project; keyword arguments replace whole fields."""
    base = ProjectData("Test", 2026, MUNICIPALITIES, INSTALLATIONS, STAFFING, BOUGHT,
                       INFRASTRUCTURE)
    return replace(base, **changes)


def with_facts(number: str, **facts: Any) -> tuple[MunicipalityData, ...]:
    return tuple(replace(m, **facts) if m.number == number else m for m in MUNICIPALITIES)


# Every parameter with a money effect switched off; tests switch on what they look at.
QUIET: dict[str, float] = {
    "framework_saving": 0.0, "framework_project_cost": 0.0, "project_cost_fixed": 0.0,
    "project_cost_per_municipality": 0.0, "infrastructure_saving": 0.0, "cost_per_server": 0.0,
    "cost_per_data_room": 0.0, "salary_harmonisation": 0.0, "management_saving": 0.0,
    "licence_volume_elasticity": 0.0, "migration_cost_per_installation": 0.0,
    "migration_cost_erp": 0.0, "migration_cost_health": 0.0, "migration_cost_archive": 0.0,
    "migration_cost_education": 0.0, "training_cost_per_user": 0.0,
    "parallel_running_months": 0.0, "internal_project_fte": 0.0, "alone_security": 0.0,
    "platform_investment_fixed": 0.0, "platform_investment_per_user": 0.0,
    "network_line_per_municipality": 0.0,
}


def scenario(level: int = 2, participants: tuple[str, ...] = (A, B), form: str | None = None,
             **overrides: float) -> Scenario:
    return Scenario("Test", participants, level=level, organisation_form=form,
                    overrides={**QUIET, **overrides})
