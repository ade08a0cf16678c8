"""Suggestions for the names of a project that no decision places yet.

Undecided units go through `pipeline.propose` with the project's decided names as seeds (a new
spelling of a system the project already has is suggested into that system) and its rejections
respected; placements with the same target become one suggestion. `merges` offers two decided
systems that may be one product (`merges.possible_merges`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import NameDecision
from desktop.core.catalogue.cluster import Placement, Seed
from desktop.core.catalogue.merges import MERGE_LIMIT, pair_rejected, possible_merges
from desktop.core.catalogue.pipeline import propose, rejection_check
from desktop.core.catalogue.progress import Tick
from desktop.core.catalogue.reference import Catalogue
from desktop.core.catalogue.results import Alternative, Member, Suggestion
from desktop.core.catalogue.store import State, SystemInfo
from desktop.core.catalogue.units import Unit, UnitRef


def system_group(system: SystemInfo, catalogue: Catalogue) -> str:
    """The key a rejection of this system names: its catalogue product's, else its name's."""
    if system.catalogue_key and system.catalogue_key in catalogue.groups:
        return catalogue.groups[system.catalogue_key]
    return catalogue.normalizer.name(system.product).compact


def system_seeds(s: Session, state: State, catalogue: Catalogue) -> list[Seed]:
    """Every decided name as something a new spelling can join."""
    seeds = []
    d = NameDecision
    groups: dict[int, str] = {}
    for name, name_key, area_key, vendor_key, system_id in s.execute(
            select(d.name, d.name_key, d.area_key, d.vendor_key, d.system_id)):
        system = state.systems.get(system_id)
        if system is None:
            continue
        group = groups.get(system_id)
        if group is None:
            group = groups[system_id] = system_group(system, catalogue)
        n = catalogue.normalizer.name(name).match
        vendor = catalogue.matcher.vendor(system.vendor)[0] if system.vendor else vendor_key
        seeds.append(Seed("system", str(system.id), name, n.tokens, n.compact, area_key,
                          vendor, group, name_key))
    return seeds


def member(state: State, unit: Unit, confidence: float, reason: str, *,
           source: str | None = None, leader: bool = False,
           municipalities: dict[UnitRef, set[str]] | None = None) -> Member:
    munis = (municipalities or {}).get(unit.ref)
    if munis is None:
        munis = {r.municipality for r in state.rows_of(unit.ref)}
    return Member(unit.ref, unit.name, unit.spellings(),
                  unit.vendor, unit.area or None, unit.count, tuple(sorted(munis)),
                  confidence, reason, source, leader)


def municipalities(state: State) -> dict[UnitRef, set[str]]:
    out: dict[UnitRef, set[str]] = {}
    for row, ref in zip(state.rows, state.refs, strict=True):
        if ref is not None:
            out.setdefault(ref, set()).add(row.municipality)
    return out


def _most_common(values: Sequence[tuple[str | None, int]]) -> str | None:
    c: Counter[str] = Counter()
    for v, n in values:
        if v:
            c[v] += n
    return c.most_common(1)[0][0] if c else None


def _alternative(p: Placement, state: State, by_catalogue: dict[str, int]
                 ) -> Alternative | None:
    seed = p.alternative
    if seed is None:
        return None
    if seed.kind == "catalogue":
        return Alternative("catalogue", seed.ref, seed.ref, by_catalogue.get(seed.ref),
                           p.alternative_confidence, p.alternative_reason, seed.group)
    if seed.kind == "system":
        x = state.systems[int(seed.ref)]
        return Alternative("system", x.product, x.catalogue_key, x.id, p.alternative_confidence,
                           p.alternative_reason, seed.group)
    return Alternative("new", seed.label, None, None, p.alternative_confidence,
                       p.alternative_reason, seed.group)


def compute(s: Session, state: State, catalogue: Catalogue, threshold: float,
            tick: Tick | None = None) -> list[Suggestion]:
    """Suggestions for the undecided names, most uncertain first (`tick(done, of)` reports
    progress and may raise to stop)."""
    resolved = state.resolved()
    undecided = [u for ref, u in state.units.items() if resolved[ref] is None]
    if not undecided:
        return []
    by_catalogue = {x.catalogue_key: x.id for x in state.systems.values()
                    if x.catalogue_key is not None}
    munis = municipalities(state)
    placements = propose(undecided, catalogue, seeds=system_seeds(s, state, catalogue),
                         rejected=rejection_check(state.rejected), threshold=threshold,
                         tick=tick, municipalities={ref: frozenset(m) for ref, m in munis.items()})
    targets: dict[tuple[str, str], list[Placement]] = {}
    for p in placements:
        targets.setdefault((p.kind, p.ref), []).append(p)
    out = []
    for (kind, ref), ps in targets.items():
        ps.sort(key=lambda p: (not p.leader, -p.unit.count, p.unit.ref))
        members = tuple(member(state, p.unit, p.confidence, p.reason, leader=p.leader,
                               municipalities=munis) for p in ps)
        vendor = _most_common([(m.vendor, m.installations) for m in members])
        area = _most_common([(m.service_area, m.installations) for m in members])
        if kind == "catalogue":
            product = catalogue.product(ref)
            assert product is not None
            sug = Suggestion(f"catalogue:{ref}", kind, product.name, product.vendor,
                             product.service_area, product.name, by_catalogue.get(product.name),
                             members, 0.0, "")
        elif kind == "system":
            system = state.systems[int(ref)]
            sug = Suggestion(f"system:{ref}", kind, system.product, system.vendor,
                             system.service_area, system.catalogue_key, system.id, members,
                             0.0, "")
        else:
            sug = Suggestion(f"new:{ref}", kind,
                             catalogue.normalizer.name(ps[0].unit.name).display, vendor, area,
                             None, None, members, 0.0, "")
        least = min(members, key=lambda m: m.confidence)
        out.append(Suggestion(sug.id, sug.kind, sug.product, sug.vendor, sug.service_area,
                              sug.catalogue_key, sug.system_id, members, least.confidence,
                              least.reason, _alternative(ps[0], state, by_catalogue)))
    out.sort(key=review_order)
    return out


def review_order(sug: Suggestion) -> tuple[float, int, str]:
    """The review tab's order: least certain first, then the most installations."""
    return (sug.confidence, -sug.installations, sug.product.casefold())


def review_list(s: Session, state: State, catalogue: Catalogue, threshold: float,
                names: Tick | None = None, systems: Tick | None = None
                ) -> tuple[list[Suggestion], bool]:
    """What the review lists: the suggestions for the undecided names (`names` reports that
    step's progress) and those to merge two systems (`systems`), in `review_order`; and
    whether the merge suggestions were left out for the project's size."""
    out = compute(s, state, catalogue, threshold, names)
    found, left_out = merges(state, catalogue, threshold, systems)
    out += found
    out.sort(key=review_order)
    return out, left_out


def merges(state: State, catalogue: Catalogue, threshold: float, tick: Tick | None = None
           ) -> tuple[list[Suggestion], bool]:
    """Suggestions to merge two systems that may be one product (kind "merge": the members
    are the decided names of the system that would go), never two the user kept apart; and
    whether the project has more than `MERGE_LIMIT` decided names (then there are none)."""
    systems: dict[str, list[Unit]] = {}
    for ref, sid in state.resolved().items():
        if sid is not None and sid in state.systems:
            systems.setdefault(str(sid), []).append(state.units[ref])
    if sum(map(len, systems.values())) > MERGE_LIMIT:
        return [], True
    if len(systems) < 2:
        return [], False
    info = {sid: state.systems[int(sid)] for sid in systems}
    groups = {sid: system_group(x, catalogue) for sid, x in info.items()}
    rejected = rejection_check(state.rejected)
    munis = municipalities(state)
    hints = possible_merges(systems, groups, catalogue, threshold=threshold, rejected=rejected,
                            catalogue_keys={sid: x.catalogue_key for sid, x in info.items()},
                            municipalities={ref: frozenset(m) for ref, m in munis.items()},
                            tick=tick)
    out = []
    for h in hints:
        if pair_rejected(rejected, systems[h.source], systems[h.target],
                         (groups[h.source], groups[h.target])):
            continue
        source, target = info[h.source], info[h.target]
        reason = f"Kan være samme produkt som «{target.product}»: {h.reason}"
        units = sorted(systems[h.source], key=lambda u: (u.ref != h.name, -u.count, u.ref))
        members = tuple(member(state, u, h.confidence, reason, leader=u is units[0],
                               municipalities=munis) for u in units)
        out.append(Suggestion(f"merge:{source.id}:{target.id}", "merge", target.product,
                              target.vendor, target.service_area, target.catalogue_key,
                              target.id, members, h.confidence, reason,
                              source_system_id=source.id))
    return out, False
