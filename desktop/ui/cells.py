"""Spreadsheet cell references ("F12") — Qt-free."""

from __future__ import annotations

import re

_CELL = re.compile(r"^\s*\$?([A-Za-z]{1,3})\$?(\d+)\s*$")


def parse_cell(cell: str | None) -> tuple[str, int] | None:
    """`"F12"` → `("F", 12)`; None for anything that is not a single cell reference."""
    if not cell:
        return None
    m = _CELL.match(cell)
    if not m:
        return None
    return m.group(1).upper(), int(m.group(2))


def column_number(letters: str) -> int:
    """`"A"` → 1, `"Z"` → 26, `"AA"` → 27."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - ord("A") + 1)
    return n


def cell_sort_key(cell: str | None) -> int | None:
    """Row-major order: F12 before A13."""
    parsed = parse_cell(cell)
    if parsed is None:
        return None
    letters, row = parsed
    return row * 20000 + column_number(letters)
