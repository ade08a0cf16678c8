"""A Chart block as vector graphics: the matplotlib figure painted straight onto the PDF page
by pdf_chart_renderer (paths, and text as text in the report's embedded DejaVu Sans), scaled
to the text width. No bitmap is embedded.

`ChartFlowable` draws only when `live`: write_pdf lays the document out with the charts as
boxes of their size until the table of contents has settled, then draws them once.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from matplotlib.figure import Figure
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from desktop.core.reports.document import Chart
from desktop.core.reports.pdf_chart_renderer import DPI, draw_figure
from desktop.core.reports.pdf_style import Styles


@dataclass
class PlacedFigure:
    """A chart's figure and the scale that fits it into the text width."""

    figure: Figure
    scale: float

    @property
    def size(self) -> tuple[float, float]:
        width, height = self.figure.get_size_inches() * DPI
        return float(width * self.scale), float(height * self.scale)


def placed_figure(chart: Chart, width: float, max_height: float) -> PlacedFigure:
    figure = chart.build()
    w, h = figure.get_size_inches() * DPI
    return PlacedFigure(figure, float(min(width / w, max_height / h)))


class ChartFlowable(Flowable):
    """A figure of fixed size, drawn only once `live` is set."""

    def __init__(self, placed: PlacedFigure, live: bool) -> None:
        super().__init__()
        self.placed = placed
        self.width, self.height = placed.size
        self.hAlign = "CENTER"
        self.live = live

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        if self.live:
            self.canv.saveState()
            self.canv.scale(self.placed.scale, self.placed.scale)
            draw_figure(self.placed.figure, self.canv)
            self.canv.restoreState()


def chart_flowables(chart: Chart, st: Styles, placed: PlacedFigure, live: bool
                    ) -> list[Flowable]:
    parts: list[Flowable] = [Paragraph(escape(chart.title), st.table_title),
                             ChartFlowable(placed, live)]
    if chart.caption:
        parts.append(Paragraph(escape(chart.caption), st.caption))
    return [KeepTogether(parts)]
