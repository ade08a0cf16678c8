"""Text that a spreadsheet program could take for a formula, and how every export keeps it text.

Shared by the report workbook (`reports.xlsx_format`) and the CSV files the catalogue writes
(`catalogue.reports`), so that neither package imports the other for it.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@")


def looks_like_formula(text: str) -> bool:
    """Text a spreadsheet program would take for a formula: the rule of every export."""
    return text.startswith(FORMULA_STARTS)


def csv_text(text: str) -> str:
    """A CSV field that a spreadsheet program opens as text, never as a formula: formula-like
    text gets a leading apostrophe, the text marker of Excel and LibreOffice."""
    return "'" + text if looks_like_formula(text) else text
