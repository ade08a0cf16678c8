"""Other names a return gives beside a name, learned for the names of the other returns.

A municipality that writes «Nytt navn (tidligere Gammelt navn)», «Nytt navn, tidl. Gammelt
navn», «Gammelt navn (nå Nytt navn)», «Langt navn (LN)» or «LN (Langt navn)» says that the two
are one product, whether or not the catalogue knows it. After the catalogue and the clustering
have placed every name, a name that is such other name (same matching key, or the same once the
words that only say what or for whom are left out: «G Suite for Education» and «Gsuite»;
service areas and vendors that can agree) and was left as a system of its own, or in a cluster
of the clustering, joins where the name with the other name went.
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
# a former or current name after a comma or a dash: «Kroma, tidligere Flexus»
_AFTER = re.compile(r"^(?P<outside>.*\S)\s*(?:,|\s[-–—]|:)\s*(?P<inside>(?:tidligere|tidl\.?|"
                    r"tidlegare|nå|no|heter|heiter)\b.*\S)\s*$", re.IGNORECASE)
# what a former name is introduced by: «tidligere (kalt)», «tidl.», Nynorsk «tidlegare», «før»,
# «ex»; then words such as «kalt», «kjent som», «het»
_FORMER = re.compile(r"^(?:tidligere|tidl\.?|tidlegare|før|ex)[\s:.-]+"
                     r"(?:(?:kalt|kjent som|het|heitte|navn|namn)[\s:]+)?(?P<name>.+)$",
                     re.IGNORECASE)
# what the current name is introduced by (the name written is the former one): «nå», «heter
# nå», «nytt navn», Nynorsk «no», «heiter no», English «now»
_NOW = re.compile(r"^(?:(?:heter|heiter)\s+(?:nå|no)|nå\s+kalt|nå|no|nytt\s+navn|nytt\s+namn|"
                  r"now)[\s:.-]+(?P<name>.+)$", re.IGNORECASE)


def gives_other_name(written: str) -> bool:
    """Whether a written name may give another name (cheap: before `other_names`)."""
    return "(" in written or _AFTER.match(written) is not None


def other_names(written: str) -> tuple[str, ...]:
    """The other names of the product a written name gives in a parenthesis or after a comma
    or a dash: a former name, the current name, or the abbreviation and what it stands for."""
    m = _PAREN.match(written.strip()) or _AFTER.match(written.strip())
    if m is None:
        return ()
    outside, inside = m.group("outside"), m.group("inside")
    other = _FORMER.match(inside) or _NOW.match(inside)
    if other is not None:
        return (other.group("name").strip(" .,;"),)
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
        n = p.unit.norm.match
        by_key.setdefault(n.compact, []).append(p)
        core = _core(n.tokens)
        if core and core != n.compact:
            by_key.setdefault(core, []).append(p)
    for p in placements:
        if not _decided(p, threshold, decided):
            continue
        for other in other_names(p.unit.name):
            n = normalizer.name(other).match
            if not n.compact or all(t in DESCRIPTIVE for t in n.tokens):
                continue
            found = {id(q): q for key in (n.compact, _core(n.tokens)) if key
                     for q in by_key.get(key, ())}
            for q in found.values():
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


def _core(tokens: tuple[str, ...]) -> str:
    """The key of a name without the words that only say what it is or whom it is for (empty
    when nothing else is left)."""
    kept = [t for t in tokens if t not in DESCRIPTIVE and t not in STOPWORDS]
    return "".join(kept) if kept and len(kept) < len(tokens) else ""


def _decided(p: Placement, threshold: float, decided: set[str]) -> bool:
    if p.kind != "new":
        return p.confidence >= threshold
    return p.ref in decided and (p.leader or p.confidence >= threshold)
