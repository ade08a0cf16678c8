"""What every chart shares: the figure (16 × 9 cm, constrained layout), the colour-blind-safe
palette, text sizes, and Norwegian numbers on axes and labels (reusing desktop.core.formatting).

Only `matplotlib.figure.Figure` is used, never pyplot: no global state, no backend, so charts
can be drawn off the GUI thread and saved as SVG or PDF. Sizes are set on each artist rather
than through rcParams, which are global.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Literal, TypeVar

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.ticker import FuncFormatter, MaxNLocator

from desktop.core import formatting
from desktop.core.errors import InputError

CM = 1 / 2.54
FIGSIZE = (16 * CM, 9 * CM)

# Okabe & Ito (2008), the palette made to be told apart with every common colour-vision
# deficiency; the baseline is neutral grey, scenarios take the colours in this order.
BASELINE = "#7f7f7f"
SCENARIO_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7")
LOW_COLOUR = "#56B4E9"  # tornado: parameter at its low value
HIGH_COLOUR = "#D55E00"  # tornado: parameter at its high value
INK = "#222222"
PAPER = "white"
GRID = "#dddddd"

TICK_SIZE = 7.5
LABEL_SIZE = 8.0
TEXT_SIZE = 7.0
MINUS = "\u2212"
MAX_SCENARIOS = 4
# matplotlib's legend defaults, in font sizes: handle length + pad to its text, column spacing,
# border pad + border axes pad
LEGEND_HANDLE = 2.0 + 0.8
LEGEND_SPACING = 2.0
LEGEND_MARGIN = 0.4 + 0.5

T = TypeVar("T")


def new_figure(figure: Figure | None) -> Figure:
    """A fresh 16 × 9 cm figure, or `figure` cleared for drawing again (the app reuses one
    canvas; its size is the canvas's business). Either way with constrained layout, so labels
    fit when the canvas is resized."""
    if figure is None:
        return Figure(figsize=FIGSIZE, layout="constrained")
    figure.clear()  # keeps the figure's ground: set back to paper (the app may have tinted it)
    figure.set_facecolor(PAPER)
    figure.set_layout_engine("constrained")
    return figure


def tint(colour: str, strength: float = 0.4) -> tuple[float, float, float]:
    """`colour` mixed with white: an opaque light fill (no transparency or hatching, which
    printers and some PDF viewers render poorly)."""
    from matplotlib.colors import to_rgb

    return tuple(1 - strength * (1 - c) for c in to_rgb(colour))  # type: ignore[return-value]


def colour(index: int) -> str:
    return SCENARIO_COLOURS[index % len(SCENARIO_COLOURS)]


def at_most(items: Sequence[T], what: str = "scenarioer") -> Sequence[T]:
    """The charts compare one to four scenarios; more is an error, not a silent cut."""
    if len(items) > MAX_SCENARIOS:
        raise InputError(f"Figuren kan sammenligne høyst {MAX_SCENARIOS} {what}")
    return items


def number(value: float, decimals: int = 0) -> str:
    """`1 234`, `2,5`, `−3,2`: Norwegian, with a true minus sign."""
    text = formatting.decimal(value, decimals)
    if text in ("-0", "0"):
        return "0"
    return text.replace("-", MINUS)


def mnok(value: float, decimals: int = 1) -> str:
    """Kroner as millions: `12,5`, `−3`."""
    return number(value / 1e6, decimals)


def mnok_axis(ax: Axes, axis: str = "y") -> None:
    """Ticks in MNOK with Norwegian numbers (the values drawn are kroner)."""
    target = ax.yaxis if axis == "y" else ax.xaxis
    target.set_major_formatter(FuncFormatter(lambda v, _pos: mnok(v, 2)))
    target.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10]))


def year_axis(ax: Axes, years: Sequence[int]) -> None:
    """Whole calendar years, not `2 026`, thinned when the horizon is long."""
    ax.xaxis.set_major_locator(MaxNLocator(nbins=min(len(years), 11), integer=True))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:.0f}"))
    if years:
        ax.set_xlim(years[0] - 0.6, years[-1] + 0.6)


def tidy(ax: Axes, grid: Literal["x", "y", "both"] | None = "y") -> None:
    """Small ticks, no top or right spine, a light grid behind the data."""
    ax.tick_params(labelsize=TICK_SIZE, colors=INK, length=3)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if grid:
        ax.grid(axis=grid, color=GRID, linewidth=0.6)
        ax.set_axisbelow(True)


def short(text: str, width: int = 32) -> str:
    """A legend label that fits: long scenario names are cut with an ellipsis."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def wrap(text: str, width: int = 30) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def empty(ax: Axes, message: str) -> None:
    """An axes that says why there is nothing to show."""
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=LABEL_SIZE, color=INK,
            transform=ax.transAxes, wrap=True)


def bottom_legend(fig: Figure, handles: Sequence[Artist] | None = None, *, most: int = 3,
                  fontsize: float = TEXT_SIZE) -> Legend:
    """A legend below the chart with as many columns, up to `most`, as fit the figure's width
    (matplotlib fills columns in order and cuts a legend wider than the figure at both edges:
    «Engangskostnader (oppå driftskostnaden)» in a narrow pane)."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    if handles is None:
        handles = [h for ax in fig.axes for h in ax.get_legend_handles_labels()[0]]
    labels = [str(h.get_label()) for h in handles]
    font = FontProperties(size=fontsize)
    measure = TextToPath()
    widths = [measure.get_text_width_height_descent(label, font, ismath=False)[0]
              for label in labels]
    room = fig.get_figwidth() * 72 - 2 * LEGEND_MARGIN * fontsize  # points
    columns = 1
    for n in range(min(most, len(labels)), 1, -1):
        chunks = [c for c in np.array_split(widths, n) if len(c)]  # as the legend fills them
        need = (sum(c.max() + LEGEND_HANDLE * fontsize for c in chunks)
                + LEGEND_SPACING * fontsize * (len(chunks) - 1))
        if need <= room:
            columns = n
            break
    return fig.legend(handles=handles, loc="outside lower center", ncols=columns,
                      fontsize=fontsize, frameon=False)

