"""Reading a project for deduplication, and deriving `installation.system_id` from decisions.

An installation's system is never set by hand: it is the decision of its unit (name key, vendor
key, service area), else the one system that every decision for its name agrees on among those
whose vendor and service area do not contradict its own (so "Gerica" decided under Helse og
omsorg also places "GERICA" with no service area, and a re-sent return keeps its systems).
`reapply` recomputes it; it runs after every change and inside the importer's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.models import (
    DistinctSystem,
    Installation,
    NameDecision,
    NameRejection,
    Participant,
    QuestionnaireReturn,
)
from desktop.core.catalogue.reference import Catalogue
from desktop.core.catalogue.similarity import areas_compatible
from desktop.core.catalogue.units import Unit, UnitRef, build_units


@dataclass(slots=True)
class Row:
    """One installation as deduplication reads it."""

    id: int
    return_id: int
    municipality: str
    municipality_name: str
    name: str | None
    vendor: str | None
    version: str | None
    service_area: str | None
    users: int | None
    annual_cost: float | None
    in_use: bool
    system_id: int | None


def read_rows(s: Session, return_id: int | None = None) -> list[Row]:
    """Installations of the current returns (or of one return, current or not)."""
    i, r, p = Installation, QuestionnaireReturn, Participant
    q = (select(i.id, i.return_id, p.number.label("municipality"),
                p.name.label("municipality_name"), i.name, i.vendor, i.version, i.service_area,
                i.users, i.annual_cost, i.in_use, i.system_id)
         .join(r, i.return_id == r.id).join(p, r.participant_id == p.id))
    q = q.where(i.return_id == return_id) if return_id is not None else q.where(
        r.status == "current")
    return [Row(**t._mapping) for t in s.execute(q.order_by(p.number, i.row, i.id))]


class Decisions:
    """The decisions of a project, for resolving units to systems."""

    def __init__(self, rows: Iterable[tuple[str, str, str, int]]) -> None:
        self.by_key: dict[str, list[tuple[str, str, int]]] = {}
        for name_key, vendor_key, area_key, system_id in rows:
            self.by_key.setdefault(name_key, []).append((vendor_key, area_key, system_id))

    def exact(self, ref: UnitRef) -> int | None:
        for v, a, sid in self.by_key.get(ref.name_key, ()):
            if v == ref.vendor_key and a == ref.area_key:
                return sid
        return None

    def resolve(self, ref: UnitRef) -> int | None:
        found = self.by_key.get(ref.name_key)
        if not found:
            return None
        sid = self.exact(ref)
        if sid is not None:
            return sid
        systems = {s for v, a, s in found
                   if (not v or not ref.vendor_key or v == ref.vendor_key)
                   and areas_compatible(a, ref.area_key)}
        return systems.pop() if len(systems) == 1 else None


def read_decisions(s: Session) -> Decisions:
    d = NameDecision
    return Decisions((r[0], r[1], r[2], r[3]) for r in s.execute(
        select(d.name_key, d.vendor_key, d.area_key, d.system_id)))


def read_rejections(s: Session) -> set[tuple[str, str]]:
    return {(a, b) for a, b in s.execute(select(NameRejection.name_key,
                                                NameRejection.other_key))}


@dataclass
class State:
    """Everything deduplication needs from a project, read in one session."""

    rows: list[Row]
    refs: list[UnitRef | None]  # per row
    units: dict[UnitRef, Unit]
    decisions: Decisions
    systems: dict[int, DistinctSystem]
    rejected: set[tuple[str, str]]

    def rows_of(self, ref: UnitRef) -> list[Row]:
        return [r for r, u in zip(self.rows, self.refs, strict=True) if u == ref]

    def resolved(self) -> dict[UnitRef, int | None]:
        return {ref: self.decisions.resolve(ref) for ref in self.units}


def load_state(s: Session, catalogue: Catalogue) -> State:
    rows = read_rows(s)
    units, refs = build_units(((r.name, r.vendor, r.service_area) for r in rows),
                              catalogue.normalizer)
    systems = {x.id: x for x in s.scalars(select(DistinctSystem))}
    return State(rows, refs, units, read_decisions(s), systems, read_rejections(s))


def reapply(s: Session, catalogue: Catalogue, return_id: int | None = None) -> int:
    """Set `system_id` of the current installations (or of one return's) from the decisions.
    Returns how many installations changed."""
    s.flush()
    rows = read_rows(s, return_id)
    _, refs = build_units(((r.name, r.vendor, r.service_area) for r in rows),
                          catalogue.normalizer)
    decisions = read_decisions(s)
    changes = []
    for row, ref in zip(rows, refs, strict=True):
        sid = decisions.resolve(ref) if ref is not None else None
        if sid != row.system_id:
            changes.append({"id": row.id, "system_id": sid})
    if changes:
        s.execute(update(Installation), changes)
    return len(changes)
