"""Cumulative net cash flow with a zero line and the payback year marked."""

from __future__ import annotations

import pytest

from desktop.core.charts import cash_flow
from tests.unit.charts.results import by_gid, legend_texts, three


def test_a_cumulative_line_per_scenario_and_a_zero_line() -> None:
    results = three()
    ax = cash_flow(results).axes[0]
    lines = by_gid(ax, "cumulative")
    assert len(lines) == 3
    for line, r in zip(lines, results, strict=True):
        net = r.trace_line("payback_year").inputs  # the model's own cumulative sums
        assert list(line.get_ydata()) == pytest.approx([net[str(y)] for y in r.years])
    [zero] = by_gid(ax, "zero")
    assert list(zero.get_ydata()) == [0, 0]


def test_the_marker_sits_at_the_payback_year() -> None:
    results = three()
    pays_back = results[1]
    assert pays_back.payback_year is not None
    ax = cash_flow(results).axes[0]
    markers = by_gid(ax, "payback")
    years = [float(m.get_xdata()[0]) for m in markers]
    assert pays_back.payback_year in years
    marker = markers[years.index(pays_back.payback_year)]
    cumulative = pays_back.trace_line("payback_year").inputs[str(pays_back.payback_year)]
    assert marker.get_ydata()[0] == pytest.approx(cumulative)
    assert marker.get_color() == by_gid(ax, "cumulative")[1].get_color()


def test_no_payback_means_no_marker_and_says_so() -> None:
    results = three()
    assert results[2].payback_year is None
    fig = cash_flow(results[2:])
    assert by_gid(fig.axes[0], "payback") == []
    assert legend_texts(fig) == ["Felles fagsystemer (ikke tilbakebetalt innen 2035)"]
    assert f"Felles drift (tilbakebetalt {results[1].payback_year})" in legend_texts(
        cash_flow(results))
