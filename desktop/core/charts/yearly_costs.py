"""Running cost per year: today's cost (grey) and each scenario's (a colour), with the
one-time costs as light bars standing on the scenario's line in the years they fall."""

from __future__ import annotations

from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from desktop.core.charts import style
from desktop.core.charts.results import Results, as_list, baselines

BASELINE_STYLES = ("--", ":", "-.", (0, (5, 1, 1, 1)))


def yearly_costs(results: Results, figure: Figure | None = None) -> Figure:
    """Lines of the running cost per year in MNOK, the axis from zero (the chart compares
    levels: a 3 % saving drawn from 187 mill. would look like a cliff); one-time costs as
    floating bars from the running cost up. Artists carry gids:
    `baseline`, `running`, `one_time`."""
    items = as_list(results)
    fig = style.new_figure(figure)
    ax = fig.add_subplot()
    if not items:
        style.empty(ax, "Ingen scenarioer å vise.")
        return fig
    style.tidy(ax)
    handles: list[Artist] = []
    for j, base in enumerate(baselines(items)):
        (line,) = ax.plot(base.years, base.totals, color=style.BASELINE, linewidth=2.2,
                          linestyle=BASELINE_STYLES[j % len(BASELINE_STYLES)],
                          label=style.short(base.label), zorder=3)
        line.set_gid("baseline")
        handles.append(line)
    n = len(items)
    width = min(0.8 / n, 0.35)
    any_one_time = False
    for i, r in enumerate(items):
        running = [c.total for c in r.costs]
        (line,) = ax.plot(r.years, running, color=style.colour(i), linewidth=1.8, marker="o",
                          markersize=3, label=style.short(r.scenario.name), zorder=4)
        line.set_gid("running")
        handles.append(line)
        once = [(y, run, o.total) for y, run, o in zip(r.years, running, r.one_time, strict=True)
                if o.total > 0]
        if once:
            any_one_time = True
            offset = (i - (n - 1) / 2) * width
            bars = ax.bar([y + offset for y, _, _ in once], [h for _, _, h in once],
                          bottom=[b for _, b, _ in once], width=width,
                          color=style.tint(style.colour(i)), edgecolor=style.colour(i),
                          linewidth=0.8,
                          label=f"_engangskostnader {r.scenario.name}", zorder=2)
            for patch in bars:
                patch.set_gid("one_time")
                patch.sticky_edges.y.clear()  # floating bars: let the y margin apply
    if any_one_time:
        handles.append(Patch(facecolor=style.tint(style.INK, 0.3), edgecolor=style.INK,
                             label="Engangskostnader (oppå driftskostnaden)"))
    ax.margins(y=0.08)
    ax.set_ylim(bottom=0)
    style.year_axis(ax, items[0].years)
    style.mnok_axis(ax)
    ax.set_ylabel("Kostnad per år (MNOK)", fontsize=style.LABEL_SIZE, color=style.INK)
    style.bottom_legend(fig, handles)
    return fig
