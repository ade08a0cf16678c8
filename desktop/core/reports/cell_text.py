"""A table value as a reader sees it, the Norwegian way (`1 234 567 kr`, `2,5`, `4,5 %`).

Used where a renderer writes text rather than a number with a format: the Word summary, and
the workbook's column widths.
"""

from __future__ import annotations

import datetime as dt

from desktop.core import formatting
from desktop.core.reports.document import Column, Value

MISSING = "–"


def cell_text(value: Value, column: Column, missing: str = "") -> str:
    if value is None:
        return missing
    if isinstance(value, str):
        return value
    if isinstance(value, dt.date):
        return formatting.date(value)
    if column.kind == "kroner":
        if column.decimals:
            return f"{formatting.number(value, column.decimals)}{formatting.NBSP}kr"
        return formatting.kroner(value)
    if column.kind == "percent":
        return f"{formatting.number(value * 100, column.decimals)}{formatting.NBSP}%"
    if column.kind == "fte":
        return formatting.number(value, max(column.decimals, 1))
    if column.kind == "number":
        return formatting.number(value, column.decimals)
    return formatting.number(value)
