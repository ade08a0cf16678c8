"""The questionnaire file a municipality receives (../shared/spec/questionnaire.md)."""

from __future__ import annotations

import datetime
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core.questionnaire.identity import IDENTITY_SHEET, Identity, parse_identity
from desktop.core.questionnaire.spec import (
    DATA_SHEETS,
    GUIDE_SHEET,
    LISTS,
    MUNICIPALITY,
    SYSTEMS,
    TABLE_SHEETS,
    TEMPLATE_VERSION,
    Field,
    Kind,
    Sheet,
)
from desktop.core.questionnaire.template import LISTS_SHEET, write_template

PROJECT_ID = "6f1c2a3e-0000-4000-8000-000000000001"
YELLOW = "FFF2CC"
SHEET_ORDER = [GUIDE_SHEET, *(s.name for s in DATA_SHEETS), LISTS_SHEET, IDENTITY_SHEET]
NUMBER_FORMATS = {
    Kind.INTEGER: "#,##0",
    Kind.DECIMAL: "0.0#",
    Kind.AMOUNT: "#,##0",
    Kind.DATE: "DD.MM.YYYY",
    Kind.TEXT: "@",
    Kind.LIST: "@",
}


def make_template(folder: Path, **overrides: object) -> Path:
    args: dict[str, object] = {
        "project_id": PROJECT_ID,
        "project_name": "Felles IKT Vest",
        "municipality_number": "0301",
        "municipality_name": "Oslo",
        "population": 717_710,
        "deadline": datetime.date(2026, 3, 1),
        "contact": "Kari Nordmann, kari@example.no",
    }
    args.update(overrides)
    return write_template(folder / "Spørreskjema Oslo (0301).xlsx", **args)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("template"))


@pytest.fixture(scope="module")
def wb(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


# --- helpers (also used by the LibreOffice round trip) ------------------------------------------


def form_rows(ws: Worksheet) -> dict[str, int]:
    """Row of each label in column A of the form sheet."""
    return {c.value: c.row for c in ws["A"] if isinstance(c.value, str)}


def input_rows(ws: Worksheet) -> range:
    """The table rows below the header that carry input cells."""
    return range(2, ws.max_row + 1)


def validations_covering(ws: Worksheet, coordinate: str) -> list[DataValidation]:
    return [dv for dv in ws.data_validations.dataValidation if coordinate in dv.sqref]


def the_validation(ws: Worksheet, coordinates: list[str]) -> DataValidation:
    """The one validation that covers all of `coordinates`."""
    found = {id(dv): dv for c in coordinates for dv in validations_covering(ws, c)}
    assert len(found) == 1, f"{ws.title} {coordinates[0]}…: {len(found)} validations"
    dv = next(iter(found.values()))
    assert all(c in dv.sqref for c in coordinates)
    return dv


def resolve_list(wb: openpyxl.Workbook, formula: str) -> list[str]:
    """The values a list validation's range formula (e.g. `Lister!$A$2:$A$15`) refers to."""
    m = re.fullmatch(r"'?([^'!]+)'?!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)", formula)
    assert m, formula
    sheet, col, first, col2, last = m.groups()
    assert sheet == LISTS_SHEET and col == col2
    return [wb[sheet][f"{col}{r}"].value for r in range(int(first), int(last) + 1)]


def column_cells(sheet: Sheet, field: Field, rows: range) -> list[str]:
    letter = openpyxl.utils.get_column_letter(sheet.fields.index(field) + 1)
    return [f"{letter}{r}" for r in rows]


def list_fields(sheet: Sheet) -> Iterator[Field]:
    return (f for f in sheet.fields if f.kind is Kind.LIST and not f.locked)


def assert_dropdowns(wb: openpyxl.Workbook) -> None:
    """Every editable list column has one warning-style dropdown on its Lister range."""
    for sheet in TABLE_SHEETS:
        ws = wb[sheet.name]
        for field in list_fields(sheet):
            dv = the_validation(ws, column_cells(sheet, field, input_rows(ws)))
            assert dv.type == "list"
            assert resolve_list(wb, dv.formula1) == list(LISTS[field.list_name or ""])
            assert dv.errorStyle == "warning", (sheet.name, field.label)
            assert dv.showErrorMessage and dv.error
            assert dv.showInputMessage and dv.prompt


# --- the workbook -------------------------------------------------------------------------------


def test_sheets_in_order_and_helper_sheets_hidden(wb: openpyxl.Workbook) -> None:
    assert wb.sheetnames == SHEET_ORDER
    states = {ws.title: ws.sheet_state for ws in wb}
    assert states.pop(LISTS_SHEET) == "hidden"
    assert states.pop(IDENTITY_SHEET) == "hidden"  # hidden, not veryHidden
    assert set(states.values()) == {"visible"}
    assert wb.active.title == GUIDE_SHEET


def test_document_properties(wb: openpyxl.Workbook) -> None:
    assert wb.properties.title == "Spørreskjema – Felles IKT Vest – Oslo"
    assert wb.properties.creator == "Samdrift"


def test_returns_the_path_and_leaves_no_partial_file(tmp_path: Path) -> None:
    path = make_template(tmp_path)
    assert path.is_file()
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_identity_reads_back_from_the_hidden_sheet(wb: openpyxl.Workbook) -> None:
    ws = wb[IDENTITY_SHEET]
    assert all(c.data_type == "s" for row in ws.iter_rows() for c in row)
    identity = parse_identity(ws.iter_rows(values_only=True))
    assert identity == Identity(TEMPLATE_VERSION, PROJECT_ID, "0301")


def test_short_municipality_number_gets_its_leading_zero(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(make_template(tmp_path, municipality_number="301"))
    assert parse_identity(wb[IDENTITY_SHEET].iter_rows(values_only=True)).municipality_number \
        == "0301"  # type: ignore[union-attr]
    ws = wb[MUNICIPALITY.name]
    assert ws.cell(form_rows(ws)["Kommunenummer"], 2).value == "0301"


@pytest.mark.parametrize("number", ["", "abc", "03011", "03 01"])
def test_malformed_municipality_number_is_refused(tmp_path: Path, number: str) -> None:
    with pytest.raises(ValueError):
        make_template(tmp_path, municipality_number=number)


# --- Kommune --------------------------------------------------------------------------------------


def test_form_has_every_label_with_a_title_above(wb: openpyxl.Workbook) -> None:
    ws = wb[MUNICIPALITY.name]
    rows = form_rows(ws)
    labels = [f.label for f in MUNICIPALITY.fields]
    assert [label for label in rows if label in labels] == labels
    assert min(rows[label] for label in labels) > 1
    assert ws["A1"].value and ws["A1"].font.bold  # the title


def test_form_prefill(wb: openpyxl.Workbook) -> None:
    ws = wb[MUNICIPALITY.name]
    rows = form_rows(ws)
    number = ws.cell(rows["Kommunenummer"], 2)
    assert number.value == "0301" and number.data_type == "s" and number.number_format == "@"
    assert number.protection.locked
    name = ws.cell(rows["Kommunenavn"], 2)
    assert name.value == "Oslo" and not name.protection.locked
    assert ws.cell(rows["Innbyggere"], 2).value == 717_710
    for field in MUNICIPALITY.fields[3:]:
        assert ws.cell(rows[field.label], 2).value is None, field.label


def test_unknown_population_is_left_empty(tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(make_template(tmp_path, population=None))[MUNICIPALITY.name]
    cell = ws.cell(form_rows(ws)["Innbyggere"], 2)
    assert cell.value is None and not cell.protection.locked


def test_form_input_cells_and_validations(wb: openpyxl.Workbook) -> None:
    ws = wb[MUNICIPALITY.name]
    rows = form_rows(ws)
    for field in MUNICIPALITY.fields:
        label, value = ws.cell(rows[field.label], 1), ws.cell(rows[field.label], 2)
        assert label.protection.locked
        if field.locked:
            assert value.protection.locked
            continue
        assert not value.protection.locked and value.fill.fgColor.rgb.endswith(YELLOW)
        if field.kind in NUMBER_FORMATS:
            assert value.number_format == NUMBER_FORMATS[field.kind], field.label
        dvs = validations_covering(ws, value.coordinate)
        if field.help:
            assert [dv.prompt for dv in dvs] == [field.help], field.label
        if field.kind in (Kind.INTEGER, Kind.DECIMAL, Kind.AMOUNT, Kind.DATE):
            assert [dv.errorStyle for dv in dvs] == ["warning"], field.label


# --- table sheets ---------------------------------------------------------------------------------


@pytest.mark.parametrize("sheet", TABLE_SHEETS, ids=lambda s: s.name)
def test_header_row_is_exactly_the_spec_labels(wb: openpyxl.Workbook, sheet: Sheet) -> None:
    ws = wb[sheet.name]
    header = [c.value for c in ws[1] if c.value is not None]
    assert header == [f.label for f in sheet.fields]
    for cell in ws[1][: len(sheet.fields)]:
        assert cell.font.bold and cell.alignment.wrap_text and cell.fill.fill_type == "solid"
        assert cell.protection.locked
    assert ws.freeze_panes == "A2"


@pytest.mark.parametrize("sheet", TABLE_SHEETS, ids=lambda s: s.name)
def test_input_cells_are_unlocked_yellow_and_formatted(wb: openpyxl.Workbook, sheet: Sheet) -> None:
    ws = wb[sheet.name]
    for row in (2, ws.max_row):
        for field, cell in zip(sheet.fields, ws[row], strict=False):
            if field.locked:
                assert cell.protection.locked
                continue
            assert not cell.protection.locked, (sheet.name, field.label)
            assert cell.fill.fgColor.rgb.endswith(YELLOW)
            assert cell.number_format == NUMBER_FORMATS[field.kind], (sheet.name, field.label)


def test_input_row_counts(wb: openpyxl.Workbook) -> None:
    counts = {s.name: wb[s.name].max_row - 1 for s in TABLE_SHEETS}
    assert counts == {
        "Fagsystemer": 300,
        "Bemanning": 100,
        "Kjøpte tjenester": 100,
        "Infrastruktur": len(LISTS["D"]),
    }


def test_infrastructure_is_prefilled_and_locked(wb: openpyxl.Workbook) -> None:
    sheet = next(s for s in TABLE_SHEETS if s.prefill_list)
    ws = wb[sheet.name]
    column = [f.prefilled for f in sheet.fields].index(True) + 1
    cells = [ws.cell(r, column) for r in input_rows(ws)]
    assert [c.value for c in cells] == list(LISTS[sheet.prefill_list or ""])
    assert all(c.protection.locked for c in cells)


def test_list_columns_have_dropdowns_on_the_lists_sheet(wb: openpyxl.Workbook) -> None:
    assert_dropdowns(wb)
    lists = wb[LISTS_SHEET]
    for column, (name, values) in enumerate(LISTS.items(), start=1):
        cells = [lists.cell(r, column).value for r in range(2, len(values) + 2)]
        assert cells == list(values), name


@pytest.mark.parametrize("sheet", TABLE_SHEETS, ids=lambda s: s.name)
def test_number_and_date_columns_are_checked_with_a_warning(
    wb: openpyxl.Workbook, sheet: Sheet
) -> None:
    ws = wb[sheet.name]
    expected = {Kind.INTEGER: "whole", Kind.DECIMAL: "decimal", Kind.AMOUNT: "decimal"}
    for field in sheet.fields:
        if field.kind not in (*expected, Kind.DATE):
            continue
        dv = the_validation(ws, column_cells(sheet, field, input_rows(ws)))
        assert dv.type == expected.get(field.kind, "date"), field.label
        assert dv.errorStyle == "warning" and dv.showErrorMessage and dv.error
        if field.kind in expected:
            assert (dv.operator, dv.formula1) == ("greaterThanOrEqual", "0")


@pytest.mark.parametrize("sheet", TABLE_SHEETS, ids=lambda s: s.name)
def test_help_is_shown_as_input_message(wb: openpyxl.Workbook, sheet: Sheet) -> None:
    ws = wb[sheet.name]
    for field in sheet.fields:
        if field.help and not field.locked:
            dv = the_validation(ws, column_cells(sheet, field, input_rows(ws)))
            assert dv.showInputMessage and dv.prompt == field.help
            assert dv.promptTitle and len(dv.promptTitle) <= 32  # Excel's limit


# --- protection and printing --------------------------------------------------------------------


def sheet_protection_xml(path: Path) -> dict[str, dict[str, str]]:
    """Sheet name → attributes of its <sheetProtection>, read from the file itself."""
    wb = openpyxl.load_workbook(path)
    result = {}
    with zipfile.ZipFile(path) as z:
        for index, name in enumerate(wb.sheetnames, start=1):
            xml = z.read(f"xl/worksheets/sheet{index}.xml").decode()
            m = re.search(r"<sheetProtection ([^>]*?)/?>", xml)
            assert m, name
            result[name] = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
    return result


def test_every_sheet_is_protected_without_password_but_editable(path: Path) -> None:
    allowed = ["formatCells", "formatColumns", "formatRows", "insertRows", "insertColumns",
               "deleteRows", "sort", "autoFilter"]
    for name, attrs in sheet_protection_xml(path).items():
        assert attrs["sheet"] == "1", name
        assert not {"password", "hashValue"} & set(attrs), name
        # In OOXML a true flag means the action is *locked*, so allowed actions are "0".
        assert {a: attrs.get(a) for a in allowed} == dict.fromkeys(allowed, "0"), name
        assert attrs.get("deleteColumns") == "1", name


def test_columns_right_of_the_table_are_open_for_own_notes(wb: openpyxl.Workbook) -> None:
    for sheet in TABLE_SHEETS:
        ws = wb[sheet.name]
        letter = openpyxl.utils.get_column_letter(len(sheet.fields) + 1)
        assert not ws.column_dimensions[letter].protection.locked, sheet.name
        last = openpyxl.utils.get_column_letter(len(sheet.fields))
        assert ws.column_dimensions[last].protection.locked, sheet.name


def test_prints_on_a4_fitted_to_width(wb: openpyxl.Workbook) -> None:
    for name in SHEET_ORDER[: 1 + len(DATA_SHEETS)]:
        ws = wb[name]
        assert ws.page_setup.paperSize == 9, name  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage, name
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0), name
        expected = "landscape" if name == SYSTEMS.name else "portrait"
        assert ws.page_setup.orientation == expected, name
    for sheet in TABLE_SHEETS:
        assert wb[sheet.name].print_title_rows == "$1:$1", sheet.name


# --- Veiledning -----------------------------------------------------------------------------------


def guide_text(wb: openpyxl.Workbook) -> str:
    return "\n".join(str(c.value) for c in wb[GUIDE_SHEET]["A"] if c.value)


def test_guide_names_deadline_contact_and_sheets(wb: openpyxl.Workbook) -> None:
    text = guide_text(wb)
    assert "01.03.2026" in text
    assert "Kari Nordmann, kari@example.no" in text
    assert "Felles IKT Vest" in text and "Oslo (0301)" in text
    for sheet in DATA_SHEETS:
        assert f"{sheet.name}:" in text


def test_guide_without_deadline_or_contact(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(make_template(tmp_path, deadline=None, contact=None))
    text = guide_text(wb)
    assert "Frist" in text and "None" not in text
