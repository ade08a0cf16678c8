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
from desktop.core.catalogue.similarity import product_rejection_key
from desktop.core.catalogue.store import State, SystemInfo, chunks, read_decisions
from desktop.core.catalogue.suggestions import system_group
from desktop.core.catalogue.units import UnitRef
from desktop.core.errors import InputError
from desktop.core.i18n import tr


class Decider:
    """Writes decisions and systems; reads the decision rows of a name when it needs them."""

    def __init__(self, s: Session, rec: Recorder, state: State, catalogue: Catalogue) -> None:
        self.s, self.rec, self.state, self.catalogue = s, rec, state, catalogue
        self._rows: dict[UnitRef, NameDecision] = {}
        self._loaded: set[str] = set()  # name keys whose rows are in `_rows`
        self._all = False

    def load(self, name_keys: Iterable[str] | None = None) -> None:
        """Read the decision rows of these name keys (every row: None), set-based."""
        if self._all:
            return
        if name_keys is None:
            found: Iterable[NameDecision] = self.s.scalars(select(NameDecision))
            self._all = True
        else:
            keys = set(name_keys) - self._loaded
            if not keys:
                return
            self._loaded |= keys
            found = [row for batch in chunks(sorted(keys)) for row in self.s.scalars(
                select(NameDecision).where(NameDecision.name_key.in_(batch)))]
        for row in found:
            self._rows.setdefault(UnitRef(row.name_key, row.vendor_key, row.area_key), row)

    def row(self, ref: UnitRef) -> NameDecision | None:
        """The decision row of this unit, if it has one."""
        self.load((ref.name_key,))
        return self._rows.get(ref)

    def decide(self, ref: UnitRef, system_id: int, name: str, source: str, confidence: float,
               reason: str) -> None:
        values = dict(system_id=system_id, name=name[:300], source=source,
                      confidence=confidence, reason=reason, decided_at=utcnow())
        row = self.row(ref)
        if row is None:
            self._rows[ref] = self.rec.add(
                NameDecision(name_key=ref.name_key, vendor_key=ref.vendor_key,
                             area_key=ref.area_key, **values), flush=False)
        else:
            self.rec.update(row, **values)

    def undecide(self, ref: UnitRef) -> bool:
        """Delete this unit's own decision; False when it had none."""
        row = self.row(ref)
        if row is None:
            return False
        del self._rows[ref]
        self.rec.delete(row)
        return True

    def system(self, product: str, vendor: str | None, area: str | None, origin: str,
               catalogue_key: str | None = None) -> int:
        sys = self.rec.add(DistinctSystem(product=product[:300], vendor=vendor,
                                          service_area=area, catalogue_key=catalogue_key,
                                          origin=origin))
        self.state.systems[sys.id] = SystemInfo.of(sys)
        return int(sys.id)

    def catalogue_system(self, product_name: str, origin: str = "catalogue") -> int:
        for sys in self.state.systems.values():
            if sys.catalogue_key == product_name:
                return int(sys.id)
        product = self.catalogue.product(product_name)
        if product is None:
            raise InputError(tr("«{product}» finnes ikke i katalogen").format(product=product_name))
        return self.system(product.name, product.vendor, product.service_area, origin,
                           product.name)

    def target(self, sug: Suggestion, source: str) -> int:
        if sug.system_id is not None:
            return sug.system_id
        if sug.kind == "catalogue":
            return self.catalogue_system(sug.product)
        origin = "cluster" if source == "auto" else "user"
        return self.system(sug.product, sug.vendor, sug.service_area, origin)

    def pin_others(self, merged: dict[int, int] | None = None) -> None:
        """Keep names without a decision of their own where they were. Only names whose key
        has a decision this operation touched can have moved: those are compared."""
        self.s.flush()
        keys = self.rec.touched_name_keys()
        if not keys:
            return
        before = self.state.decisions
        after = read_decisions(self.s, keys)
        for ref in self.state.units_named(keys):
            old = before.resolve(ref)
            old = (merged or {}).get(old, old) if old is not None else None
            if old is None or old not in self.state.systems or after.exact(ref) is not None:
                continue
            if after.resolve(ref) != old:
                unit = self.state.unit(ref)
                self.decide(ref, old, unit.name if unit else ref.name_key, "user", 1.0,
                            f"Beholdt i «{self.state.systems[old].product}» da et annet navn "
                            "ble flyttet")


def accept(d: Decider, sug: Suggestion, members: Sequence[Member] | None, source: str,
           product: str | None = None) -> int:
    chosen = list(sug.members if members is None else members)
    if not chosen:
        raise InputError(tr("Ingen navn er valgt"))
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
    d.load({m.ref.name_key for _, members in items for m in members})
    by_catalogue: dict[str, DistinctSystem | SystemInfo] = {
        x.catalogue_key: x for x in d.state.systems.values() if x.catalogue_key}
    new: list[DistinctSystem] = []
    targets: list[DistinctSystem | SystemInfo] = []
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
    for made in new:
        d.state.systems[made.id] = SystemInfo.of(made)
    for (_, members), target in zip(items, targets, strict=True):
        for m in members:
            d.decide(m.ref, target.id, m.name, source, m.confidence, m.reason)
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
        pairs = [(m.ref.name_key, m.name, _apart(m.ref.name_key, group), sug.product)
                 for m in chosen]
    _reject_pairs(d, pairs)


def _apart(name_key: str, group: str) -> str:
    """The key that keeps a name apart from a product or system (see
    `product_rejection_key`: a name that reads the same needs the product's own key)."""
    return product_rejection_key(group) if name_key == group else group


def reject_alternative(d: Decider, sug: Suggestion) -> None:
    """The uncertain first name of a new system is not its alternative."""
    leader = next((m for m in sug.members if m.leader), None)
    if sug.alternative is None or leader is None:
        raise InputError(tr("Forslaget har ikke noe alternativ å avvise"))
    alt = sug.alternative
    key = alt.key if alt.kind == "new" else _apart(leader.ref.name_key, alt.key)
    _reject_pairs(d, [(leader.ref.name_key, leader.name, key, alt.product)])


def _reject_pairs(d: Decider, pairs: list[tuple[str, str, str, str]]) -> None:
    existing = set(d.state.rejected)
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
        unit = d.state.unit(ref)
        name = unit.name if unit is not None else ref.name_key
        d.decide(ref, system_id, name, "user", 1.0, reason)


def forget(d: Decider, refs: Iterable[UnitRef]) -> int:
    """Delete the own decisions of these names; returns how many there were. Nothing is
    pinned: a name that followed a forgotten one can only lose its place, never move."""
    return sum(1 for ref in refs if d.undecide(ref))


def merge(d: Decider, target: int, sources: Sequence[int]) -> int:
    if target not in d.state.systems or any(x not in d.state.systems for x in sources):
        raise InputError(tr("Ukjent system"))
    d.s.flush()
    merged = sorted(set(sources) - {target})
    rows = [row for batch in chunks(merged) for row in d.s.scalars(
        select(NameDecision).where(NameDecision.system_id.in_(batch)))]
    for row in rows:
        d.rec.update(row, system_id=target, source="user", decided_at=utcnow(),
                     reason=f"Slått sammen med «{d.state.systems[target].product}»")
    d.s.flush()
    for x in sources:
        if x != target:
            d.state.systems.pop(x)
            d.rec.delete(d.s.get_one(DistinctSystem, x))
    return target


def update_system(d: Decider, system_id: int, **values: str | None) -> int:
    if system_id not in d.state.systems:
        raise InputError(tr("Ukjent system"))
    d.rec.update(d.s.get_one(DistinctSystem, system_id), **values)
    return system_id
