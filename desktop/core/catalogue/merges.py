"""Two systems of a project that may be one product: what a reviewer would otherwise have to
find by reading the whole systems list (pure, no database).

The automatic run makes a system of every cluster it is sure of; when it splits one product
into two systems («Tidsbanken» and «Timeregistrering» from Tidsbanken), nothing pointed at
that. Here every decided name is matched again as if it were undecided, with the systems'
names as what it can join and its own system kept out, by the same `pipeline.propose` the
suggestions use: a name that would join another system, or whose best match below the
threshold is another system, says that the two may be one. Such a pair is offered for review,
never merged by the automatic run (its confidence is kept below the threshold), and a pair the
user has said are different (a rejection between a name of one and the other) is not offered.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from desktop.core.catalogue.cluster import Placement, Seed
from desktop.core.catalogue.pipeline import Rejected, propose
from desktop.core.catalogue.progress import Tick
from desktop.core.catalogue.reference import Catalogue
from desktop.core.catalogue.similarity import vendors_conflict
from desktop.core.catalogue.units import Unit, UnitRef

# Below this a pair is offered only when both systems have their vendor written and it is
# one vendor: a system whose name is another's plus words of its own (`_contained`, 0.6) may
# be a module or another product of the vendor. On the names collected from public documents
# (dev half) the two such offers without one vendor were both wrong («Active Directory» /
# «Azure Active Directory»); with one vendor, the hard sets' offers were all right.
MERGE_FLOOR = 0.65
SAME_VENDOR_FLOOR = 0.5  # ... and below this nothing is offered: a name merely like another
BELOW = 0.01  # how far below the threshold an offered pair stays
# Above this many decided names the systems are not matched again (`suggestions.merges`): it
# takes as long as the automatic run (at 16 000 names it doubled the 3.5 s the review tab waits
# for after each decision), and a pre-study of a region has far fewer
MERGE_LIMIT = 6000


@dataclass(frozen=True)
class MergeHint:
    """System `source` may be the same product as system `target` (the larger, or the one
    the catalogue knows): how sure, why, and the name that says so (`name`, a unit of
    `source`, or None when it is one of `target`'s)."""

    source: str
    target: str
    confidence: float
    reason: str
    name: UnitRef | None


def system_seeds(systems: Mapping[str, Sequence[Unit]], groups: Mapping[str, str],
                 catalogue: Catalogue) -> list[Seed]:
    """Every unit of these systems (id -> its units; `groups`: id -> the key a rejection of it
    names) as something a name can join."""
    vendor = catalogue.matcher.vendor
    return [Seed("system", sid, u.name, u.norm.match.tokens, u.norm.match.compact, u.area,
                 vendor(u.vendor)[0], groups[sid], u.ref.name_key)
            for sid, units in systems.items() for u in units]


def possible_merges(systems: Mapping[str, Sequence[Unit]], groups: Mapping[str, str],
                    catalogue: Catalogue, *, threshold: float,
                    rejected: Rejected | None = None,
                    catalogue_keys: Mapping[str, str | None] | None = None,
                    municipalities: Mapping[UnitRef, frozenset[str]] | None = None,
                    tick: Tick | None = None) -> list[MergeHint]:
    """Pairs of systems (id -> its units; `groups`: id -> the key a rejection of it names;
    `catalogue_keys`: id -> its catalogue product, if any) that may be one product, most
    likely first, each system at most once as a source."""
    keys = catalogue_keys or {}
    by_group: dict[str, list[str]] = {}
    for sid, group in groups.items():
        by_group.setdefault(group, []).append(sid)
    own: dict[UnitRef, str] = {}
    own_groups: dict[str, set[str]] = {}
    matcher = catalogue.matcher
    for sid, units in systems.items():
        for u in units:
            own[u.ref] = sid
            own_groups.setdefault(u.ref.name_key, set()).add(groups[sid])
    seeds = system_seeds(systems, groups, catalogue)

    def blocked(name_key: str, group: str) -> bool:
        return group in own_groups.get(name_key, ()) or (
            rejected is not None and rejected(name_key, group))

    units = [u for us in systems.values() for u in us]
    placements = propose(units, catalogue, seeds=seeds, rejected=blocked, threshold=threshold,
                         tick=tick, municipalities=municipalities)
    leaders = {p.ref: p for p in placements if p.leader}
    size = {sid: sum(u.count for u in us) for sid, us in systems.items()}
    vendors = {sid: {v for u in us if (v := matcher.vendor(u.vendor)[0])}
               for sid, us in systems.items()}

    def one_vendor(a: str, b: str) -> bool:
        return any(not vendors_conflict(x, y) for x in vendors[a] for y in vendors[b])

    def system_of(kind: str, ref: str) -> str | None:
        if kind == "system":
            return ref
        if kind == "catalogue":
            group = catalogue.groups.get(ref)
            found = [s for s in by_group.get(group, ()) if keys.get(s) == ref] if group else []
            return found[0] if found else None
        leader = leaders.get(ref)
        return own.get(leader.unit.ref) if leader is not None else None

    def other(p: Placement) -> tuple[str | None, float, str]:
        if not p.leader:
            return system_of(p.kind, p.ref), p.confidence, p.reason
        if p.alternative is None:
            return None, 0.0, ""
        seed = p.alternative
        return system_of(seed.kind, seed.ref), p.alternative_confidence, p.alternative_reason

    best: dict[tuple[str, str], MergeHint] = {}
    for p in placements:
        source = own[p.unit.ref]
        target, conf, reason = other(p)
        if target is None or target == source or conf < SAME_VENDOR_FLOOR or (
                conf < MERGE_FLOOR and not one_vendor(source, target)):
            continue
        if keys.get(source) and keys.get(target) and keys[source] != keys[target]:
            continue  # two products the catalogue knows apart
        # the larger, or the catalogue's, is kept
        name: UnitRef | None = p.unit.ref
        if (bool(keys.get(source)), size[source]) > (bool(keys.get(target)), size[target]):
            source, target, name = target, source, None
        pair = (source, target)
        conf = round(min(conf, threshold - BELOW), 4)
        if pair not in best or conf > best[pair].confidence:
            best[pair] = MergeHint(source, target, conf, reason, name)
    out: list[MergeHint] = []
    used: set[str] = set()
    for hint in sorted(best.values(), key=lambda h: (-h.confidence, h.source, h.target)):
        if hint.source in used:
            continue
        used.add(hint.source)
        out.append(hint)
    return out


def pair_rejected(rejected: Callable[[str, str], bool] | None, source: Sequence[Unit],
                  target: Sequence[Unit], groups: tuple[str, str]) -> bool:
    """Whether the user has said a name of one system is not the other."""
    if rejected is None:
        return False
    return (any(rejected(u.ref.name_key, groups[1]) for u in source)
            or any(rejected(u.ref.name_key, groups[0]) for u in target))
