"""Cells of the report workbook: number formats per column kind, text that stays text, widths.

Numbers stay numbers with a number format (the locale tag `[$-414]` asks for Norwegian
bokmål, so LibreOffice shows `1 234 567 kr`; Excel shows the reader's own separators).
Text that a spreadsheet could take for a formula (`=`, `+`, `-`, `@` first) is stored as text;
`csv_text` (in `desktop.core.spreadsheet_text`) applies the same rule to every CSV the app
writes.
"""

from __future__ import annotations

import datetime as dt

from openpyxl.cell.cell import Cell

from desktop.core.reports.document import Column, Value
from desktop.core.spreadsheet_text import (
    FORMULA_STARTS,
    MAX_WIDTH,
    MIN_WIDTH,
    clean_text,
    csv_text,
    looks_like_formula,
    put_text,
    width,
)

__all__ = ["FORMULA_STARTS", "MAX_WIDTH", "MIN_WIDTH", "clean_text", "csv_text",
           "looks_like_formula", "number_format", "put_text", "put_value", "width"]

NORWEGIAN = "[$-414]"


def _decimals(n: int) -> str:
    return "." + "0" * n if n > 0 else ""


def number_format(column: Column) -> str | None:
    """The cell number format of a column's numbers (None: text, the default format)."""
    d = _decimals(column.decimals)
    if column.kind == "kroner":
        return f'{NORWEGIAN}#,##0{d} "kr"'
    if column.kind == "integer":
        return f"{NORWEGIAN}#,##0"
    if column.kind == "number":
        return f"{NORWEGIAN}#,##0{d}"
    if column.kind == "fte":
        return f"{NORWEGIAN}#,##0{_decimals(max(column.decimals, 1))}"
    if column.kind == "percent":
        return f"{NORWEGIAN}0{d} %"
    if column.kind == "date":
        return "dd.mm.yyyy"
    return None


def put_value(cell: Cell, value: Value, column: Column) -> None:
    """A table value in its cell: numbers and dates with the column's format; None empty."""
    if value is None:
        return
    if isinstance(value, str):
        put_text(cell, value)
        return
    if isinstance(value, bool):  # not a Value, but never shown as 1/0
        put_text(cell, "Ja" if value else "Nei")
        return
    cell.value = value
    fmt = number_format(column)
    if isinstance(value, dt.date):
        cell.number_format = "dd.mm.yyyy"
    elif fmt is not None and column.kind != "date":
        cell.number_format = fmt
