"""Before and after: installations, distinct systems, physical servers, data rooms and IT FTE
today and in each scenario, as small multiples (each panel its own scale) with the values
written on the bars."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from desktop.core.charts import style
from desktop.core.charts.results import Results, as_list
from desktop.core.scenarios.key_numbers import it_fte_after
from desktop.core.scenarios.model import ScenarioResult

Value = Callable[[dict[str, float | None]], float | None]


def _key(name: str) -> Value:
    return lambda s: s.get(name)


@dataclass(frozen=True)
class Metric:
    title: str
    today: Value
    after: Value
    decimals: int = 0


METRICS: tuple[Metric, ...] = (
    Metric("Installasjoner", _key("installations_today"), _key("installations_after")),
    Metric("Ulike fagsystemer", _key("distinct_systems_today"), _key("distinct_systems_after")),
    Metric("Fysiske servere", _key("physical_servers_today"), _key("physical_servers_after")),
    Metric("Datarom", _key("data_rooms_today"), _key("data_rooms_after")),
    Metric("IT-årsverk*", _key("pooled_fte_today"), it_fte_after, 1),
)
FOOTNOTE = ("* Ledelse, drift og brukerstøtte; etter: felles enhet og det som blir igjen i "
            "kommunene.\n– : mangler, eller nivået endrer det ikke.")
MISSING = "–"
GAP = 0.5  # between groups of scenarios with different participants


def groups(items: list[ScenarioResult]) -> list[list[int]]:
    """The scenarios' indexes grouped by participants, in order of first appearance: each
    group shares one «today»."""
    out: dict[tuple[str, ...], list[int]] = {}
    for i, r in enumerate(items):
        out.setdefault(tuple(sorted(n for n, _ in r.participants)), []).append(i)
    return list(out.values())


def before_after(results: Results, figure: Figure | None = None) -> Figure:
    """Five panels (gid `metric`), each with a grey bar for today and a coloured bar per
    scenario (scenarios with other participants get their own grey bar, after a gap); a
    missing value is a «–» where its bar would be. The sixth cell holds the legend."""
    items = as_list(results)
    fig = style.new_figure(figure)
    if not items:
        style.empty(fig.add_subplot(), "Ingen scenarioer å vise.")
        return fig
    grid = fig.subplots(2, 3)
    axes = list(grid.flat)
    for ax, metric in zip(axes, METRICS, strict=False):
        _panel(ax, metric, items)
    legend_ax = axes[-1]
    legend_ax.set_axis_off()
    handles = [Patch(color=style.BASELINE, label="I dag")]
    handles += [Patch(color=style.colour(i),
                      label=style.wrap(style.short(r.scenario.name, 50), 28))
                for i, r in enumerate(items)]
    legend_ax.legend(handles=handles, loc="center left", fontsize=style.TEXT_SIZE,
                     frameon=False, borderaxespad=0)
    fig.supxlabel(FOOTNOTE, fontsize=style.TEXT_SIZE - 0.5, color=style.INK)
    return fig


def _panel(ax: Axes, metric: Metric, items: list[ScenarioResult]) -> None:
    ax.set_gid("metric")
    style.tidy(ax, grid=None)
    ax.set_title(metric.title, fontsize=style.LABEL_SIZE, color=style.INK, pad=3)
    bars: list[tuple[float, float | None, str]] = []  # x, value, colour
    x = 0.0
    for group in groups(items):
        todays = [metric.today(items[i].summary) for i in group]
        # a level that leaves a quantity out has None for it today
        bars.append((x, next((v for v in todays if v is not None), None), style.BASELINE))
        for i in group:
            x += 1
            bars.append((x, metric.after(items[i].summary), style.colour(i)))
        x += 1 + GAP
    known = [v for _, v, _ in bars if v is not None]
    top = max(known, default=0.0) or 1.0
    for x, value, c in bars:
        if value is None:
            ax.text(x, 0, MISSING, ha="center", va="bottom", fontsize=style.TEXT_SIZE,
                    color=style.INK)
            continue
        ax.bar(x, value, width=0.75, color=c, gid="bar")
        ax.text(x, value + top * 0.03, style.number(value, metric.decimals), ha="center",
                va="bottom", fontsize=style.TEXT_SIZE - 0.5, color=style.INK)
    ax.set_ylim(0, top * 1.25)
    ax.set_xlim(-0.6, bars[-1][0] + 0.6)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
