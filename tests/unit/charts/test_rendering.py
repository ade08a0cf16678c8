"""Every chart renders to SVG and PNG without a warning (pytest turns warnings into errors),
for one to four scenarios, and without pyplot or Qt."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Callable

import pytest
from matplotlib.figure import Figure

from desktop.core import charts
from desktop.core.scenarios import simulate
from desktop.core.scenarios import tornado as tornado_bars
from tests.unit.charts.results import PAYS_BACK, three, with_params
from tests.unit.scenarios.data import project


def all_charts(n: int) -> dict[str, Callable[[Figure | None], Figure]]:
    results = (three() * 2)[:n]
    s = with_params(2, PAYS_BACK)
    bars = tornado_bars(project(), s)
    mc = simulate(project(), s, draws=500, seed=1)
    return {
        "yearly_costs": lambda f: charts.yearly_costs(results, f),
        "cash_flow": lambda f: charts.cash_flow(results, f),
        "before_after": lambda f: charts.before_after(results, f),
        "tornado": lambda f: charts.tornado(bars, "Felles drift", f),
        "npv_distribution": lambda f: charts.npv_distribution(mc, f),
    }


@pytest.mark.parametrize("n", [1, 4])
@pytest.mark.parametrize("fmt", ["svg", "png"])
def test_every_chart_renders(n: int, fmt: str) -> None:
    for name, draw in all_charts(n).items():
        fig = draw(None)
        assert tuple(round(v * 2.54, 1) for v in fig.get_size_inches()) == (16.0, 9.0), name
        out = io.BytesIO()
        fig.savefig(out, format=fmt)
        assert out.getvalue(), name


def test_one_figure_is_reused_for_every_chart() -> None:
    fig = Figure(figsize=(4, 3))
    for name, draw in all_charts(2).items():
        assert draw(fig) is fig, name
        fig.savefig(io.BytesIO(), format="png")
    assert tuple(fig.get_size_inches()) == (4, 3)  # the canvas decides the size


def test_charts_load_neither_pyplot_nor_qt() -> None:
    code = ("import sys\nfrom desktop.core import charts\n"
            "print(sorted(m for m in sys.modules if m == 'matplotlib.pyplot'"
            " or m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
