"""Reading a project for deduplication, and deriving `installation.system_id` from decisions.

An installation's system is never set by hand: it is the decision of its unit (name key, vendor
key, service area), else the one system that every decision for its name agrees on among those
whose vendor and service area do not contradict its own (so "Gerica" decided under Helse og
omsorg also places "GERICA" with no service area, and a re-sent return keeps its systems).
`rederive` recomputes it for the names an operation touched (a decision only changes how
the units of its own name key resolve), `reapply` for every installation or one return (inside
the importer's transaction).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from itertools import starmap
from typing import NamedTuple, TypeVar

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
from db.queries import is_current
from desktop.core.catalogue.bulk import bulk
from desktop.core.catalogue.normalize import Normalizer
from desktop.core.catalogue.reference import Catalogue
from desktop.core.catalogue.similarity import areas_compatible
from desktop.core.catalogue.units import Unit, UnitRef, build_units, row_refs

T = TypeVar("T")


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
        is_current(r), p.removed_at.is_(None))
    return list(starmap(Row, s.execute(q.order_by(p.number, i.row, i.id))))


def read_slim_rows(s: Session) -> list[Row]:
    """The current installations with only what deciding needs (id, name, vendor, service
    area, system); the other fields are empty. Much cheaper than `read_rows`."""
    i, r = Installation, QuestionnaireReturn
    q = (select(i.id, i.name, i.vendor, i.service_area, i.system_id)
         .join(r, i.return_id == r.id).where(is_current(r)))
    return [Row(x[0], 0, "", "", x[1], x[2], None, x[3], None, None, True, x[4])
            for x in s.execute(q)]


class SystemInfo(NamedTuple):
    """A distinct system as deduplication reads it (the row itself is read only to change
    it)."""

    id: int
    product: str
    vendor: str | None
    service_area: str | None
    catalogue_key: str | None
    origin: str

    @classmethod
    def of(cls, x: DistinctSystem) -> SystemInfo:
        return cls(int(x.id), x.product, x.vendor, x.service_area, x.catalogue_key, x.origin)


def read_systems(s: Session) -> dict[int, SystemInfo]:
    d = DistinctSystem
    q = select(d.id, d.product, d.vendor, d.service_area, d.catalogue_key, d.origin)
    return {x[0]: SystemInfo(*x) for x in s.execute(q)}


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


def chunks(values: Iterable[T], size: int = 500) -> Iterator[list[T]]:
    """Values in lists of at most `size` (for `IN (...)` within SQLite's variable limit)."""
    batch: list[T] = []
    for v in values:
        batch.append(v)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def read_decisions(s: Session, name_keys: Collection[str] | None = None) -> Decisions:
    """The decisions of every name, or of these name keys only."""
    d = NameDecision
    q = select(d.name_key, d.vendor_key, d.area_key, d.system_id)
    if name_keys is None:
        return Decisions((r[0], r[1], r[2], r[3]) for r in s.execute(q))
    return Decisions((r[0], r[1], r[2], r[3]) for batch in chunks(sorted(name_keys))
                     for r in s.execute(q.where(d.name_key.in_(batch))))


def read_rejections(s: Session) -> set[tuple[str, str]]:
    return {(a, b) for a, b in s.execute(select(NameRejection.name_key,
                                                NameRejection.other_key))}


class State:
    """Everything deduplication needs from a project, read in one session: the rows, each
    row's unit, the rows by unit and the units by name key; the units themselves (with their
    spellings and counts) are built when first asked for. A `slim` state has rows from
    `read_slim_rows`: enough to decide and re-derive, not for results."""

    def __init__(self, rows: list[Row], refs: list[UnitRef | None], decisions: Decisions,
                 systems: dict[int, SystemInfo], rejected: set[tuple[str, str]],
                 normalizer: Normalizer, slim: bool = False) -> None:
        self.rows, self.refs, self.systems, self.rejected = rows, refs, systems, rejected
        self.decisions = decisions  # as read: what an operation started from
        self.normalizer, self.slim = normalizer, slim
        by_ref: dict[UnitRef, list[Row]] = {}
        for row, ref in zip(rows, refs, strict=True):
            if ref is not None:
                found = by_ref.get(ref)
                if found is None:
                    by_ref[ref] = [row]
                else:
                    found.append(row)
        self.by_ref = by_ref
        self.by_name_key: dict[str, list[UnitRef]] = {}
        for ref in by_ref:
            self.by_name_key.setdefault(ref.name_key, []).append(ref)
        self._units: dict[UnitRef, Unit] | None = None

    @property
    def units(self) -> dict[UnitRef, Unit]:
        if self._units is None:
            self._units = build_units(((r.name, r.vendor, r.service_area) for r in self.rows),
                                      self.normalizer)[0]
        return self._units

    def unit(self, ref: UnitRef) -> Unit | None:
        """One unit, without building all of them."""
        if self._units is not None:
            return self._units.get(ref)
        rows = self.by_ref.get(ref)
        if not rows:
            return None
        return build_units(((r.name, r.vendor, r.service_area) for r in rows),
                           self.normalizer)[0].get(ref)

    def rows_of(self, ref: UnitRef) -> list[Row]:
        return list(self.by_ref.get(ref, ()))

    def units_named(self, name_keys: Iterable[str]) -> list[UnitRef]:
        """The units whose name has one of these keys."""
        return [ref for k in name_keys for ref in self.by_name_key.get(k, ())]

    def resolved(self) -> dict[UnitRef, int | None]:
        return {ref: self.decisions.resolve(ref) for ref in self.by_ref}


def load_state(s: Session, catalogue: Catalogue, slim: bool = False, with_rows: bool = True
               ) -> State:
    """The project as deduplication reads it; `slim`: for deciding only (see `State`);
    without `with_rows` no installation is read (for changes to systems only)."""
    with bulk():
        rows = (read_slim_rows(s) if slim else read_rows(s)) if with_rows else []
        refs = row_refs(((r.name, r.vendor, r.service_area) for r in rows),
                        catalogue.normalizer)
        return State(rows, refs, read_decisions(s), read_systems(s), read_rejections(s),
                     catalogue.normalizer, slim)


def _write_systems(s: Session, changes: list[dict[str, int | None]]) -> int:
    if changes:
        s.execute(update(Installation), changes)
    return len(changes)


def rederive(s: Session, state: State, name_keys: Collection[str] | None = None) -> int:
    """Set `system_id` of the current installations whose name has one of these keys (all:
    None) from the decisions as they are now; `state` is kept in step. Returns how many
    installations changed."""
    s.flush()
    after = read_decisions(s, name_keys)
    refs = list(state.by_ref) if name_keys is None else state.units_named(name_keys)
    changes: list[dict[str, int | None]] = []
    for ref in refs:
        sid = after.resolve(ref)
        for row in state.by_ref.get(ref, ()):
            if sid != row.system_id:
                changes.append({"id": row.id, "system_id": sid})
                row.system_id = sid
    return _write_systems(s, changes)


def reapply(s: Session, catalogue: Catalogue, return_id: int | None = None) -> int:
    """Set `system_id` of the current installations (or of one return's) from the decisions.
    Returns how many installations changed."""
    s.flush()
    decisions = read_decisions(s)
    if return_id is not None and not decisions.by_key:
        return 0  # nothing decided yet: a just stored return's rows keep having no system
    rows = read_rows(s, return_id)
    refs = row_refs(((r.name, r.vendor, r.service_area) for r in rows), catalogue.normalizer)
    changes: list[dict[str, int | None]] = []
    for row, ref in zip(rows, refs, strict=True):
        sid = decisions.resolve(ref) if ref is not None else None
        if sid != row.system_id:
            changes.append({"id": row.id, "system_id": sid})
    return _write_systems(s, changes)
