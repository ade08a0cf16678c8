"""One questionnaire cell to one typed value (/work/shared/spec/questionnaire.md).

`parse_cell(field, cell)` takes what a spreadsheet reader gives (None, str, int, float, bool,
date, datetime, time) and returns a `Parsed`: the value, the raw text as typed, whether the value
was read with a guess (`interpreted`, always shown to the user) and at most one `Problem` with a
Norwegian message quoting the raw text. Nothing typed is lost (`raw` is kept when the value
cannot be read) and nothing is guessed silently. The Norwegian readings themselves (numbers,
dates, list words) are in `norwegian.py`. Pure Python, no Qt; ~600 000 cells are read in a few
seconds (bench/bench_values.py).
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
import re
from collections.abc import Callable
from dataclasses import dataclass

from desktop.core.importing.norwegian import (
    DATE_MARKERS,
    UNKNOWN_MARKERS,
    ListMatcher,
    Notes,
    Unreadable,
    clean_text,
    format_date,
    format_number,
    is_marker,
    read_date,
    read_number,
    serial_to_date,
)
from desktop.core.questionnaire.spec import Field, Kind

__all__ = ["Parsed", "Problem", "parse_cell", "reader_for"]


@dataclass(frozen=True, slots=True)
class Problem:
    severity: str  # "error" (value could not be read) | "warning" (interpreted) | "info"
    code: str  # short stable id, e.g. "not_a_number", "approximate", "list_value_fuzzy"
    message: str  # Norwegian, one sentence for the user, quoting the raw value


@dataclass(frozen=True, slots=True)
class Parsed:
    value: object  # int | float | datetime.date | str | None
    raw: str | None  # the cell's content as text exactly as typed (None for an empty cell)
    interpreted: bool  # read with a guess: must be flagged to users
    problem: Problem | None  # None when clean


_new = object.__new__
_SETTERS = tuple(getattr(Parsed, name).__set__ for name in ("value", "raw", "interpreted",
                                                            "problem"))
_set_value, _set_raw, _set_interpreted, _set_problem = _SETTERS


def _make(value: object, raw: str | None, interpreted: bool, problem: Problem | None) -> Parsed:
    """`Parsed(...)` without the frozen dataclass's __init__: the same object, 2-3× faster."""
    parsed = _new(Parsed)
    _set_value(parsed, value)
    _set_raw(parsed, raw)
    _set_interpreted(parsed, interpreted)
    _set_problem(parsed, problem)
    return parsed


EMPTY = Parsed(None, None, False, None)
_INTEGER, _DECIMAL, _AMOUNT, _DATE = Kind.INTEGER, Kind.DECIMAL, Kind.AMOUNT, Kind.DATE

_MESSAGES = {
    "not_a_number": "«{raw}» er ikke et tall.",
    "number_too_large": "«{raw}» er et urimelig stort tall og er lagret uten verdi.",
    "negative": "«{raw}» er negativt, men verdien kan ikke være mindre enn 0.",
    "not_whole_number": "«{raw}» er ikke et helt tall.",
    "formula_without_value": "«{raw}» er en formel uten lagret verdi; skriv inn selve verdien.",
    "formula_error": "«{raw}» er en feilverdi fra en formel i regnearket.",
    "date_not_number": "«{raw}» er en dato, ikke et tall (Excel gjør iblant tall om til datoer).",
    "not_a_date": "«{raw}» er ikke en dato.",
    "time_not_date": "«{raw}» er et klokkeslett, ikke en dato.",
    "invalid_date": "«{raw}» er ikke en gyldig dato.",
    "bad_municipality_number": "«{raw}» er ikke et kommunenummer på fire siffer.",
    "invalid_email": "«{raw}» ser ikke ut som en e-postadresse.",
    "unknown_marker": "«{raw}» er merket som ukjent, og feltet er lagret uten verdi.",
    "unknown_date": "«{raw}» er lest som at det ikke finnes en kjent dato; feltet er lagret tomt.",
    "list_value_fuzzy": "«{raw}» er lest som «{value}».",
    "list_value_unknown": "«{raw}» er ikke en av verdiene i listen for «{label}».",
}
_FORMULA_ERRORS = frozenset({"#ref!", "#value!", "#n/a", "#div/0!", "#name?", "#num!", "#null!",
                             "#spill!", "#calc!", "#getting_data", "err:502", "err:504", "#i/t"})
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# 1 200 | kr 1 200,50 | 2,5 | 45 000,- : read without a guess. (Not 1,200: a comma before three
# digits may be a thousands separator; read_number flags that.)
_PLAIN_NUMBER = re.compile(
    r"(?:kr\.?|nok)?\s*(\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,(?!\d{3}(?!\d))\d+)?)"
    r"\s*(?:,-|\.-|kr\.?|nok|kroner)?", re.IGNORECASE)
_PLAIN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")  # 31.12.2027
_NUMBER_KINDS: dict[object, str] = {_INTEGER: "integer", _DECIMAL: "decimal", _AMOUNT: "amount"}
_MEMO_SIZE = 4096
_INF = math.inf
# No figure of a questionnaire comes near this (Norway's state budget is about 2 × 10^12 kr);
# beyond it a value is an error, not a number to store (SQLite's integers end at 9.2 × 10^18).
MAX_NUMBER = 10**15
# Texts already read, per kind: "?", "0", "ukjent" and list values recur in every return.
_MEMO: dict[object, dict[str, Parsed]] = {k: {} for k in (_INTEGER, _DECIMAL, _AMOUNT, _DATE)}


def _quote(raw: str) -> str:
    raw = " ".join(raw.split())
    return raw if len(raw) <= 60 else raw[:59] + "…"


def _problem(severity: str, code: str, raw: str, template: str | None = None, **kw: str
             ) -> Problem:
    return Problem(severity, code, _MESSAGES[template or code].format(raw=_quote(raw), **kw))


def _error(code: str, raw: str, template: str | None = None) -> Parsed:
    return _make(None, raw, False, _problem("error", code, raw, template))


def _interpreted(value: object, raw: str, notes: Notes, shown: str) -> Parsed:
    reasons = "; ".join(r for _, r in notes if r)
    message = f"«{_quote(raw)}» tolket som {shown}" + (f" ({reasons})." if reasons else ".")
    return _make(value, raw, True, Problem("warning", notes[0][0], message))


def _raw(cell: object) -> str:
    """The text form of a non-text cell: whole floats as integers, dates in ISO form."""
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() and abs(cell) < 1e16 else float.__repr__(cell)
    if isinstance(cell, int) and cell.bit_length() > 10_000:  # beyond str()'s 4300 digits
        return "(et tall med flere tusen sifre)"
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat(sep=" ")
    if isinstance(cell, dt.date | dt.time):
        return cell.isoformat()
    return str(cell)


def _memoized(memo: dict[str, Parsed], cell: str, parsed: Parsed) -> Parsed:
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    memo[cell] = parsed
    return parsed


def _special(s: str, raw: str, markers: frozenset[str], template: str) -> Parsed | None:
    """The shared readings of a numeric or date text: formulas, error values, unknown markers."""
    if s[0] == "=":
        return _error("formula_without_value", raw)
    low = s.lower()
    if low in _FORMULA_ERRORS:
        return _error("formula_error", raw)
    if is_marker(low, markers):
        return _make(None, raw, False, _problem("info", "unknown_marker", raw, template))
    return None


# ------------------------------------------------------------------ numbers (all ≥ 0)


def _finish_number(kind: object, value: int | float, raw: str) -> Parsed | int | float:
    """The value in its kind's type: int for integers and whole amounts, float for decimals."""
    if not value < MAX_NUMBER:  # also inf and nan, which no text means
        return _error("number_too_large", raw)
    if isinstance(value, float):
        if value.is_integer() or abs(value - round(value)) < 1e-9 * max(1.0, value):
            if kind is not _DECIMAL:  # whole (float noise from a formula included)
                value = int(round(value))
        elif kind is _INTEGER:
            return _error("not_whole_number", raw)
    return float(value) + 0.0 if kind is _DECIMAL else value


def _number(field: Field, cell: object) -> Parsed:
    kind = field.kind
    if isinstance(cell, str):
        memo = _MEMO[kind]
        hit = memo.get(cell)
        return hit if hit is not None else _memoized(memo, cell, _text_number(kind, cell))
    if isinstance(cell, float):
        if 0 <= cell < MAX_NUMBER:  # the fast path for clean numbers
            if cell.is_integer():
                whole = int(cell)
                return _make(cell + 0.0 if kind is _DECIMAL else whole, str(whole), False, None)
            if kind is not _INTEGER:
                return _make(float(cell), float.__repr__(cell), False, None)
        raw = _raw(cell)
        if not math.isfinite(cell):
            return _error("not_a_number", raw)
        if cell < 0:
            return _error("negative", raw)
        if cell >= MAX_NUMBER:
            return _error("number_too_large", raw)
        done = _finish_number(kind, cell, raw)
        return done if isinstance(done, Parsed) else _make(done, raw, False, None)
    if isinstance(cell, int) and not isinstance(cell, bool):
        raw = _raw(cell)
        if cell < 0:
            return _error("negative", raw)
        if cell >= MAX_NUMBER:
            return _error("number_too_large", raw)
        return _make(float(cell) if kind is _DECIMAL else int(cell), raw, False, None)
    if isinstance(cell, dt.date | dt.time):
        return _error("not_a_number", _raw(cell), "date_not_number")
    if isinstance(cell, numbers.Real) and not isinstance(cell, bool):  # numpy, Decimal
        return _number(field, int(cell) if isinstance(cell, numbers.Integral) else float(cell))
    return _error("not_a_number", _raw(cell))  # bool and anything else


def _overflows(s: str) -> bool:
    """A number written the way a program writes one (`1e400`, `1,5E+20`) that is too large."""
    try:
        return not abs(float(s.replace(",", ".").replace(" ", ""))) < MAX_NUMBER
    except ValueError:
        return False


def _text_number(kind: object, cell: str) -> Parsed:
    s = clean_text(cell)
    if not s:
        return EMPTY
    if s.isdigit() and s.isascii():
        if len(s) > 15:
            return _error("number_too_large", cell)
        return _make(float(s) if kind is _DECIMAL else int(s), cell, False, None)
    notes: Notes = []
    if m := _PLAIN_NUMBER.fullmatch(s):
        value: int | float = float(m.group(1).replace(" ", "").replace(",", "."))
    elif (special := _special(s, cell, UNKNOWN_MARKERS, "unknown_marker")) is not None:
        return special
    else:
        try:
            value, notes = read_number(s.lower(), _NUMBER_KINDS[kind])
        except Unreadable as exc:
            return _error("number_too_large" if _overflows(s) else exc.code, cell)
        except (ValueError, OverflowError):  # thousands of digits, or beyond a float
            return _error("number_too_large", cell)
    done = _finish_number(kind, value, cell)
    if isinstance(done, Parsed):
        return done
    if notes:
        return _interpreted(done, cell, notes, format_number(done))
    return _make(done, cell, False, None)


# ------------------------------------------------------------------ dates


def _date(field: Field, cell: object) -> Parsed:
    if isinstance(cell, str):
        memo = _MEMO[_DATE]
        hit = memo.get(cell)
        return hit if hit is not None else _memoized(memo, cell, _text_date(cell))
    if isinstance(cell, dt.datetime):
        return _make(cell.date(), _raw(cell), False, None)
    if isinstance(cell, dt.date):
        return _make(cell, cell.isoformat(), False, None)
    if isinstance(cell, numbers.Real) and not isinstance(cell, bool):
        raw = _raw(cell)
        try:
            n = float(cell)
        except OverflowError:  # an integer beyond a float
            return _error("not_a_date", raw)
        if (value := serial_to_date(n)) is not None:
            return _interpreted(value, raw, [("excel_serial_date", "Excel-datonummer")],
                                format_date(value))
        if n.is_integer() and 1900 <= n <= 2199:  # a year typed into a cell as a number
            value = dt.date(int(n), 12, 31)
            return _interpreted(value, raw, [("year_only", "siste dag i året")],
                                format_date(value))
        return _error("not_a_date", raw)
    if isinstance(cell, dt.time):
        return _error("not_a_date", _raw(cell), "time_not_date")
    return _error("not_a_date", _raw(cell))


def _text_date(cell: str) -> Parsed:
    s = clean_text(cell)
    if not s:
        return EMPTY
    if (m := _PLAIN_DATE.fullmatch(s)) and 1900 <= (year := int(m.group(3))) <= 2199:
        try:
            return _make(dt.date(year, int(m.group(2)), int(m.group(1))), cell, False, None)
        except ValueError:
            return _error("invalid_date", cell)
    if (special := _special(s, cell, DATE_MARKERS, "unknown_date")) is not None:
        return special
    try:
        value, notes = read_date(s.lower())
    except Unreadable as exc:
        return _error(exc.code, cell)
    if notes:
        return _interpreted(value, cell, notes, format_date(value))
    return _make(value, cell, False, None)


# ------------------------------------------------------------------ text, e-mail, municipality


def _text_of(cell: object) -> str:
    if isinstance(cell, bool):
        return "Ja" if cell else "Nei"
    return _raw(cell)


_TEXTS: dict[str, Parsed] = {}  # texts already read: names, vendors and owners recur


def _text(field: Field, cell: object) -> Parsed:
    if isinstance(cell, str):
        if (hit := _TEXTS.get(cell)) is not None:
            return hit
        s = clean_text(cell)
        if not s:
            return EMPTY
        if "\r" in s:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        return _memoized(_TEXTS, cell, _make(s, cell, False, None))
    return _make(_text_of(cell), _raw(cell), False, None)


def _email(field: Field, cell: object) -> Parsed:
    raw = cell if isinstance(cell, str) else _raw(cell)
    s = clean_text(raw)
    if not s:
        return EMPTY
    if s[:7].lower() == "mailto:":
        s = s[7:].strip()
    if _EMAIL.fullmatch(s):
        return _make(s, raw, False, None)
    return _make(s, raw, False, _problem("warning", "invalid_email", raw))


def _municipality(field: Field, cell: object) -> Parsed:
    """Four digits as text; `301` (a program dropped the leading zero) is `0301`."""
    raw = cell if isinstance(cell, str) else _raw(cell)
    s = clean_text(raw)
    if not s:
        return EMPTY
    digits = not isinstance(cell, bool) and s.isascii() and s.isdigit() and len(s) in (3, 4)
    if digits and int(s) >= 100:
        return _make(s.zfill(4), raw, False, None)
    return _error("bad_municipality_number", raw)


# ------------------------------------------------------------------ lists


# Per list and field label (a message names the field): the matcher and the cells already read.
_LISTS: dict[tuple[str | None, bool, str], tuple[ListMatcher, dict[str, Parsed]]] = {}


def _list(field: Field, cell: object) -> Parsed:
    entry = _LISTS.get(key := (field.list_name, field.open_list, field.label))
    if entry is None:
        entry = _LISTS[key] = (ListMatcher(field.choices, field.open_list), {})
    matcher, memo = entry
    if isinstance(cell, str):
        if (hit := memo.get(cell)) is not None:
            return hit
        raw, text = cell, clean_text(cell)
        if not text:
            return EMPTY
    else:
        raw, text = _raw(cell), _text_of(cell)
    value, guessed = matcher.match(text)
    if value is None and field.open_list:
        parsed = _make(text, raw, False, None)
    elif value is None:
        problem = _problem("error", "list_value_unknown", raw, label=field.label)
        parsed = _make(None, raw, False, problem)
    elif guessed:
        parsed = _make(value, raw, True, _problem("warning", "list_value_fuzzy", raw, value=value))
    else:
        parsed = _make(value, raw, False, None)
    return _memoized(memo, cell, parsed) if isinstance(cell, str) else parsed


_HANDLERS: dict[object, Callable[[Field, object], Parsed]] = {
    Kind.TEXT: _text,
    Kind.MUNICIPALITY_NUMBER: _municipality,
    Kind.INTEGER: _number,
    Kind.DECIMAL: _number,
    Kind.AMOUNT: _number,
    Kind.DATE: _date,
    Kind.EMAIL: _email,
    Kind.LIST: _list,
}


def parse_cell(field: Field, cell: object) -> Parsed:
    """Turn one cell's content into a typed value for `field` (see the module docstring)."""
    if cell is None:
        return EMPTY
    return _HANDLERS[field.kind](field, cell)


def reader_for(field: Field) -> Callable[[Field, object], Parsed]:
    """The function parse_cell calls for this field's cells that are not None (to call it
    directly in a loop over many cells)."""
    return _HANDLERS[field.kind]

