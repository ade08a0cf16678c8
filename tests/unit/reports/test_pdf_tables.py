"""Tables fit the page: natural widths when they fit, wrapped text, smaller type, landscape
pages, and column groups that repeat the first column when even landscape is too narrow."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.core.reports.document import Column, Report, Section, Table
from desktop.core.reports.pdf import LANDSCAPE_WIDTH, PORTRAIT_WIDTH, write_pdf
from desktop.core.reports.pdf_style import styles
from desktop.core.reports.pdf_tables import place

NAMES = [f"Kommune nummer {i}" for i in range(357)]


def wide(columns: int) -> Table:
    return Table("Brei", "Brei tabell",
                 (Column("Kommune"), *(Column(f"Område {j}", "kroner")
                                       for j in range(columns))),
                 tuple((name, *(1_000_000 + i * j for j in range(columns)))
                       for i, name in enumerate(NAMES)))


def widths(flowables: list[object]) -> list[float]:
    return [sum(f._colWidths) for f in flowables if hasattr(f, "_colWidths")]  # type: ignore[attr-defined]


def test_a_narrow_table_stays_on_a_portrait_page() -> None:
    placed = place(wide(3), styles(), PORTRAIT_WIDTH, LANDSCAPE_WIDTH)
    assert not placed.landscape
    assert widths(placed.flowables) == [pytest.approx(PORTRAIT_WIDTH)]


def test_a_wider_table_goes_landscape_and_fits() -> None:
    placed = place(wide(14), styles(), PORTRAIT_WIDTH, LANDSCAPE_WIDTH)
    assert placed.landscape
    assert all(w <= LANDSCAPE_WIDTH + 0.01 for w in widths(placed.flowables))


def test_a_very_wide_table_is_split_into_column_groups() -> None:
    placed = place(wide(40), styles(), PORTRAIT_WIDTH, LANDSCAPE_WIDTH)
    tables = [f for f in placed.flowables if hasattr(f, "_colWidths")]
    assert placed.landscape and len(tables) > 1
    assert all(w <= LANDSCAPE_WIDTH + 0.01 for w in widths(placed.flowables))
    for t in tables:  # the municipality column repeats; every part has all 357 rows
        cell = t._cellvalues[1][0]  # type: ignore[attr-defined]
        text = cell.getPlainText() if hasattr(cell, "getPlainText") else cell
        assert text == "Kommune nummer 0"
        assert len(t._cellvalues) == 358  # type: ignore[attr-defined]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_split_table_in_the_pdf(tmp_path: Path) -> None:
    out = tmp_path / "brei.pdf"
    write_pdf(Report("Brei", "Test", dt.date(2026, 11, 22),
                     (Section("Kapittel", (wide(40),)),)), out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    headings = {int(n) for n in re.findall(r"\b(\d+) \(kr\)", text)}
    assert headings == set(range(40))  # every column's heading («Område 7 (kr)») is there
    assert "Brei tabell (del 1 av" in text
    pages = text.split("\f")[2:-1]
    assert "Kapittel" in pages[0] and "Brei tabell (del 1 av" in pages[0]  # not orphaned
    sizes = subprocess.run(["pdfinfo", "-f", "3", "-l", "3", str(out)], capture_output=True,
                           text=True, check=True).stdout
    assert "841.89 x 595.276" in sizes  # a landscape page
    for page in pages:  # the header row repeats on every page
        assert re.search(r"^Kommune(?! nummer)", page, re.MULTILINE), page[:300]
