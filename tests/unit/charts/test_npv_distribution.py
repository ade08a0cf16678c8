"""The NPV draws as a histogram with P10, P50 and P90."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from desktop.core.charts import npv_distribution
from desktop.core.scenarios import simulate
from tests.unit.charts.results import PAYS_BACK, by_gid, with_params
from tests.unit.scenarios.data import project


def test_histogram_of_the_draws_with_the_percentiles_marked() -> None:
    mc = simulate(project(), with_params(2, PAYS_BACK), draws=2_000, seed=5)
    ax = npv_distribution(mc).axes[0]
    bars = by_gid(ax, "draws")
    assert len(bars) == 40
    assert sum(b.get_height() for b in bars) == pytest.approx(1.0)  # shares of the draws
    lines = by_gid(ax, "percentile")
    assert [line.get_xdata()[0] for line in lines] == pytest.approx(
        [mc.npv.p10, mc.npv.p50, mc.npv.p90])
    texts = [t.get_text() for t in ax.texts]
    assert any(t.startswith("Median\n") and t.endswith(" MNOK") for t in texts)
    assert any(t.startswith("90\u00a0% sjanse for\nminst ") for t in texts)
    assert "2\u00a0000 simuleringer" in ax.get_xlabel()


def test_without_draws_the_percentiles_are_still_shown() -> None:
    mc = simulate(project(), with_params(2, PAYS_BACK), draws=200, seed=5)
    bare = dataclasses.replace(mc, npv_draws=np.zeros(0))
    ax = npv_distribution(bare).axes[0]
    assert by_gid(ax, "draws") == []
    assert len(by_gid(ax, "percentile")) == 3
    assert any("ikke tatt vare på" in t.get_text() for t in ax.texts)
