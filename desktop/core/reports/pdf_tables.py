"""A document Table as reportlab flowables that fit the page.

Values are shown the Norwegian way (cell_text), missing ones as «–» with a note. Columns get
their natural width when it fits, else text columns wrap (numbers never do). A table too wide
for a portrait page at 6,5 pt goes on landscape pages; one too wide for those is split into
column groups that each repeat the first column. Every part repeats its header row on each
page; the total row is bold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, TableStyle
from reportlab.platypus import Table as RLTable

from desktop.core import formatting
from desktop.core.reports.cell_text import cell_text
from desktop.core.reports.document import Column, Table, Value
from desktop.core.reports.pdf_flow import Para, WithFootnote
from desktop.core.reports.pdf_style import (
    BOLD,
    FONT,
    LIGHT,
    NAVY,
    RULE,
    ZEBRA,
    Styles,
    cell_style,
    register_fonts,
)

MISSING = "–"
PAD = 3.0  # left and right padding of a cell
PORTRAIT_SIZES = (8.0, 7.5, 7.0, 6.5)
LANDSCAPE_SIZES = (8.0, 7.0, 6.5, 6.0)
SPLIT_SIZE = 6.5
KEEP_ROWS = 15  # tables of at most this many rows are kept on one page with their title
ROOM_TO_START = 45 * mm  # a longer table starts on a page with this much room left
COMPACT_KRONER = 3  # from this many kroner columns, "kr" goes in the heading
NUMERIC = frozenset({"kroner", "integer", "number", "fte", "percent"})
SHY = "\u00ad"
# Second parts of Norwegian compounds where a long heading word may break (with a hyphen).
COMPOUND_PARTS = ("betaling", "kostnad", "system", "tjeneste", "område", "innsparing",
                  "årsverk", "bruker", "server", "sjoner", "forvaltning", "infrastruktur",
                  "digitalisering", "sannsynlighet", "fellesskap", "kommune")


@dataclass(frozen=True)
class Placed:
    """The flowables of one table and whether they need landscape pages."""

    flowables: list[Flowable]
    landscape: bool


class _Cells:
    """The table's texts and their widths at 1 pt (natural and longest word)."""

    def __init__(self, table: Table) -> None:
        register_fonts()
        self.table = table
        self.compact = sum(1 for c in table.columns if c.kind == "kroner") >= COMPACT_KRONER
        self.header = [self._heading(c) for c in table.columns]
        self.rows = [[self.text(v, c) for v, c in zip(row, table.columns, strict=True)]
                     for row in table.rows]
        self.total = (None if table.total is None else
                      [self.text(v, c, total=True)
                       for v, c in zip(table.total, table.columns, strict=True)])
        self.missing = any(v is None for row in table.rows for v in row)
        n = len(table.columns)
        self.natural = [0.0] * n
        self.minimum = [0.0] * n
        for i in range(n):
            self.minimum[i] = _longest_word(self.header[i], BOLD)
            texts = [r[i] for r in self.rows]
            numeric = table.columns[i].kind in NUMERIC
            widths = [stringWidth(t, FONT, 1) for t in texts]
            if self.total is not None:
                widths.append(stringWidth(self.total[i], BOLD, 1))
                texts.append(self.total[i])
            nat = max([stringWidth(self.header[i].replace(SHY, ""), BOLD, 1), *widths])
            self.natural[i] = nat
            if numeric:
                self.minimum[i] = max([self.minimum[i], *widths])
            else:
                self.minimum[i] = max([self.minimum[i], *(_longest_word(t, FONT) for t in texts)])

    def _heading(self, c: Column) -> str:
        unit = f" ({c.unit})" if c.unit else ""
        if self.compact and c.kind == "kroner":
            unit = " (kr)"
        return hyphenate(c.title + unit)

    def text(self, value: Value, column: Column, total: bool = False) -> str:
        if value is None:
            return "" if total and column.kind == "text" else MISSING
        if isinstance(value, int | float):
            if self.compact and column.kind == "kroner":
                return formatting.number(value, column.decimals)
            if column.kind == "fte":
                return formatting.number(value, 1)
        return cell_text(value, column)


def _longest_word(text: str, font: str) -> float:
    words = text.replace("\n", " ").replace(SHY, "- ").split(" ")
    return max((stringWidth(w, font, 1) for w in words), default=0.0)


def hyphenate(text: str) -> str:
    """Soft hyphens before the second part of long compound words (headings only)."""
    words = []
    for word in text.split(" "):
        if len(word) > 10:
            low = word.casefold()
            for part in COMPOUND_PARTS:
                at = low.find(part, 4)
                if at > 0 and len(word) - at >= 4:
                    word = word[:at] + SHY + word[at:]
                    break
        words.append(word)
    return " ".join(words)


def fit(cells: _Cells, columns: Sequence[int], size: float, avail: float) -> list[float] | None:
    """Column widths filling `avail` at this font size, or None when it cannot fit."""
    nat = [cells.natural[i] * size + 2 * PAD + 1 for i in columns]
    low = [cells.minimum[i] * size + 2 * PAD + 1 for i in columns]
    if sum(low) > avail:
        return None
    if sum(nat) <= avail:
        extra = avail - sum(nat)
        text = [j for j, i in enumerate(columns) if cells.table.columns[i].kind not in NUMERIC]
        share = text or list(range(len(columns)))
        weight = sum(nat[j] for j in share)
        return [w + (extra * w / weight if j in share else 0.0) for j, w in enumerate(nat)]
    # text columns get their room first (a wrapped name reads worse than a wrapped heading)
    widths = list(low)
    room = avail - sum(low)
    text = [j for j, i in enumerate(columns) if cells.table.columns[i].kind not in NUMERIC]
    for group in (text, [j for j in range(len(columns)) if j not in text]):
        slack = sum(nat[j] - low[j] for j in group)
        if slack <= 0 or room <= 0:
            continue
        give = min(room, slack)
        for j in group:
            widths[j] += (nat[j] - low[j]) * give / slack
        room -= give
    return widths


def _groups(cells: _Cells, avail: float) -> list[list[int]]:
    """Column groups for a table too wide for a landscape page: the first column repeats."""
    n = len(cells.table.columns)
    groups: list[list[int]] = []
    current = [0]
    for i in range(1, n):
        if fit(cells, [*current, i], SPLIT_SIZE, avail) is None and len(current) > 1:
            groups.append(current)
            current = [0]
        current.append(i)
    groups.append(current)
    return groups


def place(table: Table, st: Styles, portrait_width: float, landscape_width: float) -> Placed:
    cells = _Cells(table)
    every = list(range(len(table.columns)))
    for size in PORTRAIT_SIZES:
        widths = fit(cells, every, size, portrait_width)
        if widths is not None:
            return Placed(_flowables(cells, st, [(every, widths)], size), False)
    for size in LANDSCAPE_SIZES:
        widths = fit(cells, every, size, landscape_width)
        if widths is not None:
            return Placed(_flowables(cells, st, [(every, widths)], size), True)
    parts = []
    for group in _groups(cells, landscape_width):
        widths = fit(cells, group, SPLIT_SIZE, landscape_width)
        if widths is None:  # a single column wider than the page: squeeze it
            widths = [landscape_width / len(group)] * len(group)
        parts.append((group, widths))
    return Placed(_flowables(cells, st, parts, SPLIT_SIZE), True)


def _flowables(cells: _Cells, st: Styles, parts: list[tuple[list[int], list[float]]],
               size: float) -> list[Flowable]:
    table = cells.table
    note = table.note
    if cells.missing and MISSING not in note:
        note = (note + " " if note else "") + f"{MISSING} : tallet mangler."
    out: list[Flowable] = []
    for n, (group, widths) in enumerate(parts, start=1):
        title = table.title if len(parts) == 1 else f"{table.title} (del {n} av {len(parts)})"
        part: list[Flowable] = [_table(cells, group, widths, size)]
        if note and n == len(parts):
            part.append(Para(escape(note), st.table_note))
        if len(table.rows) <= KEEP_ROWS:  # a short table is not broken over two pages
            out.append(KeepTogether([Para(escape(title), st.table_title), *part]))
        elif len(part) == 2:  # a long one: its note goes over the page with its last rows
            out += [CondPageBreak(ROOM_TO_START), Para(escape(title), free_title(st)),
                    WithFootnote(*part)]
        else:  # a long one starts where it is, if there is room for its first rows
            out += [CondPageBreak(ROOM_TO_START), Para(escape(title), free_title(st)),
                    *part]
    return out


def free_title(st: Styles) -> ParagraphStyle:
    """The table title, not kept with the table (a long table may start on this page)."""
    return ParagraphStyle("table_title_free", parent=st.table_title, keepWithNext=0)


def _table(cells: _Cells, group: list[int], widths: list[float], size: float) -> RLTable:
    cols = [cells.table.columns[i] for i in group]
    align = ["right" if c.kind in NUMERIC else "left" for c in cols]
    head = [Para(escape(cells.header[i]), cell_style(size, True, a))
            for i, a in zip(group, align, strict=True)]
    body_style = cell_style(size)
    bold_style = cell_style(size, True)

    def row(texts: list[str], bold: bool) -> list[object]:
        out: list[object] = []
        for i, w, a in zip(group, widths, align, strict=True):
            t = texts[i]
            font = BOLD if bold else FONT
            if a == "left" and stringWidth(t, font, size) > w - 2 * PAD - 0.5:
                out.append(Para(escape(t), bold_style if bold else body_style))
            else:
                out.append(t)
        return out

    data = [head, *(row(r, False) for r in cells.rows)]
    if cells.total is not None:
        data.append(row(cells.total, True))
    last = len(data) - 1
    style: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size * 1.22),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
        ("LINEBELOW", (0, last), (-1, last), 0.6, RULE),
    ]
    body_end = last - 1 if cells.total is not None else last
    if body_end >= 2:
        style.append(("ROWBACKGROUNDS", (0, 1), (-1, body_end), [colors.white, ZEBRA]))
    for j, a in enumerate(align):
        if a == "right":
            style.append(("ALIGN", (j, 0), (j, -1), "RIGHT"))
    if cells.total is not None:
        style += [("FONTNAME", (0, last), (-1, last), BOLD),
                  ("LINEABOVE", (0, last), (-1, last), 0.8, NAVY)]
    return RLTable(data, colWidths=widths, repeatRows=1, style=TableStyle(style),
                      hAlign="LEFT")
