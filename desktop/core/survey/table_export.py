"""Any table the user sees, written as a workbook or CSV, formula-safe like the report's
workbook (desktop/core/reports/xlsx_format.py): a text that starts like a formula stays text."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from desktop.core.errors import InputError


def _csv(value: str | int | float) -> str:
    from desktop.core.spreadsheet_text import csv_text

    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value).replace(".", ",")
    return csv_text(str(value))


def write_table(path: Path, headers: Sequence[str],
                rows: Sequence[Sequence[str | int | float]], title: str = "Tabell") -> Path:
    """`path` ending in .xlsx (one sheet; numbers as numbers) or .csv (UTF-8 with BOM,
    semicolons and decimal commas, as Norwegian Excel opens it)."""
    from desktop.core.spreadsheet_text import csv_text, put_text, width

    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh, delimiter=";")
            out.writerow([csv_text(h) for h in headers])
            out.writerows([_csv(v) for v in row] for row in rows)
        return path
    if suffix != ".xlsx":
        raise InputError(f"«{path.name}»: velg .xlsx eller .csv.")
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = (title or "Tabell")[:31].replace("/", "-")
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=c)
        put_text(cell, h)
        cell.font = Font(bold=True)
    for r, row in enumerate(rows, start=2):
        for c, v in enumerate(row, start=1):
            if isinstance(v, int | float) and not isinstance(v, bool):
                cell = ws.cell(row=r, column=c, value=v)
                cell.number_format = "# ##0" if float(v).is_integer() else "# ##0.0#"
            elif v not in (None, ""):
                put_text(ws.cell(row=r, column=c), str(v))
    for c, h in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width(
            [h, *(str(row[c - 1]) for row in rows[:200] if c - 1 < len(row))])
    ws.freeze_panes = "A2"
    wb.save(path)
    return path
