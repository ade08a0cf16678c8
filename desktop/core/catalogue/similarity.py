"""How alike two normalised names are, and the guards that keep different products apart.

A score (0–100) comes from rapidfuzz: `ratio` on the compact keys (typos, "Gerrica") and
`token_sort_ratio` on the keys (word order). The guards then decide whether the two may be the
same product at all:
- service areas must agree, or one be missing or `Annet`;
- every word of one name must have its counterpart in the other, equal or a typo of it: words
  of five to seven letters may differ by one edit (a letter doubled, dropped, swapped or
  wrong), longer words by two, shorter words not at all; and two different known words are
  never typos of each other: "Flyt Skole" / "Flyt Barnehage", "Arkivplan" / "Arealplan" and
  "Gemini Portal" / "Gemini VA" stay apart;
- a name may add descriptive words to the other ("Tidsbanken timeregistrering"), but only words
  that say nothing of the service area or repeat the area the shorter name is filed under.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from desktop.core.catalogue.lexicon import DESCRIPTIVE, use_base

ANNET = "Annet"
TYPO_MIN_LENGTH = 5
TYPO_MIN_RATIO = 80.0
DESCRIPTIVE_SCORE = 90.0
SHARED_CORE_SCORE = 88.0  # the same name, each with its own words of what it is for
OTHER_AREA_KEY_SCORE = 90.0  # the same distinctive name key under two service areas
# ... when the key is this short («PAS», «KPS»): as often two systems' abbreviations (review)
SHORT_KEY = 4
OTHER_AREA_SHORT_KEY_SCORE = 75.0
LOOSE_TYPO_SCORE = 84.0  # at most, for similar words with more edits than their length
#                          allows: below the default threshold, so offered for review only
# How sure one letter doubled, dropped, swapped or wrong makes two names one, by the length of
# the shortest word that differs (`typo_score`): a long word carries a typo safely, a short
# one is offered for review only (below the default threshold of 0.85).
TYPO_SCORES = ((8, 92.0), (6, 88.0), (TYPO_MIN_LENGTH, 82.0))
SOUNDS_ALIKE_SCORE = 90.0  # one word spelt as it sounds ("Extence" / "Extens"), six letters+
TWO_TYPOS_SCORE = 86.0  # two edits, in a word of ten letters or more (84 below that)


def product_rejection_key(group: str) -> str:
    """What a rejection names when the rejected name reads the same as the product or system
    it is kept apart from ("Kompass" is not the catalogue's Kompass): the product itself, not
    its name key (that would keep the name apart from its own other spellings too)."""
    return f"{group}\x1fprodukt"


def areas_compatible(a: str, b: str) -> bool:
    return not a or not b or a == b or ANNET in (a, b)


def area_factor(a: str, b: str) -> float:
    """1 when both name the same service area, a little less when one is missing or `Annet`."""
    return 1.0 if a and a == b and a != ANNET else 0.98


def vendors_conflict(a: str, b: str) -> bool:
    """Two vendors written, and not one vendor: equal, or one the other's start cut short
    («Miljødir.» / «Miljødirektoratet», «Visma Commerce» / «Visma»)."""
    if not a or not b or a == b:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return not (len(short) >= 5 and long.startswith(short))


def area_text(a: str, b: str) -> str:
    if a and a == b:
        return "samme tjenesteområde"
    if not a or not b:
        return "tjenesteområde mangler på det ene"
    if ANNET in (a, b):
        return "tjenesteområde Annet på det ene"
    return f"ulikt tjenesteområde ({a} / {b})"


@dataclass(frozen=True, slots=True)
class Similarity:
    score: float  # 0–100
    scorer: str  # "key" | "ratio" | "token_sort_ratio" | "descriptive"
    extras: tuple[str, ...] = ()  # descriptive words only one of the names has


def typo_edits(length: int) -> int:
    """How many edits a word of this length may carry and still be the same word."""
    return 0 if length < TYPO_MIN_LENGTH else 1 if length < 8 else 2


def _typo(t: str, u: str, strict: bool = True) -> bool:
    """Whether two words are one word with a typo: similar (ratio ≥ 80) and, when `strict`,
    no more edits apart than their length allows."""
    if len(t) < TYPO_MIN_LENGTH or len(u) < TYPO_MIN_LENGTH or t.isdigit() or u.isdigit():
        return False
    if t in DESCRIPTIVE and u in DESCRIPTIVE:
        return False
    if not fuzz.ratio(t, u, score_cutoff=TYPO_MIN_RATIO):
        return phonetic(t) == phonetic(u)  # "Extence" / "Extens": spelt as it sounds
    edits = typo_edits(min(len(t), len(u)))
    return not strict or _edits(t, u, edits) <= edits


def _edits(t: str, u: str, cutoff: int | None = None) -> int:
    """Edits between two words as written; none when they are said alike (only equal
    sounds count: "Compello" and "Compilo" sound one letter apart and stay two)."""
    raw = OSA.distance(t, u, score_cutoff=cutoff)
    return 0 if raw and phonetic(t) == phonetic(u) else raw


_SOUNDS = (("ph", "f"), ("ck", "k"), ("ch", "k"), ("th", "t"), ("qu", "kv"), ("q", "k"),
           ("w", "v"), ("z", "s"), ("x", "ks"))
_SOFT_C = re.compile(r"c(?=[eiy])")
_DOUBLE = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def phonetic(word: str) -> str:
    """A word as it is said, in folded letters: "c" before e, i, y is "s", else "k"; "ph" is
    "f", "w" is "v", "z" is "s", "x" is "ks"; a doubled letter is one ("extence" ->
    "ekstense", "socio" -> "sosio")."""
    w = _SOFT_C.sub("s", word)
    for a, b in _SOUNDS:
        w = w.replace(a, b)
    return _DOUBLE.sub(r"\1", w.replace("c", "k"))


def tokens_align(a: tuple[str, ...], b: tuple[str, ...], strict: bool = True) -> bool:
    """Whether every word of each name has its counterpart in the other (equal or a typo)."""
    return typo_pairs(a, b, strict) is not None


def typo_pairs(a: tuple[str, ...], b: tuple[str, ...], strict: bool = True
               ) -> list[tuple[str, str]] | None:
    """The words that differ by a typo when every word of each name has its counterpart in
    the other (equal or a typo), else None."""
    if len(a) != len(b):
        return None
    rest = list(b)
    pairs: list[tuple[str, str]] = []
    for t in sorted(a, key=len, reverse=True):
        if t in rest:
            rest.remove(t)
            continue
        other = next((u for u in rest if _typo(t, u, strict)), None)
        if other is None:
            return None
        rest.remove(other)
        pairs.append((t, other))
    return pairs


def typo_score(pairs: list[tuple[str, str]]) -> float:
    """The score of names whose words differ only by the typos `pairs` (each within the edits
    its length allows), scaled by the length of the shortest word that differs: a swapped
    pair of letters ("Geriac") is one edit, though `ratio` reads it as two."""
    if not pairs:
        return 0.0
    shortest = min(min(len(t), len(u)) for t, u in pairs)
    if len(pairs) == 1 and phonetic(pairs[0][0]) == phonetic(pairs[0][1]):
        return SOUNDS_ALIKE_SCORE if shortest >= 6 else LOOSE_TYPO_SCORE
    edits = sum(_edits(t, u) for t, u in pairs)
    if edits > len(pairs):
        return TWO_TYPOS_SCORE if shortest >= 10 and len(pairs) == 1 else LOOSE_TYPO_SCORE
    if len(pairs) > 1:
        return LOOSE_TYPO_SCORE  # a typo in two words: for review
    return next(score for n, score in TYPO_SCORES if shortest >= n)


def descriptive_extras(a: tuple[str, ...], b: tuple[str, ...], area_a: str, area_b: str
                       ) -> tuple[str, ...] | None:
    """The descriptive words one name adds to the other, when that is all that differs."""
    sa, sb = set(a), set(b)
    if sa == sb or not (sa < sb or sb < sa):
        return None
    core, extra, core_area = (sa, sb - sa, area_a) if sa < sb else (sb, sa - sb, area_b)
    if all(t in DESCRIPTIVE for t in core):
        return None
    # "Tidsbanken" (Lønn og personal) + "timeregistrering" is Tidsbanken; "Flyt" with no area
    # + "skole" is not: the added words may only repeat the area the shorter name is filed in.
    allowed = {None, core_area or None}
    bases = [use_base(t) for t in extra]
    if all(b is not None and DESCRIPTIVE[b] in allowed for b in bases):
        return tuple(sorted(extra))
    return None


def shared_core_extras(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...] | None:
    """«Helsebiblioteket – fagprosedyrer» and «Helsebiblioteket (oppslagsverk)»: the same
    distinctive words, and on each side descriptive words that say no service area (how or
    by whom it is used): each is the name written alone plus such words (which
    `descriptive_extras` reads as that name), so the two are one. Not words of an area on
    both sides: «CGM Helsestasjon» and «CGM Allmenn», «Flyt PPT» and «Flyt Skole» are two
    products of one vendor. The descriptive words of both sides, else None."""
    core = {t for t in a if t not in DESCRIPTIVE}
    if not core or core != {t for t in b if t not in DESCRIPTIVE} or not any(
            len(t) >= 4 for t in core):
        return None
    extra_a = {t for t in a if t in DESCRIPTIVE}
    extra_b = {t for t in b if t in DESCRIPTIVE}
    if not extra_a or not extra_b or extra_a <= extra_b or extra_b <= extra_a:
        return None
    if all(DESCRIPTIVE[t] is None for t in extra_a | extra_b):
        return tuple(sorted(extra_a ^ extra_b))
    return None


def compare(a_tokens: tuple[str, ...], a_compact: str, b_tokens: tuple[str, ...],
            b_compact: str, area_a: str, area_b: str, cutoff: float) -> Similarity | None:
    """The similarity of two names when the guards allow them to be one product, else None."""
    if not areas_compatible(area_a, area_b):
        # the same distinctive name filed under two service areas is one product filed
        # twice ("Digipost" under Innbyggerdialog and under Sak, arkiv): the catalogue reads
        # it so too (0.9); anything less alike stays apart across areas
        if a_compact == b_compact and any(t not in DESCRIPTIVE for t in a_tokens):
            if len(a_compact) <= SHORT_KEY:
                return Similarity(OTHER_AREA_SHORT_KEY_SCORE, "short_key_other_area")
            return Similarity(OTHER_AREA_KEY_SCORE, "key_other_area")
        # "Speedadmin Kulturskole" filed under Skole is "Speedadmin" of Kultur og fritid:
        # the added words themselves say the other name's area
        extras = descriptive_extras(a_tokens, b_tokens, area_a, area_b)
        if extras is not None and (area_b if len(a_tokens) > len(b_tokens) else area_a) in {
                DESCRIPTIVE[t] for t in extras}:
            return Similarity(DESCRIPTIVE_SCORE, "descriptive", extras)
        return None
    if a_compact == b_compact:
        return Similarity(100.0, "key")
    extras = descriptive_extras(a_tokens, b_tokens, area_a, area_b)
    if extras is not None:
        return Similarity(DESCRIPTIVE_SCORE, "descriptive", extras)
    if area_a == area_b and (extras := shared_core_extras(a_tokens, b_tokens)):
        return Similarity(SHARED_CORE_SCORE, "descriptive_both", extras)
    ratio = fuzz.ratio(a_compact, b_compact, score_cutoff=cutoff)
    sort = fuzz.token_sort_ratio(" ".join(a_tokens), " ".join(b_tokens), score_cutoff=cutoff)
    if max(ratio, sort) < cutoff or not ratio and not sort:
        return None
    most = 100.0
    pairs = typo_pairs(a_tokens, b_tokens)
    if pairs is None:
        if not tokens_align(a_tokens, b_tokens, strict=False):
            return None
        most = LOOSE_TYPO_SCORE  # more edits than the words' length allows: for review
    elif max(ratio, sort) < TYPO_SCORES[0][1] and (typo := typo_score(pairs)) > max(ratio, sort):
        return Similarity(typo, "typo")
    if sort > ratio:
        return Similarity(min(sort, most), "token_sort_ratio")
    return Similarity(min(ratio, most), "ratio")


def describe(sim: Similarity, label: str) -> str:
    """The rule or score that made a match, in Norwegian: «Likhet 93 % (ratio) med «Gerica»»."""
    if sim.scorer == "key":
        return f"Lik navnenøkkel som «{label}»"
    if sim.scorer == "key_other_area":
        return f"Lik navnenøkkel som «{label}», men ført under et annet tjenesteområde"
    if sim.scorer == "short_key_other_area":
        return (f"Lik navnenøkkel som «{label}», men et kort navn ført under et annet "
                "tjenesteområde (kan være en annen forkortelse)")
    if sim.scorer == "descriptive":
        return f"Samme navn som «{label}» + beskrivende ord ({', '.join(sim.extras)})"
    if sim.scorer == "descriptive_both":
        return (f"Samme navn som «{label}», hvert med sine beskrivende ord "
                f"({', '.join(sim.extras)})")
    if sim.scorer == "remark":
        return f"Samme navn som «{label}» med en merknad i parentes ({' '.join(sim.extras)})"
    if sim.scorer == "slash":
        return f"Første av navnene med skråstrek er «{label}», eller omvendt"
    if sim.scorer == "initials":
        return f"Forkortelse for, eller forbokstavene i, «{label}»"
    if sim.scorer == "vendor_name":
        return f"Samme navn som «{label}» med leverandøren foran"
    if sim.scorer == "vendor_product":
        return f"Navnet sier bare hva systemet brukes til, og leverandøren heter «{label}»"
    if sim.scorer == "typo":
        return f"Skrivefeil? Likhet {sim.score:.0f} % (bokstav for mye, for lite eller byttet) " \
               f"med «{label}»"
    return f"Likhet {sim.score:.0f} % ({sim.scorer}) med «{label}»"
