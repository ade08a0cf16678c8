"""The system × municipality matrix as plain data: sorted, and written as CSV for Excel.

No storage here (`reports.matrix` reads it from the project), so the CLI and the UI may sort
and write a matrix they were handed by the facade.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core.catalogue.results import Matrix, MatrixRow
from desktop.core.i18n import mark
from desktop.core.spreadsheet_text import csv_text

NO_AREA = mark("Uten tjenesteområde")  # as stored and in the report; shown with tr()


def sort_matrix(m: Matrix, key: str = "product", descending: bool = False) -> Matrix:
    """Rows sorted by product, vendor, service_area, municipalities, users, annual_cost or a
    municipality number (its cost, then users); unknown values last."""
    def value(r: MatrixRow) -> Any:
        if key in ("product", "vendor", "service_area"):
            return (getattr(r, key) or "").casefold()
        if key in ("municipalities", "users", "annual_cost"):
            return getattr(r, key)
        cell = r.cells.get(key)
        return None if cell is None else (cell.annual_cost or 0, cell.users or 0)

    known = [r for r in m.rows if value(r) is not None]
    unknown = [r for r in m.rows if value(r) is None]
    sort_key: Callable[[MatrixRow], Any] = value
    return Matrix(m.municipalities, tuple(sorted(known, key=sort_key, reverse=descending))
                  + tuple(unknown))


def write_matrix_csv(m: Matrix, path: Path) -> Path:
    """The matrix as CSV for Excel (UTF-8 with BOM, `;`): per municipality users and cost,
    blank where it does not run the system, `ukjent` where it does but did not say. Names that
    a spreadsheet would take for a formula (`=HYPERLINK(…)`, `+1+1`) stay text (`csv_text`)."""
    head = ["System", "Leverandør", "Tjenesteområde", "Kommuner", "Brukere", "Kostnad (NOK/år)"]
    for number, name in m.municipalities:
        head += [f"{number} {name} brukere", f"{number} {name} kostnad"]
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(map(csv_text, head))
        for r in m.rows:
            line: list[Any] = [csv_text(r.product), csv_text(r.vendor or ""),
                               csv_text(r.service_area or ""), r.municipalities,
                               _num(r.users), _num(r.annual_cost)]
            for number, _ in m.municipalities:
                c = r.cells.get(number)
                if c is None:
                    line += ["", ""]
                else:  # runs it: an unknown figure says so, never 0 or blank
                    line += [_num(c.users) or "ukjent", _num(c.annual_cost) or "ukjent"]
            w.writerow(line)
    return path


def _num(v: float | int | None) -> str:
    if v is None:
        return ""
    return str(int(v)) if float(v).is_integer() else str(v).replace(".", ",")

