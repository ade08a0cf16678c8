"""The summary for the case presentation (saksframlegg) as a Word document (`.docx`).

Title, date and scenarios, the recommendation the user wrote, the key figures, the comparison
of the scenarios and short notes: what a case officer pastes into a saksframlegg. The full
report is the PDF; the numbers are in the workbook.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml.shared import OxmlElement
from docx.shared import Cm, Pt
from docx.table import _Cell

from desktop.core import formatting
from desktop.core.reports.cell_text import MISSING, cell_text
from desktop.core.reports.document import (
    Column,
    KeyFigure,
    KeyFigures,
    Paragraph,
    Report,
    Section,
    Table,
)
from desktop.core.reports.package import fixed_zip
from desktop.core.reports.xlsx_format import clean_text

# Keys the comparison table may have, in the order they are looked for.
COMPARISON_KEYS = ("Sammenligning økonomi", "Sammenligning", "Sammenligning scenarioer",
                   "Sammendrag scenarioer")
NO_RECOMMENDATION = "Ingen anbefaling er skrevet."
MISSING_NOTE = f"{MISSING} betyr at verdien mangler."


def comparison_table(report: Report) -> Table | None:
    """The report's comparison of the scenarios, found by its key."""
    tables: dict[str, Table] = {}
    for table in report.tables():
        tables.setdefault(table.key.casefold(), table)
    for key in COMPARISON_KEYS:
        if key.casefold() in tables:
            return tables[key.casefold()]
    return next((t for t in report.tables() if t.key.casefold().startswith("sammenlign")),
                None)


def recommendation(report: Report) -> list[str]:
    return [b.text for s in report.sections for b in s.blocks
            if isinstance(b, Paragraph) and b.style == "recommendation"]


def key_figures(report: Report) -> list[KeyFigure]:
    """The summary's key figures: those of the first section that has any."""
    for section in report.sections:
        items = [k for b in section.blocks if isinstance(b, KeyFigures) for k in b.items]
        if items:
            return items
    return []


def _language(doc: DocumentObject) -> None:
    """Norwegian bokmål for spelling and hyphenation, Calibri 11 as the body text."""
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    rpr = style.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "nb-NO")
    rpr.append(lang)


def _page(doc: DocumentObject) -> None:
    for section in doc.sections:
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin = section.bottom_margin = Cm(2.5)


def _repeat_header(row_cells: list[_Cell]) -> None:
    tr = row_cells[0]._tc.getparent()
    props = tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    props.append(header)


def _set(cell: _Cell, text: str, *, bold: bool = False, right: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(clean_text(text))
    run.bold = bold
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _title(column: Column) -> str:
    return f"{column.title} ({column.unit})" if column.unit else column.title


def add_table(doc: DocumentObject, table: Table) -> bool:
    """The table with a bold repeated header and a bold total; True when a value is missing.

    A wide table of few rows (the comparison of a few scenarios) is turned: one row per
    measure, one column per scenario, so that it fits a portrait page."""
    if len(table.columns) > 5 and len(table.rows) + (table.total is not None) <= 5:
        return _add_turned(doc, table)
    columns = table.columns
    grid = doc.add_table(rows=1, cols=len(columns))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, column in zip(grid.rows[0].cells, columns, strict=True):
        _set(cell, _title(column), bold=True, right=column.kind != "text")
    _repeat_header(grid.rows[0].cells)
    missing = False
    rows = [(row, False) for row in table.rows]
    if table.total is not None:
        rows.append((table.total, True))
    for values, bold in rows:
        cells = grid.add_row().cells
        for i, column in enumerate(columns):
            value = values[i] if i < len(values) else None
            missing = missing or value is None
            _set(cells[i], cell_text(value, column, MISSING), bold=bold,
                 right=column.kind != "text" and not isinstance(value, str))
    return missing


def _add_turned(doc: DocumentObject, table: Table) -> bool:
    first, *measures = table.columns
    records = [*table.rows, *([table.total] if table.total is not None else [])]
    grid = doc.add_table(rows=1, cols=1 + len(records))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    header = grid.rows[0].cells
    _set(header[0], _title(first), bold=True)
    for cell, record in zip(header[1:], records, strict=True):
        _set(cell, cell_text(record[0] if record else None, first, MISSING), bold=True,
             right=True)
    _repeat_header(header)
    missing = False
    for i, column in enumerate(measures, start=1):
        cells = grid.add_row().cells
        _set(cells[0], _title(column))
        for j, record in enumerate(records, start=1):
            value = record[i] if i < len(record) else None
            missing = missing or value is None
            _set(cells[j], cell_text(value, column, MISSING),
                 bold=table.total is not None and j == len(records), right=True)
    return missing


def _note(doc: DocumentObject, text: str) -> None:
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(clean_text(text))
    run.italic = True
    run.font.size = Pt(9)


def add_blocks(doc: DocumentObject, section: Section) -> None:
    """A section's paragraphs and tables (charts and key figures are the PDF's)."""
    for block in section.blocks:
        if isinstance(block, Paragraph):
            if block.style == "note":
                _note(doc, block.text)
            else:
                doc.add_paragraph(clean_text(block.text))
        elif isinstance(block, Table):
            if block.title and block.title not in section.title:
                doc.add_heading(clean_text(block.title), level=2)
            missing = add_table(doc, block)
            note = " ".join(t for t in (block.note.strip(), MISSING_NOTE if missing else "")
                            if t)
            if note:
                _note(doc, note)


def write_sections(title: str, section: Section, created: dt.date, path: Path) -> None:
    """One section as a Word document of its own (a decision note, a fact sheet)."""
    doc = Document()
    _language(doc)
    _page(doc)
    doc.add_heading(clean_text(section.title), level=0)
    subtitle = doc.add_paragraph()
    subtitle.add_run(f"{clean_text(title)} · {formatting.date(created)}").italic = True
    add_blocks(doc, section)
    stamp = dt.datetime.combine(created, dt.time())
    props = doc.core_properties
    props.title, props.author, props.language = section.title, "Samdrift", "nb-NO"
    props.created = props.modified = stamp
    props.last_modified_by = "Samdrift"
    props.revision = 1
    buffer = io.BytesIO()
    doc.save(buffer)
    Path(path).write_bytes(fixed_zip(buffer.getvalue(), created))


def build_document(report: Report) -> DocumentObject:
    doc = Document()
    _language(doc)
    _page(doc)
    doc.add_heading(clean_text(report.title), level=0)
    if report.subtitle:
        doc.add_paragraph(clean_text(report.subtitle))
    facts = doc.add_paragraph()
    facts.add_run("Dato: ").bold = True
    facts.add_run(formatting.date(report.created))
    if report.scenarios:
        facts.add_run("\nScenarioer: ").bold = True
        facts.add_run(clean_text(", ".join(report.scenarios)))

    doc.add_heading("Anbefaling", level=1)
    for text in recommendation(report) or [NO_RECOMMENDATION]:
        for part in (p for p in text.split("\n\n") if p.strip()):
            doc.add_paragraph(clean_text(part.strip("\n")))

    figures = key_figures(report)
    if figures:
        doc.add_heading("Nøkkeltall", level=1)
        grid = doc.add_table(rows=0, cols=2)
        grid.style = "Table Grid"
        for figure in figures:
            cells = grid.add_row().cells
            _set(cells[0], figure.label)
            _set(cells[1], figure.value, bold=True, right=True)
            if figure.note:
                run = cells[0].add_paragraph().add_run(clean_text(figure.note))
                run.italic = True
                run.font.size = Pt(9)

    comparison = comparison_table(report)
    if comparison is not None:
        doc.add_heading("Sammenligning av scenarioene", level=1)
        if comparison.title:
            doc.add_paragraph(clean_text(comparison.title))
        missing = add_table(doc, comparison)
        note = " ".join(t for t in (comparison.note.strip(), MISSING_NOTE if missing else "")
                        if t)
        if note:
            _note(doc, note)

    for section in (s for s in report.sections if s.in_summary):
        doc.add_heading(clean_text(section.title), level=1)
        add_blocks(doc, section)

    doc.add_heading("Merknader", level=1)
    notes = [b.text for s in report.sections if not s.group for b in s.blocks
             if isinstance(b, Paragraph) and b.style == "note"]
    for text in notes[:5]:
        _note(doc, text)
    _note(doc, "Hele rapporten med forutsetninger, kilder og vedlegg ligger i PDF-rapporten; "
               "tallene i arbeidsboken (Excel).")

    stamp = dt.datetime.combine(report.created, dt.time())
    props = doc.core_properties
    props.title, props.author, props.language = report.title, "Samdrift", "nb-NO"
    props.created = props.modified = stamp
    props.last_modified_by = "Samdrift"
    props.revision = 1
    return doc


def write_docx(report: Report, path: Path) -> None:
    """Write the summary for the case presentation to `path`."""
    buffer = io.BytesIO()
    build_document(report).save(buffer)
    Path(path).write_bytes(fixed_zip(buffer.getvalue(), report.created))
