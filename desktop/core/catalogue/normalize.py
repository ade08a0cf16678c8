"""Name normalisation: a written system name -> a key for matching, plus what was moved out.

"Visma flyt skole 3.2 (SaaS)" -> tokens ("flyt", "skole"), version "3.2", vendor "Visma",
display "Visma flyt skole". Steps: Unicode NFKC and case folding (æ→ae, ø→o, å→a, other
diacritics dropped), parenthesised remarks and hosting words out, version numbers and years into
the version, known abbreviations expanded, and a vendor at the start or end of the name
recognised and taken out of the key, unless nothing but descriptive words would be left
("Visma Lønn" keeps its vendor: "Lønn" alone is not a product). `compact` (tokens joined
without spaces) is the name key: "Web Sak", "WebSak" and "websak" are the same name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from desktop.core.catalogue.lexicon import (
    DESCRIPTIVE,
    FORMER_MARKERS,
    NOISE,
    PROTECTED_NUMBERS,
    STATUS,
    STOPWORDS,
    TOKEN_ABBREVIATIONS,
    VENDOR_ALIASES,
    VENDOR_SUFFIXES,
)

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "ü": "u"})
_TOKEN = re.compile(r"[vV]?\d+(?:[.,]\d+)+|[^\W_]+")
_PAREN = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")
_VERSION = re.compile(r"v?\d+(?:[.,]\d+)*")
_VERSION_WORDS = frozenset({"v", "ver", "vers", "versjon", "version", "rel", "release"})
_DOMAINS = frozenset({"no", "com", "net", "org", "io"})
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
class Normalized:
    text: str  # as written (NFC, spaces collapsed)
    display: str  # as written without versions, years, hosting words and remarks
    tokens: tuple[str, ...]  # folded; the vendor taken out when recognised
    full_tokens: tuple[str, ...]  # folded, with the vendor (canonical) kept
    version: str | None
    vendor: str | None  # canonical vendor recognised in the name
    expansions: tuple[str, ...] = ()  # "VFS → Visma Flyt Skole", "bhg → barnehage"
    compact: str = field(init=False)  # the name key: tokens joined without spaces
    full_compact: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compact", "".join(self.tokens))
        object.__setattr__(self, "full_compact", "".join(self.full_tokens))

    @property
    def key(self) -> str:
        return " ".join(self.tokens)


def is_descriptive(tokens: tuple[str, ...] | list[str]) -> bool:
    """Whether a name says only what a system is for ("lønn", "helsestasjon"), not which."""
    return all(t in DESCRIPTIVE or t in PROTECTED_NUMBERS for t in tokens)


class Normalizer:
    """Normalises names and vendors with known vendors and whole-name abbreviations."""

    def __init__(self, vendors: Mapping[str, str] | None = None,
                 abbreviations: Mapping[str, str] | None = None) -> None:
        table = dict(VENDOR_ALIASES)
        table.update(vendors or {})
        self._vendors: dict[tuple[str, ...], str] = {}
        for written, canonical in table.items():
            toks = tuple(t for t in fold_tokens(written) if t not in VENDOR_SUFFIXES)
            if toks:
                self._vendors[toks] = canonical
            self._vendors[fold_tokens(canonical)] = canonical
        self._vendor_len = max((len(k) for k in self._vendors), default=1)
        self._abbreviations = {fold(k).replace(" ", ""): v
                               for k, v in (abbreviations or {}).items()}
        self._names: dict[str, Normalized] = {}
        self._vendor_keys: dict[str, tuple[str, str | None]] = {}

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
            toks = [t for t in fold_tokens(text) if t not in VENDOR_SUFFIXES | STOPWORDS]
            found = self._vendor_at(toks, 0) if toks else None
            if found is not None:
                hit = ("".join(fold_tokens(found[1])), found[1])
            else:
                hit = ("".join(toks), tidy(text) or None)
            self._vendor_keys[text] = hit
        return hit

    def vendor_tokens(self, canonical: str) -> tuple[str, ...]:
        return ("".join(fold_tokens(canonical)),)

    # --- names ---------------------------------------------------------------------------
    def name(self, text: str) -> Normalized:
        hit = self._names.get(text)
        if hit is None:
            hit = self._name(text)
            if len(self._names) < 500_000:
                self._names[text] = hit
        return hit

    def _name(self, text: str) -> Normalized:
        written = tidy(text)
        matches = list(_TOKEN.finditer(written))
        words = tuple(fold(m.group()) for m in matches)
        short, full, rest = written, self._abbreviations.get("".join(words)), ""
        parts = written.split(maxsplit=1)
        if (full is None and len(parts) == 2 and fold_tokens(parts[0]) == words[:1]
                and is_descriptive(words[1:])):
            short, full, rest = parts[0], self._abbreviations.get(words[0]), " " + parts[1]
        if full is not None:
            n = self._name(full + rest)
            return Normalized(written, n.display, n.tokens, n.full_tokens, n.version, n.vendor,
                              (f"{short} → {full}", *n.expansions))
        versions: list[str] = []
        vendor_in_paren: str | None = None
        body = written
        parens = list(_PAREN.finditer(written)) if "(" in written or "[" in written else []
        for m in parens[::-1]:
            inner = m.group(1) if m.group(1) is not None else m.group(2)
            inner_toks = fold_tokens(inner)
            keep = False
            first = inner_toks[0] if inner_toks else ""
            if not first or first.startswith("tidl") or first in FORMER_MARKERS:
                pass
            elif all(t in NOISE or t in STATUS or t in STOPWORDS or t in _VERSION_WORDS
                     or _VERSION.fullmatch(t) for t in inner_toks):
                versions += [t for t in inner_toks if _VERSION.fullmatch(t)]
            elif ((v := self._vendor_at(list(inner_toks), 0)) is not None
                  and v[0] == len(inner_toks)):
                vendor_in_paren = v[1]
            else:
                keep = True
            body = body[:m.start()] + (f" {inner} " if keep else " ") + body[m.end():]
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
                    and fold(nxt.group()) not in DESCRIPTIVE):
                tok, end, i = tok + fold(nxt.group()), nxt.end(), i + 1
                nxt = matches[i + 1] if i + 1 < len(matches) else None
            i += 1
            if tok in _DOMAINS and body[start - 1:start] == ".":
                continue
            if tok in _VERSION_WORDS and nxt is not None and _is_version(fold(nxt.group())):
                continue
            if (_is_version(tok) and tok not in PROTECTED_NUMBERS
                    and not (kept and (kept[-1][2], tok) in self._vendors)):
                versions.append(tok.lstrip("v"))
                continue
            if tok in NOISE or tok in STOPWORDS:
                continue
            if tok in TOKEN_ABBREVIATIONS:
                expansions.append(f"{m.group()} → {TOKEN_ABBREVIATIONS[tok]}")
                tok = TOKEN_ABBREVIATIONS[tok]
            kept.append((start, end, tok))
        while len(kept) > 1 and kept[-1][2] in STATUS:
            kept.pop()
        toks = list(dict.fromkeys(t for _, _, t in kept)) or list(words)
        display = _display(body, kept) or written
        tokens, full_tokens, vendor = self._split_vendor(toks)
        return Normalized(written, display, tokens, full_tokens,
                          " ".join(versions) or None, vendor or vendor_in_paren,
                          tuple(expansions))

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
        if any(len(t) >= 3 and t not in DESCRIPTIVE and t not in PROTECTED_NUMBERS
               for t in rest):
            return tuple(rest), full, vendor
        return full, full, vendor


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
