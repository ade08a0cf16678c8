"""Writes the questionnaire a municipality fills in, one .xlsx per municipality (Qt-free).

The content comes from spec.py (../shared/spec/questionnaire.md); this module only lays it out:
labels and headers locked, input cells yellow and unlocked, dropdowns that refer to the list
values on the hidden sheet `Lister`, and the file's identity on the hidden identity sheet.
"""

from __future__ import annotations

import datetime
import math
import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core.questionnaire.guide import row_height, write_guide
from desktop.core.questionnaire.identity import IDENTITY_SHEET, Identity, identity_rows
from desktop.core.questionnaire.spec import (
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

LISTS_SHEET = "Lister"
# Empty input rows per table sheet (a sheet prefilled from a list gets one row per value).
INPUT_ROWS = {SYSTEMS.name: 300}
DEFAULT_INPUT_ROWS = 100
# Columns right of the last field left unlocked, so a municipality can add its own columns.
FREE_COLUMNS = 20
LANDSCAPE_SHEETS = {SYSTEMS.name}
FORM_FIRST_ROW = 3  # Kommune: title in row 1, fields from row 3
FORM_VALUE_WIDTH = 24
FORM_HINT_WIDTH = 50

NUMBER_FORMATS = {
    Kind.INTEGER: "#,##0",
    Kind.DECIMAL: "0.0#",
    Kind.AMOUNT: "#,##0",
    Kind.DATE: "DD.MM.YYYY",
}
TEXT_FORMAT = "@"
COLUMN_WIDTHS = {
    Kind.INTEGER: 9,
    Kind.DECIMAL: 11,
    Kind.AMOUNT: 13,
    Kind.DATE: 11,
    Kind.TEXT: 16,
    Kind.EMAIL: 24,
    Kind.LIST: 20,  # longer list values wrap
}
WIDE_TEXT_KEYS = {"name": 20, "comment": 24, "version": 9}

# Input messages when a field has no help of its own, and error messages, by kind.
DEFAULT_PROMPTS = {
    Kind.INTEGER: "Helt tall, 0 eller større.",
    Kind.DECIMAL: "Tall, 0 eller større, f.eks. 2,5.",
    Kind.AMOUNT: "Beløp i hele kroner, uten «kr».",
    Kind.DATE: "Dato på formen dd.mm.åååå.",
    Kind.EMAIL: "E-postadresse, f.eks. navn@kommune.no.",
    Kind.LIST: "Velg fra listen.",
}
ERRORS = {
    Kind.INTEGER: "Skriv et helt tall som er 0 eller større, uten tekst. "
    "Vet du ikke, la cellen stå tom.",
    Kind.DECIMAL: "Skriv et tall som er 0 eller større, f.eks. 2,5. "
    "Vet du ikke, la cellen stå tom.",
    Kind.AMOUNT: "Skriv beløpet i hele kroner som et tall, f.eks. 45000. "
    "Vet du ikke, la cellen stå tom.",
    Kind.DATE: "Skriv en dato på formen dd.mm.åååå, f.eks. 31.12.2027.",
}
LIST_ERROR = "Verdien står ikke i listen. Velg en verdi fra listen hvis en av dem passer."
OPEN_LIST_ERROR = "Verdien står ikke i listen. Du kan beholde den hvis ingen av verdiene passer."

_THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
LOCKED_FILL = PatternFill("solid", fgColor="EDEDED")
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
HEADER_FONT = Font(bold=True)
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center")
TOP = Alignment(vertical="top")
WRAP = Alignment(wrap_text=True, vertical="top")
HINT_FONT = Font(italic=True, color="595959")
UNLOCKED = Protection(locked=False)
LOCKED = Protection(locked=True)


def write_template(
    path: Path,
    *,
    project_id: str,
    project_name: str,
    municipality_number: str,
    municipality_name: str,
    population: int | None = None,
    deadline: datetime.date | None = None,
    contact: str | None = None,
) -> Path:
    """Write the questionnaire for one municipality to `path` and return the path."""
    number = _municipality_number(municipality_number)
    wb = Workbook()
    wb.properties.title = f"Spørreskjema – {project_name} – {municipality_name}"
    wb.properties.creator = "Samdrift"
    guide = wb.active
    guide.title = GUIDE_SHEET
    write_guide(
        guide,
        project_name=project_name,
        municipality_name=municipality_name,
        municipality_number=number,
        deadline=deadline,
        contact=contact,
    )
    _finish_sheet(guide, title_rows=None)

    list_ranges = _list_ranges()
    values: dict[str, object] = {"number": number, "name": municipality_name}
    if population is not None:
        values["inhabitants"] = population
    _add_form_sheet(wb, MUNICIPALITY, values, list_ranges)
    for sheet in TABLE_SHEETS:
        _add_table_sheet(wb, sheet, list_ranges)
    _add_lists_sheet(wb)
    _add_identity_sheet(wb, Identity(TEMPLATE_VERSION, project_id, number))
    wb.active = 0

    path = Path(path)
    partial = path.with_name(path.name + ".part")
    try:
        wb.save(partial)
        os.replace(partial, path)  # never leave a half-written questionnaire behind
    finally:
        partial.unlink(missing_ok=True)
    return path


def _municipality_number(value: str) -> str:
    number = str(value).strip()
    if number.isdigit() and len(number) <= 4:
        return number.zfill(4)
    raise ValueError(f"Municipality number must be four digits, got {value!r}")


# --- the sheets ---------------------------------------------------------------------------------


def _add_form_sheet(
    wb: Workbook, sheet: Sheet, values: dict[str, object], list_ranges: dict[str, str]
) -> Worksheet:
    """Label in column A, value in column B, the field's help as a printed hint in column C."""
    unknown = set(values) - {f.key for f in sheet.fields}
    if unknown:
        raise KeyError(f"No such fields on {sheet.name}: {sorted(unknown)}")
    ws = wb.create_sheet(sheet.name)
    title = ws.cell(row=1, column=1, value="Opplysninger om kommunen")
    title.font = Font(bold=True, size=14)
    ws.row_dimensions[1].height = 22
    for row, field in enumerate(sheet.fields, start=FORM_FIRST_ROW):
        label = ws.cell(row=row, column=1, value=field.label)
        label.font = HEADER_FONT
        label.alignment = TOP
        _style_value(ws.cell(row=row, column=2, value=values.get(field.key)), field)
        _add_validation(ws, field, f"B{row}", list_ranges)
        if field.help:
            hint = ws.cell(row=row, column=3, value=field.help)
            hint.font = HINT_FONT
            hint.alignment = WRAP
            ws.row_dimensions[row].height = row_height(field.help, FORM_HINT_WIDTH)
    ws.column_dimensions["A"].width = max(len(f.label) for f in sheet.fields) + 2
    ws.column_dimensions["B"].width = FORM_VALUE_WIDTH
    ws.column_dimensions["C"].width = FORM_HINT_WIDTH
    _unlock_free_columns(ws, after=3)
    _finish_sheet(ws, title_rows=None)
    return ws


def _add_table_sheet(wb: Workbook, sheet: Sheet, list_ranges: dict[str, str]) -> Worksheet:
    """Header row, then empty input rows (or one row per value of the sheet's prefill list)."""
    ws = wb.create_sheet(sheet.name)
    prefill = LISTS[sheet.prefill_list] if sheet.prefill_list else ()
    rows = len(prefill) if prefill else INPUT_ROWS.get(sheet.name, DEFAULT_INPUT_ROWS)
    last_row = rows + 1
    header_height = 0.0
    for column, field in enumerate(sheet.fields, start=1):
        letter = get_column_letter(column)
        header = ws.cell(row=1, column=column, value=field.label)
        header.font = HEADER_FONT
        header.fill = HEADER_FILL
        header.alignment = HEADER_ALIGNMENT
        header.border = BORDER
        for row in range(2, last_row + 1):
            value = prefill[row - 2] if field.prefilled and prefill else None
            _style_value(ws.cell(row=row, column=column, value=value), field)
        _add_validation(ws, field, f"{letter}2:{letter}{last_row}", list_ranges)
        width = _column_width(field)
        ws.column_dimensions[letter].width = width
        header_height = max(header_height, row_height(field.label, width, bold=True))
    ws.row_dimensions[1].height = header_height + 4
    last_letter = get_column_letter(len(sheet.fields))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{last_letter}{last_row}"
    _unlock_free_columns(ws, after=len(sheet.fields))
    _finish_sheet(ws, title_rows="1:1", landscape=sheet.name in LANDSCAPE_SHEETS)
    return ws


def _add_lists_sheet(wb: Workbook) -> Worksheet:
    """One column per list (A–D), list name in row 1, values from row 2; hidden."""
    ws = wb.create_sheet(LISTS_SHEET)
    for column, (name, values) in enumerate(LISTS.items(), start=1):
        ws.cell(row=1, column=column, value=f"Liste {name}").font = HEADER_FONT
        for row, value in enumerate(values, start=2):
            ws.cell(row=row, column=column, value=value)
        ws.column_dimensions[get_column_letter(column)].width = max(map(len, values)) + 2
    ws.sheet_state = "hidden"
    _protect(ws)
    return ws


def _list_ranges() -> dict[str, str]:
    """The range on `Lister` each list occupies, as a formula for a list validation."""
    ranges = {}
    for column, (name, values) in enumerate(LISTS.items(), start=1):
        letter = get_column_letter(column)
        ranges[name] = f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${len(values) + 1}"
    return ranges


def _add_identity_sheet(wb: Workbook, identity: Identity) -> Worksheet:
    """Key in column A, value in column B, both text cells; hidden (not veryHidden)."""
    ws = wb.create_sheet(IDENTITY_SHEET)
    for row, (key, value) in enumerate(identity_rows(identity), start=1):
        for column, text in enumerate((key, value), start=1):
            cell = ws.cell(row=row, column=column, value=str(text))
            cell.number_format = TEXT_FORMAT
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 40
    ws.sheet_state = "hidden"
    _protect(ws)
    return ws


# --- cells --------------------------------------------------------------------------------------


def _style_value(cell: Cell, field: Field) -> None:
    """An input cell (yellow, unlocked) or, for a locked prefilled field, a grey locked one."""
    cell.number_format = NUMBER_FORMATS.get(field.kind, TEXT_FORMAT)
    cell.border = BORDER
    cell.alignment = WRAP if field.kind in (Kind.TEXT, Kind.LIST) else TOP
    if field.locked:
        cell.fill = LOCKED_FILL
        cell.protection = LOCKED
    else:
        cell.fill = INPUT_FILL
        cell.protection = UNLOCKED


def _column_width(field: Field) -> float:
    width = WIDE_TEXT_KEYS.get(field.key, COLUMN_WIDTHS.get(field.kind, 16))
    if field.kind is Kind.LIST:
        width = min(width, max(map(len, field.choices)) + 3)  # room for the dropdown arrow
    # The header wraps onto at most three lines, and never inside a word.
    longest_word = max(map(len, field.label.split()))
    return max(width, math.ceil(len(field.label) / 3) + 2, longest_word + 2)


def _add_validation(ws: Worksheet, field: Field, cells: str, list_ranges: dict[str, str]) -> None:
    """Dropdown, number or date check with an input message; none on locked cells."""
    if field.locked:
        return
    prompt = field.help or DEFAULT_PROMPTS.get(field.kind, "")
    if field.kind is Kind.LIST:
        dv = DataValidation(
            type="list",
            formula1=list_ranges[field.list_name or ""],
            errorTitle="Ikke i listen",
            error=OPEN_LIST_ERROR if field.open_list else LIST_ERROR,
        )
    elif field.kind in (Kind.INTEGER, Kind.DECIMAL, Kind.AMOUNT):
        dv = DataValidation(
            type="whole" if field.kind is Kind.INTEGER else "decimal",
            operator="greaterThanOrEqual",
            formula1="0",
            errorTitle="Ugyldig tall",
            error=ERRORS[field.kind],
        )
    elif field.kind is Kind.DATE:
        dv = DataValidation(
            type="date",
            operator="greaterThanOrEqual",
            formula1="1",
            errorTitle="Ugyldig dato",
            error=ERRORS[field.kind],
        )
    elif prompt:
        dv = DataValidation()  # an input message only
    else:
        return
    if dv.type is not None:
        dv.errorStyle = "warning"  # a hand-typed value is possible, but warned
        dv.showErrorMessage = True
    dv.allow_blank = True
    if prompt:
        dv.promptTitle = _title(field.label)
        dv.prompt = prompt[:255]
        dv.showInputMessage = True
    dv.add(cells)
    ws.add_data_validation(dv)


def _title(label: str) -> str:
    """Excel allows at most 32 characters in an input message title."""
    return label if len(label) <= 32 else label[:31].rstrip() + "…"


# --- whole sheets -------------------------------------------------------------------------------


def _unlock_free_columns(ws: Worksheet, *, after: int) -> None:
    """Unlock the columns right of the form, so the municipality can add its own."""
    first = after + 1
    dim = ws.column_dimensions[get_column_letter(first)]
    dim.min, dim.max = first, after + FREE_COLUMNS
    dim.width = 14
    dim.protection = UNLOCKED


def _protect(ws: Worksheet) -> None:
    """Sheet protection without a password. False in openpyxl/OOXML means *allowed*."""
    p = ws.protection
    p.sheet = True
    p.formatCells = p.formatColumns = p.formatRows = False
    p.insertRows = p.insertColumns = p.deleteRows = False
    p.sort = p.autoFilter = False


def _finish_sheet(ws: Worksheet, *, title_rows: str | None, landscape: bool = False) -> None:
    """Protection and printing: A4, fit to page width, header row repeated on every page."""
    _protect(ws)
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddFooter.center.text = "&A – side &P av &N"
