"""Tornado: parameters ranked by their effect on the NPV."""

from __future__ import annotations

import pytest

from desktop.core.charts import tornado
from desktop.core.charts.tornado import MAX_BARS, base_npv
from desktop.core.scenarios import TornadoBar, compute
from desktop.core.scenarios import tornado as tornado_bars
from tests.unit.charts.results import PAYS_BACK, by_gid, legend_texts, with_params
from tests.unit.scenarios.data import project


def bar(key: str, low: float, high: float, base: float | None = 10e6) -> TornadoBar:
    return TornadoBar(key, f"Parameter {key}", "%", 0.0, 0.1, 0.2, low, high, base)


def test_bars_swing_around_the_base_npv_largest_on_top() -> None:
    bars = (bar("framework_saving", 4e6, 16e6), bar("salary_harmonisation", 12e6, 9e6))
    fig = tornado(bars, title="Felles drift")
    ax = fig.axes[0]
    low, high = by_gid(ax, "low"), by_gid(ax, "high")
    assert [p.get_x() for p in low] == [10e6, 10e6]
    assert [p.get_width() for p in low] == pytest.approx([-6e6, 2e6])
    assert [p.get_width() for p in high] == pytest.approx([6e6, -1e6])
    assert low[0].get_y() > low[1].get_y()  # the first bar is drawn on top
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Parameter salary_harmonisation", "Parameter framework_saving"]
    assert ax.get_title() == "Felles drift"
    texts = [t.get_text() for t in ax.texts]
    assert "0\u00a0%" in texts and "20\u00a0%" in texts  # percent parameters as percent
    assert "Mest sannsynlig: 10 MNOK" in legend_texts(fig)


def test_only_the_largest_swings_are_drawn_and_the_rest_are_counted() -> None:
    bars = [bar("framework_saving", 10e6 - i * 1e5, 10e6 + i * 1e5) for i in range(12, 0, -1)]
    fig = tornado([*bars, bar("discount_rate", 10e6, 10e6)])
    assert len(by_gid(fig.axes[0], "high")) == MAX_BARS
    assert "+ 4 med mindre utslag" in legend_texts(fig)  # 12 that move, 8 shown


def test_nothing_uncertain_says_so() -> None:
    fig = tornado([bar("framework_saving", 5e6, 5e6)])
    assert not fig.axes[0].axison
    assert "Ingen usikre parametre" in fig.axes[0].texts[0].get_text()


def test_on_the_model_the_centre_is_the_npv() -> None:
    s = with_params(2, PAYS_BACK)
    bars = tornado_bars(project(), s)
    assert base_npv(bars) == pytest.approx(compute(project(), s).npv)
    ax = tornado(bars).axes[0]
    assert by_gid(ax, "low")[0].get_x() == pytest.approx(compute(project(), s).npv)


def test_without_a_stored_base_the_centre_lies_inside_every_bar() -> None:
    assert base_npv([bar("a", 4e6, 16e6, None), bar("b", 12e6, 9e6, None)]) == 10.5e6


def test_values_moving_the_same_way_have_labels_that_do_not_overlap() -> None:
    """Both the low and the high value raise the NPV: the shorter bar's label sat on the
    longer bar, and at a small size the two labels ran into each other."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = tornado([bar("framework_saving", 4e6, 16e6), bar("salary_harmonisation", 12e6, 14e6)])
    fig.set_size_inches(3, 2)  # small, as in a narrow pane
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    ax = fig.axes[0]
    row = [t for t in ax.texts if t.get_gid() in ("low_label", "high_label")
           and abs(t.get_position()[1]) < 0.5]  # the bottom row: salary_harmonisation
    assert len(row) == 2
    assert not row[0].get_window_extent(renderer).overlaps(row[1].get_window_extent(renderer))
    [short] = [p for p in by_gid(ax, "low") if p.get_width() == pytest.approx(2e6)]
    [long_] = [p for p in by_gid(ax, "high") if p.get_width() == pytest.approx(4e6)]
    assert short.get_y() >= long_.get_y() + long_.get_height() - 1e-9  # side by side


def test_a_short_chart_shows_fewer_bars_whose_labels_do_not_overlap() -> None:
    """In the tab the chart is short: eight two-line parameter names ran into each other.
    It shows as many as fit and says how many are left out; on paper it keeps eight."""
    from dataclasses import replace
    from itertools import pairwise

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from desktop.core.scenarios.parameters import PARAMETERS

    named = [p for p in PARAMETERS if len(p.label) > 34][:10]  # labels of two lines
    assert len(named) == 10
    many = [replace(bar(p.key, 10e6 - (i + 1) * 1e6, 10e6 + (i + 1) * 1e6), label=p.label)
            for i, p in enumerate(named)]
    paper = tornado(many)
    assert len(paper.axes[0].get_yticklabels()) == 8
    short = Figure(figsize=(5.2, 280 / 96), dpi=96, layout="constrained")
    tornado(many, title="Hva som påvirker nåverdien mest", figure=short)
    FigureCanvasAgg(short).draw()
    labels = [t for t in short.axes[0].get_yticklabels() if t.get_text()]
    assert 3 <= len(labels) < 8
    boxes = sorted((t.get_window_extent() for t in labels), key=lambda b: b.y0)
    assert all(lower.y1 <= upper.y0 + 1 for lower, upper in pairwise(boxes)), boxes
    assert f"+ {10 - len(labels)} med mindre utslag" in legend_texts(short)
