"""Clustering of the names the catalogue does not resolve: leaders, blocking and rapidfuzz.

Units are taken most common first. Each is compared with the candidates that share a block
with it — catalogue entries and the project's systems (seeds), then the leaders of the clusters
made so far — and joins the most similar one the guards allow (see `similarity`); otherwise it
leads a new cluster. Comparing with leaders only, never with every member, keeps one chain of
small differences from merging different products, and keeps the work near-linear.

Candidates: the same key (or the same words in another order) and the same distinctive words
(for names that add descriptive words) come from dictionaries. Fuzzy candidates come from
blocks: a word looks under its first and its last two letters (three for a word of seven letters
or more), and a unit looks only in the blocks of its rarest distinctive word — a candidate has
to have that word (or a typo of it that keeps its start or its end) or the guards would reject
it anyway. rapidfuzz
scores a whole block in C (`process.extract` with a score cutoff), so only the few candidates
above the cutoff reach the guards in Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from desktop.core.catalogue.lexicon import DESCRIPTIVE, STOPWORDS, USE_WORDS, VENDOR_SUFFIXES
from desktop.core.catalogue.normalize import VENDOR_LINKS
from desktop.core.catalogue.similarity import (
    ANNET,
    LOOSE_TYPO_SCORE,
    OTHER_AREA_KEY_SCORE,
    Similarity,
    area_factor,
    area_text,
    areas_compatible,
    compare,
    describe,
    phonetic,
    product_rejection_key,
    typo_pairs,
    typo_score,
    vendors_conflict,
)
from desktop.core.catalogue.units import Unit, UnitRef

CUTOFF = 80.0
VENDOR_CONFLICT_FACTOR = 0.75
SAME_NAME_VENDOR_FACTOR = 0.9  # the same distinctive name key, another vendor written
AMBIGUOUS_FACTOR = 0.75
SAME_RETURN_FACTOR = 0.8  # both names in one municipality's return, in one service area
LOOSE_RATIO = 88.0  # whole-name similarity that a name nothing matched is offered for review at
LOOSE_MIN_LENGTH = 6
REMARK_SCORE = 90.0  # the same name outside a remark in parentheses
VENDOR_NAME_SCORE = 92.0  # the same name once the vendor is read in front of it
VENDOR_WORDS_SCORE = 88.0  # ... and words of what it is for beside it
_LETTERS_NUMBER = re.compile(r"[a-z]{1,2}\d{2,4}")
SLASH_SCORE = 88.0  # the first of names written with a slash ("Exchange/Outlook": Exchange)
INITIALS_SCORE = 86.0  # an abbreviation and the words it is the initials of, in one area
VENDOR_PRODUCT_SCORE = 70.0  # a name of what it is for, from a vendor named as a product
CONTAINED_CONFIDENCE = 0.6  # a known name plus one or two words: module or another product
ONE_TYPO_CONFIDENCE = 0.86  # one letter wrong in a catalogue name of five letters or more
TICK_EVERY = 250  # units between progress reports


@dataclass(slots=True)
class Seed:
    """Something a name can join: a catalogue entry, a project system, or a cluster's leader."""

    kind: str  # "catalogue" | "system" | "new"
    ref: str  # product name | system id | the leader's name key
    label: str  # how it is written, for reasons
    tokens: tuple[str, ...]
    compact: str
    area: str
    vendor_key: str  # as matching reads it
    group: str  # key that a rejection names (product, system or leader)
    key: str = ""  # the name key of its own name (what a rejection of the name names)
    municipalities: frozenset[str] = frozenset()  # of a leader: who wrote it
    outer: str = ""  # of a name with a remark in parentheses: the key of the name outside it
    remark: tuple[str, ...] = ()  # and the remark's words
    first: str = ""  # of names written with a slash: the key of the first


@dataclass(slots=True)
class Placement:
    """Where one unit goes, how sure that is and why (reason in Norwegian)."""

    unit: Unit
    kind: str  # "catalogue" | "system" | "new"
    ref: str
    confidence: float
    reason: str
    leader: bool = False
    # For a leader whose best match was below the threshold: that match, how sure, and why.
    alternative: Seed | None = None
    alternative_confidence: float = 0.0
    alternative_reason: str = ""


def _blocks(token: str) -> tuple[str, ...]:
    """Where a word looks: its first and last two letters, three for a word of seven or more."""
    if len(token) <= 3:
        return (token,)
    n = 2 if len(token) <= 6 else 3
    return ("<" + token[:n], token[-n:] + ">")


def _index_keys(tokens: tuple[str, ...]) -> set[str]:
    """Where a word is found: under both sizes, so a typo may change a word's length class."""
    keys: set[str] = set()
    for t in tokens:
        if len(t) <= 3:
            keys.add(t)
        else:
            keys.update(("<" + t[:2], t[-2:] + ">", "<" + t[:3], t[-3:] + ">"))
    return keys


class _Index:
    """Candidates by exact key, by distinctive words (for added descriptive words) and by
    block (per number of words: the fuzzy path needs every word to have its counterpart)."""

    def __init__(self) -> None:
        self.seeds: list[Seed] = []
        # key -> service area -> candidates: only areas that can agree are looked at
        self.exact: dict[str, dict[str, list[int]]] = {}
        self.core: dict[frozenset[str], dict[str, list[int]]] = {}
        self.blocks: dict[tuple[int, str], list[int]] = {}
        # the whole name's first and last three letters, whatever its words: for names whose
        # words do not line up ("Syystem X" / "SystemX"), offered for review only (`_loose`)
        self.ends: dict[str, tuple[list[int], list[str]]] = {}  # ids and their compact keys
        # the key outside a remark in parentheses, and the key with the vendor in front
        self.outer: dict[str, dict[str, list[int]]] = {}
        self.first: dict[str, dict[str, list[int]]] = {}  # the first of names with a slash
        self.qualified: dict[str, dict[str, list[int]]] = {}
        self.plain: dict[str, dict[str, list[int]]] = {}  # without linking and company words
        # without the vendor (a name the lexicon does not know) and the descriptive words
        self.bare: dict[str, dict[str, list[int]]] = {}
        # the initials of a name of three words or more ("School Data Sync" -> "sds"), and a
        # name that may be such initials ("SDS")
        self.initials: dict[str, dict[str, list[int]]] = {}
        self.short: dict[str, dict[str, list[int]]] = {}

    def add(self, seed: Seed) -> None:
        i = len(self.seeds)
        self.seeds.append(seed)
        if seed.outer:
            self.outer.setdefault(seed.outer, {}).setdefault(seed.area, []).append(i)
        if seed.first:
            self.first.setdefault(seed.first, {}).setdefault(seed.area, []).append(i)
        for q in dict.fromkeys(qualified_forms(seed.compact, seed.vendor_key)):
            self.qualified.setdefault(q, {}).setdefault(seed.area, []).append(i)
        for p in plain_forms(seed.tokens):
            if p != seed.compact:
                self.plain.setdefault(p, {}).setdefault(seed.area, []).append(i)
        if bare := bare_form(seed.tokens, seed.vendor_key, seed.area):
            self.bare.setdefault(bare[0], {}).setdefault(seed.area, []).append(i)
        if seed.area and seed.area != ANNET:  # initials only within a named service area
            if (ini := initials(seed.tokens) or number_initials(seed.tokens)) is not None:
                self.initials.setdefault(ini, {}).setdefault(seed.area, []).append(i)
            elif is_abbreviation(seed.tokens):
                self.short.setdefault(seed.compact, {}).setdefault(seed.area, []).append(i)
        for key in dict.fromkeys((seed.compact, "".join(sorted(seed.tokens)))):
            self.exact.setdefault(key, {}).setdefault(seed.area, []).append(i)
        if core := _core(seed.tokens):
            self.core.setdefault(core, {}).setdefault(seed.area, []).append(i)
        k = len(seed.tokens)
        for b in _index_keys(seed.tokens):
            self.blocks.setdefault((k, b), []).append(i)
        if len(seed.compact) >= LOOSE_MIN_LENGTH:
            sound = phonetic(seed.compact)
            for b in _ends(sound):
                ids, keys = self.ends.setdefault(b, ([], []))
                ids.append(i)
                keys.append(sound)

    def candidates(self, unit: Unit, cutoff: float) -> dict[int, None]:
        """Candidates that can pass: same key or words, same distinctive words, or a ratio on
        the compact key ≥ cutoff among those in the blocks of its two rarest distinctive words
        (rapidfuzz scores them in C, so only the few above the cutoff reach the guards)."""
        n = unit.norm.match
        same = self.exact.get(n.compact)
        out = dict.fromkeys(_in_areas(same, unit.area))
        if out:
            return out  # the same key where the area allows: nothing fuzzy can do better
        if same:  # the same key under another service area (see `compare`)
            out.update(dict.fromkeys(i for ids in same.values() for i in ids))
        out.update(dict.fromkeys(_in_areas(self.exact.get("".join(sorted(n.tokens))),
                                           unit.area)))
        if core_key := _core(n.tokens):
            by_area = self.core.get(core_key)
            out.update(dict.fromkeys(_in_areas(by_area, unit.area)))
            if by_area:  # and under the area its own words say ("Speedadmin Kulturskole")
                for said in {DESCRIPTIVE.get(t) for t in n.tokens} - {None, unit.area}:
                    out.update(dict.fromkeys(by_area.get(said or "", ())))
        core = [t for t in n.tokens if t not in DESCRIPTIVE] or list(n.tokens)
        out.update(dict.fromkeys(self.fuzzy(core, len(n.tokens), n.compact, cutoff)))
        return out

    def fuzzy(self, words: Sequence[str], k: int, compact: str, cutoff: float,
              limit: int | None = None) -> list[int]:
        """The seeds of `k` words in the blocks of the two rarest of `words` whose compact key
        has a ratio ≥ cutoff with `compact`, the most alike first (`limit` of them)."""
        found = sorted(([self.blocks.get((k, b), []) for b in _blocks(t)] for t in words),
                       key=lambda lists: sum(map(len, lists)))
        ids = set().union(*found[0]) if found else set()
        if len(found) > 1 and ids:
            ids.intersection_update(set().union(*found[1]))
        if not ids:
            return []
        idx = list(ids)
        keys = [self.seeds[i].compact for i in idx]
        return [idx[j] for _, _, j in process.extract(compact, keys, scorer=fuzz.ratio,
                                                      score_cutoff=cutoff, limit=limit)]


    def related(self, unit: Unit, vendor: str) -> list[tuple[int, Similarity]]:
        """Candidates that read as the same name in another way than `compare` sees: the
        name outside a remark in parentheses («Public 360 (Doculive)» / «Public 360»), the
        first of names written with a slash, the name with its vendor in front or after it
        («Mobil Omsorg» from Visma / «Visma Mobil Omsorg»), and an abbreviation and the words
        it is the initials of («SDS» / «School Data Sync»)."""
        n = unit.norm.match
        out: list[tuple[int, Similarity]] = []
        if n.outer and _remark_fits(n.remark, unit.area):
            out += [(i, Similarity(REMARK_SCORE, "remark", n.remark))
                    for i in _in_areas(self.exact.get(n.outer), unit.area)]
        for i in _in_areas(self.outer.get(n.compact), unit.area):
            seed = self.seeds[i]
            if _remark_fits(seed.remark, seed.area):
                out.append((i, Similarity(REMARK_SCORE, "remark", seed.remark)))
        if n.first:
            out += [(i, Similarity(SLASH_SCORE, "slash"))
                    for i in _in_areas(self.exact.get(n.first), unit.area)]
        out += [(i, Similarity(SLASH_SCORE, "slash"))
                for i in _in_areas(self.first.get(n.compact), unit.area)]
        forms = dict.fromkeys((n.compact, "".join(sorted(n.tokens)), *plain_forms(n.tokens),
                               *qualified_forms(n.compact, vendor)))
        hits = [i for key in forms for index in (self.exact, self.plain, self.qualified)
                for i in _in_areas(index.get(key), unit.area)]
        out += [(i, Similarity(VENDOR_NAME_SCORE, "vendor_name")) for i in dict.fromkeys(hits)
                if self.seeds[i].compact != n.compact]
        # «Fortinet FortiGate brannmur» / «Fortigate», both from Fortinet: the vendor and
        # what it is for around the same name, either way round
        # (a name without a vendor column meets the name with its vendor's word: «Webex
        # møterom» / «Cisco Webex», vendor Cisco)
        if bare := bare_form(n.tokens, vendor, unit.area):
            key, extras = bare
            out += [(i, Similarity(VENDOR_WORDS_SCORE, "descriptive", extras))
                    for i in _in_areas(self.exact.get(key), unit.area)
                    if self.seeds[i].vendor_key in ("", vendor)]
        plain: tuple[str, ...] = (n.compact,)
        if not vendor and (words := _area_words(n.tokens, unit.area)) is not None:
            plain = (n.compact, words[0])
        for key in plain:
            for i in _in_areas(self.bare.get(key), unit.area):
                seed = self.seeds[i]
                if vendor in ("", seed.vendor_key) and seed.compact != n.compact:
                    extras = tuple(t for t in (*seed.tokens, *n.tokens) if t in DESCRIPTIVE)
                    out.append((i, Similarity(VENDOR_WORDS_SCORE, "descriptive",
                                              tuple(dict.fromkeys(extras)))))
        # «Timeregistrering» from Tidsbanken: a name that only says what a system is for, from
        # a vendor named as one of the products (which may still be another of its products:
        # offered for review, never merged)
        if vendor and len(vendor) >= 4 and all(t in DESCRIPTIVE for t in n.tokens):
            out += [(i, Similarity(VENDOR_PRODUCT_SCORE, "vendor_product"))
                    for i in _in_areas(self.exact.get(vendor), unit.area)
                    if self.seeds[i].compact != n.compact]
        if unit.area and unit.area != ANNET:
            if is_abbreviation(n.tokens):
                out += [(i, Similarity(INITIALS_SCORE, "initials"))
                        for i in self.initials.get(n.compact, {}).get(unit.area, ())]
            elif (ini := initials(n.tokens) or number_initials(n.tokens)) is not None:
                out += [(i, Similarity(INITIALS_SCORE, "initials"))
                        for i in self.short.get(ini, {}).get(unit.area, ())]
        return out


def qualified_forms(compact: str, vendor: str) -> tuple[str, ...]:
    """A name key with the vendor written in front of it and after it, as a name that writes
    its vendor reads ("visma" + "mobilomsorg", "kvistadjournal" + "fjordsoft")."""
    if not vendor or vendor in compact:
        return ()
    return (vendor + compact, compact + vendor)


def bare_form(tokens: tuple[str, ...], vendor: str, area: str
              ) -> tuple[str, tuple[str, ...]] | None:
    """A name key without its vendor's word (a vendor the lexicon does not know, read from
    the vendor column) and without words that only say what it is for, and those words:
    («fortinet fortigate brannmur», vendor fortinet) -> ("fortigate", ("brannmur",)). None
    unless the vendor is in the name and something distinctive is left; the words may only
    say the name's own area (as `descriptive_extras` allows)."""
    if not vendor or vendor not in tokens or len(tokens) < 2:
        return None
    return _without_words([t for t in tokens if t != vendor and t not in VENDOR_LINKS
                           and t not in VENDOR_SUFFIXES], area)


def _area_words(tokens: tuple[str, ...], area: str) -> tuple[str, tuple[str, ...]] | None:
    """A name key without words that only say what it is for (of no other area than the
    name's), and those words; None when there are none or nothing else is left."""
    found = _without_words(list(tokens), area)
    return found if found is not None and found[1] else None


def _without_words(tokens: list[str], area: str) -> tuple[str, tuple[str, ...]] | None:
    """The key of the words that say which product, and the words that only say what it is
    for; None when nothing distinctive is left or a word says another area than `area`."""
    words = tuple(t for t in tokens if t in DESCRIPTIVE)
    kept = [t for t in tokens if t not in DESCRIPTIVE]
    if not kept or not all(DESCRIPTIVE[t] in (None, area or None) for t in words):
        return None
    return "".join(kept), words


def plain_forms(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A name key without the words that link a vendor to it and the company-form words, its
    words in order and sorted ("Kvistad Journal fra Fjordsoft AS" -> "kvistadjournalfjordsoft",
    "fjordsoftjournalkvistad"): a vendor the lexicon does not know stays in the name, and is
    compared with the vendor column or with the vendor written on the other side."""
    if len(tokens) < 3:
        return ()
    kept = [t for t in tokens if t not in VENDOR_LINKS and t not in VENDOR_SUFFIXES]
    if len(kept) == len(tokens):
        return ()
    return tuple(dict.fromkeys(("".join(kept), "".join(sorted(kept)))))


def initials(tokens: tuple[str, ...]) -> str | None:
    """The initials of a name of three to five words of letters, not all of them words that
    only say what the system is for ("school data sync" -> "sds", "elektronisk pleie nord" ->
    "epn"); else None."""
    words = [t for t in tokens if t not in STOPWORDS]
    if not 3 <= len(words) <= 5 or not all(t.isalpha() and len(t) >= 2 for t in words):
        return None
    if all(t in DESCRIPTIVE for t in words):
        return None
    return "".join(t[0] for t in words)


def is_abbreviation(tokens: tuple[str, ...]) -> bool:
    """Whether a name is one word of three to five letters, as an abbreviation is written, or
    one or two letters and a number ("O365", "P360")."""
    if len(tokens) != 1:
        return False
    t = tokens[0]
    return (3 <= len(t) <= 5 and t.isalpha()) or _LETTERS_NUMBER.fullmatch(t) is not None


def number_initials(tokens: tuple[str, ...]) -> str | None:
    """The initials of a name's words with its number kept whole, for a name of one or two
    words and a number ("office 365" -> "o365", "public 360" -> "p360"); else None."""
    words = [t for t in tokens if t not in STOPWORDS]
    if not 2 <= len(words) <= 3 or not words[-1].isdigit():
        return None
    if not all(t.isalpha() and len(t) >= 3 for t in words[:-1]):
        return None
    return "".join(t[0] for t in words[:-1]) + words[-1]


def _remark_fits(remark: tuple[str, ...], area: str) -> bool:
    """Whether the name outside a remark may stand for the whole: the remark says more than
    what the system is for (that is `descriptive_extras`' case) and names no other service
    area than the name's own."""
    return (any(t not in DESCRIPTIVE for t in remark)
            and all(DESCRIPTIVE.get(t) in (None, area or None) for t in remark))


def _ends(compact: str) -> tuple[str, str]:
    return ("<" + compact[:4], compact[-4:] + ">")


def _typo_with_words(unit: Unit, index: _Index,
                     rejected: Callable[[str, str], bool] | None, vendor: str = ""
                     ) -> tuple[float, str, Seed] | None:
    """«Gerrica pleie og omsorg»: a typo in a known name and words of what it is for beside
    it (`compare` reads each alone: a typo between names of the same words, and words added
    to a name written right). The words may only say the name's own service area. Decided
    for a catalogue name of five letters or more with one letter wrong in its own area, as
    the catalogue's one-typo rule; else only offered (never above `LOOSE_TYPO_SCORE`)."""
    n = unit.norm.match
    split = _area_words(n.tokens, unit.area)
    core = tuple(t for t in n.tokens if t not in DESCRIPTIVE)
    if split is None or len(core) > 3:
        return None
    compact, extra = split
    best: tuple[float, Seed, list[tuple[str, str]]] | None = None
    for i in index.fuzzy(core, len(core), compact, CUTOFF, limit=5):
        seed = index.seeds[i]
        if (not areas_compatible(unit.area, seed.area) or vendors_conflict(vendor, seed.vendor_key)
                or _is_rejected(rejected, unit, seed)):
            continue
        pairs = typo_pairs(core, seed.tokens)
        if not pairs:
            continue  # not a typo (or the same words: `compare` has read that)
        typo = typo_score(pairs)
        if best is None or typo > best[0]:
            best = (typo, seed, pairs)
    if best is None:
        return None
    typo, seed, pairs = best
    one = (seed.kind == "catalogue" and len(pairs) == 1 and unit.area == seed.area
           and min(len(pairs[0][0]), len(pairs[0][1])) >= 5
           and OSA.distance(*pairs[0], score_cutoff=1) == 1)
    conf = (ONE_TYPO_CONFIDENCE if one else
            round(min(typo, LOOSE_TYPO_SCORE) / 100 * area_factor(unit.area, seed.area), 4))
    return conf, (f"Skrivefeil? «{seed.label}» skrevet med en feil + beskrivende ord "
                  f"({', '.join(extra)}), {area_text(unit.area, seed.area)}"), seed


def _loose(unit: Unit, index: _Index, rejected: Callable[[str, str], bool] | None,
           vendor: str = "") -> tuple[float, str, Seed] | None:
    """For a name nothing else matched: the most similar whole name (ratio on the compact
    key, with or without the vendor, ≥ `LOOSE_RATIO`, or one edit apart) that shares its
    first or last four letters, as a low-confidence alternative for review — a typo that
    `compare`'s word guards cannot line up ("Syystem X" / "SystemX", "Visma Mobil Osorg")
    is then not silent. Never above `LOOSE_TYPO_SCORE`, so `auto` never merges on it."""
    n = unit.norm.match
    best: tuple[float, Seed] | None = None
    for written in dict.fromkeys((n.compact, n.full_compact)):
        if len(written) < LOOSE_MIN_LENGTH:
            continue
        written = phonetic(written)  # as names sound: "Extence" meets "Extens"
        for b in _ends(written):
            ids, keys = index.ends.get(b, ((), ()))
            for _, score, j in process.extract(written, keys, scorer=fuzz.ratio,
                                               score_cutoff=CUTOFF, limit=5):
                seed = index.seeds[ids[j]]
                if (score < LOOSE_RATIO
                        and OSA.distance(written, keys[j], score_cutoff=1) > 1):
                    continue  # neither alike as a whole nor one edit apart ("Systme X")
                if (not areas_compatible(unit.area, seed.area) or seed.compact == n.compact
                        or vendors_conflict(vendor, seed.vendor_key)
                        or _is_rejected(rejected, unit, seed)):
                    continue
                if best is None or score > best[0]:
                    best = (score, seed)
    if best is None:
        return None
    score, seed = best
    conf = round(min(score, LOOSE_TYPO_SCORE) / 100 * area_factor(unit.area, seed.area), 4)
    return conf, (f"Skrivefeil? Hele navnet ligner «{seed.label}» skrevet eller uttalt "
                  f"({score:.0f} %), {area_text(unit.area, seed.area)}"), seed


def _contained(unit: Unit, index: _Index, rejected: Callable[[str, str], bool] | None,
               vendor: str = "") -> tuple[float, str, Seed] | None:
    """For a name nothing else matched: a known product (catalogue or project system) all of
    whose distinctive words it has, plus one or two more ("Friskus aktivitetsportal", "ISY
    WinMap Pro", "FirstAgenda Prepare"). That may be a module of the product or another
    product of the vendor, so it is only offered for review (`CONTAINED_CONFIDENCE`), never
    merged; the longest such name wins (a longer known product beats a shorter one it contains)."""
    n = unit.norm.match
    found: list[tuple[int, int, Seed, tuple[str, ...]]] = []
    # with the vendor too: "Vigilo Orbitex" reads as Orbitex from Vigilo, but may be Vigilo's
    for tokens in dict.fromkeys((n.tokens, n.full_tokens)):
        core = sorted(_core(tokens))
        if len(core) < len(tokens) and 1 <= len(core) <= 4 and any(len(t) >= 4 for t in core):
            # "Gerica barnehage", "Feide barnehage": a known product and words of another
            # service area than its own (the descriptive rule takes only words of its own):
            # the product, or another product of its vendor for that area. The product's own
            # descriptive words are in the name too («Gemini Portal VA-innsyn»)
            for i in _in_areas(index.core.get(frozenset(core)), ""):
                seed = index.seeds[i]
                if (seed.kind != "new" and set(seed.tokens) <= set(tokens)
                        and not vendors_conflict(vendor, seed.vendor_key)
                        and not _is_rejected(rejected, unit, seed)):
                    found.append((len(core), len(seed.tokens), seed, tokens))
        # "UMS Contact Data Manager": a known product's whole name first, then more words
        # than the parts below try
        lead = [t for t in tokens if t not in DESCRIPTIVE]
        for k in range(1, min(len(lead) - 1, 3) + 1):
            if len(lead) - k > 4 or not any(len(t) >= 3 for t in lead[:k]):
                continue
            for i in _in_areas(index.core.get(frozenset(lead[:k])), unit.area):
                seed = index.seeds[i]
                if (seed.kind != "new" and tuple(seed.tokens[:k]) == tuple(lead[:k])
                        and not _only_vendor(lead[:k], seed)
                        and not vendors_conflict(vendor, seed.vendor_key)
                        and not _is_rejected(rejected, unit, seed)):
                    found.append((k, len(seed.tokens), seed, tokens))
        if not 2 <= len(core) <= 4:
            continue
        for size in range(len(core) - 1, max(len(core) - 3, 0), -1):
            for part in combinations(core, size):
                if not any(len(t) >= 4 for t in part):
                    continue
                for i in _in_areas(index.core.get(frozenset(part)), unit.area):
                    seed = index.seeds[i]
                    if (seed.kind != "new" and not _only_vendor(part, seed)
                            and not vendors_conflict(vendor, seed.vendor_key)
                            and not _is_rejected(rejected, unit, seed)):
                        found.append((size, len(seed.tokens), seed, tokens))
    if not found:
        return None
    # (of two as long, the one the name starts with: «Gemini Portal VA-innsyn» is more
    # likely Gemini Portal than Gemini VA)
    _, _, seed, tokens = max(found, key=lambda x: (x[0], x[1],
                                                   x[3][:len(x[2].tokens)] == x[2].tokens))
    # (the vendor taken out when the product's name is written without it)
    extra = ([t for t in n.tokens if t not in seed.tokens]
             or [t for t in tokens if t not in seed.tokens])
    return CONTAINED_CONFIDENCE, (f"Del av «{seed.label}» eller et eget produkt? Navnet har "
                                  f"ordene i «{seed.label}» og i tillegg «{' '.join(extra)}», "
                                  f"{area_text(unit.area, seed.area)}"), seed


def _only_vendor(words: Sequence[str], seed: Seed) -> bool:
    """Whether the words a name shares with a product are only its vendor's name, and the
    product's name says more ("Acos Tullesys" is not part of «Acos Møteportal»; it may be
    part of «UMS», a product named as its vendor)."""
    return set(words) == {seed.vendor_key} and len(seed.tokens) > len(words)


def _in_areas(by_area: dict[str, list[int]] | None, area: str) -> list[int]:
    """The candidates whose service area can agree with `area`."""
    if not by_area:
        return []
    if not area or area == ANNET:
        return [i for ids in by_area.values() for i in ids]
    return [*by_area.get(area, ()), *by_area.get("", ()), *by_area.get(ANNET, ())]


def _core(tokens: tuple[str, ...]) -> frozenset[str]:
    return frozenset(t for t in tokens if t not in DESCRIPTIVE)


def _is_rejected(rejected: Callable[[str, str], bool] | None, unit: Unit, seed: Seed) -> bool:
    return rejected is not None and (
        rejected(unit.ref.name_key, seed.key or seed.compact)
        or rejected(unit.ref.name_key, seed.group)
        or (seed.kind != "new"
            and rejected(unit.ref.name_key, product_rejection_key(seed.group))))


VendorKey = Callable[[str | None], str]
Municipalities = Mapping[UnitRef, frozenset[str]]


def cluster(units: Sequence[Unit], seeds: Sequence[Seed] = (), *,
            rejected: Callable[[str, str], bool] | None = None,
            threshold: float = 0.85, cutoff: float = CUTOFF,
            tick: Callable[[int, int], None] | None = None,
            vendor_key: VendorKey | None = None,
            municipalities: Municipalities | None = None) -> list[Placement]:
    """Place every unit: with a seed, with an earlier unit's cluster, or as a new leader.

    A unit whose best match is below `threshold` leads a cluster of its own, so that names
    like it can join it; its confidence is then that of being a system of its own (1 − best).
    `tick(done, of)` is called every few hundred units (it may raise to stop). `vendor_key`
    reads a unit's vendor as matching does; `municipalities` says who wrote each unit: one
    municipality rarely reports one product twice in a service area, so two different names
    from one return are not put together without review.
    """
    index = _Index()
    for s in seeds:
        index.add(s)
    read_vendor = vendor_key or (lambda v: "")
    munis = municipalities or {}
    placements: list[Placement] = []
    leaders: dict[str, Placement] = {}
    # Most common first — by how often the name is written, whatever its vendor column, so the
    # common spelling leads before its typos; a name filed under a service area leads before
    # the same without one.
    written: dict[str, int] = {}
    for u in units:
        written[u.norm.match.compact] = written.get(u.norm.match.compact, 0) + u.count
    order = sorted(units, key=lambda u: (-written[u.norm.match.compact], -u.count,
                                         not u.area, u.ref))
    for done, unit in enumerate(order):
        if tick is not None and done % TICK_EVERY == 0:
            tick(done, len(units))
        mine = munis.get(unit.ref, frozenset())
        vkey = (read_vendor(unit.vendor) if vendor_key is not None else unit.ref.vendor_key)
        best = _best(unit, index, rejected, cutoff, vkey, mine)
        if best is None:
            best = (_typo_with_words(unit, index, rejected, vkey)
                    or _loose(unit, index, rejected, vkey)
                    or _contained(unit, index, rejected, vkey))
        if best is not None and best[0] >= threshold:
            conf, reason, seed = best
            placements.append(Placement(unit, seed.kind, seed.ref, conf, reason))
            if seed.kind == "new":
                _doubt_leader(leaders.get(seed.ref), unit, index, rejected, vkey, threshold)
            continue
        n = unit.norm.match
        if best is None:
            placements.append(Placement(unit, "new", _leader_ref(unit), 1.0,
                                        "Ingen treff i katalogen eller blant de andre navnene",
                                        leader=True))
        else:
            placements.append(Placement(
                unit, "new", _leader_ref(unit), round(1 - best[0], 4),
                _own_system(best[1], best[0]), True,
                best[2], best[0], best[1]))
        leaders[_leader_ref(unit)] = placements[-1]
        index.add(Seed("new", _leader_ref(unit), unit.name, n.tokens, n.compact, unit.area,
                       vkey, unit.ref.name_key, unit.ref.name_key, mine, n.outer, n.remark,
                       n.first))
    return placements


def _doubt_leader(leader: Placement | None, unit: Unit, index: _Index,
                  rejected: Callable[[str, str], bool] | None, vendor: str,
                  threshold: float) -> None:
    """A name that joins a cluster with a known product's name in it as its vendor
    ("VIGO-isi" joining "ISI-lokal": VIGO is a product too) makes the cluster less certain to
    be a system of its own: its leader is offered with that product as the alternative."""
    n = unit.norm.match
    if (leader is None or leader.alternative is not None or leader.confidence < threshold
            or n.full_tokens == n.tokens):
        return
    found = _contained(unit, index, rejected, vendor)
    if found is None:
        return
    conf, reason, seed = found
    leader.confidence = round(1 - conf, 4)
    leader.alternative, leader.alternative_confidence = seed, conf
    leader.alternative_reason = f"«{unit.name}» i gruppen: {reason}"
    leader.reason = _own_system(leader.alternative_reason, conf)


def _own_system(reason: str, confidence: float) -> str:
    """The reason of a leader whose best other match is uncertain."""
    return f"Eget system? {reason} (sikkerhet {confidence * 100:.0f}\u00a0%)"


def _rank(sim: Similarity, seed: Seed) -> float:
    """Which candidate wins: the score, a little more for a catalogue entry or a system, and
    for a name that adds descriptive words, more for the longer product name it contains (a
    longer known product beats a shorter one inside it: "Gemini Portal" over "Gemini")."""
    rank = sim.score + (0.5 if seed.kind != "new" else 0.0)
    if sim.scorer == "descriptive":
        rank += 3.0 * len(seed.tokens)
    return rank


def _best(unit: Unit, index: _Index, rejected: Callable[[str, str], bool] | None,
          cutoff: float, vendor: str = "", municipalities: frozenset[str] = frozenset()
          ) -> tuple[float, str, Seed] | None:
    """The most likely candidate for a unit: (confidence, reason, candidate)."""
    n = unit.norm.match
    scored: list[tuple[float, bool, float, Similarity, Seed]] = []
    for i in index.candidates(unit, cutoff):
        seed = index.seeds[i]
        if _is_rejected(rejected, unit, seed):
            continue
        sim = compare(n.tokens, n.compact, seed.tokens, seed.compact, unit.area, seed.area,
                      cutoff)
        if sim is not None and sim.scorer == "short_key_other_area" and vendor and (
                vendor == seed.vendor_key):
            # the same vendor says the short name is one product filed under two areas
            sim = Similarity(OTHER_AREA_KEY_SCORE, "key_other_area")
        if sim is not None:
            scored.append((_rank(sim, seed), vendors_conflict(vendor, seed.vendor_key),
                           sim.score / 100 * area_factor(unit.area, seed.area), sim, seed))
    seen = {id(x[4]) for x in scored}
    for i, sim in index.related(unit, vendor):
        seed = index.seeds[i]
        if id(seed) in seen or _is_rejected(rejected, unit, seed):
            continue
        seen.add(id(seed))
        scored.append((_rank(sim, seed), vendors_conflict(vendor, seed.vendor_key),
                       sim.score / 100 * area_factor(unit.area, seed.area), sim, seed))
    if not scored:
        return None
    scored.sort(key=lambda x: (-x[0], x[1], -x[2]))
    rank, conflict, conf, sim, seed = scored[0]
    reason = f"{describe(sim, seed.label)}, {area_text(unit.area, seed.area)}"
    if (seed.kind == "catalogue" and conf < ONE_TYPO_CONFIDENCE and unit.area
            and unit.area == seed.area and len(n.compact) >= 5
            and OSA.distance(n.compact, seed.compact, score_cutoff=1) == 1):
        conf = ONE_TYPO_CONFIDENCE
        reason = (f"Én skrivefeil fra «{seed.label}» i katalogen, "
                  f"{area_text(unit.area, seed.area)}")
    if conflict:
        # the same distinctive name from two vendors is most often one product whose vendor
        # was written differently (a former owner, a reseller): less doubt than a look-alike
        same_name = sim.scorer in ("key", "key_other_area") and any(
            t not in DESCRIPTIVE for t in n.tokens)
        conf *= SAME_NAME_VENDOR_FACTOR if same_name else VENDOR_CONFLICT_FACTOR
        reason += f"; ulik leverandør ({unit.vendor or unit.ref.vendor_key})"
    both = municipalities & seed.municipalities
    if (both and sim.scorer != "key" and unit.area and unit.area == seed.area
            and not (sim.scorer == "descriptive" and all(t in USE_WORDS for t in sim.extras))):
        # (the product and its app, its portal or its users' view in one return are one
        # product: «Helsenorge» and «Helsenorge-appen»)
        conf *= SAME_RETURN_FACTOR
        reason += (f"; kommune {min(both)} har ført opp begge navnene i samme "
                   "tjenesteområde")
    rival = next((s for r, _, _, _, s in scored[1:]
                  if (s.kind, s.ref) != (seed.kind, seed.ref) and r >= rank - 2), None)
    if rival is not None:
        conf *= AMBIGUOUS_FACTOR
        reason += f"; ligner også «{rival.label}»"
    return round(conf, 4), reason, seed


def _leader_ref(unit: Unit) -> str:
    return "\x1f".join(unit.ref)
