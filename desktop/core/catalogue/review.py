"""Review operations inside one session: accept, reject, split, move, merge, rename, forget.

Each writes decisions, rejections and systems through a `Recorder`, so the caller gets one
`ChangeSet` to undo. Moving one name must not drag along names that only followed it (an
installation with no decision of its own takes the one its name's decisions agree on): those
are pinned to the system they had, with a decision of their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import DistinctSystem, NameDecision, NameRejection, utcnow
from desktop.core.catalogue.changes import Recorder
from desktop.core.catalogue.reference import Catalogue
from desktop.core.catalogue.results import Member, Suggestion
from desktop.core.catalogue.store import State, read_decisions
from desktop.core.catalogue.suggestions import system_group
from desktop.core.catalogue.units import UnitRef


class Decider:
    """Writes decisions and systems; knows the existing decision rows by unit."""

    def __init__(self, s: Session, rec: Recorder, state: State, catalogue: Catalogue) -> None:
        self.s, self.rec, self.state, self.catalogue = s, rec, state, catalogue
        self.rows = {UnitRef(d.name_key, d.vendor_key, d.area_key): d
                     for d in s.scalars(select(NameDecision))}

    def decide(self, ref: UnitRef, system_id: int, name: str, source: str, confidence: float,
               reason: str) -> None:
        values = dict(system_id=system_id, name=name[:300], source=source,
                      confidence=confidence, reason=reason, decided_at=utcnow())
        row = self.rows.get(ref)
        if row is None:
            self.rows[ref] = self.rec.add(
                NameDecision(name_key=ref.name_key, vendor_key=ref.vendor_key,
                             area_key=ref.area_key, **values), flush=False)
        else:
            self.rec.update(row, **values)

    def system(self, product: str, vendor: str | None, area: str | None, origin: str,
               catalogue_key: str | None = None) -> int:
        sys = self.rec.add(DistinctSystem(product=product[:300], vendor=vendor,
                                          service_area=area, catalogue_key=catalogue_key,
                                          origin=origin))
        self.state.systems[sys.id] = sys
        return int(sys.id)

    def catalogue_system(self, product_name: str, origin: str = "catalogue") -> int:
        for sys in self.state.systems.values():
            if sys.catalogue_key == product_name:
                return int(sys.id)
        product = self.catalogue.product(product_name)
        if product is None:
            raise ValueError(f"«{product_name}» finnes ikke i katalogen")
        return self.system(product.name, product.vendor, product.service_area, origin,
                           product.name)

    def target(self, sug: Suggestion, source: str) -> int:
        if sug.system_id is not None:
            return sug.system_id
        if sug.kind == "catalogue":
            return self.catalogue_system(sug.product)
        origin = "cluster" if source == "auto" else "user"
        return self.system(sug.product, sug.vendor, sug.service_area, origin)

    def pin_others(self, before: dict[UnitRef, int | None],
                   merged: dict[int, int] | None = None) -> None:
        """Keep names without a decision of their own where they were."""
        self.s.flush()
        after = read_decisions(self.s)
        for ref, old in before.items():
            old = (merged or {}).get(old, old) if old is not None else None
            if old is None or old not in self.state.systems or after.exact(ref) is not None:
                continue
            if after.resolve(ref) != old:
                unit = self.state.units[ref]
                self.decide(ref, old, unit.name, "user", 1.0,
                            f"Beholdt i «{self.state.systems[old].product}» da et annet navn "
                            "ble flyttet")


def accept(d: Decider, sug: Suggestion, members: Sequence[Member] | None, source: str,
           product: str | None = None) -> int:
    chosen = list(sug.members if members is None else members)
    if not chosen:
        raise ValueError("Ingen navn er valgt")
    if product and sug.system_id is None and sug.kind == "new":
        sug = Suggestion(sug.id, sug.kind, product, sug.vendor, sug.service_area,
                         sug.catalogue_key, None, sug.members, sug.confidence, sug.reason)
    sid = d.target(sug, source)
    for m in chosen:
        d.decide(m.ref, sid, m.name, source, m.confidence, m.reason)
    return sid


def accept_many(d: Decider, items: Sequence[tuple[Suggestion, Sequence[Member]]],
                source: str) -> int:
    """Accept many suggestions at once (bulk accept, `auto`): new systems are inserted in one
    go. Returns how many systems were created."""
    by_catalogue = {x.catalogue_key: x for x in d.state.systems.values() if x.catalogue_key}
    new: list[DistinctSystem] = []
    targets: list[DistinctSystem] = []
    for sug, _ in items:
        if sug.system_id is not None:
            targets.append(d.state.systems[sug.system_id])
            continue
        if sug.kind == "catalogue" and sug.product in by_catalogue:
            targets.append(by_catalogue[sug.product])
            continue
        product = d.catalogue.product(sug.product) if sug.kind == "catalogue" else None
        if product is not None:
            x = DistinctSystem(product=product.name, vendor=product.vendor,
                               service_area=product.service_area, catalogue_key=product.name,
                               origin="catalogue")
            by_catalogue[product.name] = x
        else:
            x = DistinctSystem(product=sug.product[:300], vendor=sug.vendor,
                               service_area=sug.service_area,
                               origin="cluster" if source == "auto" else "user")
        new.append(d.rec.add(x, flush=False))
        targets.append(x)
    d.s.flush()
    for x in new:
        d.state.systems[x.id] = x
    for (_, members), x in zip(items, targets, strict=True):
        for m in members:
            d.decide(m.ref, x.id, m.name, source, m.confidence, m.reason)
    return len(new)


def reject(d: Decider, sug: Suggestion, members: Sequence[Member] | None) -> None:
    chosen = list(sug.members if members is None else members)
    pairs: list[tuple[str, str, str, str]] = []
    if sug.kind == "new":
        pairs = [(a.ref.name_key, a.name, b.ref.name_key, b.name)
                 for i, a in enumerate(chosen) for b in chosen[i + 1:]]
        if len(chosen) == 1 and not chosen[0].leader:
            leader = next((m for m in sug.members if m.leader), None)
            if leader is not None:
                pairs = [(chosen[0].ref.name_key, chosen[0].name, leader.ref.name_key,
                          leader.name)]
    else:
        if sug.kind == "catalogue":
            group = d.catalogue.groups[sug.product]
        else:
            assert sug.system_id is not None
            group = system_group(d.state.systems[sug.system_id], d.catalogue)
        pairs = [(m.ref.name_key, m.name, group, sug.product) for m in chosen]
    _reject_pairs(d, pairs)


def reject_alternative(d: Decider, sug: Suggestion) -> None:
    """The uncertain first name of a new system is not its alternative."""
    leader = next((m for m in sug.members if m.leader), None)
    if sug.alternative is None or leader is None:
        raise ValueError("Forslaget har ikke noe alternativ å avvise")
    _reject_pairs(d, [(leader.ref.name_key, leader.name, sug.alternative.key,
                       sug.alternative.product)])


def _reject_pairs(d: Decider, pairs: list[tuple[str, str, str, str]]) -> None:
    existing = {(r.name_key, r.other_key) for r in d.s.scalars(select(NameRejection))}
    for a, a_name, b, b_name in pairs:
        if a == b:
            continue
        (k1, n1), (k2, n2) = sorted(((a, a_name), (b, b_name)))
        if (k1, k2) not in existing:
            existing.add((k1, k2))
            d.rec.add(NameRejection(name_key=k1, other_key=k2, name=n1[:300],
                                    other_name=n2[:300], source="user"))


def move(d: Decider, refs: Iterable[UnitRef], system_id: int, reason: str) -> None:
    for ref in refs:
        unit = d.state.units.get(ref)
        name = unit.name if unit is not None else ref.name_key
        d.decide(ref, system_id, name, "user", 1.0, reason)


def forget(d: Decider, refs: Iterable[UnitRef]) -> None:
    for ref in refs:
        row = d.rows.pop(ref, None)
        if row is not None:
            d.rec.delete(row)


def merge(d: Decider, target: int, sources: Sequence[int]) -> int:
    if target not in d.state.systems or any(x not in d.state.systems for x in sources):
        raise ValueError("Ukjent system")
    for row in list(d.rows.values()):
        if row.system_id in sources and row.system_id != target:
            d.rec.update(row, system_id=target, source="user", decided_at=utcnow(),
                         reason=f"Slått sammen med «{d.state.systems[target].product}»")
    d.s.flush()
    for x in sources:
        if x != target:
            d.rec.delete(d.state.systems.pop(x))
    return target


def update_system(d: Decider, system_id: int, **values: str | None) -> int:
    system = d.state.systems.get(system_id)
    if system is None:
        raise ValueError("Ukjent system")
    d.rec.update(system, **values)
    return system_id
