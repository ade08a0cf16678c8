"""The report's workbook: a summary sheet, then one formatted sheet per table of the report."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from desktop.core.reports.xlsx import sheet_names, write_xlsx
from tests.unit.reports.sample_report import COMPARISON, RECOMMENDATION, TRICKY, sample_report


@pytest.fixture
def workbook(tmp_path: Path) -> openpyxl.Workbook:
    path = tmp_path / "rapport.xlsx"
    write_xlsx(sample_report(), path)
    return openpyxl.load_workbook(path)


def _row(ws: openpyxl.worksheet.worksheet.Worksheet, r: int, n: int) -> list[object]:
    return [ws.cell(r, c).value for c in range(1, n + 1)]


def test_summary_first_then_one_sheet_per_table(workbook: openpyxl.Workbook) -> None:
    assert workbook.sheetnames == ["Sammendrag", "Sammenligning",
                                   "Fagsystemer installasjoner-syst", "Sammenligning (2)"]
    assert all(len(name) <= 31 for name in workbook.sheetnames)
    summary = workbook["Sammendrag"]
    texts = [c.value for row in summary.iter_rows() for c in row if c.value is not None]
    assert texts[0] == "Forstudie: IT-samarbeid i Knutepunkt Sørlandet"
    assert dt.datetime(2026, 11, 22) in texts
    assert RECOMMENDATION in texts
    assert "Nåverdi, Felles drift" in texts and "12\u00a0345\u00a0678 kr" in texts
    assert "-1,5 årsverk" in texts  # a key figure starting with "-" is text, not a formula
    assert "Årlige kostnader" in texts  # the list of sheets


def test_numbers_are_the_reports_raw_values_with_formats(workbook: openpyxl.Workbook) -> None:
    ws = workbook["Sammenligning"]
    assert ws["A1"].value == "Sammenligning av scenarioene" and ws["A1"].font.bold
    assert _row(ws, 2, 6) == ["Scenario", "Nåverdi 10 år", "Tilbakebetaling (år)", "Årsverk",
                              "Besparelse", "Oppstart"]
    assert all(ws.cell(2, c).font.bold for c in range(1, 7))
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref == "A2:F4"
    first = _row(ws, 3, 6)
    assert first[:5] == list(COMPARISON.rows[0][:5])
    assert first[5] == dt.datetime(2027, 1, 1)
    assert _row(ws, 4, 5) == ["Felles fagsystemer", -3_250_000.5, None, 1.0, 0.125]
    formats = [ws.cell(3, c).number_format for c in range(2, 7)]
    assert formats == ['[$-414]#,##0 "kr"', "[$-414]#,##0", "[$-414]#,##0.0",
                       "[$-414]0.0 %", "dd.mm.yyyy"]
    total = _row(ws, 5, 4)
    assert total == ["Sum", 9_095_677.5, None, 3.5]
    assert all(ws.cell(5, c).font.bold for c in (1, 2, 4))
    assert ws["A7"].value == "Kilde: kartleggingen høsten 2026. Tomme celler: verdien mangler."
    assert ws.column_dimensions["A"].width >= len("Felles fagsystemer")
    assert ws.column_dimensions["B"].width >= len("12 345 678 kr")


def test_text_that_looks_like_a_formula_stays_text(workbook: openpyxl.Workbook) -> None:
    ws = workbook["Fagsystemer installasjoner-syst"]
    names = [ws.cell(r, 1) for r in range(3, 3 + len(TRICKY.rows))]
    assert [c.value for c in names] == [r[0] for r in TRICKY.rows]
    assert all(c.data_type == "s" for c in names)
    assert [ws.cell(r, 3).value for r in range(3, 8)] == [100_000, None, 0, 250, 1_234_567]
    assert ws["B6"].value is None  # missing stays empty, never 0
    assert ws["A9"].value == "Tomme celler: verdien mangler."


def test_sheet_names_are_valid_and_unique() -> None:
    assert sheet_names(["a/b:c", "A/B:C", "x" * 40, "x" * 40, "", "sammendrag"]) == [
        "a-b c", "A-B C (2)", "x" * 31, "x" * 27 + " (2)", "Tabell", "sammendrag (2)"]


def test_the_same_report_gives_the_same_file(tmp_path: Path) -> None:
    write_xlsx(sample_report(), tmp_path / "a.xlsx")
    write_xlsx(sample_report(), tmp_path / "b.xlsx")
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()


@pytest.mark.libreoffice
@pytest.mark.slow
def test_libreoffice_reads_formula_like_text_literally(tmp_path: Path) -> None:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        pytest.skip("LibreOffice (soffice) is not on PATH")
    source = tmp_path / "rapport.xlsx"
    write_xlsx(sample_report(), source)
    out = tmp_path / "csv"
    subprocess.run(
        [exe, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,"
         "false,false,-1", "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=180)
    text = (out / "rapport-Fagsystemer installasjoner-syst.csv").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[2:6] == ["=SUM(A1),10,100000", "+47 123,5,", "-x,1,0", "@foo,,250"]
