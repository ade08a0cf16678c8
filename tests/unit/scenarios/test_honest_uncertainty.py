"""Honest economics: the simulation believes what the user sets, draws every uncertain
parameter (together where they move together), never calls a benefit's quantile a budget, and
with the defaults the demo (Knutepunkt Sørlandet) comes out as the real pre-study did: 5–10 MNOK
to implement and a small yearly saving.

Invariants checked on several scenarios: the deterministic NPV lies between P10 and P90; with
every range collapsed P10 = P50 = P90 = the deterministic NPV.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from desktop.core.demo.build import build_demo
from desktop.core.project.api import ProjectApi
from desktop.core.scenarios import PARAMETERS, Scenario, compute, simulate, tornado
from desktop.core.scenarios.inputs import ProjectData
from desktop.core.scenarios.parameters import CORRELATED, resolve
from desktop.core.scenarios.uncertainty import correlate, draw

EVERYONE = ("1017", "1018", "4204", "4215", "4216", "4218", "4223")
FOUR = ("4204", "4216", "4218", "4223")
# the critical user: no framework saving, a full FTE kept in every municipality,
# effects from year 2, a bigger project
CRITICAL = {"framework_saving": 0.0, "retained_fte": 1.0, "first_effect_year": 2,
            "project_cost_fixed": 4_000_000, "project_cost_per_municipality": 1_000_000}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> ProjectData:
    path: Path = build_demo(tmp_path_factory.mktemp("honest"), scenarios=False)
    with ProjectApi.open(path) as api:
        api.catalogue.auto()
        return api.scenarios.project_data()


SCENARIOS = [
    Scenario("Rammeavtaler", EVERYONE, level=1, organisation_form=None),
    Scenario("Felles drift", EVERYONE, level=2),
    Scenario("Fire kommuner", FOUR, level=2),
    Scenario("Kritisk", EVERYONE, level=2, overrides=CRITICAL),
    Scenario("Fagsystemer", FOUR, level=3, organisation_form="iks"),
    Scenario("To kommuner, nivå 3", ("4216", "4218"), level=3),
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
def test_the_deterministic_npv_lies_between_p10_and_p90(demo: ProjectData,
                                                        scenario: Scenario) -> None:
    npv = compute(demo, scenario).npv
    mc = simulate(demo, scenario, draws=4000, seed=11)
    assert mc.npv.p10 <= npv <= mc.npv.p90, (mc.npv.p10, npv, mc.npv.p90)


@pytest.mark.parametrize("scenario", SCENARIOS[1:4], ids=lambda s: s.name)
def test_with_every_range_collapsed_the_percentiles_are_the_deterministic_npv(
        demo: ProjectData, scenario: Scenario) -> None:
    certain = dataclasses.replace(scenario, fixed=frozenset(p.key for p in PARAMETERS))
    npv = compute(demo, certain).npv
    mc = simulate(demo, certain, draws=200, seed=3)
    assert mc.varied == ()
    assert mc.npv.p10 == pytest.approx(npv) and mc.npv.p50 == pytest.approx(npv)
    assert mc.npv.p90 == pytest.approx(npv)
    assert compute(demo, certain).npv == pytest.approx(compute(demo, scenario).npv)


def test_the_simulation_follows_the_users_assumptions(demo: ProjectData) -> None:
    # the issue's case: with the defaults' ranges even P10 lay above the base case
    s = Scenario("Kritisk", EVERYONE, level=2, overrides=CRITICAL)
    npv = compute(demo, s).npv
    mc = simulate(demo, s, draws=10_000, seed=20_260_401)
    assert mc.npv.p10 <= npv <= mc.npv.p90
    assert abs(mc.npv.p50 - npv) <= 0.25 * abs(npv)
    params = resolve(CRITICAL)
    assert params.get("framework_saving").uncertain is False  # set to 0: certainly 0
    retained = params.get("retained_fte")
    assert retained.low < 1.0 < retained.high and retained.value == 1.0
    assert "framework_saving" not in mc.varied and "retained_fte" in mc.varied


def test_the_surveys_cost_per_fte_is_drawn(demo: ProjectData) -> None:
    s = Scenario("Felles drift", EVERYONE, level=2)
    result = compute(demo, s)
    c = result.parameters.get("cost_per_fte")
    assert c.observed and c.uncertain and c.low < c.value < c.high
    bar = next(b for b in tornado(demo, s) if b.key == "cost_per_fte")
    assert bar.swing > 0
    assert "cost_per_fte" in simulate(demo, s, draws=100, seed=1).varied


def test_parameters_that_move_together_are_drawn_with_their_correlation() -> None:
    rng = np.random.default_rng(5)
    params = resolve()
    group = CORRELATED[0]
    samples = {k: draw(params.get(k), rng, 5000, "pert") for k in group.keys}
    drawn = correlate(samples, rng)
    for key in group.keys:  # each keeps its own values
        assert np.sort(drawn[key]) == pytest.approx(np.sort(samples[key]))
    ranks = np.array([np.argsort(np.argsort(drawn[k])) for k in group.keys])
    rho = np.corrcoef(ranks)
    off_diagonal = rho[~np.eye(len(group.keys), dtype=bool)]
    assert off_diagonal == pytest.approx(np.full(off_diagonal.size, group.rho), abs=0.05)


def test_the_one_time_costs_get_a_steering_and_a_cost_frame(demo: ProjectData) -> None:
    s = Scenario("Felles drift", EVERYONE, level=2)
    mc = simulate(demo, s, draws=4000, seed=2)
    one_time = sum(o.total for o in compute(demo, s).one_time)
    assert mc.one_time.p50 <= mc.one_time.p85
    assert mc.one_time.p50 == pytest.approx(one_time, rel=0.1)


def test_calibrated_against_the_real_pre_study(demo: ProjectData) -> None:
    """Knutepunkt Sørlandet's pre-study: small economic gains, 5–10 MNOK to implement."""
    r = compute(demo, Scenario("Felles drift, alle sju", EVERYONE, level=2))
    one_time = sum(o.total for o in r.one_time)
    assert 5_000_000 <= one_time <= 10_000_000
    cost_today = r.baseline[-1].total
    saving = cost_today - r.costs[-1].total
    assert 0 < saving < 0.05 * cost_today  # small relative to the IT cost


def test_two_municipalities_at_level_three_do_not_outdo_all_seven(demo: ProjectData) -> None:
    """The licence price is the target's at the group's volume, never the cheapest price a
    big customer has: two small municipalities gain less than all seven pooling."""
    two = compute(demo, Scenario("To", ("4216", "4218"), level=3))
    seven = compute(demo, Scenario("Sju", EVERYONE, level=2))
    assert two.npv < seven.npv
    bars = tornado(demo, Scenario("To", ("4216", "4218"), level=3))
    assert bars and bars[0].swing > 0  # its largest drivers are shown
