"""Why a name was placed where it is, in the user's language (desktop/core/i18n.py).

The matching writes each reason in Norwegian (reference.py, cluster.py, similarity.py,
review.py, reports.py, dictionary.py), and a decision stores it (`name_decision.reason`, the
word list exports it). `shown(reason)` reads a reason back against the wordings it is written
from (below: the same text, the changing parts as `{name}`) and gives the English wording
with the same parts put in. Reasons nest («Navnet i parentesen: {reason} (…)») and end in
remarks joined by "; " («; ulik leverandør (…)»): a part named `reason` is read back the same
way, and a remark at the end is read off before the rest. Product, vendor and installation
names, and the questionnaire's service areas, stay as written. A reason that matches nothing
(an older version's wording) is shown as stored. Reading back, as the import issues do
(importing/messages.py), leaves the matching code and every stored decision as they are.

A test reads back every reason the labelled and synthetic names get.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from desktop.core.i18n import NORWEGIAN, language, mark, tr

# a whole reason (or one nested in another): the matching's own wordings
HEADS: tuple[str, ...] = (
    # similarity.describe, then the service areas compared (cluster._best)
    mark("Lik navnenøkkel som «{label}»"),
    mark("Lik navnenøkkel som «{label}», men ført under et annet tjenesteområde"),
    mark("Lik navnenøkkel som «{label}», men et kort navn ført under et annet tjenesteområde "
         "(kan være en annen forkortelse)"),
    mark("Samme navn som «{label}» + beskrivende ord ({words})"),
    mark("Samme navn som «{label}», hvert med sine beskrivende ord ({words})"),
    mark("Skrivefeil? Likhet {score} % (bokstav for mye, for lite eller byttet) med «{label}»"),
    mark("Likhet {score} % ({scorer}) med «{label}»"),
    mark("Samme navn som «{label}» med en merknad i parentes ({words})"),
    mark("Samme navn som «{label}» med leverandøren foran"),
    mark("Forkortelse for, eller forbokstavene i, «{label}»"),
    mark("Første av navnene med skråstrek er «{label}», eller omvendt"),
    mark("Navnet sier bare hva systemet brukes til, og leverandøren heter «{label}»"),
    mark("{reason}, {area}"),
    # cluster.py
    mark("Én skrivefeil fra «{label}» i katalogen, {area}"),
    mark("Skrivefeil? Hele navnet ligner «{label}» skrevet eller uttalt ({score} %), {area}"),
    mark("Skrivefeil? «{label}» skrevet med en feil + beskrivende ord ({words}), {area}"),
    mark("Del av «{label}» eller et eget produkt? Navnet har ordene i «{label}» og i tillegg "
         "«{words}», {area}"),
    mark("Ingen treff i katalogen eller blant de andre navnene"),
    mark("Eget system? {reason} (sikkerhet {percent}\u00a0%)"),
    mark("«{name}» i gruppen: {reason}"),
    # suggestions.merges
    mark("Kan være samme produkt som «{product}»: {reason}"),
    # reference.py: the catalogue
    mark("Navn og leverandør i katalogen: {vendor} + {name} → {product}"),
    mark("Navnet i parentesen: {reason} (utenfor parentesen: «{outside}», ukjent i katalogen)"),
    mark("{reason} (i parentesen: «{inside}»)"),
    mark("{reason} (etter tankestreken: «{inside}»)"),
    mark("Første av navnene med skråstrek: {reason} (også «{others}»)"),
    mark("Navnet på produktserien «{name}»; i {area_name} er det {product} i katalogen "
         "(aliaset «{alias}» hører til {owner}, {owner_area})"),
    mark("Forkortelse i katalogen: {abbreviation}"),
    mark("Produktnavn i katalogen: {product}"),
    mark("Alias i katalogen: {alias} → {product}"),
    mark("Lik navnenøkkel som «{alias}» i katalogen → {product}"),
    mark("Lik navnenøkkel som «{alias}» i katalogen → {product} ({details})"),
    mark("Katalognavnet «{alias}» + beskrivende ord ({words}) → {product}"),
    mark("Katalognavnet «{alias}» uten det første ordet ({name}) → {product}"),
    mark("Katalognavnet «{alias}» uten det første ordet ({name}), og leverandøren {vendor} → "
         "{product}"),
    mark("Navnet har «{product}», et annet produkt fra {vendor} enn «{alias}» → {product}"),
    mark("Navnet på produktserien «{alias}» + ord fra {area_name} ({name}); i {area_name} er det "
         "{product} i katalogen"),
    mark("Leverandøren {vendor} og ord fra {area_name} ({words}): av produktene fra {vendor} i "
         "katalogen for {area_name} har bare {product} ordene i navnet"),
    mark("Leverandøren {vendor} og ord fra {area_name} ({words}): av produktene fra {vendor} i "
         "katalogen for {area_name} er {product} det som brukes til det («{note}»)"),
    mark("Bare leverandørnavnet: eneste produkt fra {vendor} i katalogen for {area_name} er "
         "{product}"),
    mark("Katalognavnet «{alias}» uten ordene om hvem det er for → {product}"),
    mark("Annet navn på det samme i en liste: «{name}» → {other}"),
    mark("Katalognavnet «{alias}» med noen av ordene som forbokstaver ({name}) → {product}"),
    mark("Leverandøren {vendor} og ord fra {area_name} ({words}): eneste produkt fra {vendor} "
         "i katalogen for {area_name} er {product}"),
    # review.py, reports.py, dictionary.py
    mark("Beholdt i «{product}» da et annet navn ble flyttet"),
    mark("Skilt ut fra «{product}»"),
    mark("Flyttet til «{product}»"),
    mark("Slått sammen med «{product}»"),
    mark("Som «{name}»: {reason}"),
    mark("Fra ordliste ({label}): {reason}"),
    mark("ingen begrunnelse"),
)
# remarks added at the end of a reason (cluster._best, reference.py)
REMARKS: tuple[str, ...] = (
    mark("; ulik leverandør ({vendor})"),
    mark("; kommune {number} har ført opp begge navnene i samme tjenesteområde"),
    mark("; ligner også «{label}»"),
    mark("; kort navn i et annet tjenesteområde kan være noe annet"),
    mark("; leverandøren i navnet ({vendor}) er ikke {product_vendor}"),
    mark("; ulikt tjenesteområde ({area_name}, i katalogen {catalogue_area})"),
)
# similarity.area_text: the `{area}` part
AREAS: tuple[str, ...] = (
    mark("samme tjenesteområde"),
    mark("tjenesteområde mangler på det ene"),
    mark("tjenesteområde Annet på det ene"),
    mark("ulikt tjenesteområde ({a} / {b})"),
)
# the details of a key match (reference._exact_match), joined by "; " in `{details}`
DETAILS: tuple[str, ...] = (
    mark("versjon {version} tatt ut av navnet"),
    mark("leverandør {vendor} i navnet"),
    mark("forkortelse {abbreviation}"),
)

_PART = re.compile(r"\{(\w+)\}")
Pattern = tuple[str, re.Pattern[str]]


def _regex(template: str, named: bool = True) -> str:
    out, seen, at = [], set(), 0
    for m in _PART.finditer(template):
        out.append(re.escape(template[at:m.start()]))
        name = m.group(1)
        if not named:
            out.append(".*?")
        elif name in seen:
            out.append(f"(?P={name})")
        elif name == "area":  # one of area_text's: «{reason}, {area}» splits at the right comma
            out.append(f"(?P<area>{'|'.join(_regex(a, named=False) for a in AREAS)})")
        else:
            out.append(f"(?P<{name}>.*?)")
        seen.add(name)
        at = m.end()
    out.append(re.escape(template[at:]))
    return "".join(out)


def _pattern(template: str, head: str = "") -> re.Pattern[str]:
    return re.compile(head + _regex(template), re.DOTALL)


def _ordered(templates: tuple[str, ...], head: str = "") -> tuple[Pattern, ...]:
    # the most fixed text first: «… ({details})» before «… → {product}»
    return tuple((t, _pattern(t, head)) for t in sorted(
        templates, key=lambda t: -len(_PART.sub("", t))))


@cache
def _patterns() -> tuple[tuple[Pattern, ...], tuple[Pattern, ...], tuple[Pattern, ...],
                         tuple[Pattern, ...]]:
    return (_ordered(HEADS), _ordered(REMARKS, "(?P<_before>.+)"), _ordered(AREAS),
            _ordered(DETAILS))


Read = tuple[str, int]  # the text in English, and how much of it our wordings explain


def _fill(template: str, parts: dict[str, str]) -> str:
    return _PART.sub(lambda m: parts.get(m.group(1), m.group(0)), tr(template))


def _read(text: str, patterns: tuple[Pattern, ...]) -> Read | None:
    """The best reading of `text` by one of `patterns`: a product name may itself look like
    the end of a wording («Produktnavn i katalogen: {product}» reads «… (i parentesen: «x»)»
    too), so the reading whose wordings explain the most of the text wins."""
    best: Read | None = None
    for template, pattern in patterns:
        m = pattern.fullmatch(text)
        if m is None:
            continue
        parts: dict[str, str] = {}
        before = ""  # a remark's: the reason it ends
        score = len(_PART.sub("", template))
        for name, value in m.groupdict().items():
            done = _part(name, value)
            if done is None:
                break
            if name == "_before":
                before = done[0]
            else:
                parts[name] = done[0]
            score += done[1]
        else:
            out = before + _fill(template, parts)
            if best is None or score > best[1]:
                best = (out, score)
    return best


def _part(name: str, value: str) -> Read | None:
    """A part as shown: a nested reason, the service areas compared and a key match's
    details translated; names, numbers and service areas as written."""
    _heads, _remarks, areas, details = _patterns()
    if name in ("reason", "_before"):
        return _english(value)
    if name == "area":
        return _read(value, areas)
    if name == "details":
        shown = [_read(d, details) for d in value.split("; ")]
        if any(d is None for d in shown):
            return None
        return "; ".join(d[0] for d in shown if d), sum(d[1] for d in shown if d)
    return value, 0


@lru_cache(maxsize=1 << 15)
def _english(reason: str) -> Read | None:
    heads, remarks, _areas, _details = _patterns()
    found = [r for r in (_read(reason, heads), _read(reason, remarks)) if r is not None]
    return max(found, key=lambda r: r[1]) if found else None


def shown(reason: str) -> str:
    """A reason in the current language (as written when Norwegian or when no wording of ours
    fits)."""
    if not reason or language() == NORWEGIAN:
        return reason
    found = _english(reason)
    return found[0] if found else reason
