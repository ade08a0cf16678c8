"""The Monte Carlo draws of the NPV as a histogram, with P10, the median and P90 marked in
plain words: «90 % sjanse for minst …», «Median …», «10 % sjanse for mer enn …»."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from desktop.core.charts import style
from desktop.core.scenarios.uncertainty import MonteCarloResult

BINS = 40
# (name, attribute, text alignment, height in axes fraction): staggered so close percentiles
# do not write over each other
MARKS = (("90\u00a0% sjanse for\nminst {v} MNOK", "p10", "right", 0.97),
         ("Median\n{v} MNOK", "p50", "left", 0.84),
         ("10\u00a0% sjanse for\nmer enn {v} MNOK", "p90", "left", 0.97))
HEADROOM = 1.45  # the bars fill the lower two thirds; the labels sit above them


def npv_distribution(mc: MonteCarloResult, figure: Figure | None = None) -> Figure:
    """Share of draws per NPV interval (MNOK), a dashed line at each of P10, P50 and P90
    (gid `percentile`) with its value, the zero line when zero is in view, and the chance of a
    positive NPV. Without kept draws only the percentiles are shown, and said so."""
    fig = style.new_figure(figure)
    ax = fig.add_subplot()
    style.tidy(ax)
    draws = np.asarray(mc.npv_draws, dtype=np.float64)
    p = mc.npv
    if draws.size:
        ax.hist(draws, bins=BINS, weights=np.full(draws.size, 1 / draws.size),
                color=style.colour(0), alpha=0.75, edgecolor="white", linewidth=0.4,
                gid="draws")
        ax.yaxis.set_major_formatter(FuncFormatter(
            lambda v, _pos: f"{style.number(v * 100, 1)}\u00a0%"))
        ax.set_ylabel("Andel av simuleringene", fontsize=style.LABEL_SIZE, color=style.INK)
        low, high = float(draws.min()), float(draws.max())
    else:
        ax.set_yticks([])
        ax.text(0.5, 0.45, "Trekkene er ikke tatt vare på; bare persentilene vises.",
                ha="center", va="center", fontsize=style.TEXT_SIZE, color=style.INK,
                transform=ax.transAxes)
        low, high = p.p10, p.p90
    pad = max(high - low, abs(p.p50) * 0.1, 1.0) * 0.08
    ax.set_xlim(low - pad, high + pad)
    ax.set_ylim(0, ax.get_ylim()[1] * HEADROOM)
    if low - pad < 0 < high + pad:
        ax.axvline(0, color=style.INK, linewidth=0.9, zorder=3, gid="zero")
    for name, attr, align, height in MARKS:
        value = getattr(p, attr)
        ax.axvline(value, color=style.INK, linestyle="--", linewidth=1, zorder=4,
                   gid="percentile")
        shift = -1 if align == "right" else 1
        ax.annotate(name.format(v=style.mnok(value)), (value, height),
                    xycoords=("data", "axes fraction"), xytext=(3 * shift, 0),
                    textcoords="offset points", ha=align, va="top",
                    fontsize=style.TEXT_SIZE, color=style.INK)
    style.mnok_axis(ax, "x")
    chance = f"{style.number(mc.probability_positive * 100, 0)}\u00a0%"
    ax.set_xlabel(f"Nåverdi (MNOK)\n{style.number(mc.draws)} simuleringer; sannsynlighet for "
                  f"positiv nåverdi: {chance}", fontsize=style.LABEL_SIZE, color=style.INK)
    return fig
