"""Cumulative net cash flow: Σ (today's cost − the scenario's running cost − its one-time
costs) year by year, undiscounted like the payback year, with the payback year marked."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from desktop.core.charts import style
from desktop.core.charts.results import Results, as_list
from desktop.core.scenarios.model import ScenarioResult


def cumulative(r: ScenarioResult) -> list[float]:
    net = [b.total - c.total - o.total
           for b, c, o in zip(r.baseline, r.costs, r.one_time, strict=True)]
    return [float(v) for v in np.cumsum(net)]


def cash_flow(results: Results, figure: Figure | None = None) -> Figure:
    """One line per scenario in MNOK, a zero line, and at the payback year a diamond on the
    line (gid `payback`); the legend gives the payback year, or says that the scenario does
    not pay back within the horizon. (Years written beside the diamonds collided with the
    ticks and with each other when scenarios pay back in the same year.)"""
    items = as_list(results)
    fig = style.new_figure(figure)
    ax = fig.add_subplot()
    if not items:
        style.empty(ax, "Ingen scenarioer å vise.")
        return fig
    style.tidy(ax)
    zero = ax.axhline(0, color=style.INK, linewidth=0.9, zorder=2)
    zero.set_gid("zero")
    for i, r in enumerate(items):
        values = cumulative(r)
        c = style.colour(i)
        if r.payback_year is None:
            label = f"{style.short(r.scenario.name)} (ikke tilbakebetalt innen {r.years[-1]})"
        else:
            label = f"{style.short(r.scenario.name)} (tilbakebetalt {r.payback_year})"
        (line,) = ax.plot(r.years, values, color=c, linewidth=1.8, marker="o", markersize=3,
                          label=label, zorder=4)
        line.set_gid("cumulative")
        if r.payback_year is not None and r.payback_year in r.years:
            y = values[r.years.index(r.payback_year)]
            (mark,) = ax.plot([r.payback_year], [y], marker="D", markersize=7, color=c,
                              markeredgecolor=style.INK, markeredgewidth=0.8, linestyle="none",
                              label=f"_tilbakebetalt {r.scenario.name}", zorder=5)
            mark.set_gid("payback")
            ax.vlines(r.payback_year, 0, y, colors=c, linestyles=":", linewidth=1, zorder=3)
    style.year_axis(ax, items[0].years)
    style.mnok_axis(ax)
    ax.set_ylabel("Akkumulert netto innsparing (MNOK)", fontsize=style.LABEL_SIZE,
                  color=style.INK)
    style.bottom_legend(fig, most=1 if len(items) > 2 else len(items))
    return fig
