"""Synthetic variants of catalogue names, by class: a dev-only benchmark of the mechanisms.

Each catalogue product is written once as the catalogue writes it (its base row) and then in
variants of one class at a time, the way municipalities vary names:
- `typo`: a letter doubled, dropped or swapped with its neighbour in the longest word (six
  letters or more; never the first letter);
- `vendor`: the vendor, a former name of it or the agency before the product, in parentheses
  after it, or "fra <vendor>" after it;
- `compound`: a long word split where one half is a known word ("Bygg sak"), a two-word name
  joined ("Kommunekart") or hyphenated ("Kommune-kart");
- `descriptor`: an audience or channel after the product («– elev», «mobil», «innsyn»,
  «saksbehandling», «app»);
- `lead`: what kind of system it is, before the name («Fagsystemet», «Systemet», «Løsningen»)
  or joined after it with a hyphen («-systemet», «-løsningen», «-plattformen»).
The catalogue's spelling is written by two municipalities (one with the vendor column
filled, one without), each variant by one: the right spelling is the more common, as in real
returns. Every product of the catalogue is in every set, so a variant put with another product
(the module traps: "Gemini Portal" / "Gemini VA", "Flyt Skole" / "Flyt Barnehage") costs
precision. Each row is written by a municipality of its own, except that a product's base
row and its variants never share one (one municipality rarely reports a product twice).
The variants are made from the catalogue only, never from the collected sets.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

from desktop.core.catalogue import key_lexicon
from desktop.core.catalogue.lexicon import AGENCIES, DESCRIPTIVE, FORMER_VENDORS
from desktop.core.catalogue.normalize import fold
from desktop.core.catalogue.quality import LabelledName
from desktop.core.catalogue.reference import Catalogue, Product

CLASSES = ("typo", "vendor", "compound", "descriptor", "lead")
DESCRIPTORS = ("– elev", "mobil", "innsyn", "saksbehandling", "app", "- ansatt", "foresatte",
               "for ansatte", "web", "brukerportal")
# what kind of system, written before the name (`lead`), and after it joined with a hyphen
LEADS = ("Fagsystemet {}", "Systemet {}", "Fagsystem: {}", "Løsningen {}", "{}-systemet",
         "{}-løsningen", "{}-plattformen")


def _former_names() -> dict[str, list[str]]:
    """Vendor today -> the other ways it is written (former names, agencies' short forms)."""
    out: dict[str, list[str]] = {}
    for table in (key_lexicon.VENDOR_ALIASES, FORMER_VENDORS, AGENCIES):
        for written, canonical in table.items():
            if fold(written) != fold(canonical):
                out.setdefault(canonical, []).append(written.title() if written.islower()
                                                     and len(written) > 4 else written.upper()
                                                     if len(written) <= 4 else written)
    return out


def _typos(r: random.Random, name: str) -> list[str]:
    words = name.split()
    i = max(range(len(words)), key=lambda j: (len(words[j]), -j))
    w = words[i]
    if len(w) < 6 or not w.isalpha():
        return []
    out = []
    for kind in ("double", "drop", "swap"):
        k = r.randrange(1, len(w) - 1)
        if kind == "double":
            v = w[:k] + w[k] + w[k:]
        elif kind == "drop":
            v = w[:k] + w[k + 1:]
        else:
            v = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        if v != w:
            out.append(" ".join([*words[:i], v, *words[i + 1:]]))
    return out


def _vendor_forms(r: random.Random, p: Product, former: dict[str, list[str]]) -> list[str]:
    if not p.vendor:
        return []
    name, vendor = p.name, p.vendor
    starts = fold(name).startswith(fold(vendor))
    bare = name[len(vendor):].strip(" -") if starts else name
    if not bare:
        return []
    out = [f"{bare} ({vendor})", f"{bare} fra {vendor}"]
    if not starts:
        out.append(f"{vendor} {name}")
    out += [f"{f} {bare}" for f in former.get(vendor, [])[:2]]
    return [o for o in dict.fromkeys(out) if fold(o) != fold(name)]


def _compound_forms(name: str, vocabulary: frozenset[str]) -> list[str]:
    words = name.split()
    out = []
    if len(words) == 2 and all(w.isalpha() and len(w) >= 3 for w in words):
        out += [words[0] + words[1].lower(), f"{words[0]}-{words[1].lower()}"]
    for i, w in enumerate(words):
        if not w.isalpha() or len(w) < 7:
            continue
        f = fold(w)
        for k in range(3, len(w) - 2):
            if f[:k] in vocabulary and f[k:] in vocabulary:
                rest = w[k:]
                out += [" ".join([*words[:i], w[:k], rest, *words[i + 1:]]),
                        " ".join([*words[:i], f"{w[:k]}-{rest}", *words[i + 1:]])]
                break
    return list(dict.fromkeys(o for o in out if o != name))


def vocabulary(catalogue: Catalogue) -> frozenset[str]:
    """Words a compound may be split into: descriptive words and words of product names."""
    words = {fold(w) for p in catalogue.products for t in (p.name, *p.aliases)
             for w in t.split() if w.isalpha() and len(w) >= 3}
    return frozenset(words | {w for w in dict.keys(DESCRIPTIVE) if len(w) >= 3})


def variants(catalogue: Catalogue, classes: Iterable[str] = CLASSES, seed: int = 7
             ) -> list[tuple[str, LabelledName]]:
    """(class, row) for every variant; class "base" for the catalogue's own names."""
    r = random.Random(seed)
    lead = random.Random(seed + 1)
    former = _former_names()
    vocab = vocabulary(catalogue)
    wanted = set(classes)
    out: list[tuple[str, LabelledName]] = []
    n = 0

    def row(p: Product, name: str, vendor: str | None) -> LabelledName:
        nonlocal n
        n += 1
        return LabelledName(name, vendor or "", p.service_area or "", p.name, f"K{n:04d}")

    for p in catalogue.products:
        # the right spelling is the common one: two returns write it as the catalogue does
        out += [("base", row(p, p.name, p.vendor)), ("base", row(p, p.name, None))]
        made: list[tuple[str, str]] = []
        if "typo" in wanted:
            made += [("typo", v) for v in _typos(r, p.name)]
        if "vendor" in wanted:
            made += [("vendor", v) for v in _vendor_forms(r, p, former)]
        if "compound" in wanted:
            made += [("compound", v) for v in _compound_forms(p.name, vocab)]
        if "descriptor" in wanted:
            made += [("descriptor", f"{p.name} {d}") for d in r.sample(DESCRIPTORS, 2)]
        for cls, v in made:
            # the vendor column is filled in about half of the returns
            out.append((cls, row(p, v, p.vendor if r.random() < 0.5 else None)))
        if "lead" in wanted:  # drawn apart, so that the other classes stay as they were
            for form in lead.sample(LEADS, 2):
                out.append(("lead", row(p, form.format(p.name),
                                        p.vendor if lead.random() < 0.5 else None)))
    return out


def rows_of(items: Sequence[tuple[str, LabelledName]], cls: str | None = None
            ) -> list[LabelledName]:
    """The base rows and the variants of one class (all classes when None)."""
    return [x for c, x in items if c == "base" or cls is None or c == cls]
