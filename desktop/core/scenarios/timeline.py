"""Years, switches, discounting and payback.

Year index y = 0 … H−1 is calendar year `start + y`. The start year is the project year: it
carries the one-time project costs and is not discounted; running effects begin in year
`first_effect_year` (default 1). Costs are in real kroner (today's prices) and discounted to
the start year: NPV = Σ_y (B_y − S_y − O_y) / (1 + r)^y, where B is the baseline's running
cost, S the scenario's running cost and O its one-time costs. A positive NPV means the
scenario costs less than going on as today over the horizon.

An installation switches in the calendar year its contract ends (`Avtale utløper`), never
before the first effect year; without an end date it switches in the first effect year.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from desktop.core.scenarios.prepared import F, I


def transition_index(contract_year: I, start: int, t0: int, no_contract: int) -> I:
    """The year index in which each installation switches: max(t0, contract end − start)."""
    idx = np.where(contract_year == no_contract, t0, contract_year - start)
    return np.maximum(idx, t0).astype(np.int64)


def discount_factors(rate: float, horizon: int) -> F:
    """1 / (1 + r)^y for y = 0 … H−1."""
    return np.asarray((1.0 + rate) ** -np.arange(horizon, dtype=np.float64))


def effect_mask(horizon: int, t0: int) -> F:
    """1.0 from the first effect year on, else 0.0."""
    return (np.arange(horizon) >= t0).astype(np.float64)


def attrition_fraction(horizon: int, t0: int, years: npt.NDArray[np.float64]) -> F:
    """(D, H): the share of a staff reduction taken out by year y, reaching 1 after `years`
    years: clip((y − t0 + 1) / years, 0, 1)."""
    y = np.arange(horizon, dtype=np.float64)[None, :]
    return np.clip((y - t0 + 1) / np.maximum(years, 1e-9)[:, None], 0.0, 1.0)


def payback_year(net: F, years: tuple[int, ...], tolerance: float = 0.5) -> int | None:
    """The first calendar year whose cumulative net saving (baseline − scenario − one-time,
    undiscounted) is positive and stays at least zero to the end of the horizon; None when
    that never happens (including when nothing changes)."""
    cum = np.cumsum(net)
    for i in range(len(cum)):
        if cum[i] > tolerance and bool((cum[i:] >= -tolerance).all()):
            return years[i]
    return None
