"""Name normalisation: a written system name -> a key for matching, plus what was moved out.

"Visma flyt skole 3.2 (SaaS)" -> tokens ("flyt", "skole"), version "3.2", vendor "Visma",
display "Visma flyt skole". Steps: Unicode NFKC and case folding (æ→ae, ø→o, å→a, other
diacritics dropped), parenthesised remarks and hosting words out, version numbers and years into
the version, known abbreviations expanded, and a vendor at the start or end of the name
recognised and taken out of the key, unless nothing but descriptive words would be left
("Visma Lønn" keeps its vendor: "Lønn" alone is not a product). `compact` (tokens joined
without spaces) is the name key: "Web Sak", "WebSak" and "websak" are the same name.

Two normalisers are made from this class. The key normaliser (`KEY_LEXICON`, the frozen
tables of `key_lexicon`) makes the name key that decisions are stored by; it must never
change. The matching normaliser (`MATCH_LEXICON`) makes `Normalized.match`, the form names
are compared by: it knows more vendors (former names, agencies), takes vendors out wherever
they stand, and joins or splits Norwegian compounds ("Bygg sak" -> "byggsak", "Komtekbyggesak"
-> "komtek byggesak") against the words it knows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from desktop.core.catalogue import key_lexicon, lexicon

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "ü": "u"})
_TOKEN = re.compile(r"[vV]?\d+(?:[.,]\d+)+|[^\W_]+")
_PAREN = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")
_VERSION = re.compile(r"v?\d+(?:[.,]\d+)*")
# another name after a comma or a dash: «Kroma, tidligere Flexus», «Saksys – tidl. Gamlesys»
# (matching form: read as the same remark in parentheses)
_OTHER_TAIL = re.compile(r"\s*(?:,|\s[-–—]|:)\s*(?P<inner>(?:tidligere|tidl\.|tidl|tidlegare|"
                         r"(?:heter|heiter)\s+(?:nå|no)|nå|nytt\s+navn)\s.*\S)\s*$",
                         re.IGNORECASE)
# what a system is for after a dash between spaces: «eInnsyn – offentlig journal» (matching
# form: read as a remark in parentheses, so the name before the dash can stand for the whole)
DESCRIBED = re.compile(r"(?P<name>[^()]*?\S)\s+[-–—]\s+(?P<about>[^()]*\S)\s*")
# company forms written after a product's name, as if it were the company's («Imatis AS»)
_COMPANY_FORMS = frozenset({"as", "asa", "aps", "ab", "oy", "ltd", "inc", "gmbh", "llc"})
_SLASH = re.compile(r"(?<![-/])\s*/\s*(?!/)")  # "A/B", "A / B"; not "sak-/arkiv" or "//"
_VERSION_WORDS = frozenset({"v", "ver", "vers", "versjon", "version", "rel", "release"})
_DOMAINS = frozenset({"no", "com", "net", "org", "io"})
# words that put a vendor after the product (matching form): "fra Visma", "v/ Visma", "levert
# av Visma" ("av" is a stop word), "leverandør Visma"
VENDOR_LINKS = frozenset({"fra", "v", "ved", "levert", "leverandor"})
_SPACES = re.compile(r"\s+")
_EDGE = " -–—,:;/|.&"


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-folded, æøå spelt out, other diacritics removed (NFD input is handled)."""
    t = unicodedata.normalize("NFKC", text).casefold().translate(_FOLD)
    if t.isascii():
        return t
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def _is_version(token: str) -> bool:
    return _VERSION.fullmatch(token) is not None


def tidy(text: str) -> str:
    """NFC, whitespace collapsed, trimmed: the name as written, for display."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def fold_tokens(text: str) -> tuple[str, ...]:
    return tuple(fold(m.group()) for m in _TOKEN.finditer(unicodedata.normalize("NFC", text)))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word tables a normaliser reads (see `key_lexicon` and `lexicon`)."""

    vendor_aliases: Mapping[str, str]
    vendor_suffixes: frozenset[str]
    noise: frozenset[str]
    status: frozenset[str]
    stopwords: frozenset[str]
    former_markers: tuple[str, ...]
    token_abbreviations: Mapping[str, str]
    protected_numbers: frozenset[str]
    descriptive: Mapping[str, str | None]
    compounds: bool = False  # join and split compounds, take out vendors wherever they stand
    variants: Mapping[str, str] = field(default_factory=dict)  # Nynorsk -> Bokmål (matching)


KEY_LEXICON = Lexicon(
    key_lexicon.VENDOR_ALIASES, key_lexicon.VENDOR_SUFFIXES, key_lexicon.NOISE,
    key_lexicon.STATUS, key_lexicon.STOPWORDS, key_lexicon.FORMER_MARKERS,
    key_lexicon.TOKEN_ABBREVIATIONS, key_lexicon.PROTECTED_NUMBERS, key_lexicon.DESCRIPTIVE)
MATCH_LEXICON = Lexicon(
    lexicon.VENDOR_ALIASES, lexicon.VENDOR_SUFFIXES, lexicon.NOISE, lexicon.STATUS,
    lexicon.STOPWORDS, lexicon.FORMER_MARKERS, lexicon.TOKEN_ABBREVIATIONS,
    lexicon.PROTECTED_NUMBERS, lexicon.DESCRIPTIVE, compounds=True,
    variants=lexicon.TOKEN_VARIANTS)


@dataclass(frozen=True, slots=True)
class Normalized:
    text: str  # as written (NFC, spaces collapsed)
    display: str  # as written without versions, years, hosting words and remarks
    tokens: tuple[str, ...]  # folded; the vendor taken out when recognised
    full_tokens: tuple[str, ...]  # folded, with the vendor (canonical) kept
    version: str | None
    vendor: str | None  # canonical vendor recognised in the name
    expansions: tuple[str, ...] = ()  # "VFS → Visma Flyt Skole", "bhg → barnehage"
    m: Normalized | None = None  # the matching form (see `match`), made by the key normaliser
    # of a name with a remark in parentheses that is kept in the name ("Public 360 (Doculive)"):
    # the key of the name outside it, and the remark's words (matching form only)
    outer: str = ""
    remark: tuple[str, ...] = ()
    # of names written with a slash, each naming a product ("MS Exchange/Outlook"): the key
    # of the first (matching form only)
    first: str = ""
    compact: str = field(init=False)  # the name key: tokens joined without spaces
    full_compact: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compact", "".join(self.tokens))
        object.__setattr__(self, "full_compact", "".join(self.full_tokens))

    @property
    def key(self) -> str:
        return " ".join(self.tokens)

    @property
    def match(self) -> Normalized:
        """The form names are compared by (the matching normaliser's), else this one."""
        return self.m if self.m is not None else self


def is_descriptive(tokens: tuple[str, ...] | list[str],
                   descriptive: Mapping[str, str | None] = key_lexicon.DESCRIPTIVE) -> bool:
    """Whether a name says only what a system is for ("lønn", "helsestasjon"), not which."""
    return all(t in descriptive or t in key_lexicon.PROTECTED_NUMBERS for t in tokens)


class Normalizer:
    """Normalises names and vendors with known vendors and whole-name abbreviations.

    `lexicon`: the word tables (the frozen key tables by default). `known`: words of product
    names, for joining and splitting compounds. `matcher`: a second normaliser whose form of
    each name is kept as `Normalized.m` (the key normaliser carries the matching one)."""

    def __init__(self, vendors: Mapping[str, str] | None = None,
                 abbreviations: Mapping[str, str] | None = None, *,
                 lexicon: Lexicon = KEY_LEXICON, known: frozenset[str] = frozenset(),
                 matcher: Normalizer | None = None) -> None:
        self.lex, self.matcher = lexicon, matcher
        self._known = known
        table = dict(lexicon.vendor_aliases)
        table.update(vendors or {})
        self._vendors: dict[tuple[str, ...], str] = {}
        # the matching form also reads a vendor written with its small words dropped
        # ("Integrerings- og mangfoldsdirektoratet": names lose their "og" before matching)
        skip = lexicon.vendor_suffixes | (lexicon.stopwords if lexicon.compounds
                                          else frozenset())
        for written, canonical in table.items():
            toks = tuple(t for t in fold_tokens(written) if t not in skip)
            if toks:
                self._vendors[toks] = canonical
            self._vendors[fold_tokens(canonical)] = canonical
        self._vendor_len = max((len(k) for k in self._vendors), default=1)
        self._abbreviations = {fold(k).replace(" ", ""): v
                               for k, v in (abbreviations or {}).items()}
        self._names: dict[str, Normalized] = {}
        self._vendor_keys: dict[str, tuple[str, str | None]] = {}
        self._vendor_words: tuple[str, ...] | None = None
        self._vendor_typos: dict[str, str | None] = {}
        self._vendor_part_words: frozenset[str] | None = None
        self._splits: dict[str, tuple[str, ...]] = {}

    # --- vendors -------------------------------------------------------------------------
    def _vendor_at(self, toks: list[str], start: int) -> tuple[int, str] | None:
        for n in range(min(self._vendor_len, len(toks) - start), 0, -1):
            canonical = self._vendors.get(tuple(toks[start:start + n]))
            if canonical is not None:
                return n, canonical
        return None

    def vendor(self, text: str | None) -> tuple[str, str | None]:
        """(vendor key, display name): "Tieto Norway AS" -> ("tietoevry", "Tietoevry")."""
        if not text or not text.strip():
            return "", None
        hit = self._vendor_keys.get(text)
        if hit is None:
            skip = self.lex.vendor_suffixes | self.lex.stopwords
            toks = [t for t in fold_tokens(text) if t not in skip]
            found = self._vendor_at(toks, 0) if toks else None
            if found is not None:
                hit = ("".join(fold_tokens(found[1])), found[1])
            else:
                hit = ("".join(toks), tidy(text) or None)
            self._vendor_keys[text] = hit
        return hit

    def vendor_tokens(self, canonical: str) -> tuple[str, ...]:
        toks = fold_tokens(canonical)
        if self.lex.compounds:
            # matching: as `vendor` reads it, without "AS" ("Helseplattformen AS" is written
            # "Helseplattformen"); the frozen key keeps the suffix
            toks = tuple(t for t in toks if t not in self.lex.vendor_suffixes) or toks
        return ("".join(toks),)

    def _variant(self, tok: str) -> str:
        """A word in its Bokmål form (matching form): the whole word, or a compound whose last
        part is a Nynorsk word («kulturskule» → «kulturskole»)."""
        variants = self.lex.variants
        if tok in variants:
            return variants[tok]
        for i in range(3, len(tok) - 3):
            if (tail := tok[i:]) in variants:
                return tok[:i] + variants[tail]
        return tok

    # --- names ---------------------------------------------------------------------------
    def name(self, text: str) -> Normalized:
        hit = self._names.get(text)
        if hit is None:
            hit = self._name(text)
            if self.matcher is not None:
                m = self.matcher.name(text)
                object.__setattr__(hit, "m", m if m != hit else None)
            if len(self._names) < 500_000:
                self._names[text] = hit
        return hit

    def _name(self, text: str) -> Normalized:
        written = tidy(text)
        if (self.lex.compounds and "(" not in written
                and (tail := _OTHER_TAIL.search(written)) is not None and tail.start() > 0):
            return replace(self._name(f"{written[:tail.start()]} ({tail.group('inner')})"),
                           text=written)
        if (self.lex.compounds and "(" not in written
                and (about := DESCRIBED.fullmatch(written)) is not None):
            return replace(self._name(f"{about.group('name')} ({about.group('about')})"),
                           text=written)
        matches = list(_TOKEN.finditer(written))
        words = tuple(fold(m.group()) for m in matches)
        short, full, rest = written, self._abbreviations.get("".join(words)), ""
        parts = written.split(maxsplit=1)
        lex = self.lex
        if (full is None and len(parts) == 2 and fold_tokens(parts[0]) == words[:1]
                and is_descriptive(words[1:], lex.descriptive)):
            short, full, rest = parts[0], self._abbreviations.get(words[0]), " " + parts[1]
        elif (full is None and lex.compounds and len(parts) == 2
              and fold_tokens(parts[0]) == words[:1]
              and (spelt := self._abbreviations.get(words[0])) is not None
              and self._spells(words[1:], fold_tokens(spelt))):
            # "NIR - introduksjonsregisteret": the abbreviation, then words of what it stands for
            short, full, rest = parts[0], spelt, ""
        if full is not None:
            n = self._name(full + rest)
            return Normalized(written, n.display, n.tokens, n.full_tokens, n.version, n.vendor,
                              (f"{short} → {full}", *n.expansions))
        versions: list[str] = []
        vendor_in_paren: str | None = None
        body = outside = written
        remark: list[str] = []
        parens = list(_PAREN.finditer(written)) if "(" in written or "[" in written else []
        for m in parens[::-1]:
            inner = m.group(1) if m.group(1) is not None else m.group(2)
            inner_toks = fold_tokens(inner)
            keep = False
            first = inner_toks[0] if inner_toks else ""
            if not first or first.startswith("tidl") or first in lex.former_markers:
                pass
            elif all(t in lex.noise or t in lex.status or t in lex.stopwords
                     or t in _VERSION_WORDS or _VERSION.fullmatch(t) for t in inner_toks):
                versions += [t for t in inner_toks if _VERSION.fullmatch(t)]
            elif ((v := self._vendor_at(list(inner_toks), 0)) is not None
                  and v[0] == len(inner_toks)):
                vendor_in_paren = v[1]
            elif lex.compounds and _spells_out(fold_tokens(written[:m.start()]), inner_toks,
                                               lex.stopwords):
                pass  # "UMS (Unified Messaging Systems)": the remark spells the name out
            else:
                keep = True
                remark[:0] = inner_toks
            body = body[:m.start()] + (f" {inner} " if keep else " ") + body[m.end():]
            outside = outside[:m.start()] + " " + outside[m.end():]
        kept: list[tuple[int, int, str]] = []  # span in body, folded token
        expansions: list[str] = []
        if parens:
            matches = list(_TOKEN.finditer(body))
        i = 0
        while i < len(matches):
            m = matches[i]
            tok, start, end = fold(m.group()), m.start(), m.end()
            nxt = matches[i + 1] if i + 1 < len(matches) else None
            if (nxt is not None and len(tok) <= 2 and tok.isalpha()
                    and body[end:nxt.start()] == "-" and nxt.group()[0].isalpha()
                    and fold(nxt.group()) not in lex.descriptive
                    and not (lex.compounds and body[start - 1:start] == ".")):
                # ("E-post", "ID-porten"; not a domain's ending: "Arealplaner.no-løsningen")
                tok, end, i = tok + fold(nxt.group()), nxt.end(), i + 1
                nxt = matches[i + 1] if i + 1 < len(matches) else None
            i += 1
            if tok in _DOMAINS and body[start - 1:start] == ".":
                continue
            if tok in _VERSION_WORDS and nxt is not None and _is_version(fold(nxt.group())):
                continue
            if (_is_version(tok) and tok not in lex.protected_numbers
                    and not (kept and (kept[-1][2], tok) in self._vendors)):
                versions.append(tok.lstrip("v"))
                continue
            if tok in lex.noise or tok in lex.stopwords:
                continue
            tok = lex.variants.get(tok, tok) if not lex.compounds else self._variant(tok)
            if tok in lex.token_abbreviations:
                expansions.append(f"{m.group()} → {lex.token_abbreviations[tok]}")
                tok = lex.token_abbreviations[tok]
            kept.append((start, end, tok))
        while len(kept) > 1 and kept[-1][2] in lex.status:
            kept.pop()
        while lex.compounds and len(kept) > 1 and kept[-1][2] in _COMPANY_FORMS:
            kept.pop()  # «Cosdoc AS»: the company form after a name (matching form)
        toks = list(dict.fromkeys(t for _, _, t in kept)) or list(words)
        display = _display(body, kept) or written
        if lex.compounds:
            every = self._compounds([t for _, _, t in kept] or list(words))
            toks = list(dict.fromkeys(every))
            tokens, full_tokens, vendor = self._split_vendors(toks)
            if len(toks) < len(every):
                # a word written twice, read once, can hide a vendor or lose the product's
                # word: «Vipps fra Vipps MobilePay» has the vendor Vipps MobilePay in it,
                # «Norsk Helseinformatikk Norsk elektronisk legehåndbok» keeps its «Norsk»
                again = self._split_vendors(every)
                if again[2] is not None and not VENDOR_LINKS & set(again[0]) and (
                        vendor is None or len(dict.fromkeys(again[0])) > len(tokens)):
                    tokens, full_tokens, vendor = (tuple(dict.fromkeys(again[0])),
                                                   tuple(dict.fromkeys(again[1])), again[2])
            if (vendor is None and vendor_in_paren is not None
                    and not self._says_which(list(tokens), typos=True)):
                # "Booking (Acos)", "365 (Microsoft)": the rest only says what it is for, so
                # the vendor in the remark is part of the name, as in "Acos Booking"
                tokens = full_tokens = (*self.vendor_tokens(vendor_in_paren), *tokens)
        else:
            tokens, full_tokens, vendor = self._split_vendor(toks)
        outer = first = ""
        if remark and lex.compounds and (out := self._name(outside)).tokens != tokens:
            outer = out.compact
        if lex.compounds and "/" in written and len(parts := _SLASH.split(written)) > 1:
            names = [self._name(part) for part in parts if part.strip()]
            if len(names) > 1 and all(any(t not in lex.descriptive for t in n.tokens)
                                      for n in names):
                first = names[0].compact  # not "Sak/arkiv", "Flyt Skole/Barnehage"
        return Normalized(written, display, tokens, full_tokens,
                          " ".join(versions) or None, vendor or vendor_in_paren,
                          tuple(expansions), outer=outer, remark=tuple(remark), first=first)

    def _split_vendor(self, toks: list[str]
                      ) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
        found = self._vendor_at(toks, 0)
        rest: list[str] = []
        if found is not None:
            rest = toks[found[0]:]
        else:
            for n in range(min(self._vendor_len, len(toks) - 1), 0, -1):
                canonical = self._vendors.get(tuple(toks[-n:]))
                if canonical is not None:
                    found, rest = (n, canonical), toks[:-n]
                    if rest and rest[-1] == "fra":
                        rest = rest[:-1]
                    break
        if found is None:
            return tuple(toks), tuple(toks), None
        vendor = found[1]
        full = (*self.vendor_tokens(vendor), *rest)
        if self._says_which(rest):
            return tuple(rest), full, vendor
        return full, full, vendor

    def _says_which(self, rest: list[str], typos: bool = False) -> bool:
        """Whether what is left without the vendor names a product, not only what it is for.
        With `typos` (the matching form), a long word one letter from a descriptive word is
        read as that word ("CGM Helsestajson" keeps its vendor as "CGM Helsestasjon" does)."""
        return any(len(t) >= 3 and t not in self.lex.descriptive
                   and t not in self.lex.protected_numbers
                   and not (typos and t not in self._known and _near_descriptive(t))
                   for t in rest)

    # --- matching form only ----------------------------------------------------------------
    def _split_vendors(self, toks: list[str]
                       ) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
        """Vendors taken out before the product, after it, or both ("Visma Unique Profil",
        "Profil fra Visma", "Unique Profil (Visma)"), as long as the rest names a product."""
        lead = 0
        while lead < len(toks) - 1 and toks[lead] in self.lex.descriptive:
            lead += 1
        if lead and self._vendor_at(toks, lead) is not None:
            # "Fagsystemet CGM Allmenn": what kind of system, then the vendor and product
            tokens, full_tokens, vendor = self._split_vendors(toks[lead:])
            return (*toks[:lead], *tokens), (*toks[:lead], *full_tokens), vendor
        rest, vendor = list(toks), None
        if len(rest) > 1 and self._vendor_at(rest, 0) is None and (
                typo := self._vendor_typo(rest[0])) is not None:
            rest[0] = typo  # "Microsft Exchange": a vendor's name with a letter wrong
        suffixes = self.lex.vendor_suffixes
        while len(rest) > 1 and (found := self._vendor_at(rest, 0)) is not None:
            vendor = vendor or found[1]
            after = found[0]
            while after < len(rest) and rest[after] in suffixes:
                after += 1  # "IST Norge Extens", "Visma AS Flyt Skole"
            if after == len(rest) or (
                    rest[after] in VENDOR_LINKS
                    and all(t in suffixes for t in rest[after + 1:])):
                # "Vigilo AS", "Careium Norge AS", "VIGO fra Vigo IKS" (a repeated word is
                # written once by now): only a vendor's name
                full = self.vendor_tokens(vendor)
                return full, full, vendor
            if not self._says_which(rest[after:], typos=True):
                full = (*self.vendor_tokens(vendor), *rest[after:])
                return full, full, vendor  # "Visma Lønn": the vendor stays in the name
            rest = rest[after:]
        while len(rest) > 2 and rest[-1] in suffixes and self._vendor_ends(rest[:-1]):
            rest = rest[:-1]  # "Helseplattformen fra Helseplattformen AS"
        for n in range(min(self._vendor_len, len(rest) - 1), 0, -1):
            canonical = self._vendors.get(tuple(rest[-n:]))
            if canonical is not None:
                left = rest[:-n]
                if left and left[-1] in VENDOR_LINKS:
                    left = left[:-1]
                if self._says_which(left, typos=True):
                    rest, vendor = left, vendor or canonical
                elif left:
                    # "CGM Helsestasjon fra CompuGroup Medical", "Lønn fra Visma": the rest
                    # only says what it is for, so the vendor is part of the name
                    vendor = vendor or canonical
                    full = (*self.vendor_tokens(vendor), *left)
                    return full, full, vendor
                break
        if vendor is None:
            if len(toks) == 1 and (found := self._vendor_at(toks, 0)) is not None:
                full = self.vendor_tokens(found[1])
                return full, full, found[1]  # only a vendor's name ("Acos")
            return tuple(toks), tuple(toks), None
        full = (*self.vendor_tokens(vendor), *rest)
        return tuple(rest), full, vendor

    def _spells(self, words: tuple[str, ...], expansion: tuple[str, ...]) -> bool:
        """Whether words after an abbreviation only repeat (in any inflected form) or
        describe what it stands for."""
        said = set(expansion)
        return bool(words) and all(
            w in said or _base_form(w, said) is not None or w in self.lex.descriptive
            or w in self.lex.stopwords for w in words)

    def _vendor_parts(self) -> frozenset[str]:
        """Every word of a vendor's name ("byggkvalitet"): never split as a compound."""
        if self._vendor_part_words is None:
            self._vendor_part_words = frozenset(w for k in self._vendors for w in k)
        return self._vendor_part_words

    def _vendor_ends(self, toks: list[str]) -> bool:
        return any(tuple(toks[-n:]) in self._vendors
                   for n in range(1, min(self._vendor_len, len(toks)) + 1))

    def _vendor_typo(self, token: str) -> str | None:
        """The one-word vendor a word of six letters or more is one edit from, or a word of
        five a letter short of («aiell» -> «axiell»), when the word is no word of a product
        name or a descriptive word ("microsft" -> "microsoft")."""
        if (len(token) < _NEAR_MIN_LENGTH - 1 or not token.isalpha() or token in self._known
                or token in self.lex.descriptive):
            return None
        if token in self._vendor_typos:
            return self._vendor_typos[token]
        if self._vendor_words is None:
            self._vendor_words = tuple(k[0] for k in self._vendors
                                       if len(k) == 1 and len(k[0]) >= _NEAR_MIN_LENGTH)
        hits = process.extract(token, self._vendor_words, scorer=OSA.distance,
                               score_cutoff=1, limit=2)
        hit = hits[0][0] if len(hits) == 1 else None
        if len(self._vendor_typos) < 100_000:
            self._vendor_typos[token] = hit
        return hit

    def _inflected(self, t: str) -> str:
        """A known word in its definite or plural form read as the word ("plattformen" ->
        "plattform" when only "plattform" is known); other words as they are."""
        if t in self._known or t in self.lex.descriptive:
            return t
        found = _base_form(t, self._known) or _base_form(t, self.lex.descriptive)
        if found is None and len(t) >= 7 and t.endswith("s") and t[-2] in "aeiounrt":
            # the genitive of a descriptive word ("barnevernets fagsystem", "skolens")
            head = t[:-1]
            desc = self.lex.descriptive
            found = head if head in desc else _base_form(head, desc)
        return found or t

    def _compounds(self, toks: list[str]) -> list[str]:
        """Norwegian compounds written apart or together read as one word where the joined
        word is known ("bygg sak" -> "byggsak", "kommune kart" -> "kommunekart"), and a word
        made of a product's word and a descriptive word is split ("gericamobil")."""
        known, desc = self._known, self.lex.descriptive
        out: list[str] = []
        for t in map(self._inflected, toks):
            if out and (joined := out[-1] + t) and (joined in known or (
                    joined in desc and not (out[-1] in known or t in known)
                    and not _is_tool_word(t))):
                out[-1] = joined
                continue
            out.extend(self._split(t) if t not in known and t not in desc else (t,))
        # "Min Gat", "MinGat", "Mitt Gerica": the users' app or page of a known product is the
        # product ("Min Renovasjon", "Min Barnehage" keep theirs: what follows only says what)
        out = [t for i, t in enumerate(out)
               if not (t in _MY and i + 1 < len(out) and out[i + 1] in known
                       and out[i + 1] not in desc)]
        return out  # (a word written twice is read once after the vendor: `_name`)

    def _split(self, t: str) -> tuple[str, ...]:
        hit = self._splits.get(t)
        if hit is None:
            hit = self._split_word(t)
            if len(self._splits) < 200_000:
                self._splits[t] = hit
        return hit

    def _split_word(self, t: str) -> tuple[str, ...]:
        """"gericamobil" -> "gerica mobil" (a product's word and a descriptive word);
        "vismavelferd" -> "visma velferd" (a vendor and a word of a product name);
        "matrikkelapi" -> "matrikkel api" (a word and the interface to it);
        "elevadministrasjon" -> "elev administrasjon" (two descriptive words, neither of a
        vendor's name); "mikromarc3" -> "mikromarc" (a version written onto a known word)."""
        for i in range(3, len(t) - 2):
            head, tail = t[:i], t[i:]
            if i >= 4 and head in self._known and tail in self.lex.descriptive:
                return head, tail
            if head in _MY and tail in self._known:
                return head, tail  # "mingat": the users' app of a product
            if i >= 4 and tail in _INTERFACE_TAILS and head in self.lex.descriptive:
                return head, tail  # "matrikkelapi": the interface of what the head names
            if (head,) in self._vendors and (tail in self._known
                                             or tail in self.lex.descriptive):
                return head, tail
        if len(t) >= 8 and t.isalpha() and t not in self._vendor_parts():
            for i in range(len(t) - 4, 3, -1):  # the longest head first
                head, tail = t[:i], t[i:]
                if tail in self.lex.descriptive and (
                        head in self.lex.descriptive
                        or (head.endswith("s") and head[:-1] in self.lex.descriptive)):
                    return head, tail  # "elevadministrasjon", "barnevernsjournal"
        if (m := _GLUED_VERSION.fullmatch(t)) is not None and m.group(1) in self._known:
            return (m.group(1),)  # "mikromarc3": a version written onto the name
        return (t,)


def _is_tool_word(word: str) -> bool:
    """A word that says what kind of tool ("systemet", "løsningen", "plattformen"): written
    apart or hyphenated after a name ("Gemini Portal-løsningen"), it is not joined to the
    name's last word."""
    return word in key_lexicon.COMPOUND_TAILS or _base_form(
        word, key_lexicon.COMPOUND_TAILS) is not None


_GLUED_VERSION = re.compile(r"([a-z]{4,})(\d{1,2})")

# Written joined to the name they are the interface of ("MatrikkelAPI"), also after a word
# that is descriptive on its own (a product's word in the descriptive tables: "matrikkel")
_INTERFACE_TAILS = frozenset({"api"})

# Norwegian definite and plural endings (Bokmål and Nynorsk), longest first
_ENDINGS = ("ene", "ane", "en", "et", "er", "ar", "a")


def _base_form(word: str, known: Container[str]) -> str | None:
    """The known word that `word` is an inflected form of ("registeret" -> "register"),
    for words of seven letters or more, else None."""
    if len(word) < 7:
        return None
    for e in _ENDINGS:
        if word.endswith(e):
            base = word[:-len(e)]
            for b in (base, base + "e"):  # "tjenesten" -> "tjeneste"
                if b in known:
                    return b
    return None


_MY = ("min", "mitt")  # "MinGat", "Mitt Gerica": before a product's name, its users' app
_NEAR_MIN_LENGTH = 6  # a word this long may carry one typo and still be read as the word


@lru_cache(maxsize=65536)
def _near_descriptive(token: str) -> bool:
    """Whether a word of six letters or more is one edit from a descriptive word of the
    matching tables ("helsestajson" / "helsestasjon", "omsrog" / "omsorg"). The folded "ae"
    counts as the one letter "æ" it was, so "Lræing" is one swap from "Læring"."""
    if len(token) < _NEAR_MIN_LENGTH or not token.isalpha():
        return False
    return process.extractOne(token.replace("ae", "æ"), _long_descriptive(),
                              scorer=OSA.distance, score_cutoff=1) is not None


@lru_cache(maxsize=1)
def _long_descriptive() -> tuple[str, ...]:
    return tuple(w.replace("ae", "æ") for w in dict.keys(lexicon.DESCRIPTIVE)
                 if len(w) >= _NEAR_MIN_LENGTH - 1)


def _spells_out(before: tuple[str, ...], inner: tuple[str, ...], stopwords: frozenset[str]
                ) -> bool:
    """Whether a parenthesis only spells out the abbreviation written before it, or is the
    abbreviation of the words before it: "UMS (Unified Messaging Systems)", "Unified
    Messaging Systems (UMS)"."""
    if not before or not inner:
        return False
    words = [t for t in inner if t not in stopwords]
    initials = "".join(t[0] for t in words if t[0].isalpha())
    if len(words) >= 2 and len(initials) == len(words) and before[-1] == initials:
        return True
    if len(inner) == 1 and 2 <= len(inner[0]) <= 6 and inner[0].isalpha():
        n = len(inner[0])
        tail = [t for t in before if t not in stopwords][-n:]
        return len(tail) == n and "".join(t[0] for t in tail) == inner[0]
    return False


def _display(body: str, kept: list[tuple[int, int, str]]) -> str:
    """The written name from its first to its last kept token, remarks and versions cut out."""
    if not kept:
        return ""
    parts: list[str] = []
    prev_end: int | None = None
    for start, end, _ in kept:
        if prev_end is not None:
            gap = body[prev_end:start]
            parts.append(gap if gap.strip(" ") in ("", "-", "/", "&", "+", ".", "'") else " ")
        parts.append(body[start:end])
        prev_end = end
    tail = body[prev_end:]
    if tail[:1] in ("+", "°"):
        parts.append(tail[0])
    return _SPACES.sub(" ", "".join(parts)).strip(_EDGE)
