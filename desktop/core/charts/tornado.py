"""Tornado: the uncertain parameters ranked by how far each moves the NPV when set to its low
and its high value (the others at most likely), largest swing at the top."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from desktop.core.charts import style
from desktop.core.scenarios.parameters import BY_KEY
from desktop.core.scenarios.uncertainty import TornadoBar

MAX_BARS = 8
ROW_POINTS = 19.0  # a bar's row: its two-line label at the text size, and a gap
FRAME_POINTS = 95.0  # the title, the value axis with its label, and the legend below
MIN_BARS = 3


def bars_that_fit(figure: Figure) -> int:
    """How many bars the figure's height has room for without their two-line labels running
    into each other (a short chart in the app's tab; on paper all eight)."""
    room = figure.get_figheight() * 72 - FRAME_POINTS
    return max(MIN_BARS, min(MAX_BARS, int(room // ROW_POINTS)))


def parameter_value(bar: TornadoBar, value: float) -> str:
    """The parameter's value as the user typed it: `3 %`, `0,5`, `150 000`."""
    spec = BY_KEY.get(bar.key)
    if spec is not None and spec.percent:
        return f"{style.number(value * 100, 1)}\u00a0%"
    return style.number(value, 0 if abs(value) >= 100 else 2)


def base_npv(bars: Sequence[TornadoBar]) -> float:
    """The NPV at most likely: carried by the bars; for bars made without it, the middle of
    the values every bar spans (the base lies inside each bar's span)."""
    for b in bars:
        if b.npv_base is not None:
            return b.npv_base
    lows = [min(b.npv_low, b.npv_high) for b in bars]
    highs = [max(b.npv_low, b.npv_high) for b in bars]
    return (max(lows) + min(highs)) / 2


def tornado(bars: Sequence[TornadoBar], title: str = "", figure: Figure | None = None
            ) -> Figure:
    """Horizontal bars from the base NPV to the NPV at the parameter's low value (gid `low`)
    and at its high value (gid `high`), Norwegian labels on the left, the parameter values at
    the bar ends; the largest swings, eight or as many as the height has room for
    (`bars_that_fit`), and a line saying how many smaller ones are left
    out."""
    fig = style.new_figure(figure)
    ax = fig.add_subplot()
    moving = [b for b in bars if b.swing > 0]
    if not moving:
        style.empty(ax, "Ingen usikre parametre påvirker nåverdien.")
        return fig
    shown = moving[:bars_that_fit(fig)]
    base = base_npv(bars)
    style.tidy(ax, grid="x")
    n = len(shown)
    span = max(max(abs(b.npv_low - base), abs(b.npv_high - base)) for b in shown)
    for i, b in enumerate(shown):
        y = n - 1 - i
        # both values moving the NPV the same way: the two bars side by side in the row
        # (half height each), so the shorter one's label does not sit on the longer bar
        same_side = (b.npv_low - base) * (b.npv_high - base) > 0
        for npv, value, c, gid, shift in (
                (b.npv_low, b.low, style.LOW_COLOUR, "low", 0.16),
                (b.npv_high, b.high, style.HIGH_COLOUR, "high", -0.16)):
            at = y + shift if same_side else y
            ax.barh(at, npv - base, left=base, height=0.31 if same_side else 0.62, color=c,
                    gid=gid)
            right = npv > base or (npv == base and gid == "high")
            ax.text(npv + (1 if right else -1) * span * 0.02, at, parameter_value(b, value),
                    ha="left" if right else "right", va="center",
                    fontsize=style.TEXT_SIZE - 0.5, color=style.INK, gid=f"{gid}_label")
    ax.axvline(base, color=style.INK, linewidth=0.9, zorder=3)
    ax.set_yticks(range(n), [style.wrap(b.label, 34) for b in reversed(shown)],
                  fontsize=style.TEXT_SIZE)
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(-0.6, n - 0.4)
    ax.set_xlim(base - span * 1.3, base + span * 1.3)
    style.mnok_axis(ax, "x")
    ax.tick_params(axis="x", labelsize=style.TICK_SIZE)
    ax.set_xlabel("Nåverdi (MNOK)", fontsize=style.LABEL_SIZE, color=style.INK)
    if title:
        ax.set_title(title, fontsize=style.LABEL_SIZE + 1, color=style.INK)
    handles: list[Artist] = [
        Patch(color=style.LOW_COLOUR, label="Lav verdi"),
        Line2D([], [], color=style.INK, linewidth=0.9,
               label=f"Mest sannsynlig: {style.mnok(base)} MNOK"),
        Patch(color=style.HIGH_COLOUR, label="Høy verdi")]
    rest = len(moving) - n
    if rest:
        handles.append(Patch(color="none", label=f"+ {rest} med mindre utslag"))
    style.bottom_legend(fig, handles, most=2)
    return fig
