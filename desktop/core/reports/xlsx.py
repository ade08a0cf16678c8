"""The report's tables as a formatted workbook (`.xlsx`).

A summary sheet first (title, date, scenarios, key figures, the recommendation and a list of
the sheets), then one sheet per table of the report (`Report.tables()`), named after the
table's key. Each table sheet: the title, a bold frozen header row with an auto-filter, the
raw values with a number format per column kind, the total row in bold and the note below.
Missing values (None) are left empty and the note says so. The file is the same for the same
report (fixed timestamps in the package).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from desktop.core.reports.cell_text import cell_text
from desktop.core.reports.document import KeyFigures, Paragraph, Report, Table
from desktop.core.reports.package import fixed_zip
from desktop.core.reports.xlsx_format import put_text, put_value, width

SUMMARY_SHEET = "Sammendrag"
MISSING_NOTE = "Tomme celler: verdien mangler."
FONT = "Calibri"
TITLE = Font(name=FONT, bold=True, size=14)
HEADING = Font(name=FONT, bold=True, size=12)
BOLD = Font(name=FONT, bold=True)
ITALIC = Font(name=FONT, italic=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
TOP_LINE = Border(top=Side(style="thin"))
WRAP = Alignment(wrap_text=True, vertical="top")
LINE_HEIGHT = 15  # points, one line of 11 pt text
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?\\]")


def sheet_names(keys: list[str], reserved: tuple[str, ...] = (SUMMARY_SHEET,)) -> list[str]:
    """Sheet names for table keys: allowed characters, at most 31, unique (case ignored)."""
    taken = {r.casefold() for r in reserved}
    names: list[str] = []
    for key in keys:
        cleaned = _NOT_IN_SHEET_NAMES.sub(" ", key.replace("/", "-"))
        base = " ".join(cleaned.split()).strip("'")[:31].strip() or "Tabell"
        name, n = base, 2
        while name.casefold() in taken or name.casefold() == "history":
            suffix = f" ({n})"
            name = base[:31 - len(suffix)] + suffix
            n += 1
        taken.add(name.casefold())
        names.append(name)
    return names


def _has_missing(table: Table) -> bool:
    rows = [*table.rows, *([table.total] if table.total is not None else [])]
    return any(v is None for row in rows for v in row)


def table_note(table: Table) -> str:
    note = table.note.strip()
    if _has_missing(table) and MISSING_NOTE not in note:
        note = f"{note} {MISSING_NOTE}".strip()
    return note


def _heading(table: Table, i: int) -> str:
    column = table.columns[i]
    return f"{column.title} ({column.unit})" if column.unit else column.title


def _print_setup(ws: Worksheet, columns: int, title_rows: str | None = None) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if columns > 5 else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows


def _widths(table: Table) -> list[float]:
    """Each column as wide as its longest value (bold heading a little wider), within bounds."""
    out = []
    for i, column in enumerate(table.columns):
        values = [*(r[i] for r in table.rows if i < len(r)),
                  *([table.total[i]] if table.total is not None and i < len(table.total)
                    else [])]
        heading = _heading(table, i)
        out.append(max(width([cell_text(v, column) for v in values]),
                       width([heading + " " * (len(heading) // 6 + 2)])))
    return out


def _wrap_row(ws: Worksheet, r: int, widths: list[float]) -> None:
    """Wrap the row's texts that are wider than their column; the row as high as needed
    (set here: spreadsheet programs do not all fit row heights when opening a file)."""
    lines = 1
    for i, w in enumerate(widths):
        cell = ws.cell(r, i + 1)
        if cell.data_type == "s" and isinstance(cell.value, str) and len(cell.value) > w - 1:
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal=cell.alignment.horizontal,
                                       indent=cell.alignment.indent)
            lines = max(lines, _lines(cell.value, max(int(w * 1.15) - 1, 1)))
    if lines > 1:
        ws.row_dimensions[r].height = LINE_HEIGHT * lines
        for i in range(len(widths)):  # the row's other values at the top too
            cell = ws.cell(r, i + 1)
            if not cell.alignment.wrap_text:
                cell.alignment = Alignment(vertical="top", horizontal=cell.alignment.horizontal,
                                           indent=cell.alignment.indent)


def write_table_sheet(ws: Worksheet, table: Table) -> None:
    ncols = max(len(table.columns), 1)
    widths = _widths(table)
    put_text(ws.cell(1, 1), table.title)
    ws.cell(1, 1).font = TITLE
    ws.row_dimensions[1].height = 21
    for i in range(len(table.columns)):
        cell = ws.cell(2, i + 1)
        put_text(cell, _heading(table, i))
        cell.font, cell.fill = BOLD, HEADER_FILL
        text = table.columns[i].kind == "text"
        cell.alignment = Alignment(vertical="bottom", horizontal="left" if text else "right",
                                   indent=1 if text and i > 0 else 0)
    _wrap_row(ws, 2, widths)
    for r, row in enumerate(table.rows, start=3):
        for i, column in enumerate(table.columns):
            put_value(ws.cell(r, i + 1), row[i] if i < len(row) else None, column)
            if i > 0 and column.kind == "text":  # apart from a number just before it
                ws.cell(r, i + 1).alignment = Alignment(horizontal="left", indent=1)
        _wrap_row(ws, r, widths)
    last = 2 + len(table.rows)
    if table.columns:
        ws.freeze_panes = "A3"
        ws.auto_filter.ref = f"A2:{get_column_letter(ncols)}{max(last, 2)}"
    after = last + 1
    if table.total is not None:
        for i, column in enumerate(table.columns):
            cell = ws.cell(after, i + 1)
            put_value(cell, table.total[i] if i < len(table.total) else None, column)
            cell.font, cell.border = BOLD, TOP_LINE
        _wrap_row(ws, after, widths)
        after += 1
    note = table_note(table)
    if note:
        cell = ws.cell(after + 1, 1)
        put_text(cell, note)
        cell.font = ITALIC
        cell.alignment = WRAP
        if ncols > 1:  # the note wraps within the table's width
            ws.merge_cells(start_row=after + 1, start_column=1, end_row=after + 1,
                           end_column=ncols)
        ws.row_dimensions[after + 1].height = LINE_HEIGHT * _lines(
            note, max(int(sum(widths) * 1.1) - 2, 20))
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    _print_setup(ws, ncols, "1:2")


def _recommendation(report: Report) -> str:
    return "\n\n".join(b.text for s in report.sections for b in s.blocks
                       if isinstance(b, Paragraph) and b.style == "recommendation")


def _key_figures(report: Report) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """The key figures by the section they stand in."""
    groups: list[tuple[str, list[tuple[str, str, str]]]] = []
    for section in report.sections:
        items = [(k.label, k.value, k.note) for b in section.blocks
                 if isinstance(b, KeyFigures) for k in b.items]
        if items:
            groups.append((section.title, items))
    return groups


def _lines(text: str, chars_per_line: int) -> int:
    return sum(max(1, -(-len(line) // chars_per_line)) for line in text.split("\n"))


def write_summary_sheet(ws: Worksheet, report: Report, tables: list[tuple[str, Table]]) -> None:
    put_text(ws.cell(1, 1), report.title)
    ws.cell(1, 1).font = Font(name=FONT, bold=True, size=16)
    if report.subtitle:
        put_text(ws.cell(2, 1), report.subtitle)
    ws.cell(4, 1, "Dato").font = BOLD
    ws.cell(4, 2, report.created).number_format = "dd.mm.yyyy"
    ws.cell(4, 2).alignment = Alignment(horizontal="left")
    row = 5
    if report.scenarios:
        ws.cell(row, 1, "Scenarioer").font = BOLD
        put_text(ws.cell(row, 2), ", ".join(report.scenarios))
        row += 1
    groups = _key_figures(report)
    if groups:
        row += 1
        ws.cell(row, 1, "Nøkkeltall").font = HEADING
        row += 1
    for title, items in groups:
        if len(groups) > 1:  # say which part of the report each group belongs to
            put_text(ws.cell(row, 1), title)
            ws.cell(row, 1).font = BOLD
            row += 1
        for label, value, note in items:
            put_text(ws.cell(row, 1), label)
            put_text(ws.cell(row, 2), value)
            ws.cell(row, 2).alignment = Alignment(horizontal="right")
            if note:
                put_text(ws.cell(row, 3), note)
                ws.cell(row, 3).alignment = Alignment(indent=2)
                ws.cell(row, 3).font = ITALIC
            row += 1
    row += 1
    ws.cell(row, 1, "Anbefaling").font = HEADING
    row += 1
    text = _recommendation(report) or "Ingen anbefaling er skrevet."
    put_text(ws.cell(row, 1), text)
    ws.cell(row, 1).alignment = WRAP
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
    ws.row_dimensions[row].height = LINE_HEIGHT * _lines(text, 110)
    row += 2
    if tables:
        ws.cell(row, 1, "Tabeller").font = HEADING
        row += 1
        for name, table in tables:
            cell = ws.cell(row, 1)
            put_text(cell, name)
            cell.hyperlink = f"#{quote_sheetname(name)}!A1"
            cell.font = Font(name=FONT, color="1F4E9E", underline="single")
            put_text(ws.cell(row, 2), table.title)
            row += 1
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = max(22.0, width(
        [v for _, items in groups for _, v, _ in items]))
    ws.column_dimensions["C"].width = 60
    _print_setup(ws, 3)
    ws.page_setup.orientation = "landscape"  # label, value and note side by side


def build_workbook(report: Report) -> Workbook:
    wb = Workbook()
    summary = wb.active
    assert summary is not None
    summary.title = SUMMARY_SHEET
    tables = report.tables()
    named = list(zip(sheet_names([t.key for t in tables]), tables, strict=True))
    write_summary_sheet(summary, report, named)
    for name, table in named:
        write_table_sheet(wb.create_sheet(name), table)
    stamp = dt.datetime.combine(report.created, dt.time())
    wb.properties.creator = "Samdrift"
    wb.properties.title = report.title
    wb.properties.created = wb.properties.modified = stamp
    return wb


def workbook_bytes(report: Report) -> bytes:
    wb = build_workbook(report)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).save()  # save_workbook would stamp the time of saving
    return fixed_zip(buffer.getvalue(), report.created)


def write_xlsx(report: Report, path: Path) -> None:
    """Write the report's tables as a workbook to `path`."""
    Path(path).write_bytes(workbook_bytes(report))
