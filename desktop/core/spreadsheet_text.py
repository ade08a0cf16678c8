"""Text that a spreadsheet program could take for a formula, and how every export keeps it text.

Shared by the report workbook (`reports.xlsx_format`), the CSV files the catalogue writes
(`catalogue.matrix`) and the survey's table exports (`survey.table_export`), so that none of
these packages imports another for it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell

FORMULA_STARTS = ("=", "+", "-", "@")
MAX_WIDTH = 60
MIN_WIDTH = 8
# Characters XML 1.0 cannot carry (openpyxl refuses them).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def looks_like_formula(text: str) -> bool:
    """Text a spreadsheet program would take for a formula: the rule of every export."""
    return text.startswith(FORMULA_STARTS)


def csv_text(text: str) -> str:
    """A CSV field that a spreadsheet program opens as text, never as a formula: formula-like
    text gets a leading apostrophe, the text marker of Excel and LibreOffice."""
    return "'" + text if looks_like_formula(text) else text


def clean_text(text: str) -> str:
    return _ILLEGAL.sub("", text)


def put_text(cell: Cell, text: str) -> None:
    """A text cell that is never read as a formula, whatever it starts with."""
    cell.value = clean_text(text)
    cell.data_type = "s"
    if looks_like_formula(text):
        cell.quotePrefix = True  # Excel keeps it text when the cell is edited, too


def width(texts: list[str]) -> float:
    """A column width that fits the longest line of its texts, within bounds."""
    longest = max((len(line) for t in texts for line in t.split("\n")), default=0)
    return float(min(max(longest + 2, MIN_WIDTH), MAX_WIDTH))
