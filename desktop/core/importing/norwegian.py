"""Numbers, dates and list values the way Norwegians type them in spreadsheets (no Qt).

The number and date readers work on text already cleaned by `clean_text` and lower-cased. They
return the value and the guesses made to get it, as `(code, reason)` notes with the most
important first, so the caller can flag the value as interpreted; they raise `Unreadable` when
no reading is safe. `ListMatcher` finds the list value a hand-typed text stands for.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from calendar import monthrange

from rapidfuzz import fuzz, process

Notes = list[tuple[str, str]]


class Unreadable(ValueError):
    """The text has no safe reading; `code` says why (e.g. "not_a_number", "negative")."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


_SPACES = str.maketrans(
    {"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u3000": " ",
     "\u200b": None, "\u2060": None, "\ufeff": None, "\u00ad": None}
)


def clean_text(text: str) -> str:
    """NFC (macOS gives NFD), no-break and thin spaces as spaces, zero-width marks gone, trimmed."""
    if text.isascii():
        return text.strip()
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.translate(_SPACES).strip()


def format_number(x: int | float) -> str:
    """Norwegian form for messages: `45 000`, `2,5`."""
    if isinstance(x, float):
        if not x.is_integer():
            text = repr(x)
            if "e" in text:
                return text.replace(".", ",")
            whole, _, frac = text.partition(".")
            return f"{int(whole):,}".replace(",", " ") + "," + frac
        x = int(x)
    return f"{x:,}".replace(",", " ")


def format_date(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


# ---------------------------------------------------------------- markers for "not known"

UNKNOWN_MARKERS = frozenset({
    "?", "ukjent", "ukjend", "vet ikke", "vet ikkje", "veit ikke", "veit ikkje", "ikke kjent",
    "ikkje kjent", "usikker", "-", "--", "---", "–", "—", "n/a", "n.a", "na", "x", "xx",
    "ikke oppgitt", "ikkje oppgitt", "ikke relevant", "ikkje relevant", "tbd",
})
DATE_MARKERS = UNKNOWN_MARKERS | {
    "løpende", "løpande", "løpende avtale", "ingen", "ubestemt", "tidsubestemt", "ikke avtalt",
    "ingen utløpsdato", "ingen sluttdato", "ingen avtale", "evigvarende", "ikke fastsatt",
    "uavklart", "ikke bestemt",
}
ZERO_WORDS = frozenset({"ingen", "null"})


def is_marker(s: str, markers: frozenset[str]) -> bool:
    """`s` is lower-cased; `Vet ikke.`, `??` and `vet  ikke` are markers too."""
    if s in markers:
        return True
    s = " ".join(s.rstrip(".!").split())
    return s in markers or (s != "" and s.strip("?") == "")


# ---------------------------------------------------------------- numbers

_END = r"(?![a-zæøå])"
_PREFIX = re.compile(
    rf"(?:(?P<cur>kroner|kr|nok){_END}\.?|\+"
    rf"|(?P<approx>(?:ca|c\.a|cirka|circa|omtrent|omtr|om ?lag|rundt|anslagsvis|anslått|estimert"
    rf"|est|nesten|minst|over|under|mer enn|mindre enn|opp ?til|inntil|maksimalt|maks|min){_END}"
    r"\.?|[~≈]|[<>≥≤]=?))\s*:?\s*"
)
_SUFFIX = re.compile(
    r"\s*(?:(?P<dash>[,.:]\s?[-–—]+)"
    r"|(?<![a-zæøå])(?:kroner|kr|nok)\.?"
    r"|(?:(?<![a-zæøå])(?:pr\.?|per|i)\s*|/\s*)år(?:et)?\.?|(?<![a-zæøå])årlig"
    r"|(?P<approx>\+|\?+|(?<![a-zæøå])ca\.?|-?ish)"
    r"|(?<=\d)\.)$"
)
_NUM = r"(?:\d{1,3}(?:[ .,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|[.,]\d+)(?!\d)"
_MAIN = re.compile(
    rf"(?P<neg>[-−–]\s*)?(?P<a>{_NUM})(?:\s*(?:[-–—−]|til)\s*(?P<b>{_NUM}))?(?P<tail>.*)", re.S
)
_SPACED = re.compile(r"\d{1,3}(?: \d{3})+(?:,\d+)?|\d+,(?!\d{3}$)\d+")  # 1 200,5: no guess
_PARTS = re.compile(r"(\d{1,3}(?:[ .,]\d{3})+|\d+)?(?:([.,])(\d+))?")
_CURRENCY_LEAD = re.compile(rf"^(?:kroner|kr|nok){_END}\.?\s*")
_SCALE = re.compile(
    rf"(?:(?P<m>mill(?:ion(?:er)?)?|mln|mnok|mkr)|(?P<g>mrd|milliard(?:er)?)|(?P<k>tusen|k|tkr|tnok))"
    rf"{_END}\.?\s*"
)
_PER_MONTH = re.compile(
    r"(?:/\s*|pr\.?\s*|per\s*|i\s*)?(?:mnd|måned(?:en)?)\.?|månedlig", re.S
)
_PERCENT = re.compile(r"(?:%|prosent|pst\.?)")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[a-zæøå]")

# Most important guess first: the problem code is the first note.
_ORDER = ("range", "approximate", "scaled", "per_month", "percent", "word_as_number",
          "ambiguous_thousands", "thousands_separator", "decimal_point", "number_with_text")
_SEP_NAME = {".": "punktum", ",": "komma"}


def _to_number(tok: str, decimal_field: bool, whole_hint: bool, notes: dict[str, str]
               ) -> int | float:
    """One number token; `whole_hint` when `,-` followed (so a dot can only group thousands)."""
    if tok.isdigit():
        return int(tok)
    if _SPACED.fullmatch(tok):
        return float(tok.replace(" ", "").replace(",", ".")) if "," in tok else int(
            tok.replace(" ", ""))
    m = _PARTS.fullmatch(tok)
    if m is None:
        raise Unreadable("not_a_number")
    head, fsep, frac = m.group(1) or "0", m.group(2), m.group(3)
    seps = {c for c in head if not c.isdigit()}
    if len(seps) > 1 or (fsep is not None and fsep in seps):
        raise Unreadable("not_a_number")
    sep = seps.pop() if seps else None
    groups = head.split(sep) if sep else [head]
    if sep in (".", ",") and frac is None and len(groups) == 2 and not whole_hint:
        # One dot or comma before three digits (45.000, 1,500): a decimal sign after a lone 0
        # and a comma in a decimal field; otherwise the kind decides, flagged as a guess.
        name, as_decimal = _SEP_NAME[sep], float(f"{groups[0]}.{groups[1]}")
        if groups[0] == "0" or (decimal_field and sep == ","):
            if sep == ".":
                notes["decimal_point"] = "punktum lest som desimaltegn"
            return as_decimal
        if decimal_field:
            notes["ambiguous_thousands"] = f"{name} lest som desimaltegn, men kan være tusenskille"
            return as_decimal
        notes["ambiguous_thousands"] = f"{name} lest som tusenskille, men kan være desimaltegn"
    elif sep in (".", ","):
        notes["thousands_separator"] = f"{_SEP_NAME[sep]} lest som tusenskille"
    if fsep == ".":
        notes["decimal_point"] = "punktum lest som desimaltegn"
    digits = "".join(groups)
    return float(f"{digits}.{frac}") if frac is not None else int(digits)


def read_number(s: str, kind: str) -> tuple[int | float, Notes]:
    """Read a cleaned, lower-cased text as a number ≥ 0 for an "integer", "decimal" or "amount"."""
    if s in ZERO_WORDS:
        return 0, [("word_as_number", "")]
    decimal_field = kind == "decimal"
    notes: dict[str, str] = {}
    whole_hint = False
    while s and not s[0].isdigit() and (m := _PREFIX.match(s)) and m.end() < len(s):
        if m.group("approx"):
            notes["approximate"] = "omtrentlig verdi"
        s = s[m.end():]
    while s and not s[-1].isdigit() and (m := _SUFFIX.search(s, max(0, len(s) - 16))) and (
            m.start() > 0):
        if m.group("dash"):
            whole_hint = True
        elif m.group("approx"):
            notes["approximate"] = "omtrentlig verdi"
        s = s[: m.start()]
    m = _MAIN.fullmatch(s)
    if m is None:
        raise Unreadable("not_a_number")
    if m.group("neg"):
        raise Unreadable("negative")
    value: int | float = _to_number(m.group("a"), decimal_field, whole_hint, notes)
    if m.group("b"):
        b = _to_number(m.group("b"), decimal_field, whole_hint, notes)
        if m.group("a").isdigit() and not m.group("b").isdigit() and value * 1000 <= b < 10**6:
            value *= 1000  # "40-50 000" is 40 000 to 50 000
        value = (value + b) / 2
        reason = "midtpunktet i intervallet"
        if kind == "integer" and not value.is_integer():
            value, reason = int(value + 0.5), reason + ", avrundet opp"
        notes["range"] = reason
    tail = _CURRENCY_LEAD.sub("", m.group("tail").strip(), count=1)
    if tail and (sm := _SCALE.match(tail)):
        factor, word = (10**6, "millioner") if sm.group("m") else (
            (10**9, "milliarder") if sm.group("g") else (1000, "tusen"))
        value = round(value * factor, 6)
        notes["scaled"] = f"regnet om fra {word}"
        tail = _CURRENCY_LEAD.sub("", tail[sm.end():], count=1).strip()
    if tail and kind == "amount" and _PER_MONTH.fullmatch(tail):
        value, tail = value * 12, ""
        notes["per_month"] = "beløp per måned ganget med 12"
    elif tail and _PERCENT.match(tail):
        if not decimal_field:
            raise Unreadable("not_a_number")
        value, tail = round(value / 100, 9), ""
        notes["percent"] = "prosent av et årsverk"
    if tail:
        if _DIGIT.search(tail) or not _LETTER.search(tail):
            raise Unreadable("not_a_number")
        notes["number_with_text"] = "teksten etter tallet er ikke tatt med"
    return value, sorted(notes.items(), key=lambda kv: _ORDER.index(kv[0]))


# ---------------------------------------------------------------- dates

EXCEL_EPOCH = dt.date(1899, 12, 30)
SERIAL_RANGE = (20000, 80000)  # 1954-10-03 … 2119-01-10
YEAR_RANGE = (1900, 2199)

MONTHS = {
    "jan": 1, "januar": 1, "january": 1, "feb": 2, "febr": 2, "februar": 2, "february": 2,
    "mar": 3, "mars": 3, "march": 3, "apr": 4, "april": 4, "mai": 5, "may": 5,
    "jun": 6, "juni": 6, "june": 6, "jul": 7, "juli": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "okt": 10, "oktober": 10, "oct": 10, "october": 10,
    "nov": 11, "november": 11, "des": 12, "desember": 12, "dec": 12, "december": 12,
}

_TIME = r"(?:[ t]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?)?"
_DATE_PREFIX = re.compile(
    rf"(?:(?P<approx>ca|c\.a|cirka|circa|omtrent|omtr|rundt|anslagsvis){_END}\.?|[~≈]"
    rf"|(?:innen utgangen av|utgangen av|slutten av|innen|ut|t\.o\.m|tom|til|per|pr|utløper"
    rf"|utgår){_END}\.?)\s*:?\s*"
)
_SERIAL = re.compile(r"\d{5}(?:[.,]\d+)?")
_DMY = re.compile(rf"(\d{{1,2}})\s*([./-])\s*(\d{{1,2}})\s*\2\s*(\d{{4}}|\d{{2}}){_TIME}")
_YMD = re.compile(rf"(\d{{4}})([-./])(\d{{1,2}})\2(\d{{1,2}}){_TIME}")
_D_MONTH_Y = re.compile(r"(\d{1,2})\.?\s*([a-zæøå]+)\.?,?\s*(\d{4}|\d{2})")
_MONTH_Y = re.compile(r"([a-zæøå]+)\.?,?\s*(\d{4})")
_M_Y = re.compile(r"(\d{1,2})\s*[./-]\s*(\d{4})")
_Y_M = re.compile(r"(\d{4})\s*[./-]\s*(\d{1,2})")
_QUARTER = re.compile(r"[qk]\s*([1-4])\s*[-/]?\s*(\d{4})|([1-4])\.?\s*(?:kvartal|kv\.?)\s*(\d{4})")
_HALF = re.compile(r"([12])\.?\s*halvår\s*(\d{4})")
_YEAR = re.compile(r"\d{4}")


def serial_to_date(n: float) -> dt.date | None:
    """An Excel day number (1900 system) in a plausible range, else None."""
    if SERIAL_RANGE[0] <= n <= SERIAL_RANGE[1]:
        return EXCEL_EPOCH + dt.timedelta(days=int(n))
    return None


def make_date(year: int, month: int, day: int | None = None) -> dt.date:
    """The date, or the last day of the month when `day` is None; `Unreadable` if impossible."""
    if year < 100:
        year += 2000
    if not (YEAR_RANGE[0] <= year <= YEAR_RANGE[1]) or not 1 <= month <= 12:
        raise Unreadable("invalid_date")
    if day is None:
        day = monthrange(year, month)[1]
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise Unreadable("invalid_date") from None


def _month(name: str) -> int:
    if name not in MONTHS:
        raise Unreadable("not_a_date")
    return MONTHS[name]


def read_date(s: str) -> tuple[dt.date, Notes]:
    """Read a cleaned, lower-cased text as a date; a month or year alone gives its last day."""
    notes: Notes = []
    approx = False
    while (m := _DATE_PREFIX.match(s)) and m.end() < len(s):
        approx = approx or bool(m.group("approx") or m.group(0)[0] in "~≈")
        s = s[m.end():]
    if s.endswith(".") and s[-2:-1].isdigit():
        s = s[:-1]
    if _SERIAL.fullmatch(s) and (d := serial_to_date(float(s.replace(",", ".")))):
        notes.append(("excel_serial_date", "Excel-datonummer"))
    elif m := _DMY.fullmatch(s):
        d = make_date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
    elif m := _YMD.fullmatch(s):
        d = make_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    elif (m := _QUARTER.fullmatch(s)) or (m := _HALF.fullmatch(s)):
        n, year = [g for g in m.groups() if g is not None]
        d = make_date(int(year), int(n) * (3 if m.re is _QUARTER else 6))
        notes.append(("period", "siste dag i perioden"))
    elif m := _D_MONTH_Y.fullmatch(s):
        d = make_date(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
    elif (m := _MONTH_Y.fullmatch(s)) or (m := _M_Y.fullmatch(s)):
        month = _month(m.group(1)) if m.re is _MONTH_Y else int(m.group(1))
        d = make_date(int(m.group(2)), month)
        notes.append(("month_year", "siste dag i måneden"))
    elif m := _Y_M.fullmatch(s):
        d = make_date(int(m.group(1)), int(m.group(2)))
        notes.append(("month_year", "siste dag i måneden"))
    elif _YEAR.fullmatch(s):
        d = make_date(int(s), 12)
        notes.append(("year_only", "siste dag i året"))
    else:
        raise Unreadable("not_a_date")
    if approx:
        notes.append(("approximate", "omtrentlig"))
    return d, notes


# ---------------------------------------------------------------- words for list values

# What municipalities write instead of a list value (matched case-, space- and punctuation-
# insensitively, flagged as interpreted). Only words that safely mean one value: `Oppvekst`
# (school, kindergarten or child welfare) is deliberately absent.
LIST_SYNONYMS: dict[str, tuple[str, ...]] = {
    # A: Tjenesteområde
    "Helse og omsorg": ("omsorg", "pleie og omsorg", "helse og velferd", "helse, pleie og omsorg"),
    "NAV og sosial": ("nav", "sosial", "sosialtjenesten"),
    "Skole": ("grunnskole", "skoler", "undervisning"),
    "Kultur og fritid": ("kultur", "bibliotek", "fritid"),
    "Plan, bygg og geodata": ("plan og bygg", "byggesak", "geodata", "gis", "kart og oppmåling",
                              "oppmåling"),
    "Teknisk og eiendom": ("teknisk", "eiendom", "kommunalteknikk", "tekniske tjenester"),
    "Økonomi": ("regnskap", "økonomi og regnskap"),
    "Lønn og personal": ("lønn", "personal", "hr", "personal og lønn"),
    "Sak, arkiv og politikk": ("sak og arkiv", "arkiv", "saksbehandling", "politikk",
                               "dokumenthåndtering"),
    "Innbyggerdialog og nettsider": ("nettsider", "nettside", "hjemmeside", "innbyggerdialog",
                                     "selvbetjening"),
    "Fellesløsninger og infrastruktur": ("fellesløsninger", "infrastruktur", "fellessystemer"),
    "Annet": ("annen", "andre", "diverse", "øvrig", "øvrige"),
    # B: Driftsform
    "Egen drift": ("lokal drift", "lokalt", "egen server", "egne servere", "internt",
                   "intern drift", "eget datarom", "on-premise", "on-prem", "drifter selv"),
    "Annen kommune eller IKT-samarbeid": ("ikt-samarbeid", "interkommunalt", "interkommunal",
                                          "interkommunalt samarbeid", "vertskommune",
                                          "vertskommunesamarbeid", "annen kommune",
                                          "nabokommune", "iks", "samarbeid"),
    "Leverandørdrift (ASP)": ("leverandør", "leverandørdrift", "hosting", "hostet",
                              "driftes av leverandør", "ekstern drift", "ekstern leverandør",
                              "asp-løsning", "outsourcet"),
    "Skytjeneste (SaaS)": ("sky", "cloud", "skyløsning", "skytjeneste", "nettsky", "i skyen",
                           "saas-løsning"),
    # C: Funksjon
    "IT-ledelse": ("ledelse", "it-leder", "ikt-leder", "ikt-ledelse", "it-sjef"),
    "Drift og infrastruktur": ("drift", "infrastruktur", "serverdrift"),
    "Brukerstøtte og klientdrift": ("brukerstøtte", "support", "helpdesk", "servicedesk",
                                    "klientdrift"),
    "Systemforvaltning": ("forvaltning", "applikasjonsforvaltning", "fagsystemforvaltning"),
    "Utvikling og digitalisering": ("utvikling", "digitalisering"),
    "Informasjonssikkerhet": ("sikkerhet", "it-sikkerhet", "ikt-sikkerhet", "infosikkerhet"),
    # D: infrastructure services
    "Katalogtjeneste (AD)": ("active directory", "katalog", "katalogtjeneste", "azure ad",
                             "entra id"),
    "E-post": ("epost", "e-mail", "email", "mail", "exchange"),
    "Fil og utskrift": ("filserver", "filtjeneste", "utskrift", "print", "printer"),
    "Sikkerhetskopi": ("backup", "sikkerhetskopiering"),
    "Endepunktsikkerhet": ("antivirus", "endpoint", "edr", "endepunktbeskyttelse"),
    "Overvåking": ("overvåkning", "monitorering", "monitoring"),
    "Database": ("databaser", "sql", "sql server"),
    "Brannmur": ("firewall", "brannmurer"),
    "WAN og linjer": ("wan", "linjer", "samband", "datalinjer", "internettlinje"),
    "Telefoni": ("telefon", "sentralbord", "mobiltelefoni", "ip-telefoni"),
    "Servicedesk": ("brukerstøtte", "helpdesk", "support"),
    "Klientdrift": ("pc-drift", "klienter", "klient"),
}


_NOT_WORD = re.compile(r"[\W_]+")
_PARENS = re.compile(r"\s*\(([^()]+)\)")
FUZZY_MIN, FUZZY_MARGIN = 85.0, 10.0  # rapidfuzz ratio for a typo, and lead over the runner-up


def _key(s: str) -> str:
    return " ".join(s.casefold().split())


def _loose(key: str) -> str:
    return _NOT_WORD.sub("", key)


class ListMatcher:
    """One list's values with every lookup precomputed (build once per field, reuse)."""

    def __init__(self, choices: tuple[str, ...], open_list: bool) -> None:
        self.open = open_list
        self.exact = {_key(c): c for c in choices}
        self.loose = {_loose(k): c for k, c in self.exact.items()}
        self.forgiving: dict[str, str | None] = {}  # code or synonym → value (None: ambiguous)
        names = {c: list(dict.fromkeys((k, _PARENS.sub("", k)))) for k, c in self.exact.items()}
        for c in choices:
            for word in map(_key, _PARENS.findall(c) + list(LIST_SYNONYMS.get(c, ()))):
                if word not in names[c]:
                    names[c].append(word)
                if (loose := _loose(word)) not in self.loose:
                    self.forgiving[loose] = c if self.forgiving.get(loose, c) == c else None
        # Every name of every value: for texts starting with one ("Helse og omsorg, legevakt"),
        # for texts naming two ("Egen drift, men backup i sky") and for typos.
        self.starts = sorted(((n, c) for c, ns in names.items() for n in ns if len(n) >= 3),
                             key=lambda nc: -len(nc[0]))
        self.mentions = {c: re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ns)) + r")(?!\w)")
                         for c, ns in names.items()}
        corpus = [(_loose(n), c) for c, ns in names.items() for n in ns if len(_loose(n)) >= 4]
        self.corpus_keys = [k for k, _ in corpus]
        self.corpus_values = [c for _, c in corpus]

    def match(self, text: str) -> tuple[str | None, bool]:
        """The list value for a cleaned text and whether it was a guess; (None, False) if none is
        safe. Case, spacing and punctuation differences are no guess; codes (`SaaS`), synonyms
        (`Sky`), beginnings (`Helse`), a value followed by a remark (closed lists only: an open
        list keeps such text as typed) and typos (`Barnehgae`) are."""
        key = _key(text)
        if (c := self.exact.get(key) or self.loose.get(loose := _loose(key))) is not None:
            return c, False
        if loose in self.forgiving:
            return self.forgiving[loose], self.forgiving[loose] is not None
        if len(loose) >= 3:
            found = {c for k, c in self.loose.items() if k.startswith(loose)}
            if len(found) == 1:
                return found.pop(), True
        if not self.open:
            for name, c in self.starts:
                if key.startswith(name) and not key[len(name): len(name) + 1].isalnum():
                    rest = key[len(name):]
                    if any(p.search(rest) for o, p in self.mentions.items() if o != c):
                        return None, False  # names two values
                    return c, True
        if len(loose) >= 4 and self.corpus_keys:
            hits = process.extract(loose, self.corpus_keys, scorer=fuzz.ratio, limit=8,
                                   score_cutoff=FUZZY_MIN - FUZZY_MARGIN)
            if hits and hits[0][1] >= FUZZY_MIN:
                best = self.corpus_values[hits[0][2]]
                others = [score for _, score, i in hits if self.corpus_values[i] != best]
                if not others or hits[0][1] - others[0] >= FUZZY_MARGIN:
                    return best, True
        return None, False
