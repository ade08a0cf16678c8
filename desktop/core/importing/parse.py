"""From a read workbook to the records, issues and extra columns of one return.

Headers are matched by label (spec.normalize_label), never by position. Every cell that
cannot be read becomes an issue with its sheet, cell and raw text; interpreted values are
flagged; columns the questionnaire does not have are kept as extra values.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.core.importing.limits import column_letters
from desktop.core.importing.readers import Book, SheetData
from desktop.core.importing.values import Parsed, Problem, parse_cell, reader_for
from desktop.core.questionnaire.identity import IDENTITY_SHEET, Identity, parse_identity
from desktop.core.questionnaire.spec import (
    MUNICIPALITY,
    TABLE_SHEETS,
    Field,
    Sheet,
    find_sheet,
    normalize_label,
)

HEADER_SCAN_ROWS = 30
NOTE_ROW = re.compile(r"^(sum|sum totalt|totalt?|total sum|totalsum|i alt|sum alle)\b[:.]?",
                      re.IGNORECASE)
NOT_IN_USE = re.compile(r"avviklet|ikke (lenger )?i bruk|faset ut|nedlagt|ute av bruk|"
                        r"sluttet å bruke|ikke lenger aktiv|erstattet av", re.IGNORECASE)
# The field that names a row; a row without it but with other values continues the row above.
KEY_FIELD = {"installation": "name", "staffing": "function", "bought_service": "vendor",
             "infrastructure": "service"}


@dataclass
class Issue:
    sheet: str | None
    cell: str | None
    raw: str | None
    message: str
    severity: str
    code: str


@dataclass
class Record:
    kind: str
    sheet: str
    row: int
    values: dict[str, object]
    raw: dict[str, str] = field(default_factory=dict)
    interpreted: list[str] = field(default_factory=list)


@dataclass
class Extra:
    sheet: str
    cell: str
    row: int
    header: str
    value: str


@dataclass
class ParsedReturn:
    identity: Identity | None
    facts: Record | None
    records: dict[str, list[Record]]
    issues: list[Issue]
    extras: list[Extra]


def cell_ref(row: int, col: int) -> str:
    return f"{column_letters(col)}{row}"


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return unicodedata.normalize("NFC", str(value)).strip()


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


_LABELS: dict[str, str] = {}  # normalize_label of texts already seen (headers recur)


def _label(text: str) -> str:
    hit = _LABELS.get(text)
    if hit is None:
        if len(_LABELS) >= 4096:
            _LABELS.clear()
        hit = _LABELS[text] = normalize_label(text)
    return hit


def _filled(value: object) -> bool:
    """Not blank: the test of _blank, inverted and inlined for the per-cell loops."""
    return value.strip() != "" if value.__class__ is str else value is not None  # type: ignore[attr-defined]


def _parse(spec: Field, value: object) -> Parsed:
    """parse_cell, and never an exception: a value it cannot handle is an unreadable value."""
    try:
        return parse_cell(spec, value)
    except Exception:  # a bug's safety net: the cell is reported, the file still imports
        return _unreadable(value)


def _unreadable(value: object) -> Parsed:
    raw = _text(value)
    return Parsed(None, raw, False, Problem("error", "unreadable", f"«{raw[:60]}» kan ikke leses "
                                            "som en verdi for dette feltet."))


def _at(row: Sequence[object], col: int) -> object:
    return row[col - 1] if 0 < col <= len(row) else None


def _fill_merged(sheet: SheetData) -> list[list[object]]:
    """Rows with every cell of a merged range holding the range's value (as a person sees it)."""
    rows = [list(r) for r in sheet.rows]
    for r1, c1, r2, c2 in sheet.merged:
        if r1 > len(rows) or c1 > len(rows[r1 - 1]):
            continue
        value = rows[r1 - 1][c1 - 1]
        for r in range(r1, min(r2, len(rows)) + 1):
            row = rows[r - 1]
            if len(row) < c2:
                row.extend([None] * (c2 - len(row)))
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    row[c - 1] = value
    return rows


class _Collector:
    def __init__(self) -> None:
        self.issues: list[Issue] = []
        self.extras: list[Extra] = []

    def issue(self, sheet: str | None, cell: str | None, raw: object, message: str,
              severity: str, code: str) -> None:
        self.issues.append(Issue(sheet, cell, None if raw is None else _text(raw), message,
                                 severity, code))

    def read(self, spec: Field, sheet: str, row: int, col: int, value: object,
             rec: Record) -> None:
        p = _parse(spec, value)
        rec.values[spec.key] = p.value
        # text typed into a cell is kept wherever the stored value is not that same text
        # (a native number or date in the cell is the value itself)
        if p.raw is not None and (p.interpreted or p.problem is not None or p.value is None
                                  or isinstance(value, str) and str(p.value) != p.raw):
            rec.raw[spec.key] = p.raw
        if p.interpreted:
            rec.interpreted.append(spec.key)
        if p.problem is not None:
            self.issue(sheet, cell_ref(row, col), p.raw, p.problem.message, p.problem.severity,
                       p.problem.code)


def sheets_to_read(names: Sequence[str]) -> list[str]:
    """The sheets parse_book uses, of a workbook's sheet names: the hidden identity sheet and
    the first sheet of each questionnaire sheet (the reader loads no other)."""
    out: list[str] = []
    seen: set[str] = set()
    for name in names:
        spec = None if name == IDENTITY_SHEET else find_sheet(name)
        if name == IDENTITY_SHEET or (spec is not None and spec.name not in seen):
            out.append(name)
            if spec is not None:
                seen.add(spec.name)
    return out


def parse_book(book: Book, file_name: str) -> ParsedReturn:
    out = _Collector()
    identity = None
    by_spec: dict[str, SheetData] = {}
    for name, sheet in book.sheets.items():
        if name == IDENTITY_SHEET:
            identity = parse_identity(sheet.rows)
            continue
        spec = find_sheet(name)
        if spec is not None and spec.name not in by_spec:
            by_spec[spec.name] = sheet
    facts = None
    if MUNICIPALITY.name in by_spec:
        facts = _parse_form(MUNICIPALITY, by_spec[MUNICIPALITY.name], out)
    else:
        out.issue(None, None, None, f"Arket «{MUNICIPALITY.name}» finnes ikke i filen.",
                  "warning", "sheet_missing")
    records: dict[str, list[Record]] = {}
    for spec in TABLE_SHEETS:
        assert spec.record is not None
        table = by_spec.get(spec.name)
        if table is None:
            out.issue(None, None, None, f"Arket «{spec.name}» finnes ikke i filen.",
                      "warning", "sheet_missing")
            records[spec.record] = []
            continue
        records[spec.record] = _parse_table(spec, table, out)
    return ParsedReturn(identity, facts, records, out.issues, out.extras)


def _parse_form(spec: Sheet, sheet: SheetData, out: _Collector) -> Record:
    rec = Record("facts", sheet.name, 0, {f.key: None for f in spec.fields})
    labels = {normalize_label(f.label): f for f in spec.fields}
    rows = _fill_merged(sheet)
    seen: set[str] = set()
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if not isinstance(value, str) or not value:
                continue
            f = labels.get(_label(value))
            if f is None or f.key in seen:
                continue
            seen.add(f.key)
            rec.row = rec.row or r
            # the value is in the next column, past the label's own merged cells
            vc = c + 1
            while vc <= len(row) and row[vc - 1] == value:
                vc += 1
            cell_value = _at(row, vc)
            out.read(f, sheet.name, r, vc, cell_value, rec)
            if f.required and rec.values[f.key] is None and _blank(cell_value):
                out.issue(sheet.name, cell_ref(r, vc), None,
                          f"«{f.label}» er ikke fylt ut.", "warning", "required_missing")
    for f in spec.fields:
        if f.key not in seen:
            out.issue(sheet.name, None, None, f"Feltet «{f.label}» finnes ikke i arket.",
                      "warning" if f.required else "info", "field_missing")
    return rec


def _find_header(spec: Sheet, rows: Sequence[Sequence[object]]) -> tuple[int, dict[str, int]]:
    """The header row (1-based) and field key -> column (1-based); (0, {}) if none fits."""
    labels = {normalize_label(f.label): f.key for f in spec.fields}
    best: tuple[int, dict[str, int]] = (0, {})
    for r, row in enumerate(rows[:HEADER_SCAN_ROWS], start=1):
        cols: dict[str, int] = {}
        for c, value in enumerate(row, start=1):
            if isinstance(value, str) and value:
                key = labels.get(_label(value))
                if key is not None and key not in cols:
                    cols[key] = c
        if len(cols) > len(best[1]):
            best = (r, cols)
    return best if len(best[1]) >= min(2, len(spec.fields)) else (0, {})


def _parse_table(spec: Sheet, sheet: SheetData, out: _Collector) -> list[Record]:
    assert spec.record is not None
    rows = _fill_merged(sheet) if sheet.merged else sheet.rows
    header_row, cols = _find_header(spec, rows)
    if not header_row:
        out.issue(sheet.name, None, None, f"Fant ikke overskriftsraden i arket «{sheet.name}» "
                  "(kolonnenavnene stemmer ikke med spørreskjemaet).", "error", "header_missing")
        return []
    header = rows[header_row - 1]
    known = set(cols.values())
    extra_cols = {c: _text(v) for c, v in enumerate(header, start=1)
                  if c not in known and not _blank(v)}
    for f in spec.fields:
        if f.key not in cols:
            out.issue(sheet.name, cell_ref(header_row, 1), None,
                      f"Kolonnen «{f.label}» mangler i arket «{sheet.name}».",
                      "error" if f.required else "warning", "column_missing")
    for c, name in extra_cols.items():
        out.issue(sheet.name, cell_ref(header_row, c), name,
                  f"Ukjent kolonne «{name}» er tatt vare på som merknad.", "info", "extra_column")
    fields = [(spec.field(k), c - 1) for k, c in cols.items()]
    readers = [(f.key, i, f, reader_for(f)) for f, i in fields]
    keys, at = [f.key for f, _ in fields], [i for _, i in fields]
    width = max(at) + 1
    key_order = keys + [f.key for f in spec.fields if f.key not in cols]
    extra_at = [c - 1 for c in extra_cols]
    key_field = KEY_FIELD[spec.record]
    prefilled = {f.key for f in spec.fields if f.prefilled}
    required = [(f, cols[f.key]) for f in spec.fields if f.required and f.key in cols]
    name, kind, add_issue = sheet.name, spec.record, out.issue
    records: list[Record] = []
    seen_names: dict[str, int] = {}
    for r in range(header_row + 1, len(rows) + 1):
        row = rows[r - 1]
        n = len(row)
        values = dict(zip(keys, map(row.__getitem__, at), strict=True)) if n >= width else {
            k: (row[i] if i < n else None) for k, i in zip(keys, at, strict=True)}
        filled = [k for k, v in values.items()
                  if (v.strip() if v.__class__ is str else v is not None)]  # _filled, inline
        extras = {i + 1: row[i] for i in extra_at if i < n and _filled(row[i])}
        if not filled and not extras:
            continue
        if spec.prefill_list and set(filled) <= prefilled and not extras:
            continue  # a prefilled row the municipality did not answer
        first = next((v for v in row if _filled(v)), None)
        if isinstance(first, str) and NOTE_ROW.match(first.strip()):
            add_issue(name, cell_ref(r, 1), first,
                      f"Raden «{_text(first)}» er en summerings- eller merknadsrad og er ikke "
                      "importert.", "info", "note_row")
            continue
        rec = Record(kind, name, r, dict.fromkeys(key_order))
        rec_values, rec_raw = rec.values, rec.raw
        for key, i, f, read in readers:  # _Collector.read, inline: it runs for every cell
            value = values[key]
            if value is None or value.__class__ is str and not value:
                continue
            try:
                p = read(f, value)
            except Exception:  # a bug's safety net: the cell is reported, the file imports
                p = _unreadable(value)
            rec_values[key] = p.value
            if p.raw is not None and (p.interpreted or p.problem is not None or p.value is None
                                      or isinstance(value, str) and str(p.value) != p.raw):
                rec_raw[key] = p.raw
            if p.interpreted:
                rec.interpreted.append(key)
            if p.problem is not None:
                add_issue(name, cell_ref(r, i + 1), p.raw, p.problem.message,
                          p.problem.severity, p.problem.code)
        for c, v in extras.items():
            out.extras.append(Extra(name, cell_ref(r, c), r, extra_cols[c], _text(v)))
        if rec_values[key_field] is None and _blank(values.get(key_field)) and records:
            _continue_previous(records[-1], rec, spec, cols, out)
            continue
        _check_row(spec, rec, r, cols, required, out, seen_names)
        records.append(rec)
    return records


def _continue_previous(prev: Record, rec: Record, spec: Sheet, cols: dict[str, int],
                       out: _Collector) -> None:
    """A row without its name that continues the row above ("a system split over two rows")."""
    label = spec.field(KEY_FIELD[spec.record or ""]).label
    moved = []
    for key, value in rec.values.items():
        if value is None:
            continue
        if prev.values.get(key) is None:
            prev.values[key] = value
            if key in rec.raw:
                prev.raw[key] = rec.raw[key]
            prev.interpreted.append(key)
            moved.append(key)
        elif prev.values[key] != value:  # kept as an issue, so nothing typed is lost
            f = spec.field(key)
            out.issue(rec.sheet, cell_ref(rec.row, cols[key]), rec.raw.get(key, _text(value)),
                      f"Rad {rec.row} har en annen verdi for «{f.label}» enn rad {prev.row}; "
                      f"verdien på rad {prev.row} er beholdt.", "warning",
                      "continuation_conflict")
    out.issue(rec.sheet, f"A{rec.row}", None,
              f"Rad {rec.row} mangler «{label}» og er lest som en fortsettelse av rad "
              f"{prev.row}" + (" (verdiene er lagt til der)." if moved else "."),
              "warning", "continuation_row")


def _check_row(spec: Sheet, rec: Record, r: int, cols: dict[str, int],
               required: list[tuple[Field, int]], out: _Collector, seen: dict[str, int]) -> None:
    for f, c in required:
        if rec.values[f.key] is None and f.key not in rec.raw:
            out.issue(spec.name, cell_ref(r, c), None,
                      f"«{f.label}» er ikke fylt ut.", "warning", "required_missing")
    if spec.record == "installation":
        comment = rec.values.get("comment")
        rec.values["in_use"] = not (isinstance(comment, str) and NOT_IN_USE.search(comment))
        if not rec.values["in_use"]:
            out.issue(spec.name, cell_ref(r, cols.get("comment", 1)), comment,
                      "Systemet er merket som ikke lenger i bruk.", "info", "not_in_use")
        name = rec.values.get("name")
        if isinstance(name, str):
            key = " ".join(name.casefold().split()) + "|" + str(rec.values.get("version") or "")
            if key in seen:
                out.issue(spec.name, cell_ref(r, cols["name"]), name,
                          f"«{name}» står også på rad {seen[key]} i samme fil.", "warning",
                          "duplicate_row")
            else:
                seen[key] = r
