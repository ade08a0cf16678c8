"""Cell references of a return: `Fagsystemer!F12` <-> (record kind, sheet, row, field).

Columns are matched by label on import, so the column of a field differs from file to file;
the map is read again from the stored original (headers only) and kept per return.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from openpyxl.utils import column_index_from_string, get_column_letter

from desktop.core.errors import InputError
from desktop.core.importing.parse import _fill_merged, _find_header, _label, sheets_to_read
from desktop.core.importing.readers import load_book
from desktop.core.questionnaire.spec import MUNICIPALITY, find_sheet, normalize_label

_REF = re.compile(r"^\s*(?:'?(?P<sheet>[^!']+)'?!)?\s*\$?(?P<col>[A-Za-z]{1,3})\$?(?P<row>\d+)\s*$")


@dataclass(frozen=True)
class CellPlace:
    kind: str  # facts | installation | staffing | bought_service | infrastructure
    sheet: str  # the sheet's name in the file
    row: int  # the row of the record (for facts: the record's first row)
    field: str
    cell: str  # Sheet!F12


@dataclass(frozen=True)
class SheetMap:
    name: str
    kind: str
    columns: dict[str, int]  # field -> column (tables)
    cells: dict[str, tuple[int, int]]  # field -> (row, column) (the Kommune form)


def parse_ref(text: str) -> tuple[str, str, int]:
    """`Fagsystemer!F12` -> ("Fagsystemer", "F", 12); InputError naming the text otherwise."""
    m = _REF.match(text or "")
    if not m or not m.group("sheet"):
        raise InputError(f"«{text}» er ikke en cellereferanse; skriv ark og celle, f.eks. "
                         "Fagsystemer!F12.")
    return m.group("sheet").strip(), m.group("col").upper(), int(m.group("row"))


@lru_cache(maxsize=16)
def _maps(original: bytes, file_name: str) -> tuple[SheetMap, ...]:
    book = load_book(original, file_name, sheets_to_read)
    out: list[SheetMap] = []
    for name, sheet in book.sheets.items():
        spec = find_sheet(name)
        if spec is None:
            continue
        rows = _fill_merged(sheet)
        if spec is MUNICIPALITY:
            labels = {normalize_label(f.label): f for f in spec.fields}
            cells: dict[str, tuple[int, int]] = {}
            for r, row in enumerate(rows, start=1):
                for c, value in enumerate(row, start=1):
                    if isinstance(value, str) and value:
                        f = labels.get(_label(value))
                        if f is not None and f.key not in cells:
                            vc = c + 1
                            while vc <= len(row) and row[vc - 1] == value:
                                vc += 1
                            cells[f.key] = (r, vc)
            out.append(SheetMap(name, "facts", {}, cells))
        else:
            _, cols = _find_header(spec, rows)
            out.append(SheetMap(name, spec.record or "", cols, {}))
    return tuple(out)


def sheet_maps(original: bytes, file_name: str) -> tuple[SheetMap, ...]:
    return _maps(original, file_name)


def _sheet(maps: tuple[SheetMap, ...], name: str) -> SheetMap | None:
    wanted = normalize_label(name)
    return next((m for m in maps if normalize_label(m.name) == wanted), None)


def locate(original: bytes, file_name: str, ref: str, facts_row: int | None) -> CellPlace:
    """The record and field a cell reference of this return names."""
    sheet_name, col, row = parse_ref(ref)
    m = _sheet(sheet_maps(original, file_name), sheet_name)
    if m is None:
        raise InputError(f"Cellen {ref}: arket «{sheet_name}» finnes ikke i "
                         f"{file_name}.")
    c = column_index_from_string(col)
    cell = f"{m.name}!{col}{row}"
    if m.kind == "facts":
        for key, (r, vc) in m.cells.items():
            if (r, vc) == (row, c):
                return CellPlace("facts", m.name, facts_row or r, key, cell)
        raise InputError(f"Cellen {cell} er ikke et svarfelt i arket «{m.name}».")
    for key, fc in m.columns.items():
        if fc == c:
            return CellPlace(m.kind, m.name, row, key, cell)
    raise InputError(f"Cellen {cell} er ikke i en av spørreskjemaets kolonner i arket "
                     f"«{m.name}».")


def cell_of(original: bytes, file_name: str, kind: str, sheet: str, row: int, field: str
            ) -> str:
    """`Sheet!F12` for a record's field (`Sheet!?12` if the column is not found)."""
    m = _sheet(sheet_maps(original, file_name), sheet)
    if m is not None and m.kind == "facts" and field in m.cells:
        r, c = m.cells[field]
        return f"{m.name}!{get_column_letter(c)}{r}"
    if m is not None and field in m.columns:
        return f"{m.name}!{get_column_letter(m.columns[field])}{row}"
    return f"{sheet}!?{row}"
