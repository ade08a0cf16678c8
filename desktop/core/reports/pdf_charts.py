"""A Chart block as vector graphics: the matplotlib figure painted straight onto the PDF page
by pdf_chart_renderer (paths, and text as text in the report's embedded DejaVu Sans), scaled
to the text width. No bitmap is embedded.

`ChartFlowable` is a box of the figure's size that paints the figure when drawn.

`Prerendered` (the command line on Linux): a forked process builds, lays out and paints the
figures while this one lays out the pages, keeping the renderer's canvas calls (it sends each
figure's size first); the flowable then replays them on the page (text is still drawn here,
so the fonts' subsets stay whole). Without it, or when the process fails, the figure is built
and painted here as before.
"""

from __future__ import annotations

import multiprocessing
import queue
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

import numpy as np
from matplotlib.figure import Figure
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether

from desktop.core.reports.document import Chart
from desktop.core.reports.pdf_chart_renderer import DPI, draw_figure
from desktop.core.reports.pdf_flow import Para
from desktop.core.reports.pdf_style import Styles


@dataclass
class PlacedFigure:
    """A chart, its figure's size (points) and the scale that fits it into the text width;
    the figure itself is built here only when it is painted here."""

    chart: Chart
    width: float
    height: float
    scale: float
    figure: Figure | None = None
    recorded: Callable[[], list[Call] | None] | None = None  # from Prerendered

    @property
    def size(self) -> tuple[float, float]:
        return self.width * self.scale, self.height * self.scale

    def built(self) -> Figure:
        if self.figure is None:
            self.figure = self.chart.build()
        return self.figure


def placed_figure(chart: Chart, width: float, max_height: float,
                  painter: Prerendered | None = None) -> PlacedFigure:
    size = painter.size(chart) if painter is not None else None
    figure = None
    if size is None:
        figure = chart.build()
        size = _figure_size(figure)
    w, h = size
    placed = PlacedFigure(chart, w, h, float(min(width / w, max_height / h)), figure)
    if painter is not None:
        placed.recorded = (lambda: painter.calls(chart))
    return placed


def _figure_size(figure: Figure) -> tuple[float, float]:
    w, h = figure.get_size_inches() * DPI
    return float(w), float(h)


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
        calls = self.placed.recorded() if self.placed.recorded is not None else None
        self.canv.saveState()
        self.canv.scale(self.placed.scale, self.placed.scale)
        if calls is None:
            draw_figure(self.placed.built(), self.canv)
        else:
            replay(calls, self.canv)
        self.canv.restoreState()


def chart_flowables(chart: Chart, st: Styles, placed: PlacedFigure) -> list[Flowable]:
    parts: list[Flowable] = [Para(escape(chart.title), st.table_title),
                             ChartFlowable(placed)]
    if chart.caption:
        parts.append(Para(escape(chart.caption), st.caption))
    return [KeepTogether(parts)]


Call = tuple[str, tuple[Any, ...], dict[str, Any]]
_PATH = "\x00path"  # marks a recorded path among a call's arguments


class _PathRecording:
    def __init__(self) -> None:
        self.calls: list[Call] = []

    def __getattr__(self, name: str) -> Callable[..., None]:
        def call(*args: Any, **kwargs: Any) -> None:
            self.calls.append((name, tuple(_plain(a) for a in args), kwargs))
        return call


class _Recording(_PathRecording):
    """Stands in for the reportlab canvas: keeps the calls the chart renderer makes."""

    def beginPath(self) -> _PathRecording:  # noqa: N802 (reportlab's name)
        return _PathRecording()


def _plain(value: Any) -> Any:
    if isinstance(value, _PathRecording):
        return (_PATH, value.calls)
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def replay(calls: Sequence[Call], canvas: Canvas) -> None:
    """Make on `canvas` the calls a _Recording kept."""
    for name, args, kwargs in calls:
        if args and isinstance(args[0], tuple) and args[0][:1] == (_PATH,):
            path = canvas.beginPath()
            for step, step_args, step_kwargs in args[0][1]:
                getattr(path, step)(*step_args, **step_kwargs)
            args = (path, *args[1:])
        getattr(canvas, name)(*args, **kwargs)


def _paint_all(charts: Sequence[Chart], out: Any) -> None:
    """In the forked process: each chart's figure size, then its canvas calls, in order;
    ("failed",) when something goes wrong."""
    try:
        figures = []
        for i, chart in enumerate(charts):
            figures.append(chart.build())
            out.put(("size", i, _figure_size(figures[-1])))
        for i, figure in enumerate(figures):
            recording = _Recording()
            draw_figure(figure, recording)  # type: ignore[arg-type]
            out.put(("calls", i, recording.calls))
    except BaseException:  # noqa: BLE001 (this process only reports that it failed)
        out.put(("failed",))


class Prerendered:
    """The charts' figures built and painted by a forked process while this one lays out
    the pages."""

    WAIT = 60.0  # seconds for one message before painting here instead

    def __init__(self, charts: Sequence[Chart]) -> None:
        context = multiprocessing.get_context("fork")
        self._index = {id(c): i for i, c in enumerate(charts)}
        self._queue: Any = context.Queue()
        self._process = context.Process(target=_paint_all, args=(list(charts), self._queue),
                                        daemon=True)
        self._process.start()
        self._got: dict[tuple[str, int], Any] = {}
        self._failed = False

    @staticmethod
    def available() -> bool:
        """Only where forking is safe and cheap: Linux (the caller has no GUI)."""
        return sys.platform.startswith("linux") and \
            "fork" in multiprocessing.get_all_start_methods()

    def size(self, chart: Chart) -> tuple[float, float] | None:
        return self._get("size", chart)  # type: ignore[no-any-return]

    def calls(self, chart: Chart) -> list[Call] | None:
        return self._get("calls", chart)  # type: ignore[no-any-return]

    def _get(self, kind: str, chart: Chart) -> Any:
        i = self._index.get(id(chart))
        if i is None:
            return None
        waited = 0.0
        while (kind, i) not in self._got and not self._failed:
            try:
                message = self._queue.get(timeout=0.5)
            except queue.Empty:
                waited += 0.5
                if not self._process.is_alive() or waited > self.WAIT:
                    self._failed = True
                continue
            if message[0] == "failed":
                self._failed = True
            else:
                self._got[(message[0], message[1])] = message[2]
        return self._got.get((kind, i))

    def close(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(timeout=5)
        self._queue.close()


def prerender(charts: Sequence[Chart]) -> Prerendered | None:
    """Start building and painting these charts in a forked process (see the module)."""
    if not charts or not Prerendered.available():
        return None
    try:
        return Prerendered(charts)
    except OSError:
        return None
