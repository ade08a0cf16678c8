"""A Chart block as vector graphics: the matplotlib figure saved as SVG with its text as text
(svg.fonttype none), read by svglib into a reportlab Drawing whose text uses the report's
embedded DejaVu Sans, scaled to the text width. No bitmap is embedded.

`ChartFlowable` draws only when `live`: write_pdf lays the document out with the charts as
boxes of their size until the table of contents has settled, then draws them once.
"""

from __future__ import annotations

import io
import sys
from xml.sax.saxutils import escape

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from desktop.core.reports.document import Chart
from desktop.core.reports.pdf_style import (
    BOLD,
    BOLD_ITALIC,
    FONT,
    ITALIC,
    Styles,
    font_dir,
    register_fonts,
)

_svg_fonts = False
FAMILY = "DejaVu Sans"  # matplotlib's default font, named so in its SVG


def register_svg_fonts() -> None:
    """Let svglib map matplotlib's «DejaVu Sans» to the report's embedded fonts."""
    global _svg_fonts
    if _svg_fonts:
        return
    from svglib.fonts import FontMap, get_global_font_map, register_font

    register_fonts()
    base = font_dir()
    font_map = get_global_font_map()
    entries = getattr(font_map, "_map", None)
    index = getattr(font_map, "_family_index", None)
    for weights, styles, file, name in (
            (("normal", "400"), ("normal",), "DejaVuSans.ttf", FONT),
            (("bold", "600", "700", "800", "900"), ("normal",), "DejaVuSans-Bold.ttf", BOLD),
            (("normal", "400"), ("italic", "oblique"), "DejaVuSans-Oblique.ttf", ITALIC),
            (("bold", "700"), ("italic", "oblique"), "DejaVuSans-BoldOblique.ttf", BOLD_ITALIC)):
        for weight in weights:
            for style in styles:
                if isinstance(entries, dict) and isinstance(index, dict):
                    # a mapping to the fonts registered already (the public call would load
                    # the TrueType file again for every weight and style)
                    entries[FontMap.build_internal_name(FAMILY, weight, style)] = {
                        "svg_family": FAMILY, "svg_weight": weight, "svg_style": style,
                        "rlgFont": name, "exact": True}
                    index.setdefault(FAMILY.lower(), FAMILY)
                else:
                    register_font(FAMILY, str(base / file), weight=weight, style=style,
                                  rlgFontName=name)
    _svg_fonts = True


def drawing(chart: Chart, width: float, max_height: float) -> Drawing:
    from matplotlib import rc_context
    from svglib.svglib import svg2rlg

    register_svg_fonts()
    figure = chart.build()
    buffer = io.BytesIO()
    try:
        with rc_context({"svg.fonttype": "none", "font.family": "DejaVu Sans"}):
            figure.savefig(buffer, format="svg")
    finally:
        pyplot = sys.modules.get("matplotlib.pyplot")
        if pyplot is not None:
            pyplot.close(figure)  # type: ignore[attr-defined]
    buffer.seek(0)
    d = svg2rlg(buffer)
    if d is None:
        raise ValueError(f"Figuren «{chart.title}» kunne ikke leses som SVG")
    scale = min(width / d.width, max_height / d.height)
    d.width, d.height = d.width * scale, d.height * scale
    d.scale(scale, scale)
    return d


class ChartFlowable(Flowable):
    """A Drawing of fixed size, drawn only once `live` is set."""

    def __init__(self, d: Drawing, live: bool) -> None:
        super().__init__()
        self.drawing = d
        self.width, self.height = d.width, d.height
        self.hAlign = "CENTER"
        self.live = live

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        if self.live:
            renderPDF.draw(self.drawing, self.canv, 0, 0)


def chart_flowables(chart: Chart, st: Styles, d: Drawing, live: bool) -> list[Flowable]:
    parts: list[Flowable] = [Paragraph(escape(chart.title), st.table_title),
                             ChartFlowable(d, live)]
    if chart.caption:
        parts.append(Paragraph(escape(chart.caption), st.caption))
    return [KeepTogether(parts)]
