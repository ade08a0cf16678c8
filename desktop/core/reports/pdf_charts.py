"""A Chart block as vector graphics: the matplotlib figure painted straight onto the PDF page
by pdf_chart_renderer (paths, and text as text in the report's embedded DejaVu Sans), scaled
to the text width. No bitmap is embedded.

`ChartFlowable` is a box of the figure's size that paints the figure when drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from matplotlib.figure import Figure
from reportlab.platypus import Flowable, KeepTogether

from desktop.core.reports.document import Chart
from desktop.core.reports.pdf_chart_renderer import DPI, draw_figure
from desktop.core.reports.pdf_flow import Para
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
    """A figure of fixed size."""

    def __init__(self, placed: PlacedFigure) -> None:
        super().__init__()
        self.placed = placed
        self.width, self.height = placed.size
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.scale(self.placed.scale, self.placed.scale)
        draw_figure(self.placed.figure, self.canv)
        self.canv.restoreState()


def chart_flowables(chart: Chart, st: Styles, placed: PlacedFigure) -> list[Flowable]:
    parts: list[Flowable] = [Para(escape(chart.title), st.table_title),
                             ChartFlowable(placed)]
    if chart.caption:
        parts.append(Para(escape(chart.caption), st.caption))
    return [KeepTogether(parts)]
