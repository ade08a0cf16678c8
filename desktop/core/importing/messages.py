"""An import issue's message in the user's language (desktop/core/i18n.py).

The importer writes each issue's message in Norwegian, and that text is what the project
stores (an issue's state is kept by it, the report quotes it). To show an issue in English,
`shown(message)` reads the stored text back against the templates the importer writes it from
(below: the same wording, with the changing parts as `{name}`), and gives the template's
translation with the same parts put in; the reasons of an interpreted value («punktum lest som
desimaltegn») are translated one by one. A stored text that matches no template (an older
version's wording) is shown as stored. Reading the text back, rather than storing a key and
its arguments beside it, keeps the schema and the importer's hot path as they are, and shows
the issues of every project file ever imported in English too.

A test imports the demo returns and the crafted corpus and checks every issue matches.
"""

from __future__ import annotations

import re
from functools import cache

from desktop.core.i18n import NORWEGIAN, language, mark, tr
from desktop.core.readback import pattern

# The messages of parse.py and service.py; those of one cell's value are values.py's
# (`templates()` gives them all; values.py is read only when an issue is shown in English, as
# it loads the list matcher).
OWN_TEMPLATES: tuple[str, ...] = (
    mark("«{raw}» tolket som {shown} ({reasons})."),
    mark("«{raw}» tolket som {shown}."),
    mark("Arket «{sheet}» finnes ikke i filen."),
    mark("«{label}» er ikke fylt ut."),
    mark("Feltet «{label}» finnes ikke i arket."),
    mark("Fant ikke overskriftsraden i arket «{sheet}» (kolonnenavnene stemmer ikke med "
         "spørreskjemaet)."),
    mark("Kolonnen «{label}» mangler i arket «{sheet}»."),
    mark("Ukjent kolonne «{name}» er tatt vare på som merknad."),
    mark("Raden «{text}» er en summerings- eller merknadsrad og er ikke importert."),
    mark("Rad {row} har en annen verdi for «{label}» enn rad {prev}; verdien på rad {prev} er "
         "beholdt."),
    mark("Rad {row} mangler «{label}» og er lest som en fortsettelse av rad {prev} (verdiene er "
         "lagt til der)."),
    mark("Rad {row} mangler «{label}» og er lest som en fortsettelse av rad {prev}."),
    mark("Systemet er merket som ikke lenger i bruk."),
    mark("«{name}» står også på rad {row} i samme fil."),
    mark("Skjemaet er laget i et annet prosjekt enn dette; det er importert for samme kommune."),
    mark("Kommunenummeret i arket ({found}) er ikke {number} {name}, som filen ble importert "
         "for."),
)

# Why a file imports nothing (rejection.py, files.py, limits.py, readers.py, scan_*.py,
# service.py): the import result's message, not stored; read back the same way where shown.
REJECTIONS: tuple[str, ...] = (
    mark("{file}: filen er skadet eller ufullstendig og kan ikke leses ({detail})."),
    mark("{file}: filen er skadet eller ufullstendig og kan ikke leses."),
    mark("{file}: filen er passordbeskyttet. Be kommunen sende den uten passord."),
    mark("{file}: filen mangler {what} (delen «{part}» finnes ikke i filen). Den er skadet; be "
         "kommunen lagre og sende den på nytt."),
    mark("{file}: filen er tom (0 byte)."),
    mark("{file}: regnearket er tomt."),
    mark("{file}: filen er ikke et regneark ({kind}). Bruk .xlsx, .xlsm, .ods eller .xls."),
    mark("{file}: filen pakker seg ut til mer enn tillatt størrelse og blir ikke lest (mulig "
         "«zip-bombe»)."),
    mark("{file}: filen er ikke et regneark («{mime}»)."),
    mark("{file}: binært Excel-format (.xlsb) støttes ikke. Lagre filen som .xlsx."),
    mark("{file}: filen er et Word-dokument, ikke et regneark."),
    mark("{file}: filen mangler arbeidsboken (xl/workbook.xml); den er skadet eller ikke et "
         "regneark."),
    mark("{file}: filen er en zip-fil, ikke et regneark."),
    mark("{file}: filen er større enn {mb} MB og blir ikke lest."),
    mark("{file}: er en snarvei til en fil utenfor mappen som ble valgt ({target}), og blir "
         "ikke lest."),
    mark("{file}: kan ikke leses ({reason})."),
    mark("{file}: er ikke en vanlig fil, men {kind}, og blir ikke lest."),
    mark("{file}: ukjent malversjon «{version}». Denne versjonen av Samdrift leser {versions}."),
    mark("{file}: skjemaet er laget for kommune {number}, som ikke er med i prosjektet."),
    mark("{file}: skjemaet er laget for {number} {name}, ikke for {chosen}."),
    mark("{file}: kommune «{chosen}» er ikke med i prosjektet."),
    mark("{file}: kommunenummer {number} i arket «Kommune» er ikke med i prosjektet."),
    mark("{file}: finner ikke hvilken kommune svaret gjelder (ingen skjema-ID, kommunenummer "
         "eller kjent kommunenavn). Velg kommunen selv."),
    mark("{file}: arket «{sheet}» har innhold nedenfor rad {max} (i celle {cell}). Et svar kan "
         "ha høyst {max} rader per ark; slett det som står under tabellen, og lagre filen på "
         "nytt."),
    mark("{file}: arket «{sheet}» har innhold til høyre for kolonne {last} (i celle {cell}). Et "
         "svar kan ha høyst {max} kolonner per ark (til {last}); slett det som står til høyre "
         "for tabellen, og lagre filen på nytt."),
    mark("{file}: arket «{sheet}» er for stort: {rows} rader × {cols} kolonner (til celle "
         "{cell}) er over grensen på {max} celler per ark."),
    mark("{file}: arket «{sheet}» har mer tekst enn et svar kan ha (over {mb} MB) og blir ikke "
         "lest."),
    mark("{file}: arket «{sheet}» har over {max} utfylte celler og blir ikke lest."),
    mark("{file}: arket «{sheet}» har over {max} flettede områder og blir ikke lest."),
    mark("{file}: arkene er til sammen over grensen på {max} celler og blir ikke lest."),
    mark("{file}: arkene har til sammen over {max} utfylte celler og blir ikke lest."),
    mark("{file}: filen har mer tekst enn et svar kan ha (over {mb} MB) og blir ikke lest."),
    mark("{file}: filen har over {max} ulike tekster og blir ikke lest."),
    mark("{file}: delen «{part}» er over {mb} MB og blir ikke lest."),
    mark("{file}: filen kunne ikke importeres på grunn av en feil i Samdrift; ingenting fra den "
         "er lagret. Meld gjerne fra og legg ved filen."),
    mark("{file}: lesingen av filen stoppet uventet (hjelpeprosessen som leser filene, ble "
         "avsluttet); ingenting fra den er lagret. Prøv å importere den på nytt."),
)
# the kinds of content a file is instead of a spreadsheet (readers.py)
CONTENT_KINDS: tuple[str, ...] = (
    mark("en PDF-fil"), mark("et bilde"), mark("en tekst-, HTML- eller XML-fil"),
    mark("ukjent innhold"),
)

# What norwegian.py says about a value read with a guess (joined by "; " in a message).
REASONS: tuple[str, ...] = (
    mark("punktum lest som desimaltegn"),
    mark("komma lest som desimaltegn"),
    mark("punktum lest som desimaltegn, men kan være tusenskille"),
    mark("komma lest som desimaltegn, men kan være tusenskille"),
    mark("punktum lest som tusenskille, men kan være desimaltegn"),
    mark("komma lest som tusenskille, men kan være desimaltegn"),
    mark("punktum lest som tusenskille"),
    mark("komma lest som tusenskille"),
    mark("omtrentlig verdi"),
    mark("omtrentlig"),
    mark("midtpunktet i intervallet"),
    mark("midtpunktet i intervallet, avrundet opp"),
    mark("regnet om fra millioner"),
    mark("regnet om fra milliarder"),
    mark("regnet om fra tusen"),
    mark("beløp per måned ganget med 12"),
    mark("prosent av et årsverk"),
    mark("teksten etter tallet er ikke tatt med"),
    mark("Excel-datonummer"),
    mark("siste dag i perioden"),
    mark("siste dag i måneden"),
    mark("siste dag i året"),
)

_PART = re.compile(r"\{(\w+)\}")


@cache
def templates() -> tuple[str, ...]:
    """Every template an import issue's message is written from."""
    from desktop.core.importing.values import _MESSAGES as CELL_MESSAGES

    return (*CELL_MESSAGES.values(), *OWN_TEMPLATES, *REJECTIONS)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # the templates with the most fixed text first: «… tolket som {shown} ({reasons}).» before
    # «… tolket som {shown}.»
    ordered = sorted(dict.fromkeys(templates()), key=lambda t: -len(_PART.sub("", t)))
    return tuple((t, pattern(t)) for t in ordered)


def match(message: str) -> tuple[str, dict[str, str]] | None:
    """The template a stored message was written from, with its parts; None if none fits."""
    for template, regex in _patterns():
        m = regex.fullmatch(message)
        if m is not None:
            return template, m.groupdict()
    return None


def _part(name: str, value: str) -> str:
    """A part as shown: the reasons translated, the others (cell texts, labels of the
    Norwegian questionnaire, numbers, dates) as they are."""
    if name == "reasons":
        return "; ".join(tr(r) for r in value.split("; "))
    if name == "kind":
        return tr(value)
    return value


def shown(message: str) -> str:
    """A stored issue message, or an import result's, in the current language (as written
    when Norwegian)."""
    if language() == NORWEGIAN or not message:
        return message
    found = match(message)
    if found is None:
        return message
    template, parts = found
    translated = tr(template)
    if translated == template:
        return message
    return _PART.sub(lambda m: _part(m.group(1), parts.get(m.group(1), m.group(0))),
                     translated)
