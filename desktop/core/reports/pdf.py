"""The report as a PDF (reportlab platypus): `write_pdf(report, out)`.

A4 with a title page, a table of contents with page numbers, chapters on a new page when
little is left of the one before (never a near-empty page), a running header with the
project name from page 2, «Side 3 av 24» in the footer and PDF bookmarks for
every chapter and sub-heading. Tables repeat their header row across pages and fit the page
(pdf_tables.py: wrapping, smaller type, landscape pages or column groups); charts are vector
graphics (pdf_charts.py). Fonts are embedded (pdf_style.py).

The document is laid out once: the contents are planned from the sections, and their page
numbers are drawn at the end, when every page is known (_Contents, _numbered_canvas).
"""

from __future__ import annotations

import io
import itertools
from ast import literal_eval
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as RLTable
from reportlab.platypus.tableofcontents import TableOfContents

from desktop.core import formatting
from desktop.core.reports.document import (
    Chart,
    KeyFigures,
    Report,
    Section,
    Table,
)
from desktop.core.reports.document import Paragraph as TextParagraph
from desktop.core.reports.pdf_charts import (
    PlacedFigure,
    Prerendered,
    chart_flowables,
    placed_figure,
    prerender,
)
from desktop.core.reports.pdf_flow import Balanced, Para
from desktop.core.reports.pdf_style import (
    BOLD,
    FONT,
    GREY,
    LANDSCAPE,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    NAVY,
    NOTE_BG,
    PORTRAIT,
    RULE,
    Styles,
    styles,
)
from desktop.core.reports.pdf_tables import place

PORTRAIT_WIDTH = PORTRAIT[0] - 2 * MARGIN_X
LANDSCAPE_WIDTH = LANDSCAPE[0] - 2 * MARGIN_X
FRAME_HEIGHT = PORTRAIT[1] - MARGIN_TOP - MARGIN_BOTTOM
CHART_MAX_HEIGHT = FRAME_HEIGHT * 0.45
# a chapter starts on a new page only when less than this is left of the page: a chapter
# that ends high on a page is not followed by a page of white
CHAPTER_ROOM = FRAME_HEIGHT * 0.4
# a section of text only (the notes at the end of a scenario chapter) this short is kept on
# one page with its heading, not split with a line or two alone on the next
SHORT_SECTION = FRAME_HEIGHT * 0.3


def write_pdf(report: Report, out: Path | str | BinaryIO, *, fork: bool = False) -> None:
    """Render the report to a PDF file (a path, or a binary file object). With `fork` (the
    command line; never in a process with a GUI), a forked process paints the charts while
    this one lays out the pages (pdf_charts.Prerendered), where the platform allows it."""
    st = styles()
    figures: dict[int, PlacedFigure] = {}
    entries = _planned_entries(report)
    painter: Prerendered | None = None
    try:
        for _ in range(MAX_PASSES):
            # One layout pass: the contents hold every heading's line from the start (their
            # page numbers do not change how a line wraps: they are drawn after it, when the
            # pages are known, see _Contents), so the pages after them fall as they will
            # stay. Checked: when the headings laid out are not the lines shown, another
            # pass runs.
            numbers = _Numbers()
            toc = _Contents(numbers, levelStyles=[st.toc1, st.toc2], dotsMinLevel=0,
                            tableStyle=TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1),
                                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            _show(toc, entries)
            if fork and painter is None:
                painter = prerender([b for s in printed(report) for b in s.blocks
                                     if isinstance(b, Chart)])
            story = _Story(report, st, toc, figures, painter).build()
            buffer = io.BytesIO()
            doc = _Document(buffer, report, numbers)
            doc.build(story, canvasmaker=_numbered_canvas(report, toc))
            if _lines(doc.entries) == _lines(entries):
                break
            entries = doc.entries
    finally:
        if painter is not None:
            painter.close()
        for placed in figures.values():
            placed.recorded = None
    if isinstance(out, str | Path):
        Path(out).write_bytes(buffer.getvalue())
    else:
        out.write(buffer.getvalue())


Entry = tuple[int, str, int, str]  # level, text, page, bookmark key
MAX_PASSES = 3
PLACEHOLDER_PAGE = 88  # a page number not known yet


@dataclass
class _Numbers:
    """What is known only when every page is laid out: the page of each heading (by its
    bookmark key), and where each line of the contents ends (page, x, y, right edge, level,
    key), for its dot leader and page number."""

    pages: dict[str, int] = field(default_factory=dict)
    ends: list[tuple[int, float, float, float, int, str]] = field(default_factory=list)


class _Contents(TableOfContents):
    """reportlab's table of contents, its dot leaders and page numbers drawn by the canvas
    at the end (_numbered_canvas) instead of while the line is drawn."""

    def __init__(self, numbers: _Numbers, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.numbers = numbers

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        size = super().wrap(availWidth, availHeight)

        def line_end(canvas: Canvas, kind: str, label: str) -> None:
            _page, level, key = label.split(",")
            x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
            ax, ay = canvas.absolutePosition(x, y)
            right = canvas.absolutePosition(availWidth, y)[0]
            self.numbers.ends.append((canvas.getPageNumber(), ax, ay, right, int(level),
                                      literal_eval(key)))

        self.canv.setNamedCB("drawTOCEntryEnd", line_end)
        return size  # type: ignore[no-any-return]

    def draw_number(self, canvas: Canvas, x: float, y: float, right: float, level: int,
                    page: int, key: str) -> None:
        """The dot leader and page number after a line (as reportlab draws them)."""
        style = self.getLevelStyle(level)
        text, size = str(page), style.fontSize
        width = stringWidth(text, style.fontName, size)
        dot = " . "
        dot_width = stringWidth(dot, style.fontName, size)
        dots = max(int((right - x - width) / dot_width), 0)
        line = canvas.beginText(right - dots * dot_width - width, y)
        line.setFont(style.fontName, size)
        line.setFillColor(style.textColor)
        line.textLine(dots * dot + text)
        canvas.drawText(line)
        canvas.linkRect("", key, (right - width, y, right, y + style.leading), relative=0,
                        name=f"contents-{key}")  # named: the canvas restores its counter


def printed(report: Report) -> list[Section]:
    return [s for s in report.sections if s.printed]


def _planned_entries(report: Report) -> list[Entry]:
    """The contents as the sections will fill it (keys as _Story gives them: h1 is the
    contents' own heading), before their pages are known."""
    return [(s.level - 1, s.title, PLACEHOLDER_PAGE, f"h{i}")
            for i, s in enumerate(printed(report), start=2) if s.in_contents]


def _lines(entries: list[Entry]) -> list[tuple[int, str, str]]:
    return [(level, text, key) for level, text, _page, key in entries]


def _show(toc: TableOfContents, entries: list[Entry]) -> None:
    """Make the table of contents show these entries in the next build."""
    toc.clearEntries()
    toc.addEntries(entries)
    toc.beforeBuild()


class _Heading(Para):
    """A chapter or sub-heading: an entry in the table of contents and the PDF outline."""

    def __init__(self, text: str, style: Any, level: int, key: str, in_toc: bool = True
                 ) -> None:
        super().__init__(escape(text), style)
        self.toc_text, self.toc_level, self.bookmark, self.in_toc = text, level, key, in_toc


class _Document(BaseDocTemplate):
    def __init__(self, target: Any, report: Report, numbers: _Numbers) -> None:
        super().__init__(
            target, pagesize=PORTRAIT, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=report.title,
            author=report.meta.get("author", "Samdrift"),
            subject=report.meta.get("subject", report.subtitle), creator="Samdrift",
            keywords=["forstudie", "IT-samarbeid", *report.scenarios], lang="nb-NO")
        self.entries: list[Entry] = []  # the headings of the table of contents, as laid out
        self.numbers = numbers

        def frame(size: tuple[float, float], name: str) -> Frame:
            return Frame(MARGIN_X, MARGIN_BOTTOM, size[0] - 2 * MARGIN_X,
                         size[1] - MARGIN_TOP - MARGIN_BOTTOM, id=name, leftPadding=0,
                         rightPadding=0, topPadding=0, bottomPadding=0)

        self.addPageTemplates([
            PageTemplate("title", [frame(PORTRAIT, "title")], pagesize=PORTRAIT),
            PageTemplate("portrait", [frame(PORTRAIT, "portrait")], pagesize=PORTRAIT),
            PageTemplate("landscape", [frame(LANDSCAPE, "landscape")], pagesize=LANDSCAPE),
        ])

    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, _Heading):
            return
        level = flowable.toc_level
        self.canv.bookmarkPage(flowable.bookmark)
        self.canv.showOutline()  # the viewer opens with the bookmarks shown
        self.canv.addOutlineEntry(flowable.toc_text, flowable.bookmark, level, closed=level > 0)
        if flowable.in_toc:
            self.entries.append((level, flowable.toc_text, self.page, flowable.bookmark))
            self.numbers.pages[flowable.bookmark] = self.page


def _numbered_canvas(report: Report, contents: _Contents) -> type[Canvas]:
    """A canvas that holds its pages until the end, then draws the running header and
    «Side n av N» on every page but the title page, and the contents' page numbers."""
    header = report.running_header or report.title
    date = formatting.date(report.created)
    numbers = contents.numbers

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            ends: dict[int, list[tuple[int, float, float, float, int, str]]] = {}
            for end in numbers.ends:
                ends.setdefault(end[0], []).append(end)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                for _page, x, y, right, level, key in ends.get(self._pageNumber, []):
                    contents.draw_number(self, x, y, right, level,
                                         numbers.pages.get(key, 0), key)
                Canvas.showPage(self)
            Canvas.save(self)

        def _decorate(self, total: int) -> None:
            page = self._pageNumber
            if page == 1:
                return
            width, height = self._pagesize
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(GREY)
            top = height - MARGIN_TOP + 8 * mm
            self.drawString(MARGIN_X, top, header)
            self.drawRightString(width - MARGIN_X, top, date)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, top - 2.5 * mm, width - MARGIN_X, top - 2.5 * mm)
            self.drawCentredString(width / 2, MARGIN_BOTTOM - 10 * mm, f"Side {page} av {total}")
            self.restoreState()

    return NumberedCanvas


class _Story:
    """The flowables, with page breaks and page template switches."""

    def __init__(self, report: Report, st: Styles, toc: TableOfContents,
                 figures: dict[int, PlacedFigure], painter: Prerendered | None = None) -> None:
        self.report, self.st, self.toc = report, st, toc
        self.figures = figures  # by id(chart), placed once
        self.painter = painter
        self.items: list[Flowable] = []
        self.fresh = True  # at the top of a new page
        self.orientation = "portrait"
        self.heading: _Heading | None = None  # waiting for the first block of its section
        self.keys = (f"h{i}" for i in itertools.count(1))
        # where the run that ends at the next page break begins (pdf_flow.Balanced), and a
        # chapter's short intro that waits for its first sub-section (a note, a fact sheet)
        self.run: int | None = None
        self.intro: int | None = None

    def add(self, *flowables: Flowable) -> None:
        if self.heading is not None and flowables:
            # keep the heading with what follows it (reportlab's keepWithNext does not reach
            # into a KeepTogether, so the heading goes inside it)
            head, first, rest = self.heading, flowables[0], flowables[1:]
            self.heading = None
            if isinstance(first, KeepTogether):
                flowables = (KeepTogether([head, *first._content]), *rest)
            elif isinstance(first, CondPageBreak):
                flowables = (first, head, *rest)
            else:
                flowables = (head, first, *rest)
        self.items.extend(flowables)
        self.fresh = False

    def new_page(self, template: str = "portrait") -> None:
        """Start a page with this template; on a page nothing is on yet, change its template
        instead of leaving it blank."""
        if self.fresh and len(self.items) >= 2 and isinstance(self.items[-1], PageBreak):
            self.items[-2] = NextPageTemplate(template)
        else:
            self.end_run()
            self.items += [NextPageTemplate(template), PageBreak()]
            self.run = len(self.items)
        self.fresh, self.orientation = True, template

    def end_run(self) -> None:
        """The flowables since the last page break end where a page may have to end: their
        last page is not left with a line or two (pdf_flow.Balanced)."""
        if self.run is not None and self.run < len(self.items):
            self.items[self.run:] = [Balanced(self.items[self.run:])]

    def ensure(self, template: str) -> None:
        """Continue on a page of this orientation (a new page when it changes)."""
        if template != self.orientation:
            self.new_page(template)

    def build(self) -> list[Flowable]:
        self.title_page()
        self.contents()
        self.run = len(self.items)
        for section in printed(self.report):
            self.section(section)
        self.end_run()
        return self.items

    def title_page(self) -> None:
        r, st = self.report, self.st
        lines = []
        if r.meta.get("project"):
            lines.append(f"Prosjekt: {r.meta['project']}")
        if r.meta.get("participants"):
            lines.append(f"Deltakende kommuner: {r.meta['participants']}")
        if r.scenarios:
            lines.append("Scenarioer: " + ", ".join(f"«{s}»" for s in r.scenarios))
        lines.append(f"Dato: {formatting.date(r.created)}")
        lines.append("Laget med Samdrift")
        band = RLTable([[""]], colWidths=[PORTRAIT_WIDTH], rowHeights=[3 * mm],
                       style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), NAVY)]))
        self.add(Spacer(1, 55 * mm), band, Spacer(1, 10 * mm),
                 Para(escape(r.title), st.title),
                 Para(escape(r.subtitle), st.subtitle),
                 *(Para(escape(line), st.title_meta) for line in lines))
        self.new_page()

    def contents(self) -> None:
        self.add(_Heading("Innhold", self.st.toc_title, 0, next(self.keys), in_toc=False),
                 self.toc)
        self.new_page()

    def section(self, section: Section) -> None:
        placed = {id(b): place(b, self.st, PORTRAIT_WIDTH, LANDSCAPE_WIDTH)
                  for b in section.blocks if isinstance(b, Table)}

        def orientation(block: object) -> str:
            p = placed.get(id(block))
            return "landscape" if p is not None and p.landscape else "portrait"

        first = orientation(section.blocks[0]) if section.blocks else "portrait"
        intro, self.intro = self.intro, None
        if intro is not None and not (section.new_page and self.orientation == first):
            intro = None
        if intro is not None:  # the chapter's intro and its first sheet share a page
            pass
        elif section.new_page and not (self.fresh and self.orientation == first):
            self.new_page(first)
        elif section.level == 1 and not self.fresh and self.orientation == first:
            self.end_run()
            self.items.append(CondPageBreak(CHAPTER_ROOM))
            self.run = len(self.items)
        elif section.level == 1 and not (self.fresh and self.orientation == first):
            self.new_page(first)
        else:
            self.ensure(first)
        style = self.st.h1 if section.level == 1 else self.st.h2
        self.heading = _Heading(section.title, style, section.level - 1, next(self.keys),
                                in_toc=section.in_contents)
        if not section.blocks:
            self.add(Spacer(1, 1))
        start = len(self.items)
        texts = [b for b in section.blocks if isinstance(b, TextParagraph)]
        if texts and len(texts) == len(section.blocks):
            paragraphs = [self.paragraph(b) for b in texts]
            if sum(p.wrap(PORTRAIT_WIDTH, FRAME_HEIGHT)[1] for p in paragraphs) < SHORT_SECTION:
                self.add(KeepTogether(paragraphs))
                if section.level == 1:
                    self.intro = start
                return
        for block in section.blocks:
            self.ensure(orientation(block))
            if isinstance(block, TextParagraph):
                self.add(self.paragraph(block))
            elif isinstance(block, KeyFigures):
                self.add(self.key_figures(block), Spacer(1, 6))
            elif isinstance(block, Table):
                self.add(*placed[id(block)].flowables)
            elif isinstance(block, Chart):
                if id(block) not in self.figures:
                    self.figures[id(block)] = placed_figure(block, PORTRAIT_WIDTH,
                                                            CHART_MAX_HEIGHT, self.painter)
                self.add(*chart_flowables(block, self.st, self.figures[id(block)]))
        if intro is not None:
            self.items[intro:] = [KeepTogether(self.items[intro:])]

    def paragraph(self, p: TextParagraph) -> Para:
        style = {"body": self.st.body, "note": self.st.note,
                 "recommendation": self.st.recommendation}[p.style]
        return Para(escape(p.text).replace("\n", "<br/>"), style)

    def key_figures(self, figures: KeyFigures) -> RLTable:
        st = self.st
        per_row = 2 if any(len(f.value) > 24 for f in figures.items) else 3
        cells = [[Para(escape(f.label), st.kf_label), Para(escape(f.value), st.kf_value),
                  *([Para(escape(f.note), st.kf_note)] if f.note else [])]
                 for f in figures.items]
        rows = [cells[i:i + per_row] for i in range(0, len(cells), per_row)]
        if rows and len(rows[-1]) < per_row:
            rows[-1] = rows[-1] + [[Spacer(1, 1)]] * (per_row - len(rows[-1]))
        width = PORTRAIT_WIDTH / per_row
        return RLTable(rows, colWidths=[width] * per_row, hAlign="LEFT", style=TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), NOTE_BG),
            ("GRID", (0, 0), (-1, -1), 3, "white"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
            ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ("FONTNAME", (0, 0), (-1, -1), BOLD),
        ]))
