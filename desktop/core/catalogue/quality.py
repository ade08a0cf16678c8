"""Measured quality: precision and recall of `auto`'s pairwise same-product decision.

`resources/catalogue/labelled-names.csv`: name, vendor and service area as municipalities write
them -> the product they mean. Every pair of rows is a question "same product?"; `auto` says yes
when it puts both in one system (an undecided name is a system of its own). Precision: of the
pairs put together, the share that are one product; recall: of the pairs that are one product,
the share put together.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from desktop.core.catalogue.pipeline import groups, propose
from desktop.core.catalogue.reference import Catalogue, load_catalogue
from desktop.core.catalogue.units import build_units
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


def evaluate(rows: list[LabelledName], threshold: float, *, use_catalogue: bool = True,
             catalogue: Catalogue | None = None) -> Quality:
    cat = catalogue or load_catalogue()
    units, refs = build_units(((r.name, r.vendor, r.service_area) for r in rows),
                              cat.normalizer)
    placements = propose(list(units.values()), cat, threshold=threshold,
                         use_catalogue=use_catalogue)
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
