"""From units to placements: catalogue first, clustering for the rest (pure, no database).

`propose` is what both the project (`api.suggest`, `api.auto`) and the benchmark run, so the
measured precision and recall are those of the app. `groups` turns placements into the
clusters `auto` would make at a threshold: a unit below it stays a system of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from desktop.core.catalogue.cluster import (
    CUTOFF,
    SAME_RETURN_FACTOR,
    TICK_EVERY,
    Municipalities,
    Placement,
    Seed,
    cluster,
)
from desktop.core.catalogue.hints import gives_other_name, learn_other_names
from desktop.core.catalogue.progress import Tick
from desktop.core.catalogue.reference import Catalogue
from desktop.core.catalogue.units import Unit

DEFAULT_THRESHOLD = 0.85
# catalogue rules that guess the product from what the catalogue holds of the vendor rather
# than read its name (see `_same_return`). Not "audience" ("G Suite" beside "Google Workspace
# for Education", a former name in one return: on the dev half such pairs are one product)
GUESSED_RULES = frozenset({"vendor_area"})
Rejected = Callable[[str, str], bool]


@lru_cache(maxsize=4)
def catalogue_seeds(catalogue: Catalogue) -> tuple[Seed, ...]:
    seeds = []
    for e in catalogue.entries:
        p, n = e.product, e.norm.match
        vendor_key = catalogue.matcher.vendor(p.vendor)[0]
        # one for each area municipalities file it under (`other-areas.csv`): «Viglio» under
        # Barnehage is a typo of Vigilo, filed under Skole in the catalogue
        for area in dict.fromkeys((p.service_area or "", *p.other_areas)):
            seeds.append(Seed("catalogue", p.name, e.text, n.tokens, n.compact, area,
                              vendor_key, catalogue.group(p), e.norm.compact))
    return tuple(seeds)


def rejection_check(pairs: set[tuple[str, str]] | frozenset[tuple[str, str]]) -> Rejected:
    def rejected(a: str, b: str) -> bool:
        return (a, b) in pairs or (b, a) in pairs
    return rejected


def propose(units: Sequence[Unit], catalogue: Catalogue, *, seeds: Sequence[Seed] = (),
            rejected: Rejected | None = None, threshold: float = DEFAULT_THRESHOLD,
            use_catalogue: bool = True, cutoff: float = CUTOFF,
            tick: Tick | None = None, municipalities: Municipalities | None = None
            ) -> list[Placement]:
    """Where each unit goes: a catalogue product, a project system (seeds) or a cluster.
    `tick(done, of)` reports progress over both steps (and may raise to stop);
    `municipalities`: who wrote each unit (see `cluster`)."""
    placements: list[Placement] = []
    rest: list[Unit] = []
    guessed: list[Placement] = []
    for i, u in enumerate(units):
        if tick is not None and i % (TICK_EVERY * 4) == 0:
            tick(i, 2 * len(units))
        m = (catalogue.match(u.norm, u.area, u.vendor, rejected) if use_catalogue else None)
        if m is not None:
            placements.append(Placement(u, "catalogue", m.product.name, m.confidence, m.reason))
            if m.rule in GUESSED_RULES:
                guessed.append(placements[-1])
        else:
            rest.append(u)
    if guessed and municipalities:
        _same_return(placements, guessed, municipalities)
    all_seeds = [*(catalogue_seeds(catalogue) if use_catalogue else ()), *seeds]
    second = None if tick is None else (
        lambda done, of: tick(len(units) + len(units) * done // max(of, 1), 2 * len(units)))
    matcher = catalogue.matcher
    placements += cluster(rest, all_seeds, rejected=rejected, threshold=threshold,
                          cutoff=cutoff, tick=second,
                          vendor_key=lambda v: matcher.vendor(v)[0],
                          municipalities=municipalities)
    if any(gives_other_name(p.unit.name) for p in placements):
        learn_other_names(placements, catalogue.normalizer, threshold,
                          {id(p): matcher.vendor(p.unit.vendor)[0] for p in placements},
                          rejected)
    return placements


def _same_return(placements: Sequence[Placement], guessed: Sequence[Placement],
                 municipalities: Municipalities) -> None:
    """A product guessed from the vendor's catalogue coverage ("Visma barnehage") in a return
    that names the product itself in the same service area: one municipality rarely lists one
    product twice, so the guess may be another product of the vendor that the catalogue
    lacks, and is offered, not decided."""
    named: dict[tuple[str, str, str], str] = {}  # (municipality, area, product) -> a name key
    weak = {id(p) for p in guessed}
    for p in placements:
        if p.kind == "catalogue" and p.unit.area and id(p) not in weak:
            for m in municipalities.get(p.unit.ref, ()):
                named.setdefault((m, p.unit.area, p.ref), p.unit.ref.name_key)
    for p in guessed:
        both = sorted(m for m in municipalities.get(p.unit.ref, ())
                      if (m, p.unit.area, p.ref) in named)
        if both:
            p.confidence = round(p.confidence * SAME_RETURN_FACTOR, 4)
            p.reason += (f"; kommune {both[0]} har ført opp begge navnene i samme "
                         "tjenesteområde")


def groups(placements: Sequence[Placement], threshold: float = DEFAULT_THRESHOLD
           ) -> dict[tuple[str, str], list[Placement]]:
    """The systems `auto` makes: target -> its units.

    A unit joins its target when its confidence reaches the threshold and the target is made:
    a catalogue product or a project system always is, a new cluster when its leader is
    accepted. Any other unit is left undecided, which counts as a system of its own.
    """
    made = {p.ref for p in placements if p.leader and p.confidence >= threshold}
    out: dict[tuple[str, str], list[Placement]] = {}
    for p in placements:
        own = ("undecided", "\x1f".join(p.unit.ref))
        ok = p.confidence >= threshold and (p.kind != "new" or p.ref in made)
        out.setdefault((p.kind, p.ref) if ok else own, []).append(p)
    return out
