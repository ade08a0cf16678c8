"""Experiment (not part of the app): a Fellegi–Sunter model with EM-estimated m/u weights,
against the hand-set rules, on the sets the rules may be tuned on (never the held-out set).

    .venv/bin/python bench/bench_fs.py

Every pair of distinct names (units) in a set is compared on four fields:
- the name (the matching form): the same key; a typo or added descriptive words that the
  word guards allow (`similarity.compare` ≥ 88); ≥ 80; similar as a whole (ratio ≥ 80)
  without the words lining up; or not similar;
- the vendor (as matching reads it): the same, different, or missing on one;
- the service area: the same, missing or `Annet` on one, or different;
- one municipality wrote both (a return rarely lists one product twice): yes / no.
The m and u probabilities of each level and the share of matches are estimated by EM
(conditional independence, as Splink does), without the labels. Pairs whose posterior is
≥ 0.5 are linked and the links closed transitively (connected components), as a Splink user
would cluster; pairwise precision and recall are then measured against the labels, beside
those of the rules without the catalogue (the clustering alone: the same footing).
"""

from __future__ import annotations

import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.catalogue.pipeline import DEFAULT_THRESHOLD  # noqa: E402
from desktop.core.catalogue.quality import (  # noqa: E402
    LabelledName,
    evaluate,
    read_collected,
    read_labelled,
    who_wrote,
)
from desktop.core.catalogue.reference import load_catalogue  # noqa: E402
from desktop.core.catalogue.similarity import compare  # noqa: E402
from desktop.core.catalogue.synthetic import rows_of, variants  # noqa: E402
from desktop.core.catalogue.units import build_units  # noqa: E402

FIELDS = (("navn", 5), ("leverandør", 3), ("tjenesteområde", 3), ("samme kommune", 2))


def _gammas(rows: list[LabelledName]):
    cat = load_catalogue()
    units_by_ref, refs = build_units(((r.name, r.vendor, r.service_area) for r in rows),
                                     cat.normalizer)
    units = list(units_by_ref.values())
    who = who_wrote(rows, refs)
    vendor = [cat.matcher.vendor(u.vendor)[0] for u in units]
    labels: dict[object, Counter[str]] = {}
    for ref, r in zip(refs, rows, strict=True):
        if ref is not None:
            labels.setdefault(ref, Counter())[r.product] += 1
    truth = [labels[u.ref].most_common(1)[0][0] for u in units]
    pairs, gam = [], []
    for i, j in combinations(range(len(units)), 2):
        a, b = units[i].norm.match, units[j].norm.match
        if a.compact == b.compact:
            g0 = 0
        else:
            sim = compare(a.tokens, a.compact, b.tokens, b.compact, "", "", 80.0)
            if sim is not None and sim.score >= 88:
                g0 = 1
            elif sim is not None:
                g0 = 2
            elif fuzz.ratio(a.compact, b.compact) >= 80:
                g0 = 3
            else:
                g0 = 4
        va, vb = vendor[i], vendor[j]
        g1 = 2 if not va or not vb else 0 if va == vb else 1
        aa, ab = units[i].area, units[j].area
        g2 = 0 if aa and aa == ab and aa != "Annet" else 1 if (
            not aa or not ab or "Annet" in (aa, ab)) else 2
        g3 = 1 if who.get(units[i].ref, frozenset()) & who.get(units[j].ref, frozenset()) else 0
        pairs.append((i, j))
        gam.append((g0, g1, g2, g3))
    return units, refs, truth, pairs, np.array(gam, dtype=np.int64)


def em(gam: np.ndarray, iterations: int = 200) -> tuple[float, list[np.ndarray], list[np.ndarray]]:
    """λ, m and u per field and level, by EM from a start that says agreement means match."""
    lam = 0.01
    m = [np.linspace(0.9, 0.01, k) for _, k in FIELDS]
    u = [np.linspace(0.01, 0.9, k) for _, k in FIELDS]
    m[3], u[3] = np.array([0.9, 0.1]), np.array([0.7, 0.3])
    for arr in (*m, *u):
        arr /= arr.sum()
    for _ in range(iterations):
        pm = np.full(len(gam), lam)
        pu = np.full(len(gam), 1 - lam)
        for f in range(len(FIELDS)):
            pm = pm * m[f][gam[:, f]]
            pu = pu * u[f][gam[:, f]]
        w = pm / (pm + pu)
        lam = float(w.mean())
        for f, (_, k) in enumerate(FIELDS):
            m[f] = np.bincount(gam[:, f], weights=w, minlength=k) + 1e-6
            u[f] = np.bincount(gam[:, f], weights=1 - w, minlength=k) + 1e-6
            m[f] /= m[f].sum()
            u[f] /= u[f].sum()
    return lam, m, u


def posterior(gam: np.ndarray, lam: float, m: list[np.ndarray], u: list[np.ndarray]
              ) -> np.ndarray:
    pm = np.full(len(gam), lam)
    pu = np.full(len(gam), 1 - lam)
    for f in range(len(FIELDS)):
        pm = pm * m[f][gam[:, f]]
        pu = pu * u[f][gam[:, f]]
    return pm / (pm + pu)


def _pairwise(rows: list[LabelledName], refs, units, linked: list[tuple[int, int]]
              ) -> tuple[float, float]:
    parent = list(range(len(units)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in linked:
        parent[find(i)] = find(j)
    index = {u.ref: k for k, u in enumerate(units)}
    predicted = [find(index[ref]) if ref is not None else -1 - n for n, ref in enumerate(refs)]

    def pairs(c: Counter[object]) -> int:
        return sum(n * (n - 1) // 2 for n in c.values())

    same = pairs(Counter(r.product for r in rows))
    together = pairs(Counter(predicted))
    true = pairs(Counter(zip(predicted, (r.product for r in rows), strict=True)))
    return (true / together if together else 1.0), (true / same if same else 1.0)


def run(title: str, rows: list[LabelledName]) -> None:
    units, refs, truth, pairs, gam = _gammas(rows)
    lam, m, u = em(gam)
    post = posterior(gam, lam, m, u)
    rules = evaluate(rows, DEFAULT_THRESHOLD, use_catalogue=False)
    print(f"{title}: {len(rows)} navn, {len(units)} ulike, {len(pairs)} par, λ = {lam:.4f}")
    for f, (name, _) in enumerate(FIELDS):
        w = np.log2(m[f] / u[f])
        print(f"  {name:<15} vekt per nivå (log2 m/u): " + "  ".join(f"{x:+.1f}" for x in w))
    for t in (0.5, 0.9, 0.99):
        linked = [p for p, x in zip(pairs, post, strict=True) if x >= t]
        p, r = _pairwise(rows, refs, units, linked)
        print(f"  Fellegi–Sunter, posterior ≥ {t}: presisjon {p:.4f}  gjenfinning {r:.4f}")
    print(f"  reglene uten katalog:           presisjon {rules.precision:.4f}  "
          f"gjenfinning {rules.recall:.4f}")


def main() -> int:
    run("merket sett", read_labelled())
    run("innsamlet, utvikling", read_collected("dev"))
    run("syntetiske varianter", rows_of(variants(load_catalogue())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
