"""The decision note per service area at level 3 («notat for beslutning»): the candidate
systems (who runs which today, users, yearly cost, contract end, vendor, hosting, management
FTE), the recommended common system with its reason, what it costs to move the others and when
(scenarios/switching.py, the terms of the result's migration cost), and the risks.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.scenarios.inputs import InstallationData
from desktop.core.scenarios.scenario import TARGET_RULES

if TYPE_CHECKING:
    from desktop.core.scenarios.evaluation import ScenarioEvaluation
    from desktop.core.scenarios.inputs import ProjectData

MIGRATION_RISKS = ("migration_overrun", "contract_exit", "integrations", "key_staff")


@dataclass(frozen=True)
class Candidate:
    system_key: str
    product: str
    vendor: str
    municipalities: tuple[str, ...]  # names
    users: float | None  # None: no user count given
    yearly_cost: float | None
    cost_missing: int  # installations without a cost
    contract_end: dt.date | None  # the earliest known
    hosting: str
    management_fte: float | None
    recommended: bool


@dataclass(frozen=True)
class Move:
    municipality: str
    product: str  # the system it leaves
    year: int
    cost: float  # one-time (migration, training, parallel running)
    number: str = ""  # the municipality's number


@dataclass(frozen=True)
class DecisionNote:
    scenario: str
    slot: str
    area: str
    candidates: tuple[Candidate, ...]
    recommended: str | None  # product
    rule: str  # most_users | lowest_cost_per_user | override | none
    reason: str
    moves: tuple[Move, ...]
    risks: tuple[str, ...]
    alternatives: tuple[str, ...]  # what the other rules would point to

    @property
    def move_cost(self) -> float:
        return sum(m.cost for m in self.moves)


def _vendor(key: str) -> str:
    parts = key.split("|")
    return parts[1].capitalize() if len(parts) >= 3 and parts[1] else "–"


def _slot_of(i: InstallationData) -> str | None:
    if not i.service_area:
        return None
    return f"{i.service_area} / {i.function}" if i.function else i.service_area


def decision_notes(ev: ScenarioEvaluation, project: ProjectData) -> tuple[DecisionNote, ...]:
    from desktop.core.scenarios.prepared import PRODUCT_KEY_PREFIX
    from desktop.core.scenarios.switching import switches

    r = ev.result
    assert r is not None
    names = dict(r.participants)
    by_slot: dict[str, list[InstallationData]] = defaultdict(list)
    for i in project.installations:
        slot = _slot_of(i)
        if i.in_use and i.municipality in names and slot:
            by_slot[slot].append(i)
    moves_of: dict[str, list[Move]] = defaultdict(list)
    for s in switches(project, r):
        number = s.installation.municipality
        moves_of[s.slot].append(Move(names.get(number, ""), s.installation.product, s.year,
                                     s.cost, number))
    risks = [f"{x.title} ({x.level.lower()} risiko: sannsynlighet {x.probability}, "
             f"konsekvens {x.consequence}); tiltak: {x.mitigation or 'ikke satt'}"
             for x in r.scenario.assessment.risk_register if x.key in MIGRATION_RISKS]
    notes = []
    for choice in r.targets:
        inst = by_slot.get(choice.slot, [])
        if not inst:
            continue
        groups: dict[str, list[InstallationData]] = defaultdict(list)
        for i in inst:
            groups[i.system_key or PRODUCT_KEY_PREFIX + i.product.casefold()].append(i)
        cands = [_candidate(key, rows, names, key == choice.system_key)
                 for key, rows in groups.items()]
        cands.sort(key=lambda c: (not c.recommended, -(c.users or 0), c.product))
        moves = sorted(moves_of.get(choice.slot, ()), key=lambda m: (m.year, m.municipality))
        notes.append(DecisionNote(
            r.scenario.name, choice.slot, choice.area, tuple(cands),
            choice.product if choice.system_key else None, choice.rule, choice.reason,
            tuple(moves), tuple(risks) + _data_risks(cands), _alternatives(cands)))
    return tuple(notes)


def _candidate(key: str, rows: list[InstallationData], names: dict[str, str],
               recommended: bool) -> Candidate:
    products: dict[str, int] = defaultdict(int)
    for i in rows:
        products[i.product] += 1
    product = max(products, key=lambda p: (products[p], p))
    users = [i.users for i in rows if i.users is not None]
    costs = [i.annual_cost for i in rows if i.annual_cost is not None]
    ends = [i.contract_end for i in rows if i.contract_end is not None]
    mgmt = [i.management_fte for i in rows if i.management_fte is not None]
    hostings = sorted({i.hosting for i in rows if i.hosting})
    return Candidate(
        key, product, _vendor(key),
        tuple(dict.fromkeys(names.get(i.municipality, i.municipality) for i in rows)),
        float(sum(users)) if users else None, float(sum(costs)) if costs else None,
        len(rows) - len(costs), min(ends) if ends else None, ", ".join(hostings) or "–",
        float(sum(mgmt)) if mgmt else None, recommended)


def _alternatives(cands: list[Candidate]) -> tuple[str, ...]:
    """What «most users», «lowest cost per user» and «earliest contract end» point to."""
    out = []
    with_users = [c for c in cands if c.users]
    if with_users:
        best = max(with_users, key=lambda c: c.users or 0)
        out.append(f"{TARGET_RULES['most_users']}: {best.product}")
    priced = [c for c in cands if c.users and c.yearly_cost is not None and not c.cost_missing]
    if priced:
        best = min(priced, key=lambda c: (c.yearly_cost or 0) / (c.users or 1))
        out.append(f"{TARGET_RULES['lowest_cost_per_user']}: {best.product}")
    ending = [c for c in cands if c.contract_end is not None]
    if ending:
        best = min(ending, key=lambda c: c.contract_end or dt.date.max)
        out.append(f"Tidligst avtaleutløp: {best.product}")
    return tuple(out)


def _data_risks(cands: list[Candidate]) -> tuple[str, ...]:
    out = []
    if len(cands) > 1 and any(c.contract_end is None for c in cands if not c.recommended):
        out.append("Noen av systemene som skal byttes har ukjent avtaleutløp: byttet kan "
                   "utløse kostnader for å gå ut av avtalen.")
    if any(c.cost_missing for c in cands):
        out.append("Kostnaden mangler for noen installasjoner; summen per system er for lav.")
    return tuple(out)
