"""A Chart block as vector graphics: the matplotlib figure painted straight onto the PDF page
by pdf_chart_renderer (paths, and text as text in the report's embedded DejaVu Sans), scaled
to the text width. No bitmap is embedded.

`ChartFlowable` is a box of the figure's size that paints the figure when drawn.

`Prerendered` (the command line on Linux): a forked process lays out and paints the figures
while this one lays out the pages, keeping the renderer's canvas calls; the flowable then
replays them on the page (text is still drawn here, so the fonts' subsets stay whole). Without
it, or when the process fails, the figure is painted here as before.
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
    """A chart's figure and the scale that fits it into the text width."""

    figure: Figure
    scale: float
    recorded: Callable[[], list[Call] | None] | None = None  # from Prerendered

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
        calls = self.placed.recorded() if self.placed.recorded is not None else None
        self.canv.saveState()
        self.canv.scale(self.placed.scale, self.placed.scale)
        if calls is None:
            draw_figure(self.placed.figure, self.canv)
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


def _paint_all(figures: Sequence[Figure], out: Any) -> None:
    """In the forked process: each figure's canvas calls, in order; (-1, None) on failure."""
    try:
        for i, figure in enumerate(figures):
            recording = _Recording()
            draw_figure(figure, recording)  # type: ignore[arg-type]
            out.put((i, recording.calls))
    except BaseException:  # noqa: BLE001 (this process only reports that it failed)
        out.put((-1, None))


class Prerendered:
    """The figures painted by a forked process while this one lays out the pages."""

    WAIT = 60.0  # seconds for one figure before painting it here instead

    def __init__(self, figures: Sequence[Figure]) -> None:
        context = multiprocessing.get_context("fork")
        self._queue: Any = context.Queue()
        self._process = context.Process(target=_paint_all, args=(list(figures), self._queue),
                                        daemon=True)
        self._process.start()
        self._done: dict[int, list[Call]] = {}
        self._failed = False

    @staticmethod
    def available() -> bool:
        """Only where forking is safe and cheap: Linux, in a process without a GUI."""
        return sys.platform.startswith("linux") and \
            "fork" in multiprocessing.get_all_start_methods()

    def calls(self, i: int) -> list[Call] | None:
        waited = 0.0
        while i not in self._done and not self._failed:
            try:
                j, calls = self._queue.get(timeout=0.5)
            except queue.Empty:
                waited += 0.5
                if not self._process.is_alive() or waited > self.WAIT:
                    self._failed = True
                continue
            if j < 0:
                self._failed = True
            else:
                self._done[j] = calls
        return self._done.get(i)

    def close(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(timeout=5)
        self._queue.close()


def prerender(placed: Sequence[PlacedFigure]) -> Prerendered | None:
    """Start painting these figures in a forked process (see the module)."""
    if not placed or not Prerendered.available():
        return None
    try:
        pre = Prerendered([p.figure for p in placed])
    except OSError:
        return None
    for i, p in enumerate(placed):
        p.recorded = (lambda i=i: pre.calls(i))
    return pre
