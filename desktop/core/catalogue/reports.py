"""Results: the distinct systems with their installations, the headline counts, the matrix.

Read from the current returns and the derived `installation.system_id`. A name no decision
places yet (undecided) is shown, and counted, as a system of its own: the headline never merges
what nobody accepted. Counts and the matrix take installations in use only.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import NameDecision, Participant
from desktop.core.catalogue.matrix import NO_AREA, sort_matrix, write_matrix_csv
from desktop.core.catalogue.results import (
    AreaCount,
    Cell,
    InstallationRow,
    Matrix,
    MatrixRow,
    Member,
    Summary,
    SystemRow,
)
from desktop.core.catalogue.store import Row, State
from desktop.core.catalogue.suggestions import member, municipalities
from desktop.core.catalogue.units import UnitRef

__all__ = ["NO_AREA", "matrix", "sort_matrix", "summary", "system_rows", "write_matrix_csv"]



def _installation(r: Row) -> InstallationRow:
    return InstallationRow(r.id, r.municipality, r.municipality_name, r.name or "", r.vendor,
                           r.version, r.service_area, r.users, r.annual_cost, r.in_use)


class _Decided(NamedTuple):
    ref: UnitRef
    system_id: int
    name: str
    confidence: float
    reason: str
    source: str


def _members(s: Session, state: State, refs: set[UnitRef]) -> dict[UnitRef, Member]:
    d = NameDecision
    by_key: dict[str, list[_Decided]] = {}
    decisions: dict[UnitRef, _Decided] = {}
    for name_key, vendor_key, area_key, system_id, name, confidence, reason, source in s.execute(
            select(d.name_key, d.vendor_key, d.area_key, d.system_id, d.name, d.confidence,
                   d.reason, d.source)):
        row = _Decided(UnitRef(name_key, vendor_key, area_key), system_id, name, confidence,
                       reason, source)
        decisions[row.ref] = row
        by_key.setdefault(name_key, []).append(row)
    munis = municipalities(state)
    out = {}
    for ref in refs:
        exact = decisions.get(ref)
        sid = state.decisions.resolve(ref)
        found = exact or next((x for x in by_key.get(ref.name_key, ()) if x.system_id == sid),
                              None)
        unit = state.units[ref]
        if found is None:
            out[ref] = member(state, unit, 0.0, "Ikke avgjort", municipalities=munis)
        else:
            reason = found.reason if exact is not None else f"Som «{found.name}»: {found.reason}"
            out[ref] = member(state, unit, found.confidence, reason, source=found.source,
                              municipalities=munis)
    return out


def system_rows(s: Session, state: State, with_members: bool = True) -> list[SystemRow]:
    """Every system with current installations, then every undecided name, by area and name."""
    by_system: dict[int, list[Row]] = {}
    by_unit: dict[UnitRef, list[Row]] = {}
    refs_of: dict[int, set[UnitRef]] = {}
    resolved = state.resolved()
    for row, ref in zip(state.rows, state.refs, strict=True):
        if ref is None:
            continue
        sid = resolved[ref]  # derived again: right even if system_id was not re-applied
        if sid is not None and sid in state.systems:
            by_system.setdefault(sid, []).append(row)
            refs_of.setdefault(sid, set()).add(ref)
        else:
            by_unit.setdefault(ref, []).append(row)
    members = (_members(s, state, {r for refs in refs_of.values() for r in refs})
               if with_members else {})
    out = []
    for sid, rows in by_system.items():
        x = state.systems[sid]
        ms = tuple(sorted((members[r] for r in refs_of[sid] if r in members),
                          key=lambda m: (-m.installations, m.name)))
        out.append(SystemRow(sid, x.product, x.vendor, x.service_area, x.catalogue_key, x.origin,
                             tuple(_installation(r) for r in rows), ms))
    for ref, rows in by_unit.items():
        unit = state.units[ref]
        out.append(SystemRow(None, unit.norm.display, unit.vendor, ref.area_key or None, None,
                             "undecided", tuple(_installation(r) for r in rows), (), ref))
    out.sort(key=lambda r: ((r.service_area or "\uffff").casefold(), r.product.casefold(),
                            r.system_id or 0))
    return out


def summary(state: State, rows: list[SystemRow]) -> Summary:
    installations = systems = undecided = undecided_installations = 0
    areas: dict[str, list[int]] = {}  # area -> [installations in use, systems]
    for r in rows:
        n = sum(1 for i in r.installations if i.in_use)
        if not n:
            continue
        installations += n
        systems += 1
        if r.system_id is None:
            undecided += 1
            undecided_installations += n
        counts = areas.setdefault(r.service_area or NO_AREA, [0, 0])
        counts[0] += n
        counts[1] += 1
    by_area = tuple(AreaCount(a, n, k) for a, (n, k) in
                    sorted(areas.items(), key=lambda kv: (kv[0] == NO_AREA, kv[0])))
    return Summary(installations, systems, undecided, undecided_installations,
                   sum(1 for row, ref in zip(state.rows, state.refs, strict=True)
                       if ref is not None and not row.in_use),
                   sum(1 for ref in state.refs if ref is None), by_area)


def _sum(values: list[Any]) -> Any:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def matrix(s: Session, rows: list[SystemRow]) -> Matrix:
    participants = tuple((p.number, p.name) for p in
                         s.scalars(select(Participant).order_by(Participant.number)))
    out = []
    for r in rows:
        by_number: dict[str, list[Any]] = {}  # number -> [installations, users, cost]
        for i in r.installations:
            if not i.in_use:
                continue
            cell = by_number.get(i.municipality)
            if cell is None:
                cell = by_number[i.municipality] = [0, None, None]
            cell[0] += 1
            if i.users is not None:
                cell[1] = (cell[1] or 0) + i.users
            if i.annual_cost is not None:
                cell[2] = (cell[2] or 0) + i.annual_cost
        cells = {number: Cell(*by_number[number]) for number in sorted(by_number)}
        if cells:
            out.append(MatrixRow(r.system_id, r.product, r.vendor, r.service_area, cells,
                                 _sum([c.users for c in cells.values()]),
                                 _sum([c.annual_cost for c in cells.values()])))
    return Matrix(participants, tuple(out))
