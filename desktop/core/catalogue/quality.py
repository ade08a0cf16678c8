"""Measured quality: precision and recall of `auto`'s pairwise same-product decision.

`desktop/resources/catalogue/labelled-names.csv`: name, vendor and service area as municipalities
write them -> the product they mean. Every pair of rows is a question "same product?"; `auto` says
yes when it puts both in one system (an undecided name is a system of its own). Precision: of the
pairs put together, the share that are one product; recall: of the pairs that are one product,
the share put together.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.catalogue.cluster import Placement
from desktop.core.catalogue.merges import possible_merges, system_seeds
from desktop.core.catalogue.pipeline import groups, propose
from desktop.core.catalogue.reference import Catalogue, load_catalogue
from desktop.core.catalogue.units import Unit, UnitRef, build_units
from desktop.paths import resource


@dataclass(frozen=True)
class LabelledName:
    name: str
    vendor: str
    service_area: str
    product: str
    municipality: str = ""  # who wrote it (the collected sets): one return per municipality
    source: str = ""  # where it was written (URL), for the collected sets


@dataclass(frozen=True)
class Quality:
    threshold: float
    names: int
    pairs_same: int  # pairs that are one product
    true_pairs: int
    false_pairs: int  # put together, different products
    missed_pairs: int  # one product, not put together
    false_merges: tuple[tuple[str, frozenset[str]], ...]  # a cluster and its products
    missed: tuple[tuple[str, str], ...]  # (name, product) not with the product's main cluster

    @property
    def precision(self) -> float:
        put = self.true_pairs + self.false_pairs
        return self.true_pairs / put if put else 1.0

    @property
    def recall(self) -> float:
        return self.true_pairs / self.pairs_same if self.pairs_same else 1.0


def read_labelled(path: Path | None = None) -> list[LabelledName]:
    """`labelled-names.csv` (or another file of the same columns; `municipality` and
    `source` are read where the file has them)."""
    with (path or resource("catalogue", "labelled-names.csv")).open(encoding="utf-8") as fh:
        return [LabelledName(r["name"], r["vendor"] or "", r["service_area"] or "",
                             r["product"], r.get("municipality") or "", r.get("source") or "")
                for r in csv.DictReader(fh)]


def read_collected(part: str) -> list[LabelledName]:
    """The names collected from municipal public documents: `dev` or `heldout`
    (`collected-<part>.csv`; the held-out half is for the benchmark only)."""
    return read_labelled(resource("catalogue", f"collected-{part}.csv"))


def _pairs(counts: Counter[object]) -> int:
    return sum(n * (n - 1) // 2 for n in counts.values())


def who_wrote(rows: Sequence[LabelledName], refs: Sequence[UnitRef | None]
              ) -> dict[UnitRef, frozenset[str]]:
    """The municipalities that wrote each unit (rows that say so)."""
    out: dict[UnitRef, set[str]] = {}
    for ref, r in zip(refs, rows, strict=True):
        if ref is not None and r.municipality:
            out.setdefault(ref, set()).add(r.municipality)
    return {ref: frozenset(m) for ref, m in out.items()}


def evaluate(rows: list[LabelledName], threshold: float, *, use_catalogue: bool = True,
             catalogue: Catalogue | None = None) -> Quality:
    cat = catalogue or load_catalogue()
    units, refs = build_units(((r.name, r.vendor, r.service_area) for r in rows),
                              cat.normalizer)
    placements = propose(list(units.values()), cat, threshold=threshold,
                         use_catalogue=use_catalogue, municipalities=who_wrote(rows, refs))
    target = {p.unit.ref: key for key, ps in groups(placements, threshold).items() for p in ps}
    predicted: list[tuple[str, str]] = [target[ref] if ref is not None else ("none", str(i))
                                        for i, ref in enumerate(refs)]
    same = _pairs(Counter(r.product for r in rows))
    together = _pairs(Counter(predicted))
    true = _pairs(Counter(zip(predicted, (r.product for r in rows), strict=True)))
    products: dict[tuple[str, str], set[str]] = {}
    for p, r in zip(predicted, rows, strict=True):
        products.setdefault(p, set()).add(r.product)
    false_merges = tuple((k[1], frozenset(v)) for k, v in products.items() if len(v) > 1)
    main: dict[str, Counter[tuple[str, str]]] = {}
    for p, r in zip(predicted, rows, strict=True):
        main.setdefault(r.product, Counter())[p] += 1
    missed = tuple((r.name, r.product) for p, r in zip(predicted, rows, strict=True)
                   if p != main[r.product].most_common(1)[0][0])
    return Quality(threshold, len(rows), same, true, together - true, same - true,
                   false_merges, missed)


# --- review effort ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Review:
    """What a reviewer has left after `auto`: the actions to reach the true catalogue."""

    names: int
    true_systems: int
    systems_after_auto: int  # decided systems + names left undecided (each its own)
    suggestions: int
    accepts: int  # a suggestion taken as it is (or its right members)
    moves: int  # a name put where it belongs (a wrong member, or a new system's alternative)
    splits: int  # a name taken out into a system of its own
    merges: int  # two systems of one product made one
    silent: int  # of those, actions no suggestion points at (an auto decision to undo, a
    #              system of its own whose alternative is not the right one)
    inseparable: int = 0  # names that read the same as a name of another product (same key,
    #                       vendor and area): only a changed name in the return parts them
    rejects: int = 0  # suggestions to merge two systems of different products, rejected

    @property
    def actions(self) -> int:
        return (self.accepts + self.moves + self.splits + self.merges + self.inseparable
                + self.rejects)

    @property
    def per_100(self) -> float:
        return 100 * self.actions / self.names if self.names else 0.0


def _truth(units: Sequence[Unit], refs: Sequence[UnitRef | None],
           rows: Sequence[LabelledName]) -> dict[UnitRef, str]:
    """The product each unit means (the most common label of its rows)."""
    labels: dict[UnitRef, Counter[str]] = {}
    for ref, r in zip(refs, rows, strict=True):
        if ref is not None:
            labels.setdefault(ref, Counter())[r.product] += 1
    return {u.ref: labels[u.ref].most_common(1)[0][0] for u in units}


def review_effort(rows: Sequence[LabelledName], threshold: float,
                  catalogue: Catalogue | None = None) -> Review:
    """A reviewer after `samdrift dedup --auto`, working the suggestions in the review tab's
    order (least certain first, as `suggestions.compute` sorts them): a suggestion whose
    members are all right is accepted (1 action); a wrong member is moved to the system of
    its product when there is one, else split out into one of its own (1 action each); a
    suggested new system of a product that already has a system is moved there (1). Then
    what `auto` decided wrongly is mended in the systems list (a move or a split per wrong
    name, a merge per second system of one product). A suggestion to merge two systems
    (`suggestions.merges`) is taken where both are one product and rejected where not (one
    action each); only the merges none points at are silent. The suggestions are those
    `suggest` makes after `auto` (the decided names as systems a new spelling can join); they
    are not made again after each decision."""
    cat = catalogue or load_catalogue()
    units_by_ref, refs = build_units(((r.name, r.vendor, r.service_area) for r in rows),
                                     cat.normalizer)
    units = list(units_by_ref.values())
    truth = _truth(units, refs, rows)
    weight = Counter(ref for ref in refs if ref is not None)
    who = who_wrote(rows, refs)
    placements = propose(units, cat, threshold=threshold, municipalities=who)
    # --- auto: the systems it makes ---
    systems: dict[str, list[Unit]] = {}
    undecided: list[Unit] = []
    for (kind, ref), ps in groups(placements, threshold).items():
        if kind == "undecided":
            undecided += [p.unit for p in ps]
        else:
            systems[f"{kind}:{ref}"] = [p.unit for p in ps]

    def label_of(sid: str) -> str:
        if sid.startswith("catalogue:"):
            return sid.split(":", 1)[1]
        votes: Counter[str] = Counter()
        for u in systems[sid]:
            votes[truth[u.ref]] += weight[u.ref]
        return votes.most_common(1)[0][0]

    system_truth = {sid: label_of(sid) for sid in systems}
    home: dict[str, str] = {}
    for sid, label in system_truth.items():
        home.setdefault(label, sid)
    # --- the suggestions that are left, in the review tab's order ---
    products = {sid: sid.split(":", 1)[1] for sid in systems if sid.startswith("catalogue:")}
    groups_of = {sid: cat.groups[products[sid]] if sid in products else members[0].ref.name_key
                 for sid, members in systems.items()}
    seeds = system_seeds(systems, groups_of, cat)
    left = propose(undecided, cat, seeds=seeds, threshold=threshold, municipalities=who)
    targets: dict[tuple[str, str], list[Placement]] = {}
    for p in left:
        targets.setdefault((p.kind, p.ref), []).append(p)

    def order(item: tuple[tuple[str, str], list[Placement]]) -> tuple[float, int, str]:
        (_, ref), ps = item
        return (min(p.confidence for p in ps), -sum(weight[p.unit.ref] for p in ps),
                ref.casefold())

    accepts = moves = splits = merges = silent = 0
    made = 0

    def target_truth(kind: str, ref: str, ps: list[Placement]) -> str:
        if kind == "catalogue":
            return ref
        if kind == "system":
            return system_truth[ref]
        leader = next((p for p in ps if p.leader), ps[0])
        return truth[leader.unit.ref]

    def alternative_truth(p: Placement) -> str | None:
        seed = p.alternative
        if seed is None:
            return None
        if seed.kind == "catalogue":
            return seed.ref
        if seed.kind == "system":
            return system_truth.get(seed.ref)
        return next((truth[q.unit.ref] for q in left if q.leader and q.ref == seed.ref), None)

    for (kind, ref), ps in sorted(targets.items(), key=order):
        label = target_truth(kind, ref, ps)
        right = [p for p in ps if truth[p.unit.ref] == label]
        wrong = [p for p in ps if truth[p.unit.ref] != label]
        if right:
            if kind == "new" and label in home:
                moves += 1  # the suggested new system is a product that has one already
                leader = next((p for p in ps if p.leader), ps[0])
                silent += alternative_truth(leader) != label
            else:
                accepts += 1
                if label not in home:
                    made += 1
                    home[label] = f"made:{made}"
        for p in wrong:
            if truth[p.unit.ref] in home:
                moves += 1
            else:
                splits += 1
                made += 1
                home[truth[p.unit.ref]] = f"made:{made}"
    # --- what auto decided wrongly, mended in the systems list ---
    for sid, members in systems.items():
        for u in members:
            if truth[u.ref] != system_truth[sid]:
                silent += 1
                if truth[u.ref] in home:
                    moves += 1
                else:
                    splits += 1
                    made += 1
                    home[truth[u.ref]] = f"made:{made}"
    # --- the suggestions to merge two of auto's systems (`suggestions.merges`): one taken
    # where both are one product (one action, not silent), one rejected where not ---
    apart = {sid: sid for sid in systems}

    def root(sid: str) -> str:
        while apart[sid] != sid:
            sid = apart[sid]
        return sid

    rejects = 0
    hints = possible_merges(systems, groups_of, cat, threshold=threshold, municipalities=who,
                            catalogue_keys=products)
    for hint in sorted(hints, key=lambda h: h.confidence):
        if system_truth[hint.source] != system_truth[hint.target]:
            rejects += 1
        elif root(hint.source) != root(hint.target):
            merges += 1
            apart[root(hint.source)] = root(hint.target)
    for label in set(system_truth.values()):
        extra = len({root(sid) for sid, v in system_truth.items() if v == label}) - 1
        merges += extra
        silent += extra
    inseparable = sum(1 for ref, r in zip(refs, rows, strict=True)
                      if ref is not None and r.product != truth[ref])
    return Review(len(rows), len({r.product for r in rows}), len(systems) + len(undecided),
                  len(targets) + len(hints), accepts, moves, splits, merges, silent,
                  inseparable, rejects)
