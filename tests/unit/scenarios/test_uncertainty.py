"""Monte Carlo percentiles and the tornado chart."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.core.scenarios import Scenario, compute, resolve, simulate, tornado
from desktop.core.scenarios.parameters import BY_KEY, NOT_SAMPLED, ParameterValue
from desktop.core.scenarios.uncertainty import draw
from tests.unit.scenarios.data import A, B, project

# level 3 with default parameters: Profil switches to Gerica in 2029 (data.py)
SCENARIO = Scenario("Felles fagsystemer", (A, B), level=3)


def collapsed(s: Scenario) -> Scenario:
    """Every uncertain parameter with low = most likely = high."""
    params = resolve(s.overrides, s.ranges)
    ranges = {v.key: (v.value, v.value, v.value) for v in params.uncertain()
              if v.key not in NOT_SAMPLED}
    return Scenario(s.name, s.participants, s.level, s.organisation_form, ranges=ranges)


def test_collapsed_ranges_give_the_deterministic_npv() -> None:
    s = collapsed(SCENARIO)
    npv = compute(project(), s).npv
    mc = simulate(project(), s, draws=2_000, seed=3)
    for p in (mc.npv.p10, mc.npv.p50, mc.npv.p85, mc.npv.p90, mc.npv.mean):
        assert p == pytest.approx(npv, rel=1e-12)
    r = compute(project(), s)
    totals = [c.total + o.total for c, o in zip(r.costs, r.one_time, strict=True)]
    assert [p.p50 for _, p in mc.yearly_cost] == pytest.approx(totals, rel=1e-12)
    assert mc.probability_positive == (1.0 if npv > 0 else 0.0)


def test_percentiles_are_ordered_and_reproducible() -> None:
    mc = simulate(project(), SCENARIO, draws=5_000, seed=11)
    assert mc.npv.p10 < mc.npv.p50 < mc.npv.p85 < mc.npv.p90
    assert mc.seed == 11 and mc.draws == 5_000 and mc.distribution == "pert"
    assert simulate(project(), SCENARIO, draws=5_000, seed=11) == mc
    assert simulate(project(), SCENARIO, draws=5_000, seed=12).npv != mc.npv
    assert len(mc.yearly_cost) == len(mc.yearly_saving) == 10
    assert 0 <= mc.probability_positive <= 1
    assert "discount_rate" not in mc.varied and "on_call_min_fte" in mc.varied
    unseeded = simulate(project(), SCENARIO, draws=10)
    assert isinstance(unseeded.seed, int)  # drawn, and reported so the run can be repeated


def test_pert_and_triangular_draws() -> None:
    value = ParameterValue(BY_KEY["framework_saving"], 0.25, 0.0, 1.0, True)
    rng = np.random.default_rng(1)
    pert = draw(value, rng, 200_000, "pert")
    assert pert.min() >= 0 and pert.max() <= 1
    assert pert.mean() == pytest.approx((0 + 4 * 0.25 + 1) / 6, abs=0.003)  # PERT mean
    tri = draw(value, rng, 200_000, "triangular")
    assert tri.mean() == pytest.approx((0 + 0.25 + 1) / 3, abs=0.003)  # triangular mean
    assert pert.std() < tri.std()  # less weight on the extremes
    fixed = ParameterValue(BY_KEY["framework_saving"], 0.25, 0.25, 0.25, True)
    assert (draw(fixed, rng, 5, "pert") == 0.25).all()


def test_triangular_option_and_bad_input() -> None:
    assert simulate(project(), SCENARIO, draws=100, seed=1,
                    distribution="triangular").distribution == "triangular"
    with pytest.raises(ValueError):
        simulate(project(), SCENARIO, draws=100, distribution="normal")
    with pytest.raises(ValueError):
        simulate(project(), SCENARIO, draws=0)


def test_tornado_ranks_by_swing_and_leaves_out_what_is_certain() -> None:
    s = Scenario("x", (A, B), level=3, ranges={"vms_per_host": (25, 25, 25)},
                 fixed=frozenset({"fte_per_leader"}))
    bars = tornado(project(), s)
    swings = [b.swing for b in bars]
    assert swings == sorted(swings, reverse=True)
    keys = {b.key for b in bars}
    assert "vms_per_host" not in keys and "fte_per_leader" not in keys  # not drawn either
    migration = next(b for b in bars if b.key == "migration_cost_health")
    # Profil (helse og omsorg) switches in 2029 (year 3): (840 000 − 360 000) / 1,04³
    assert migration.npv_low - migration.npv_high == pytest.approx(
        480_000 / 1.04 ** 3, abs=0.01)
    assert (migration.low, migration.value, migration.high) == (360_000, 600_000, 840_000)
    npv = compute(project(), s).npv
    assert all(b.npv_base == pytest.approx(npv) for b in bars)  # the tornado's centre line
    for b in bars:  # NPV is monotone in each parameter: most likely lies between the ends
        assert min(b.npv_low, b.npv_high) - 1e-6 <= npv <= max(b.npv_low, b.npv_high) + 1e-6


def test_the_draws_are_kept_for_the_histogram() -> None:
    mc = simulate(project(), SCENARIO, draws=500, seed=3)
    assert mc.npv_draws.shape == (500,)
    assert np.percentile(mc.npv_draws, 10) == pytest.approx(mc.npv.p10)
    assert np.percentile(mc.npv_draws, 90) == pytest.approx(mc.npv.p90)
    assert (mc.npv_draws > 0).mean() == pytest.approx(mc.probability_positive)
