"""The reference catalogue of real municipal products, and matching names against it.

`desktop/resources/catalogue/fagsystemer.csv`: product, vendor, service_area, aliases
(`;`-separated), note. A name matches a product, in this order (the first rule that gives one
product wins):
1. its key equals the key of the product's name, an alias or an abbreviation ("Tieto Gerica",
   "Gerica 12.1", "VFS"); when that is the name of a vendor's product suite written under a
   service area where the suite has another product, that product ("Visma Enterprise" under
   Lønn og personal is Visma Enterprise HRM);
2. the installation's vendor put in front of a name that only says what the system is for
   ("Lønn" from Visma -> "Visma Lønn", an alias of Visma Enterprise HRM);
   An entry written without its closing words that say who it is for ("G Suite" for "G Suite
   for Education") is the product too, where no entry is written so;
3. a product's name followed (or preceded) by descriptive words of its service area ("Gerica
   pleie og omsorg", "Komtek byggesak", "Fagsystemet Gerica");
   When those words name another service area, the product of the vendor's suite in that
   area whose name starts with the written one ("Visma Enterprise Personal" -> Visma Enterprise
   HRM);
4. a name outside a parenthesis, when what is inside names no other product ("UBW (Agresso)"),
   or the product inside when the name outside is unknown ("TK-arkiv (Documaster)", less
   certain);
5. alternatives written with a slash, by the first, when the others name no product of another
   vendor ("MS Exchange/Outlook", "SvarUt/SvarInn"), less certain;
6. a name that is only a vendor, when the catalogue has exactly one product from that vendor in
   the service area ("Acos" under Sak, arkiv og politikk) — offered for review, never certain;
   not for a government agency or KS ("NAV", "Skatteetaten"), which publish many systems;
7. a vendor followed by words of one service area ("Visma barnehage", "IST barnehage"), when
   the catalogue has exactly one product of that vendor in that area: certain when the name
   is filed under that area or none, else offered for review.
A match whose service area disagrees with the catalogue's is less certain, unless the name itself
says the product's area ("Speedadmin Kulturskole" written under Skole). A product may be filed
under more than one area (`other-areas.csv`: Vigilo under Barnehage as well as Skole).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from desktop.core.catalogue.key_lexicon import KEY_ABBREVIATIONS, KEY_VENDORS
from desktop.core.catalogue.lexicon import AGENCIES, AUDIENCE, DESCRIPTIVE, use_base
from desktop.core.catalogue.normalize import (
    DESCRIBED,
    MATCH_LEXICON,
    Normalized,
    Normalizer,
    fold_tokens,
)
from desktop.core.catalogue.similarity import ANNET, areas_compatible, product_rejection_key
from desktop.paths import resource

SHORT_NAME = 4  # letters of a name key short enough to mean other things in other areas
_ABBREVIATION = re.compile(r"(?=.*[A-ZÆØÅ])[A-ZÆØÅ0-9]{2,5}")
_EXACT_RULES = ("name", "alias", "abbreviation", "key")  # a catalogue name as written
# a remark in parentheses, at the end or with words after it («Agresso (UBW) regnskap»)
_PARENTHESIS = re.compile(r"\s*([^()]*\S)\s*\(([^()]*\S)\s*\)\s*([^()]*?)\s*")
_SLASH = re.compile(r"(?<![-/])\s*/\s*(?!/)")  # "A/B", "A / B"; not "sak-/arkiv" or "//"
_AGENCY_NAMES = frozenset(AGENCIES.values())
_AUDIENCE = frozenset(AUDIENCE)
VENDOR_AREA_CONFIDENCE = 0.8  # «IST barnehage»: a suggestion, never decided by the automatic run
Rejected = Callable[[str, str], bool]  # (name key, product group key) -> rejected by the user


@dataclass(frozen=True, slots=True)
class Product:
    name: str  # also the catalogue key stored with a project's system
    vendor: str | None
    service_area: str | None
    aliases: tuple[str, ...] = ()
    note: str = ""
    other_areas: tuple[str, ...] = ()  # where municipalities also file it (`other-areas.csv`)

    @property
    def areas(self) -> tuple[str, ...]:
        return tuple(a for a in (self.service_area, *self.other_areas) if a)


@dataclass(frozen=True, slots=True)
class Entry:
    """One way the catalogue writes a product: its name or one of its aliases."""

    product: Product
    text: str
    norm: Normalized
    kind: str  # "name" | "alias" | "abbreviation"


@dataclass(frozen=True, slots=True)
class Match:
    product: Product
    confidence: float
    reason: str
    rule: str  # name | alias | abbreviation | key | audience | suite | vendor_name | prefix
    #            | parenthesis | alternatives | vendor | vendor_area | initials | tail


@dataclass(eq=False)
class Catalogue:
    products: tuple[Product, ...]
    normalizer: Normalizer
    entries: tuple[Entry, ...] = ()
    groups: dict[str, str] = field(default_factory=dict)  # product name -> group key
    _exact: dict[str, list[Entry]] = field(default_factory=dict)
    _first: dict[str, list[Entry]] = field(default_factory=dict)
    _bare: dict[str, list[Entry]] = field(default_factory=dict)  # entries without audience
    _initials: dict[str, list[Entry]] = field(default_factory=dict)  # words as initials
    _vendor_products: dict[str, list[Product]] = field(default_factory=dict)
    _tails: dict[str, list[Entry]] = field(default_factory=dict)  # without the first word

    @classmethod
    def build(cls, products: tuple[Product, ...]) -> Catalogue:
        """The catalogue with its two normalisers: the key normaliser (frozen tables and the
        vendors and abbreviations of the first catalogue: decisions are stored by its keys)
        and, inside it, the matching normaliser (every vendor and abbreviation of this
        catalogue, the matching tables, the words of its product names)."""
        vendors = {p.vendor: p.vendor for p in products if p.vendor}
        abbreviations = {a: p.name for p in products for a in p.aliases
                         if _ABBREVIATION.fullmatch(a)}
        texts = [t for p in products for t in (p.name, *p.aliases)]
        known = frozenset(w for t in texts for w in fold_tokens(t)
                          if len(w) >= 3 and w not in DESCRIPTIVE and not w.isdigit())
        matcher = Normalizer(vendors, abbreviations, lexicon=MATCH_LEXICON, known=known)
        key = Normalizer({v: v for v in KEY_VENDORS}, KEY_ABBREVIATIONS, matcher=matcher)
        cat = cls(products, key)
        entries: list[Entry] = []
        for p in products:
            entries.append(Entry(p, p.name, cat.normalizer.name(p.name), "name"))
            entries += [Entry(p, a, cat.normalizer.name(a),
                              "abbreviation" if a in abbreviations else "alias")
                        for a in p.aliases]
            cat.groups[p.name] = cat.normalizer.name(p.name).compact
            if p.vendor:
                cat._vendor_products.setdefault(matcher.vendor(p.vendor)[0], []).append(p)
        cat.entries = tuple(entries)
        for e in entries:
            n = e.norm.match
            literal = "".join(fold_tokens(e.text)) if e.kind == "abbreviation" else n.compact
            for k in dict.fromkeys((n.compact, n.full_compact, literal)):
                cat._exact.setdefault(k, []).append(e)
            for toks in dict.fromkeys((n.tokens, n.full_tokens)):
                cat._first.setdefault(toks[0], []).append(e)
        for e in entries:
            # "G Suite for Education" written "G Suite": the entry without the words that say
            # who it is for, where no entry is written so
            for toks in dict.fromkeys((e.norm.match.tokens, e.norm.match.full_tokens)):
                end = len(toks)
                while end > 1 and toks[end - 1] in _AUDIENCE:
                    end -= 1
                bare = "".join(toks[:end])
                if (end < len(toks) and bare not in cat._exact
                        and any(t not in DESCRIPTIVE for t in toks[:end])):
                    cat._bare.setdefault(bare, []).append(e)
        # «GeoInnsyn» for «ISY GeoInnsyn»: the name after a first word that is a line of the
        # vendor's products (it begins the names of two or more of them: ISY WinMap, ISY Park),
        # when what is left is one word of its own and no product is written so
        lines = Counter((matcher.vendor(e.product.vendor)[0], e.norm.match.tokens[0])
                        for e in entries if e.kind == "name" and e.product.vendor
                        and len(e.norm.match.tokens) >= 2)
        for e in entries:
            n = e.norm.match
            vendor_key = matcher.vendor(e.product.vendor or "")[0]
            if (e.kind != "abbreviation" and len(n.tokens) >= 2 and n.tokens[0] != vendor_key
                    and lines[(vendor_key, n.tokens[0])] >= 2):
                core = [t for t in n.tokens[1:] if t not in DESCRIPTIVE]
                tail = "".join(core)
                if len(core) == 1 and len(tail) >= 5 and tail not in cat._exact:
                    cat._tails.setdefault(tail, []).append(e)
        for e in entries:
            # "Veeam B&R" for "Veeam Backup & Replication": some of the words as initials
            for toks in dict.fromkeys((e.norm.match.tokens, e.norm.match.full_tokens)):
                for short in _contracted(toks):
                    if short not in cat._exact:
                        cat._initials.setdefault(short, []).append(e)
        return cat

    @property
    def matcher(self) -> Normalizer:
        assert self.normalizer.matcher is not None
        return self.normalizer.matcher

    def product(self, name: str) -> Product | None:
        return next((p for p in self.products if p.name == name), None)

    def group(self, product: Product) -> str:
        return self.groups[product.name]

    # --- matching ------------------------------------------------------------------------
    def match(self, norm: Normalized, area: str = "", vendor: str | None = None,
              rejected: Rejected | None = None) -> Match | None:
        """The catalogue product a normalised name means, with confidence and reason.
        Rejections name the key (`norm.compact`); the name is compared by `norm.match`."""
        key = norm.compact

        def allowed(p: Product) -> bool:
            group = self.groups[p.name]
            return rejected is None or not (rejected(key, group) or rejected(
                key, product_rejection_key(group)))

        norm = norm.match
        hits = [e for k in dict.fromkeys((norm.compact, norm.full_compact))
                for e in self._exact.get(k, ()) if allowed(e.product)]
        entry = _one(hits, area, norm)
        if entry is not None:
            return (self._suite_in_area(norm, entry, area, allowed)
                    or self._exact_match(norm, entry, area, vendor))
        bare = [e for k in dict.fromkeys((norm.compact, norm.full_compact))
                for e in self._bare.get(k, ()) if allowed(e.product)]
        entry = _one(bare, area)
        if entry is not None:
            p = entry.product
            return Match(p, 0.95 if _fits(p, area) else 0.8,
                         f"Katalognavnet «{entry.text}» uten ordene om hvem det er for → "
                         f"{p.name}" + _area_note(entry, area), "audience")
        found = [e for k in (*_contracted(norm.tokens), *_contracted(norm.full_tokens))
                 for e in self._exact.get(k, ()) if allowed(e.product)]
        found += [e for k in dict.fromkeys((norm.compact, norm.full_compact))
                  for e in self._initials.get(k, ()) if allowed(e.product)]
        entry = _one(found, area)
        if entry is not None:
            p = entry.product
            return Match(p, 0.88 if _fits(p, area) else 0.8,
                         f"Katalognavnet «{entry.text}» med noen av ordene som forbokstaver "
                         f"({norm.display}) → {p.name}" + _area_note(entry, area), "initials")
        if vendor and norm.vendor is None and all(t in DESCRIPTIVE for t in norm.tokens):
            with_vendor = self.normalizer.name(f"{vendor} {norm.text}").match
            hits = [e for k in dict.fromkeys((with_vendor.compact, with_vendor.full_compact))
                    for e in self._exact.get(k, ()) if allowed(e.product)]
            entry = _one(hits, area)
            if entry is not None and not (self._generic_entry(entry) and not (
                    self._vendor_confirms(with_vendor, vendor, entry.product))):
                conf = 0.95 if _fits(entry.product, area) else 0.85
                return Match(entry.product, conf, f"Navn og leverandør i katalogen: {vendor} + "
                             f"{norm.display} → {entry.product.name}" + _area_note(entry, area),
                             "vendor_name")
        return (self._prefix(norm, area, allowed)
                or self._parenthesis(norm, key, area, rejected)
                or self._alternatives(norm, key, area, rejected)
                or self._vendor_only(norm, area, allowed)
                or self._vendor_area(norm, area, vendor, allowed)
                or self._tail(norm, area, vendor, allowed))

    def _tail(self, norm: Normalized, area: str, vendor: str | None,
              allowed: Callable[[Product], bool]) -> Match | None:
        """«GeoInnsyn (kartinnsyn)» from Norconsult: a catalogue name without its first word,
        a line of products («ISY»), and words that say the product's own service area. Taken
        when the installation's vendor is the product's; only offered without a vendor."""
        tails = self._tails.get("".join(t for t in norm.tokens if t not in DESCRIPTIVE))
        if not tails or norm.vendor is not None:
            return None
        said = {a for t in norm.tokens if (a := DESCRIPTIVE.get(t)) is not None}
        entry = _one([e for e in tails if allowed(e.product) and said <= set(e.product.areas)],
                     area)
        if entry is None:
            return None
        p = entry.product
        confirmed = self._vendor_confirms(norm, vendor, p)
        if vendor and not confirmed:
            return None
        conf = 0.9 if confirmed and _fits(p, area) else 0.75
        reason = (f"Katalognavnet «{entry.text}» uten det første ordet ({norm.display}), og "
                  f"leverandøren {p.vendor} → {p.name}" if confirmed else
                  f"Katalognavnet «{entry.text}» uten det første ordet ({norm.display}) → "
                  f"{p.name}")
        return Match(p, conf, reason + _area_note(entry, area), "tail")

    def _parenthesis(self, norm: Normalized, key: str, area: str, rejected: Rejected | None
                     ) -> Match | None:
        """"UBW (Agresso)", "Microsoft 365 (E3)", «Agresso (UBW) regnskap», «eInnsyn –
        offentlig journal»: the name outside the parenthesis (before the dash) matches and
        what is inside names no other product (rejections of the whole name hold)."""
        found = _PARENTHESIS.fullmatch(norm.text)
        described = found is None and (found := DESCRIBED.fullmatch(norm.text)) is not None
        if found is None:
            return None

        def of(part: str) -> Match | None:
            m = self.match(self.normalizer.name(part), area, None, rejected)
            group = self.groups[m.product.name] if m is not None else ""
            if m is not None and rejected is not None and (
                    rejected(key, group) or rejected(key, product_rejection_key(group))):
                return None
            return m

        written = found.group(1)
        if not described and found.group(3):
            written = f"{written} {found.group(3)}"  # the words after the parenthesis
        outside = of(written)
        inside = of(found.group(2))
        if (outside is None and inside is not None
                and inside.rule in _EXACT_RULES):
            # "TK-arkiv (Documaster)": a local name, and the product it runs on in the remark
            return Match(inside.product, min(inside.confidence, 0.88),
                         f"Navnet i parentesen: {inside.reason} (utenfor parentesen: "
                         f"«{written}», ukjent i katalogen)", "parenthesis")
        if outside is None or outside.rule in ("vendor",):
            return None
        if described and inside is not None and inside.rule not in _EXACT_RULES:
            inside = None  # «SvarInn – mottak fra SvarUt»: what it does, not what it is
        if inside is not None and inside.product != outside.product:
            return None
        conf = min(outside.confidence, 0.95 if inside is not None else 0.9)
        if described:
            return Match(outside.product, conf, f"{outside.reason} (etter tankestreken: "
                         f"«{found.group(2)}»)", "parenthesis")
        return Match(outside.product, conf, f"{outside.reason} (i parentesen: "
                     f"«{found.group(2)}»)", "parenthesis")

    def _alternatives(self, norm: Normalized, key: str, area: str, rejected: Rejected | None
                      ) -> Match | None:
        """"MS Exchange/Outlook", "SvarUt/SvarInn": alternatives written with a slash, by the
        first, when it names a product and no other names a product of another vendor (nor
        only says what the system is for: "Visma Flyt Skole/Barnehage" may be both)."""
        parts = [p for p in _SLASH.split(norm.text) if p]
        if len(parts) < 2:
            return None
        first = self.match(self.normalizer.name(parts[0]), area, None, rejected)
        if first is None or first.rule == "vendor":
            return None
        group = self.groups[first.product.name]
        if rejected is not None and (rejected(key, group)
                                     or rejected(key, product_rejection_key(group))):
            return None
        for part in parts[1:]:
            other = self.normalizer.name(part).match
            if not other.tokens or all(t in DESCRIPTIVE for t in other.tokens):
                return None
            m = self.match(self.normalizer.name(part), area, None, rejected)
            if m is not None and m.product.vendor != first.product.vendor:
                return None
        return Match(first.product, min(first.confidence, 0.88),
                     f"Første av navnene med skråstrek: {first.reason} (også «"
                     f"{' / '.join(parts[1:])}»)", "alternatives")

    def _suite_in_area(self, norm: Normalized, e: Entry, area: str,
                       allowed: Callable[[Product], bool]) -> Match | None:
        """The name of a vendor's product suite, written under a service area where the
        catalogue has another product of the suite: "Visma Enterprise" under Lønn og personal
        is Visma Enterprise HRM, not the Økonomi product the alias belongs to. The product of
        that area whose name starts with the written name (and has the same vendor) wins."""
        p = e.product
        if not area or area == ANNET or _fits(p, area) or not norm.tokens:
            return None
        n = len(norm.tokens)
        cands = {x.product.name: x for x in self.entries
                 if x.product is not p and x.product.vendor == p.vendor
                 and x.product.service_area == area and allowed(x.product)
                 and len(x.norm.match.tokens) > n and x.norm.match.tokens[:n] == norm.tokens}
        if len(cands) != 1:
            return None
        other = next(iter(cands.values())).product
        return Match(other, 0.9, f"Navnet på produktserien «{norm.display}»; i {area} er det "
                     f"{other.name} i katalogen (aliaset «{e.text}» hører til "
                     f"{p.name}, {p.service_area})", "suite")

    def _exact_match(self, norm: Normalized, e: Entry, area: str, vendor: str | None = None
                     ) -> Match:
        p = e.product
        fits = _fits(p, area)
        written = fold_tokens(norm.text)
        abbreviation = next((x for x in norm.expansions if x.endswith(f"→ {p.name}")), None)
        if abbreviation is not None:
            rule, conf = "abbreviation", 1.0 if fits else 0.7
            reason = f"Forkortelse i katalogen: {abbreviation}"
        elif written == fold_tokens(e.text):
            rule, conf = ("name" if e.kind == "name" else "alias"), 1.0 if fits else 0.9
            reason = (f"Produktnavn i katalogen: {p.name}" if e.kind == "name"
                      else f"Alias i katalogen: {e.text} → {p.name}")
        else:
            rule, conf = "key", 1.0 if fits else 0.9
            reason = f"Lik navnenøkkel som «{e.text}» i katalogen → {p.name}"
            details = []
            if norm.version:
                details.append(f"versjon {norm.version} tatt ut av navnet")
            if norm.vendor:
                details.append(f"leverandør {norm.vendor} i navnet")
            details += [f"forkortelse {x}" for x in norm.expansions]
            if details:
                reason += f" ({'; '.join(details)})"
            if self._other_vendor(norm, p):
                # "KS Fiks Folkeregister": another vendor's product of the same name (a
                # service built on it), not certainly the catalogue's
                conf = min(conf, 0.8)
                reason += f"; leverandøren i navnet ({norm.vendor}) er ikke {p.vendor}"
        if (not fits and len(norm.match.compact) <= SHORT_NAME
                and not self._vendor_confirms(norm, vendor, p)):
            # «PAS», «EVA», «Opus» under another service area, with no vendor that says it
            # is the catalogue's: a name this short is as often another system's abbreviation
            # there (a patient administration system is a «PAS» in health care)
            conf = min(conf, 0.7)
            reason += "; kort navn i et annet tjenesteområde kan være noe annet"
        return Match(p, conf, reason + _area_note(e, area), rule)

    def _generic_entry(self, e: Entry) -> bool:
        """Whether a catalogue name is only a vendor and words of what it is («EDB Sak og
        Arkiv»): a municipality writing those words and a vendor that is not the product's
        today (EDB is a former name of Tietoevry; ESA is Sikri's) may mean any product of the
        vendor's for it («Sak/arkiv», vendor Tieto, is as likely Public 360)."""
        n = e.norm.match
        return all(t in DESCRIPTIVE for t in n.tokens if t not in n.full_tokens[:1]) and (
            n.vendor is not None or n.full_tokens != n.tokens)

    def _vendor_confirms(self, norm: Normalized, vendor: str | None, p: Product) -> bool:
        """Whether the vendor column or the vendor in the name is the product's vendor."""
        if p.vendor is None:
            return False
        own = self.matcher.vendor(p.vendor)[0]
        return any(v and self.matcher.vendor(v)[0] == own for v in (vendor, norm.vendor))

    def _other_vendor(self, norm: Normalized, p: Product) -> bool:
        """Whether the name is written with a known vendor that is not the product's."""
        if norm.vendor is None or p.vendor is None:
            return False
        return self.matcher.vendor(norm.vendor)[0] != self.matcher.vendor(p.vendor)[0]

    def _prefix(self, norm: Normalized, area: str, allowed: Callable[[Product], bool]
                ) -> Match | None:
        best: list[tuple[int, Entry, tuple[str, ...]]] = []
        elsewhere: list[tuple[int, Entry, str]] = []  # descriptive words of one other area
        for toks, before in _leads(norm):
            if not toks:
                continue
            # the entry's matching form, as the name's (the key form may split a vendor
            # the frozen key tables do not know: "Vigo IKS")
            forms = [(e, etoks) for e in self._first.get(toks[0], ())
                     for etoks in dict.fromkeys((e.norm.match.tokens, e.norm.match.full_tokens))]
            # and the entry's words written as one («KommuneKari chatbot» for Kommune-Kari)
            forms += [(e, toks[:1]) for e in self._exact.get(toks[0], ())
                      if len(e.norm.match.tokens) > 1 and e.kind != "abbreviation"]
            for e, etoks in forms:
                n = len(etoks)
                if (n > len(toks) or (n == len(toks) and not before)
                        or toks[:n] != etoks or not allowed(e.product)):
                    continue
                extra = (*before, *toks[n:])
                bases = [use_base(t) for t in extra]
                if None in bases:
                    continue
                said = {a for b in bases if b is not None and (a := DESCRIPTIVE[b]) is not None}
                if said <= set(e.product.areas):
                    best.append((n, e, extra))
                elif len(said) == 1 and not said & set(e.product.areas):
                    elsewhere.append((n, e, next(iter(said))))
        if not best:
            return self._suite_by_words(norm, elsewhere, allowed)
        top = max(n for n, _, _ in best)
        cands = [(e, x) for n, e, x in best if n == top]
        entry = _one([e for e, _ in cands], area)
        if entry is None:
            return None
        extra = next(x for e, x in cands if e is entry)
        other = self._product_among(extra, entry.product, allowed, norm)
        if other is not None:
            return Match(other, 0.9, f"Navnet har «{other.name}», et annet produkt fra "
                         f"{other.vendor} enn «{entry.text}» → {other.name}"
                         + _product_area_note(other, area), "prefix")
        # the name itself saying the product's area outweighs the area it is written under
        says_area = any(DESCRIPTIVE[b] is not None for t in extra if (b := use_base(t)))
        conf = 0.92 if _fits(entry.product, area) or says_area else 0.8
        reason = (f"Katalognavnet «{entry.text}» + beskrivende ord "
                  f"({', '.join(dict.fromkeys(extra))}) → {entry.product.name}")
        if self._other_vendor(norm, entry.product):
            # «Veeam Backup for Microsoft 365»: another vendor's product for it
            conf = min(conf, 0.8)
            reason += (f"; leverandøren i navnet ({norm.vendor}) er ikke "
                       f"{entry.product.vendor}")
        return Match(entry.product, conf, reason + _area_note(entry, area), "prefix")

    def _product_among(self, words: Sequence[str], p: Product,
                       allowed: Callable[[Product], bool], norm: Normalized) -> Product | None:
        """Another product of the same vendor whose whole name is among the words a name adds
        to a catalogue name: «Visma Enterprise eHandel» is Visma eHandel, not the product
        «Visma Enterprise» is an alias of, though «ehandel» also says what a system is for."""
        if p.vendor is None:
            return None
        vendor = self.matcher.vendor(p.vendor)[0]
        # the vendor and the word make the other product's name only when the vendor is
        # written («Proceedo e-handel» is Visma Proceedo used for e-commerce, not Visma eHandel)
        written = norm.vendor is not None or vendor in norm.full_tokens
        for w in dict.fromkeys(words):
            if DESCRIPTIVE.get(w) is None:
                continue  # «journal», «system»: what any product is, naming none
            for key in (w, vendor + w) if written else (w,):
                # (the vendor is kept before descriptive words)
                for e in self._exact.get(key, ()):
                    if (e.kind == "name" and e.product is not p
                            and e.product.vendor == p.vendor and allowed(e.product)):
                        return e.product
        return None

    def _suite_by_words(self, norm: Normalized, found: list[tuple[int, Entry, str]],
                        allowed: Callable[[Product], bool]) -> Match | None:
        """"Visma Enterprise Personal": a suite's name followed by words of another service
        area, where the vendor's suite has exactly one product whose name starts with it."""
        cands: dict[str, tuple[Product, Entry, str]] = {}
        for _, e, said in found:
            n = len(e.norm.match.tokens)
            for x in self.entries:
                p = x.product
                if (p is not e.product and p.vendor and p.vendor == e.product.vendor
                        and said in p.areas and allowed(p) and len(x.norm.match.tokens) > n
                        and x.norm.match.tokens[:n] == e.norm.match.tokens):
                    cands[p.name] = (p, e, said)
        if len(cands) != 1:
            return None
        p, e, said = next(iter(cands.values()))
        # the words say what the product is for («Personal»: «lønn og personal»), or they may
        # name another product of the suite the catalogue lacks («Ressursstyring»): offered
        words = norm.tokens[len(e.norm.match.tokens):]
        conf = 0.88 if _says_function(words, p.note) else VENDOR_AREA_CONFIDENCE
        return Match(p, conf, f"Navnet på produktserien «{e.text}» + ord fra {said} "
                     f"({norm.display}); i {said} er det {p.name} i katalogen", "suite")

    def _vendor_only(self, norm: Normalized, area: str, allowed: Callable[[Product], bool]
                     ) -> Match | None:
        if (norm.vendor is None or len(norm.tokens) != 1 or not area or area == ANNET
                or norm.vendor in _AGENCY_NAMES):
            # an agency ("NAV", "KS") publishes many national systems: the one the catalogue
            # has in an area says nothing about which the name means
            return None
        key = self.matcher.vendor(norm.vendor)[0]
        if norm.tokens != (key,):
            return None
        cands = [p for p in self._vendor_products.get(key, ())
                 if p.service_area == area and allowed(p)]
        if len(cands) != 1:
            return None
        return Match(cands[0], 0.8, f"Bare leverandørnavnet: eneste produkt fra {norm.vendor} "
                     f"i katalogen for {area} er {cands[0].name}", "vendor")


    def _vendor_area(self, norm: Normalized, area: str, vendor: str | None,
                     allowed: Callable[[Product], bool]) -> Match | None:
        """"IST barnehage", "Visma barnehage": a vendor (in the name, or the installation's
        vendor before a name of descriptive words only) and words that say one service area,
        when the catalogue has exactly one product of that vendor in that area. Only offered
        (0.8, below the automatic run's threshold): the catalogue is incomplete, so its only
        product of the vendor there need not be the one the municipality means."""
        if norm.vendor is not None:
            name_vendor = self.matcher.vendor(norm.vendor)[0]
            if norm.tokens[:1] != (name_vendor,):
                return None
            words, who = norm.tokens[1:], norm.vendor
        elif vendor:
            name_vendor, who, words = self.matcher.vendor(vendor)[0], vendor, norm.tokens
        else:
            return None
        if (not words or not all(t in DESCRIPTIVE for t in words)
                or who in _AGENCY_NAMES):
            return None
        said = {a for t in words if (a := DESCRIPTIVE[t]) is not None}
        if not said and area and area != ANNET:
            said = {area}  # «Journalsystem», vendor DIPS, filed under Helse og omsorg
        if len(said) != 1:
            return None
        (where,) = said
        cands = [p for p in self._vendor_products.get(name_vendor, ())
                 if where in p.areas and allowed(p)]
        if len(cands) == 1:
            p = cands[0]
            return Match(p, VENDOR_AREA_CONFIDENCE,
                         f"Leverandøren {who} og ord fra {where} ({', '.join(words)}): eneste "
                         f"produkt fra {who} i katalogen for {where} er {p.name}", "vendor_area")
        # "Visma PPT": of the vendor's products there, the only one whose name has the words
        named = [p for p in cands
                 if set(words) <= set(self.normalizer.name(p.name).match.tokens)]
        if len(named) == 1:
            p = named[0]
            return Match(p, VENDOR_AREA_CONFIDENCE,
                         f"Leverandøren {who} og ord fra {where} ({', '.join(words)}): av "
                         f"produktene fra {who} i katalogen for {where} har bare {p.name} "
                         "ordene i navnet", "vendor_area")
        # «Økonomisystem», vendor Visma: the one whose function in the catalogue says it
        doing = [p for p in cands if _says_function(words, p.note)]
        if len(doing) != 1:
            return None
        p = doing[0]
        return Match(p, VENDOR_AREA_CONFIDENCE,
                     f"Leverandøren {who} og ord fra {where} ({', '.join(words)}): av "
                     f"produktene fra {who} i katalogen for {where} er {p.name} det som "
                     f"brukes til det («{p.note}»)", "vendor_area")


_GENERIC = frozenset({"system", "systemet", "systemer", "losning", "losningen", "program",
                      "programmet", "verktoy", "portal", "portalen", "tjeneste", "tjenesten",
                      "plattform", "plattformen", "modul", "modulen", "fagsystem", "digital",
                      "elektronisk", "kommunens", "kommunal", "kommunale"})
_STEM = 5  # letters two words must share at the start to say the same («økonomisystem», «økonomi»)


def _says_function(words: Sequence[str], note: str) -> bool:
    """Whether the words of a name say what a product's note in the catalogue says it is
    for: a word that begins like one of the note's words, or like a part of a compound in it
    («journalsystem» / «omsorgsjournal»). Only words of what, not the generic «system»."""
    said = [w for w in fold_tokens(note) if len(w) >= 4 and w not in _GENERIC]
    own = [w for w in words if len(w) >= _STEM and w not in _GENERIC]
    return any(w.startswith(x) or w[:_STEM] == x[:_STEM] or (len(x) > _STEM and w[:_STEM] in x)
               or (len(x) >= _STEM and x in w) for w in own for x in said)


def _contracted(toks: tuple[str, ...]) -> list[str]:
    """The name's key with a run of two to four of its words written as their initials
    ("gemini vann avlop" -> "geminiva"), keeping at least one word that says which product."""
    out: list[str] = []
    for i in range(len(toks)):
        for j in range(i + 2, min(i + 4, len(toks)) + 1):
            run = toks[i:j]
            if not all(len(t) >= 3 and t.isalpha() for t in run):
                continue
            kept = (*toks[:i], *toks[j:])
            if not any(t not in DESCRIPTIVE and len(t) >= 3 for t in kept):
                continue
            out.append("".join((*toks[:i], "".join(t[0] for t in run), *toks[j:])))
    return out


def _leads(norm: Normalized) -> dict[tuple[tuple[str, ...], tuple[str, ...]], None]:
    """The name's words, and the same with the descriptive words before it taken apart
    ("Fagsystemet Gerica", "Sak- og arkivsystemet Public 360": what kind of system, then
    which), as (words from the product on, descriptive words before it)."""
    out: dict[tuple[tuple[str, ...], tuple[str, ...]], None] = {}
    for whole in (norm.tokens, norm.full_tokens):
        out[(whole, ())] = None
        lead = 0
        while lead < len(whole) - 1 and whole[lead] in DESCRIPTIVE:
            lead += 1
            # each cut: the product's own name may start with a descriptive word ("System X")
            out[(whole[lead:], whole[:lead])] = None
    return out


def _fits(p: Product, area: str) -> bool:
    return any(areas_compatible(a, area) for a in p.areas or ("",))


def _area_note(e: Entry, area: str) -> str:
    return _product_area_note(e.product, area)


def _product_area_note(p: Product, area: str) -> str:
    if _fits(p, area):
        return ""
    return f"; ulikt tjenesteområde ({area}, i katalogen {p.service_area})"


def _one(entries: list[Entry], area: str, norm: Normalized | None = None) -> Entry | None:
    """The single product among matched entries (preferring one of the right service area),
    by the entry most like the written name."""
    products = {e.product.name for e in entries}
    if len(products) > 1:
        products = {e.product.name for e in entries if _fits(e.product, area)}
    if len(products) != 1:
        return None
    mine = [e for e in entries if e.product.name in products]
    if norm is None:
        return mine[0]
    written = fold_tokens(norm.text)
    return min(mine, key=lambda e: (fold_tokens(e.text) != written,
                                    e.norm.full_tokens != norm.full_tokens,
                                    e.kind != "name"))


def read_products(path: Path) -> tuple[Product, ...]:
    """The products of `fagsystemer.csv`, with the other service areas municipalities file
    them under from `other-areas.csv` beside it (product, service_area, source), if there."""
    other: dict[str, list[str]] = {}
    beside = path.with_name("other-areas.csv")
    if beside.is_file():
        with beside.open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                other.setdefault(r["product"].strip(), []).append(r["service_area"].strip())
    with path.open(encoding="utf-8", newline="") as fh:
        return tuple(
            Product(name, (r.get("vendor") or "").strip() or None,
                    (r.get("service_area") or "").strip() or None,
                    tuple(a.strip() for a in (r.get("aliases") or "").split(";") if a.strip()),
                    (r.get("note") or "").strip(), tuple(dict.fromkeys(other.get(name, ()))))
            for r in csv.DictReader(fh) if (name := (r.get("product") or "").strip()))


@lru_cache(maxsize=4)
def load_catalogue(path: Path | None = None) -> Catalogue:
    """The bundled catalogue (cached), or one read from `path`."""
    return Catalogue.build(read_products(path or resource("catalogue", "fagsystemer.csv")))
