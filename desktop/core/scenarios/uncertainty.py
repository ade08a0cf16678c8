"""How sure the answer is: Monte Carlo over the uncertain parameters, and a tornado chart.

Each uncertain parameter has low / most likely / high (parameters.resolve: the range follows
what the user sets, and a parameter the user fixes is not drawn). Draws use the beta-PERT
distribution (λ = 4) by default: like the triangular distribution it is bounded by low and
high and peaks at the most likely value, but it puts less weight on the extremes, which are
the least reliable part of a three-point estimate, so P10–P90 are not inflated by the ends.
`distribution="triangular"` is available for comparison. Parameters that move together
(parameters.CORRELATED) are given their stated rank correlation by reordering their draws
(Iman–Conover), which keeps each parameter's own distribution.

For the NPV (a benefit) the report speaks of P10 («90 % sjanse for minst …»), the median and
P90. P50 and P85 of the one-time costs are the state project model's styringsramme and
kostnadsramme (quantiles of a cost: P85 is the prudent budget); they are never attached to
the NPV.

All draws are evaluated at once by the same vectorised formulas as the deterministic result
(costs.py), so with every range collapsed the percentiles equal the deterministic NPV. A seed
makes a run reproducible; without one a seed is drawn and reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from desktop.core.errors import InputError
from desktop.core.scenarios.costs import evaluate
from desktop.core.scenarios.inputs import ProjectData
from desktop.core.scenarios.model import parameter_arrays, setup
from desktop.core.scenarios.parameters import CORRELATED, NOT_SAMPLED, ParameterValue
from desktop.core.scenarios.prepared import F
from desktop.core.scenarios.scenario import Scenario

DISTRIBUTIONS = ("pert", "triangular")
PERCENTILES = (10, 50, 85, 90)


@dataclass(frozen=True)
class Percentiles:
    p10: float
    p50: float
    p85: float
    p90: float
    mean: float

    @classmethod
    def of(cls, values: F) -> Percentiles:
        p10, p50, p85, p90 = (float(v) for v in np.percentile(values, PERCENTILES))
        return cls(p10, p50, p85, p90, float(values.mean()))


@dataclass(frozen=True)
class MonteCarloResult:
    draws: int
    seed: int
    distribution: str
    varied: tuple[str, ...]  # parameter keys drawn
    npv: Percentiles
    probability_positive: float  # share of draws where the scenario saves money
    one_time: Percentiles  # Σ one-time costs over the horizon (undiscounted)
    yearly_cost: tuple[tuple[int, Percentiles], ...]  # scenario running + one-time, per year
    yearly_saving: tuple[tuple[int, Percentiles], ...]  # baseline − scenario − one-time
    # every draw's NPV in draw order (for the histogram); empty when not kept
    npv_draws: F = field(default_factory=lambda: np.zeros(0), repr=False, compare=False)


@dataclass(frozen=True)
class TornadoBar:
    key: str
    label: str
    unit: str
    low: float
    value: float
    high: float
    npv_low: float  # NPV with this parameter at low, the others at most likely
    npv_high: float
    npv_base: float | None = None  # NPV with every parameter at most likely

    @property
    def swing(self) -> float:
        return abs(self.npv_high - self.npv_low)


def _sampled(items: tuple[ParameterValue, ...]) -> list[ParameterValue]:
    return [p for p in items if p.uncertain and p.key not in NOT_SAMPLED]


def draw(value: ParameterValue, rng: np.random.Generator, n: int, distribution: str) -> F:
    a, m, b = value.low, value.value, value.high
    if b <= a:
        return np.full(n, m)
    if distribution == "triangular":
        return rng.triangular(a, m, b, n)
    alpha = 1 + 4 * (m - a) / (b - a)
    beta = 1 + 4 * (b - m) / (b - a)
    return np.asarray(a + (b - a) * rng.beta(alpha, beta, n))


def correlate(samples: dict[str, F], rng: np.random.Generator) -> dict[str, F]:
    """The draws of each correlated group reordered so that their ranks follow normal
    scores with the group's correlation (Iman–Conover); each parameter keeps its values."""
    out = dict(samples)
    for group in CORRELATED:
        keys = [k for k in group.keys if k in out]
        n = len(next(iter(out.values()))) if out else 0
        if len(keys) < 2 or n < 3:
            continue
        corr = np.full((len(keys), len(keys)), group.rho)
        np.fill_diagonal(corr, 1.0)
        scores = rng.standard_normal((n, len(keys))) @ np.linalg.cholesky(corr).T
        for j, key in enumerate(keys):
            ranks = np.argsort(np.argsort(scores[:, j], kind="stable"), kind="stable")
            out[key] = np.sort(out[key], kind="stable")[ranks]
    return out


def simulate(project: ProjectData, scenario: Scenario, draws: int = 10_000,
             seed: int | None = None, distribution: str = "pert") -> MonteCarloResult:
    if distribution not in DISTRIBUTIONS:
        raise InputError(f"Ukjent fordeling: {distribution}")
    if draws < 1:
        raise InputError("Antall simuleringer må være minst 1")
    prep, params, q, discount = setup(project, scenario)
    if seed is None:
        seed = int(np.random.SeedSequence().entropy % (2**63))  # type: ignore[operator]
    rng = np.random.default_rng(seed)
    arrays = parameter_arrays(params, draws)
    varied = _sampled(params.items)
    drawn = correlate({v.key: draw(v, rng, draws, distribution) for v in varied}, rng)
    arrays.update(drawn)
    ev = evaluate(q, arrays, discount)
    cost = ev.total("scenario") + ev.total("one_time")
    saving = ev.total("baseline") - cost
    return MonteCarloResult(
        draws=draws, seed=seed, distribution=distribution,
        varied=tuple(v.key for v in varied),
        npv=Percentiles.of(ev.npv),
        probability_positive=float((ev.npv > 0).mean()),
        one_time=Percentiles.of(ev.total("one_time").sum(axis=1)),
        yearly_cost=tuple((y, Percentiles.of(cost[:, i])) for i, y in enumerate(q.years)),
        yearly_saving=tuple((y, Percentiles.of(saving[:, i])) for i, y in enumerate(q.years)),
        npv_draws=np.asarray(ev.npv, dtype=np.float64).copy())


def tornado(project: ProjectData, scenario: Scenario) -> tuple[TornadoBar, ...]:
    """Each uncertain parameter at its low and its high value with the others at most
    likely, ranked by the swing in NPV, largest first. Equal swings put parameters with a
    range before those without one (a collapsed range comes last), then declaration order."""
    prep, params, q, discount = setup(project, scenario)
    varied = _sampled(params.items)
    arrays = parameter_arrays(params, 2 * len(varied) + 1)  # the last draw: most likely
    for i, value in enumerate(varied):
        arrays[value.key][2 * i] = value.low
        arrays[value.key][2 * i + 1] = value.high
    npv = evaluate(q, arrays, discount).npv
    base = float(npv[-1])
    bars = [TornadoBar(v.key, v.spec.label, v.spec.unit, v.low, v.value, v.high,
                       float(npv[2 * i]), float(npv[2 * i + 1]), base)
            for i, v in enumerate(varied)]
    order = sorted(range(len(bars)), key=lambda i: (
        -round(bars[i].swing, 6), bars[i].high <= bars[i].low, i))
    return tuple(bars[i] for i in order)
