"""Answers for the GUI tests, as a municipality would type them."""

from __future__ import annotations

import datetime as dt
from typing import Any

SYSTEMS: list[dict[str, Any]] = [
    {"name": "Visma Flyt Skole", "vendor": "Visma", "version": "3.2", "service_area": "Skole",
     "hosting": "Skytjeneste (SaaS)", "users": 120, "servers": 0, "annual_cost": 1234567,
     "contract_end": dt.datetime(2027, 12, 31), "system_owner": "Kari Nordmann",
     "management_fte": 2.5, "integrations": 4, "comment": "Felles med Lillesand"},
    {"name": "Gerica", "vendor": "Tietoevry", "service_area": "Helse og omsorg",
     "hosting": "Egen drift", "users": "ca. 200", "servers": None, "annual_cost": "ukjent"},
    {"name": "Acos WebSak", "vendor": "Acos", "service_area": "Sak, arkiv og politikk",
     "hosting": "Leverandørdrift (ASP)", "users": 95, "annual_cost": 98000,
     "contract_end": "des. 2026"},
]
STAFF: list[dict[str, Any]] = [
    {"function": "Drift og infrastruktur", "fte": 2.5, "persons": 3, "cost": 2100000},
    {"function": "IT-ledelse", "fte": 1, "persons": 1, "cost": 1050000},
]
BOUGHT: list[dict[str, Any]] = [
    {"vendor": "Kristiansand kommune", "service": "Servicedesk", "annual_cost": 350000,
     "contract_end": dt.datetime(2026, 6, 30)},
]
INFRA: list[dict[str, Any]] = [
    {"service": "E-post", "hosting": "Skytjeneste (SaaS)", "annual_cost": 120000},
    {"service": "Brannmur", "hosting": "Egen drift", "annual_cost": 45000},
]
FACTS: dict[str, Any] = {"inhabitants": 5480, "employees_fte": 412.5, "it_users": 520,
                         "contact_person": "Ola Nordmann", "email": "ola@birkenes.kommune.no"}


def answers() -> dict[str, Any]:
    return {"facts": FACTS, "installation": SYSTEMS, "staffing": STAFF,
            "bought_service": BOUGHT, "infrastructure": INFRA}
