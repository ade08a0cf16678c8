"""Draw a matplotlib figure straight onto a reportlab canvas, as vector paths and real text.

`draw_figure(figure, canvas)` lays the figure out (constrained layout, measured with
matplotlib's own font metrics) and paints it at the canvas's origin, one point per figure
point. Text is drawn as text in the report's embedded DejaVu Sans (the font matplotlib measured
with), so chart labels can be searched and copied in the PDF.

Why not a library: saving each figure as SVG and reading it back with svglib (how the report
drew charts before) spent 0.3 s per chart writing and parsing XML — 9 charts were half of the
demo report's time. No maintained matplotlib backend targets reportlab; this one implements the
few primitives matplotlib's backend API asks for (paths, text, measuring) and leaves markers,
collections and math text to RendererBase, which reduces them to those primitives. Images are
not supported: report charts are vectors only.
"""

from __future__ import annotations

import threading
from typing import Any, cast

import numpy as np
from matplotlib.backend_bases import FigureCanvasBase, GraphicsContextBase, RendererBase
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, fontManager, get_font
from matplotlib.path import Path
from matplotlib.transforms import Transform
from numpy.typing import ArrayLike
from reportlab.pdfgen.canvas import Canvas

from desktop.core.reports.pdf_style import BOLD, BOLD_ITALIC, FONT, ITALIC, register_fonts

DPI = 72  # figure units are PDF points
_CAPS = {"butt": 0, "round": 1, "projecting": 2}
_JOINS = {"miter": 0, "round": 1, "bevel": 2}


def draw_figure(figure: Figure, canvas: Canvas) -> None:
    """Paint `figure` on `canvas` with its lower-left corner at the canvas's origin."""
    register_fonts()
    figure.set_dpi(DPI)
    width, height = figure.get_size_inches() * DPI
    renderer = _renderer()
    renderer.width, renderer.height, renderer.canvas = width, height, canvas
    _LayoutCanvas(figure, renderer)
    try:
        figure.draw(renderer)  # the layout engine measures text with it, then it paints
    finally:
        renderer.canvas = None


_local = threading.local()


def _renderer() -> CanvasRenderer:
    """This thread's renderer: one for every chart, so matplotlib's cache of text sizes
    (held per renderer) serves the layout and the drawing of all of them."""
    renderer = getattr(_local, "renderer", None)
    if renderer is None:
        renderer = _local.renderer = CanvasRenderer(0, 0, None)
    return renderer


class _LayoutCanvas(FigureCanvasBase):
    """Gives the layout engine our renderer to measure text with (without one, matplotlib
    prints the whole figure once more to get a renderer)."""

    def __init__(self, figure: Figure, renderer: CanvasRenderer) -> None:
        super().__init__(figure)
        self._renderer = renderer

    def get_renderer(self) -> CanvasRenderer:
        return self._renderer


class CanvasRenderer(RendererBase):
    """matplotlib's renderer API on a reportlab canvas (None: measure only)."""

    def __init__(self, width: float, height: float, canvas: Canvas | None) -> None:
        super().__init__()
        self.width, self.height, self.canvas = width, height, canvas
        self._heights: dict[tuple[object, ...],
                            tuple[float | None, float | None, float | None]] = {}

    # -- what the layout asks ------------------------------------------------------------
    def flipy(self) -> bool:
        return False

    def get_canvas_width_height(self) -> tuple[float, float]:
        return self.width, self.height

    def points_to_pixels(self, points: ArrayLike) -> ArrayLike:
        return points  # 72 dpi: a pixel is a point

    def _get_font_height_metrics(self, prop: FontProperties
                                 ) -> tuple[float | None, float | None, float | None]:
        """A font's ascent, descent and line gap at its size, as matplotlib's Text works them
        out from the font's tables (text.py, _get_layout) when a renderer has no such method,
        but once per font and size rather than for every label laid out."""
        key = (tuple(prop.get_family()), str(prop.get_weight()), prop.get_style(),
               str(prop.get_stretch()), prop.get_size_in_points(), str(prop.get_file()))
        known = self._heights.get(key)
        if known is None:
            known = self._heights[key] = _font_height_metrics(prop)
        return known

    def option_image_nocomposite(self) -> bool:
        return True

    # -- painting ----------------------------------------------------------------------
    def draw_path(self, gc: GraphicsContextBase, path: Path, transform: Transform,
                  rgbFace: Any = None) -> None:  # noqa: N803 (matplotlib's name)
        c = self.canvas
        if c is None:
            return
        stroke_alpha, fill_alpha = _alphas(gc, rgbFace)
        stroke = gc.get_linewidth() > 0 and stroke_alpha > 0
        fill = rgbFace is not None and fill_alpha > 0
        if not (stroke or fill):
            return
        c.saveState()
        self._clip(gc)
        # a stroked line is clipped to the figure, as matplotlib's own PDF backend does
        clip = (0.0, 0.0, self.width, self.height) if rgbFace is None else None
        p = c.beginPath()
        start = last = (0.0, 0.0)
        for vertices, code in path.iter_segments(
                transform, remove_nans=True, clip=clip,
                simplify=path.should_simplify and rgbFace is None, curves=True):
            if code == Path.MOVETO:
                p.moveTo(*vertices)
                start = last = (vertices[0], vertices[1])
            elif code == Path.LINETO:
                p.lineTo(*vertices)
                last = (vertices[0], vertices[1])
            elif code == Path.CURVE3:  # quadratic → cubic
                qx, qy, x, y = vertices
                p.curveTo(last[0] + 2 / 3 * (qx - last[0]), last[1] + 2 / 3 * (qy - last[1]),
                          x + 2 / 3 * (qx - x), y + 2 / 3 * (qy - y), x, y)
                last = (x, y)
            elif code == Path.CURVE4:
                p.curveTo(*vertices)
                last = (vertices[4], vertices[5])
            elif code == Path.CLOSEPOLY:
                p.close()
                last = start
        if stroke:
            r, g, b = gc.get_rgb()[:3]
            c.setStrokeColorRGB(r, g, b, stroke_alpha)
            c.setLineWidth(gc.get_linewidth())
            c.setLineCap(_CAPS.get(gc.get_capstyle(), 0))
            c.setLineJoin(_JOINS.get(gc.get_joinstyle(), 0))
            offset, dashes = gc.get_dashes()
            if dashes:
                c.setDash(np.asarray(dashes, dtype=float).tolist(), offset or 0)
        if fill:
            r, g, b = rgbFace[:3]
            c.setFillColorRGB(r, g, b, fill_alpha)
        c.drawPath(p, stroke=int(stroke), fill=int(fill))
        c.restoreState()

    def draw_text(self, gc: GraphicsContextBase, x: float, y: float, s: str,
                  prop: FontProperties, angle: float, ismath: Any = False,
                  mtext: Any = None) -> None:
        c = self.canvas
        if c is None:
            return
        if ismath:  # math text ($…$) as outlines, through RendererBase
            super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
            return
        alpha, _ = _alphas(gc, None)
        c.saveState()
        self._clip(gc)
        r, g, b = gc.get_rgb()[:3]
        c.setFillColorRGB(r, g, b, alpha)
        c.setFont(_font(prop), prop.get_size_in_points())
        c.translate(x, y)
        if angle:
            c.rotate(angle)
        c.drawString(0, 0, s)
        c.restoreState()

    def _clip(self, gc: GraphicsContextBase) -> None:
        c = self.canvas
        assert c is not None
        box = gc.get_clip_rectangle()
        if box is not None:
            p = c.beginPath()
            p.rect(box.x0, box.y0, box.width, box.height)
            c.clipPath(p, stroke=0, fill=0)
        clipping, clip_transform = gc.get_clip_path()
        if clipping is not None:
            clip_path = cast(Path, clipping)  # a Path at run time (the stubs say otherwise)
            p = c.beginPath()
            for vertices, code in clip_path.iter_segments(clip_transform, curves=False):
                if code == Path.MOVETO:
                    p.moveTo(*vertices)
                elif code == Path.LINETO:
                    p.lineTo(*vertices)
                elif code == Path.CLOSEPOLY:
                    p.close()
            c.clipPath(p, stroke=0, fill=0)


def _font_height_metrics(prop: FontProperties
                         ) -> tuple[float | None, float | None, float | None]:
    font = get_font(fontManager._find_fonts_by_props(prop))
    head = font.get_sfnt_table("head")
    for table_name, gap_key, ascent_key, descent_key in (
            ("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"),
            ("hhea", "lineGap", "ascent", "descent")):
        table: Any = font.get_sfnt_table(table_name)  # type: ignore[call-overload]
        if table is None or head is None:
            continue
        scale = 1 / head["unitsPerEm"] * prop.get_size_in_points()
        return (table[ascent_key] * scale, -table[descent_key] * scale,
                table[gap_key] * scale)
    return None, None, None


def _alphas(gc: GraphicsContextBase, rgb_face: Any) -> tuple[float, float]:
    """(stroke, fill) opacity, as matplotlib's PDF backend works them out."""
    if gc.get_forced_alpha():
        return gc.get_alpha(), gc.get_alpha()
    stroke = gc.get_rgb()[3] if len(gc.get_rgb()) > 3 else 1.0
    fill = rgb_face[3] if rgb_face is not None and len(rgb_face) > 3 else 1.0
    return stroke, fill


def _font(prop: FontProperties) -> str:
    weight = prop.get_weight()
    bold = (weight >= 600) if isinstance(weight, int | float) else weight in (
        "semibold", "demibold", "demi", "bold", "heavy", "extra bold", "black")
    italic = prop.get_style() in ("italic", "oblique")
    return {(False, False): FONT, (True, False): BOLD, (False, True): ITALIC,
            (True, True): BOLD_ITALIC}[(bold, italic)]
