"""The questionnaire survives being saved by LibreOffice, as .xlsx and as .ods."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from desktop.core.questionnaire.identity import IDENTITY_SHEET, Identity, parse_identity
from desktop.core.questionnaire.spec import MUNICIPALITY, TABLE_SHEETS, TEMPLATE_VERSION
from desktop.core.questionnaire.template import LISTS_SHEET
from tests.unit.questionnaire.test_template import (
    PROJECT_ID,
    SHEET_ORDER,
    assert_dropdowns,
    form_rows,
    make_template,
)

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]


def soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        pytest.skip("LibreOffice (soffice) is not on PATH")
    return exe


def convert(source: Path, fmt: str, out_dir: Path, profile: Path) -> Path:
    """Open `source` in LibreOffice headless and save it as `fmt` into `out_dir`."""
    out_dir.mkdir()
    subprocess.run(
        [soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", fmt, "--outdir", str(out_dir), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    converted = out_dir / f"{source.stem}.{fmt}"
    assert converted.is_file(), f"LibreOffice wrote no {fmt}"
    return converted


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The template as LibreOffice saves it, by format."""
    soffice()
    tmp = tmp_path_factory.mktemp("lo")
    source = make_template(tmp)
    profile = tmp / "lo-profile"
    return {fmt: convert(source, fmt, tmp / fmt, profile) for fmt in ("xlsx", "ods")}


@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
def test_hidden_identity_survives(saved: dict[str, Path], fmt: str) -> None:
    wb = CalamineWorkbook.from_path(str(saved[fmt]))
    assert wb.sheet_names == SHEET_ORDER
    hidden = {s.name for s in wb.sheets_metadata if str(s.visible).endswith("Hidden")}
    assert hidden == {LISTS_SHEET, IDENTITY_SHEET}
    rows = wb.get_sheet_by_name(IDENTITY_SHEET).to_python()
    assert parse_identity(rows) == Identity(TEMPLATE_VERSION, PROJECT_ID, "0301")


@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
def test_municipality_number_keeps_its_leading_zero(saved: dict[str, Path], fmt: str) -> None:
    rows = CalamineWorkbook.from_path(str(saved[fmt])).get_sheet_by_name(
        MUNICIPALITY.name).to_python()
    values = {row[0]: row[1] for row in rows if row and row[0]}
    assert values["Kommunenummer"] == "0301"
    assert values["Kommunenavn"] == "Oslo"


def test_sheets_headers_and_dropdowns_survive_in_xlsx(saved: dict[str, Path]) -> None:
    wb = openpyxl.load_workbook(saved["xlsx"])
    assert wb.sheetnames == SHEET_ORDER
    for sheet in TABLE_SHEETS:
        ws = wb[sheet.name]
        assert [c.value for c in ws[1]][: len(sheet.fields)] == [f.label for f in sheet.fields]
    assert_dropdowns(wb)


def test_protection_and_unlocked_input_survive_in_xlsx(saved: dict[str, Path]) -> None:
    wb = openpyxl.load_workbook(saved["xlsx"])
    ws = wb[MUNICIPALITY.name]
    rows = form_rows(ws)
    assert ws.cell(rows["Kommunenummer"], 2).protection.locked
    assert not ws.cell(rows["Innbyggere"], 2).protection.locked
    for sheet in TABLE_SHEETS:
        ws = wb[sheet.name]
        p = ws.protection
        assert p.sheet and not p.password, sheet.name
        assert not (p.insertRows or p.insertColumns or p.formatCells or p.sort), sheet.name
        assert not ws["B2"].protection.locked, sheet.name
