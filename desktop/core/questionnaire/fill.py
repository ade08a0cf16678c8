"""Filling a generated questionnaire with answers, as a municipality would (demo, tests, bench).

Cells are found by label, like the importer finds them, so a filled file is what a person
typing into the template produces. Values may be typed (numbers, dates) or text as typed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core.questionnaire.spec import MUNICIPALITY, TABLE_SHEETS, Sheet, normalize_label


@dataclass
class Answers:
    """What a municipality answers: facts by field key, and rows per record kind."""

    facts: dict[str, Any] = field(default_factory=dict)
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def _header(ws: Worksheet, spec: Sheet) -> tuple[int, dict[str, int]]:
    labels = {normalize_label(f.label): f.key for f in spec.fields}
    for r in range(1, 31):
        cols = {labels[normalize_label(str(c.value))]: c.column
                for c in ws[r] if isinstance(c.value, str)
                and normalize_label(c.value) in labels}
        if len(cols) >= 2:
            return r, cols
    raise ValueError(f"no header row in sheet {spec.name}")


def fill_form(ws: Worksheet, values: Mapping[str, Any]) -> None:
    labels = {normalize_label(f.label): f.key for f in MUNICIPALITY.fields}
    for row in ws.iter_rows():
        for c in row:
            key = labels.get(normalize_label(c.value)) if isinstance(c.value, str) else None
            if key is not None and key in values:
                ws.cell(c.row, c.column + 1).value = values[key]


def fill_table(ws: Worksheet, spec: Sheet, rows: Sequence[Mapping[str, Any]]) -> None:
    header_row, cols = _header(ws, spec)
    if spec.prefill_list:  # Infrastruktur: answer on the prefilled row of that service
        key_col = cols[spec.fields[0].key]
        where = {str(ws.cell(r, key_col).value): r
                 for r in range(header_row + 1, ws.max_row + 1) if ws.cell(r, key_col).value}
        for values in rows:
            r = where.get(str(values[spec.fields[0].key]))
            if r is None:
                r = max(where.values(), default=header_row) + 1
                where[str(values[spec.fields[0].key])] = r
            for k, v in values.items():
                ws.cell(r, cols[k]).value = v
        return
    for i, values in enumerate(rows):
        for k, v in values.items():
            ws.cell(header_row + 1 + i, cols[k]).value = v


def fill_template(template: Path, out: Path, answers: Answers) -> Path:
    wb = load_workbook(template)
    fill_form(wb[MUNICIPALITY.name], answers.facts)
    for spec in TABLE_SHEETS:
        assert spec.record is not None
        if answers.rows.get(spec.record):
            fill_table(wb[spec.name], spec, answers.rows[spec.record])
    wb.save(out)
    return out
