"""The demo data (data.py) as `Answers` to fill a questionnaire with; deterministic.

Figures a municipality did not give explicitly are derived from the product profile and the
municipality's size with `random.Random(<municipality number>)`, drawn in a fixed order, so the
same data always gives the same answers (and Lillesand's corrected file differs from its first
only where LILLESAND_RESENT says).
"""

from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any

from desktop.core.demo.data import (
    EGEN,
    IKT,
    LILLESAND,
    LILLESAND_RESENT,
    PRODUCTS,
    Municipality,
    Raw,
    S,
    SumRow,
)
from desktop.core.questionnaire.fill import Answers
from desktop.core.questionnaire.spec import INFRASTRUCTURE_SERVICES

# NOK per inhabitant and year for each infrastructure service (for the derived costs).
INFRA_COST_PER_INHABITANT = {
    "Katalogtjeneste (AD)": 3.0, "E-post": 12.0, "Fil og utskrift": 6.0, "Sikkerhetskopi": 7.0,
    "Endepunktsikkerhet": 5.0, "Overvåking": 3.0, "Database": 4.0, "Brannmur": 5.0,
    "WAN og linjer": 30.0, "Telefoni": 15.0, "Servicedesk": 8.0, "Klientdrift": 20.0,
}
CONTRACT_MONTHS = (3, 6, 8, 12, 12, 12)


def _last_day(year: int, month: int) -> dt.date:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _users(it_users: int, share: float, rng: random.Random) -> int:
    if share >= 0.9:
        return int(round(it_users * share * rng.uniform(0.97, 1.0), -1))
    n = it_users * share * rng.uniform(0.8, 1.2)
    if n >= 100:
        return int(round(n, -1))
    if n >= 20:
        return int(5 * round(n / 5))
    return max(1, round(n))


def _is_own(hosting: str) -> bool:
    return hosting.strip().casefold() == EGEN.casefold()


def system_row(m: Municipality, s: S, rng: random.Random) -> dict[str, Any]:
    """One Fagsystemer row: derived figures, then what the municipality gave explicitly."""
    vendor, area, share, base, per_inh, servers, fte, integrations = PRODUCTS[s.product]
    inhabitants = _inhabitants(m)
    it_users = int(m.facts["it_users"])
    scale = math.sqrt(inhabitants / 10_000)
    # every draw is made whatever is given, so the sequence does not depend on the overrides
    users = _users(it_users, share, rng)
    cost = int(round((base + per_inh * inhabitants) * rng.uniform(0.85, 1.15), -3))
    has_contract = rng.random() < 0.75
    contract = _last_day(rng.randint(2026, 2030), rng.choice(CONTRACT_MONTHS))
    owner = rng.choice(m.owners)
    mgmt = max(0.05, round(fte * scale * rng.uniform(0.7, 1.3) * 20) / 20)
    n_integrations = max(0, integrations + rng.randint(-1, 2)) if integrations else 0
    row: dict[str, Any] = {
        "name": s.name,
        "vendor": vendor,
        "version": s.version,
        "service_area": area,
        "hosting": s.hosting,
        "users": users,
        "servers": max(1, round(servers * scale)) if servers and _is_own(s.hosting) else None,
        "annual_cost": cost,
        "contract_end": contract if has_contract else None,
        "system_owner": owner,
        "management_fte": mgmt,
        "integrations": n_integrations,
    }
    row.update(s.given)
    return {k: v for k, v in row.items() if v is not None}


def _inhabitants(m: Municipality) -> int:
    value = m.facts["inhabitants"]
    return value if isinstance(value, int) else int(str(value).replace(" ", ""))


def _numeric(value: Any) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def system_rows(m: Municipality, systems: list[S | Raw | SumRow], rng: random.Random
                ) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for s in systems:
        if isinstance(s, S):
            rows.append(system_row(m, s, rng))
        elif isinstance(s, SumRow):
            total = sum(_numeric(r.get("annual_cost")) for r in rows)
            rows.append({"name": s.label, "annual_cost": int(total)})
        else:
            rows.append(dict(s.values))
    return rows


def infrastructure_rows(m: Municipality, rng: random.Random) -> list[dict[str, Any]]:
    rows = []
    inhabitants = _inhabitants(m)
    for service in INFRASTRUCTURE_SERVICES:
        given = m.infra.get(service, {})
        hosting = given.get("hosting", m.infra_default)
        cost = int(round(INFRA_COST_PER_INHABITANT[service] * inhabitants
                         * rng.uniform(0.8, 1.2), -3))
        row: dict[str, Any] = {"service": service, "hosting": hosting}
        if hosting != IKT:  # what another municipality runs is paid for in one sum
            row["annual_cost"] = max(cost, 5_000)
        row.update({k: v for k, v in given.items() if k != "hosting"})
        rows.append({k: v for k, v in row.items() if v is not None})
    return rows


def answers_for(m: Municipality) -> Answers:
    rng = random.Random(int(m.number))
    return Answers(
        facts=dict(m.facts),
        rows={
            "installation": system_rows(m, m.systems, rng),
            "staffing": [dict(r) for r in m.staffing],
            "bought_service": [dict(r) for r in m.bought],
            "infrastructure": infrastructure_rows(m, rng),
        },
    )


def lillesand_resent() -> Answers:
    """Lillesand's corrected return: the first one with LILLESAND_RESENT's changes."""
    first = answers_for(LILLESAND)
    resent = LILLESAND_RESENT
    systems = []
    for row in first.rows["installation"]:
        if row.get("name") in resent.remove:
            continue
        systems.append({**row, **resent.change.get(str(row.get("name")), {})})
    systems += system_rows(LILLESAND, list(resent.add), random.Random(int(LILLESAND.number) + 1))
    return Answers(facts={**first.facts, **resent.facts},
                   rows={**first.rows, "installation": systems})
