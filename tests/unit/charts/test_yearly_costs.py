"""Running cost per year: one grey line for today, one line per scenario, one-time costs as
floating bars in the years they fall."""

from __future__ import annotations

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from desktop.core.charts import style, yearly_costs
from tests.unit.charts.results import by_gid, legend_texts, named, three
from tests.unit.scenarios.data import A


def test_a_line_per_scenario_and_one_for_today() -> None:
    results = three()
    fig = yearly_costs(results)
    ax = fig.axes[0]
    [baseline] = by_gid(ax, "baseline")
    running = by_gid(ax, "running")
    assert [line.get_label() for line in running] == [
        "Rammeavtaler", "Felles drift", "Felles fagsystemer"]
    assert list(baseline.get_ydata()) == pytest.approx([b.total for b in results[0].baseline])
    assert list(running[1].get_ydata()) == pytest.approx([c.total for c in results[1].costs])
    assert [line.get_color() for line in running] == list(style.SCENARIO_COLOURS[:3])
    assert baseline.get_color() == style.BASELINE
    assert "Dagens situasjon" in legend_texts(fig)
    assert ax.get_ylabel() == "Kostnad per år (MNOK)"


def test_one_time_costs_stand_on_the_running_cost() -> None:
    results = three()
    ax = yearly_costs(results).axes[0]
    bars = by_gid(ax, "one_time")
    expected = [(r, y, c.total, o.total) for r in results
                for y, c, o in zip(r.years, r.costs, r.one_time, strict=True) if o.total > 0]
    assert len(bars) == len(expected)
    for bar, (_, _, running, once) in zip(bars, expected, strict=True):
        assert bar.get_y() == pytest.approx(running)
        assert bar.get_height() == pytest.approx(once)
    assert "Engangskostnader (oppå driftskostnaden)" in legend_texts(ax.figure)


def test_the_cost_axis_starts_at_zero() -> None:
    """Levels are compared: a saving of a few per cent must not be drawn as a cliff."""
    ax = yearly_costs(three()).axes[0]
    bottom, top = ax.get_ylim()
    assert bottom == 0
    assert top > max(c.total for r in three() for c in r.costs)


def test_scenarios_of_other_participants_get_their_own_baseline() -> None:
    fig = yearly_costs([named("Begge", 2), named("Bare Aby", 2, (A,))])
    baselines = by_gid(fig.axes[0], "baseline")
    assert [line.get_label() for line in baselines] == ["I dag: Begge", "I dag: Bare Aby"]


def test_ticks_are_mnok_with_decimal_comma() -> None:
    fig = yearly_costs(three())
    fig.canvas.draw()
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert labels and all("." not in text for text in labels)
    formatter = ax.yaxis.get_major_formatter()
    assert formatter(12_500_000, 0) == "12,5"
    assert formatter(-3_000_000, 0) == "\u22123"
    years = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert "2026" in years


def test_draws_into_a_given_figure_and_clears_it() -> None:
    fig = Figure()
    yearly_costs(three(), fig)
    again = yearly_costs(three()[:1], fig)
    assert again is fig
    assert len(fig.axes) == 1
    assert len(by_gid(fig.axes[0], "running")) == 1
    assert fig.get_layout_engine() is not None


def test_more_than_four_scenarios_is_an_error() -> None:
    with pytest.raises(ValueError, match="høyst 4"):
        yearly_costs(three() + three())


@pytest.mark.parametrize("width_cm", [8.0, 11.0, 16.0, 30.0])
def test_the_legend_fits_the_charts_width(width_cm: float) -> None:
    """In a narrow pane the legend takes fewer columns instead of running off both edges
    («Engangskostnader (oppå driftskostnaden)» was cut); on paper it keeps three."""
    fig = Figure(figsize=(width_cm * style.CM, 9 * style.CM), dpi=96, layout="constrained")
    yearly_costs(three(), figure=fig)
    FigureCanvasAgg(fig).draw()
    [legend] = fig.legends
    box = legend.get_window_extent()
    assert box.x0 >= 0 and box.x1 <= fig.bbox.width, (box, fig.bbox.width)
    if width_cm >= 16:
        assert legend._ncols == 3  # noqa: SLF001 - the paper chart as before
    if width_cm <= 8:
        assert legend._ncols < 3  # noqa: SLF001
