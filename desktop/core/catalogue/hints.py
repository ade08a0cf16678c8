"""Other names a return gives in a parenthesis, learned for the names of the other returns.

A municipality that writes «Nytt navn (tidligere Gammelt navn)», «Langt navn (LN)» or «LN (Langt
navn)» says that the two are one product, whether or not the catalogue knows it. After the
catalogue and the clustering have placed every name, a name that is exactly such other name
(same matching key, service areas and vendors that can agree) and was left as a system of its
own, or in a cluster of the clustering, joins where the name with the parenthesis went.
A name the catalogue placed keeps its product (the catalogue is surer than one return), and a
replacement («erstatter X», «skal byttes til X») is another product, not another name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from desktop.core.catalogue.cluster import Placement
from desktop.core.catalogue.lexicon import DESCRIPTIVE, STOPWORDS
from desktop.core.catalogue.normalize import Normalizer, fold_tokens
from desktop.core.catalogue.normalize import _spells_out as spells_out
from desktop.core.catalogue.similarity import areas_compatible, vendors_conflict

HINT_CONFIDENCE = 0.9
_PAREN = re.compile(r"^(?P<outside>[^()]*\S)\s*\((?P<inside>[^()]*\S)\s*\)\s*$")
# what a former name is introduced by: «tidligere (kalt)», «tidl.», Nynorsk «tidlegare», «før»,
# «ex»; then words such as «kalt», «kjent som», «het»
_FORMER = re.compile(r"^(?:tidligere|tidl\.?|tidlegare|før|ex)[\s:.-]+"
                     r"(?:(?:kalt|kjent som|het|heitte|navn|namn)[\s:]+)?(?P<name>.+)$",
                     re.IGNORECASE)


def other_names(written: str) -> tuple[str, ...]:
    """The other names of the product a written name gives in a parenthesis: a former name,
    or the abbreviation and what it stands for."""
    m = _PAREN.match(written.strip())
    if m is None:
        return ()
    outside, inside = m.group("outside"), m.group("inside")
    former = _FORMER.match(inside)
    if former is not None:
        return (former.group("name").strip(" .,;"),)
    if spells_out(fold_tokens(outside), fold_tokens(inside), STOPWORDS):
        return (inside,)
    return ()


def learn_other_names(placements: Sequence[Placement], normalizer: Normalizer,
                      threshold: float, vendor_key: dict[int, str],
                      rejected: Callable[[str, str], bool] | None = None) -> None:
    """Put a name that a return gives as another name of a placed name where that one went
    (see the module's text). `vendor_key`: each placement's vendor as matching reads it."""
    decided = {p.ref for p in placements if p.kind == "new" and p.leader
               and p.confidence >= threshold}
    by_key: dict[str, list[Placement]] = {}
    for p in placements:
        by_key.setdefault(p.unit.norm.match.compact, []).append(p)
    for p in placements:
        if "(" not in p.unit.name or not _decided(p, threshold, decided):
            continue
        for other in other_names(p.unit.name):
            n = normalizer.name(other).match
            if not n.compact or all(t in DESCRIPTIVE for t in n.tokens):
                continue
            for q in by_key.get(n.compact, ()):
                if q is p or (q.kind, q.ref) == (p.kind, p.ref):
                    continue
                if q.kind == "catalogue" and q.confidence >= threshold:
                    continue  # the catalogue is surer than one return
                if rejected is not None and rejected(q.unit.ref.name_key, p.unit.ref.name_key):
                    continue
                if (not areas_compatible(p.unit.area, q.unit.area)
                        or vendors_conflict(vendor_key[id(p)], vendor_key[id(q)])):
                    continue
                moved = [q]
                if q.kind == "new" and q.leader:  # its cluster goes with it
                    moved += [r for r in placements if r is not q and r.kind == "new"
                              and r.ref == q.ref]
                for r in moved:
                    r.kind, r.ref, r.leader = p.kind, p.ref, False
                    r.confidence = min(max(r.confidence, threshold), HINT_CONFIDENCE)
                    r.alternative = None
                    r.reason = (f"Annet navn på det samme i en liste: «{p.unit.name}» → "
                                f"{other}")


def _decided(p: Placement, threshold: float, decided: set[str]) -> bool:
    if p.kind != "new":
        return p.confidence >= threshold
    return p.ref in decided and (p.leader or p.confidence >= threshold)
