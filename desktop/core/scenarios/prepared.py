"""The project as numpy arrays, built once per `ProjectData` and reused by every scenario.

Missing numbers are NaN here (never 0); each consumer decides what a gap means and counts it.
Only installations in use, of municipalities in the project, are kept. The cost per user of
each system is estimated over the whole project (more data than a scenario's participants).
"""

from __future__ import annotations

import weakref
from collections import Counter
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from desktop.core.scenarios.inputs import (
    OWN_HOSTING,
    PRODUCT_KEY_PREFIX,
    InstallationData,
    ProjectData,
    normalise_name,
)
from desktop.core.scenarios.parameters import CONSOLIDATABLE_SERVICES

F = npt.NDArray[np.float64]
I = npt.NDArray[np.int64]  # noqa: E741
B = npt.NDArray[np.bool_]

# IT functions (list C) a common technical operation takes over (level 2).
POOLED_FUNCTIONS = frozenset({"IT-ledelse", "Drift og infrastruktur",
                              "Brukerstøtte og klientdrift"})
LEADERSHIP = "IT-ledelse"
SYSTEM_MANAGEMENT = "Systemforvaltning"
FACT_KEYS = ("inhabitants", "employees_fte", "it_users", "clients", "locations", "data_rooms",
             "physical_servers", "virtual_servers")
NO_CONTRACT = -1


def _f(values: list[float | None]) -> F:
    """None becomes NaN."""
    return np.array(values, dtype=np.float64)


@dataclass(frozen=True, eq=False)
class PreparedProject:
    year: int
    numbers: tuple[str, ...]
    names: tuple[str, ...]
    index: dict[str, int]
    answered: B
    estimated: B  # figures estimated for a scenario (estimates.py), not reported
    register_population: F  # the register's population (NaN if not known)
    facts: dict[str, F]  # FACT_KEYS -> per municipality
    # installations in use
    inst_muni: I
    inst_key: I
    inst_slot: I  # -1: no service area, cannot be standardised
    inst_users: F
    inst_servers: F
    inst_cost: F  # as given
    inst_old: F  # as given, else users × cost per user of its own system, else NaN
    inst_mgmt: F
    inst_contract: I  # year the contract ends, NO_CONTRACT if not given
    inst_inhouse: B
    keys: tuple[str, ...]
    key_product: tuple[str, ...]  # the name to show for each key
    key_rank: I  # alphabetical rank of each key, to break ties deterministically
    key_undeduplicated: B  # the key is a product name, not a dedup key
    key_cpu: F  # NOK per user and year, NaN if unknown
    key_cpu_basis: I  # installations the estimate rests on
    # the key's price-per-user curve: geometric means of price per user and of users over
    # its installations with both known and positive (NaN if none); see structure.py
    key_price_geo: F
    key_users_geo: F
    key_inhouse_share: F  # share of the key's installations run in-house (NaN if none)
    key_inhouse_servers: F  # the most servers an in-house installation of the key has (0 if none)
    slots: tuple[str, ...]
    slot_area: tuple[str, ...]
    # staffing
    staff_muni: I
    staff_pooled: B
    staff_leadership: B  # IT-ledelse (pooled, but not operations work)
    staff_management: B  # Systemforvaltning: the IT staff's share of system management
    staff_fte: F
    staff_cost: F
    observed_cost_per_fte: float | None
    observed_cost_basis: int
    observed_cost_spread: float  # relative standard error of that mean (0 when not known)
    # bought services and infrastructure
    bought_muni: I
    bought_vendor: I  # -1 when the vendor is not a municipality of the project
    bought_cost: F
    bought_contract: I  # year the contract ends, NO_CONTRACT if not given
    infra_muni: I
    infra_consolidatable: B
    infra_cost: F


_CACHE: list[tuple[weakref.ref[ProjectData], PreparedProject]] = []


def prepare(project: ProjectData) -> PreparedProject:
    """The arrays of a project; the last few projects are cached by identity."""
    for ref, prepared in _CACHE:
        if ref() is project:
            return prepared
    prepared = _prepare(project)
    _CACHE[:] = [(r, p) for r, p in _CACHE if r() is not None][-3:]
    _CACHE.append((weakref.ref(project), prepared))
    return prepared


def installation_rows(project: ProjectData) -> list[InstallationData]:
    """The installations the arrays hold, in their order: those in use, of the project's
    municipalities."""
    index = {m.number for m in project.municipalities}
    return [i for i in project.installations if i.in_use and i.municipality in index]


def _prepare(project: ProjectData) -> PreparedProject:
    munis = project.municipalities
    index = {m.number: i for i, m in enumerate(munis)}
    facts = {k: _f([getattr(m, k) for m in munis]) for k in FACT_KEYS}

    # one comprehension per attribute is the fastest way to columns in CPython
    rows = installation_rows(project)
    n_rows = len(rows)
    munis_of_row = [r.municipality for r in rows]
    products = [r.product for r in rows]
    dedup_keys = [r.system_key for r in rows]
    areas = [r.service_area for r in rows]
    functions = [r.function for r in rows]
    hostings = [r.hosting for r in rows]
    users_l = [r.users for r in rows]
    servers_l = [r.servers for r in rows]
    cost_l = [r.annual_cost for r in rows]
    contract_l = [r.contract_end for r in rows]
    mgmt_l = [r.management_fte for r in rows]
    key_of_row = [k or PRODUCT_KEY_PREFIX + normalise_name(p)
                  for k, p in zip(dedup_keys, products, strict=True)]
    key_ids = {k: n for n, k in enumerate(dict.fromkeys(key_of_row))}
    inst_key = np.fromiter(map(key_ids.__getitem__, key_of_row), np.int64, n_rows)
    keys = tuple(key_ids)
    nkeys = len(keys)
    slot_of_row = [(f"{a} / {f}" if f else a) if a else None
                   for a, f in zip(areas, functions, strict=True)]
    slot_ids = {s: n for n, s in enumerate(dict.fromkeys(x for x in slot_of_row if x))}
    slot_area = [""] * len(slot_ids)
    for area, slot in zip(areas, slot_of_row, strict=True):
        if slot and not slot_area[slot_ids[slot]]:
            slot_area[slot_ids[slot]] = area or ""
    inst_slot = np.fromiter((slot_ids[x] if x else -1 for x in slot_of_row), np.int64, n_rows)
    best_product: dict[str, tuple[int, str]] = {}
    for (key, product), count in Counter(zip(key_of_row, products, strict=True)).items():
        if (count, product) > best_product.get(key, (0, "")):
            best_product[key] = (count, product)
    users = _f(users_l)
    cost = _f(cost_l)
    own = {h: (h or "").strip().casefold() == OWN_HOSTING.casefold() for h in set(hostings)}
    inhouse = np.fromiter(map(own.__getitem__, hostings), np.bool_, n_rows)

    basis = ~np.isnan(cost) & (cost >= 0) & ~np.isnan(users) & (users > 0)
    cost_sum = np.bincount(inst_key[basis], weights=cost[basis], minlength=nkeys)
    user_sum = np.bincount(inst_key[basis], weights=users[basis], minlength=nkeys)
    cpu_basis = np.bincount(inst_key[basis], minlength=nkeys).astype(np.int64)
    with np.errstate(invalid="ignore", divide="ignore"):
        key_cpu = np.where(user_sum > 0, cost_sum / np.where(user_sum > 0, user_sum, 1), np.nan)
        n_key = np.bincount(inst_key, minlength=nkeys).astype(np.float64)
        inhouse_share = np.bincount(inst_key, weights=inhouse.astype(np.float64),
                                    minlength=nkeys) / np.where(n_key > 0, n_key, np.nan)
    old = np.where(np.isnan(cost), users * key_cpu[inst_key], cost)
    positive = basis & (cost > 0)
    points = np.bincount(inst_key[positive], minlength=nkeys).astype(np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        log_p = np.bincount(inst_key[positive], weights=np.log(cost[positive] / users[positive]),
                            minlength=nkeys) / points
        log_u = np.bincount(inst_key[positive], weights=np.log(users[positive]),
                            minlength=nkeys) / points
    price_geo = np.where(points > 0, np.exp(log_p), np.nan)
    users_geo = np.where(points > 0, np.exp(log_u), np.nan)
    servers = _f(servers_l)
    inhouse_servers = np.zeros(nkeys)
    np.maximum.at(inhouse_servers, inst_key[inhouse], np.nan_to_num(servers[inhouse]))
    rank = np.empty(nkeys, dtype=np.int64)
    rank[np.argsort(np.array(keys, dtype=object), kind="stable")] = np.arange(nkeys)

    staff = [s for s in project.staffing if s.municipality in index]
    staff_fte = _f([s.fte for s in staff])
    staff_cost = _f([s.cost for s in staff])
    both = ~np.isnan(staff_fte) & ~np.isnan(staff_cost) & (staff_fte > 0)
    fte_sum = float(staff_fte[both].sum())
    observed = float(staff_cost[both].sum()) / fte_sum if fte_sum > 0 else None
    spread = 0.0
    if observed and both.sum() >= 2:
        # the FTE-weighted spread of the lines' cost per FTE, as a standard error of the mean
        w = staff_fte[both]
        ratio = staff_cost[both] / w
        variance = float((w * (ratio - observed) ** 2).sum() / w.sum())
        n_eff = float(w.sum() ** 2 / (w ** 2).sum())
        spread = (variance / n_eff) ** 0.5 / observed

    bought = [b for b in project.bought_services if b.municipality in index]
    infra = [r for r in project.infrastructure if r.municipality in index]
    return PreparedProject(
        year=project.year,
        numbers=tuple(m.number for m in munis),
        names=tuple(m.name for m in munis),
        index=index,
        answered=np.array([m.answered for m in munis], dtype=np.bool_),
        estimated=np.array([m.estimated for m in munis], dtype=np.bool_),
        register_population=_f([m.register_population for m in munis]),
        facts=facts,
        inst_muni=np.fromiter(map(index.__getitem__, munis_of_row), np.int64, n_rows),
        inst_key=inst_key,
        inst_slot=inst_slot,
        inst_users=users,
        inst_servers=servers,
        inst_cost=cost,
        inst_old=old,
        inst_mgmt=_f(mgmt_l),
        inst_contract=np.fromiter((d.year if d else NO_CONTRACT for d in contract_l), np.int64,
                                  n_rows),
        inst_inhouse=inhouse,
        keys=keys,
        key_product=tuple(best_product[k][1] for k in keys),
        key_rank=rank,
        key_undeduplicated=np.array([k.startswith(PRODUCT_KEY_PREFIX) for k in keys],
                                    dtype=np.bool_),
        key_cpu=key_cpu,
        key_cpu_basis=cpu_basis,
        key_price_geo=price_geo,
        key_users_geo=users_geo,
        key_inhouse_share=inhouse_share,
        key_inhouse_servers=inhouse_servers,
        slots=tuple(slot_ids),
        slot_area=tuple(slot_area),
        staff_muni=np.array([index[s.municipality] for s in staff], dtype=np.int64),
        staff_pooled=np.array([s.function in POOLED_FUNCTIONS for s in staff], dtype=np.bool_),
        staff_leadership=np.array([s.function == LEADERSHIP for s in staff], dtype=np.bool_),
        staff_management=np.array([s.function == SYSTEM_MANAGEMENT for s in staff],
                                  dtype=np.bool_),
        staff_fte=staff_fte,
        staff_cost=staff_cost,
        observed_cost_per_fte=observed,
        observed_cost_basis=int(both.sum()),
        observed_cost_spread=spread,
        bought_muni=np.array([index[b.municipality] for b in bought], dtype=np.int64),
        bought_vendor=np.array([index.get(b.vendor_municipality or "", -1) for b in bought],
                               dtype=np.int64),
        bought_cost=_f([b.annual_cost for b in bought]),
        bought_contract=np.fromiter((b.contract_end.year if b.contract_end else NO_CONTRACT
                                     for b in bought), np.int64, len(bought)),
        infra_muni=np.array([index[r.municipality] for r in infra], dtype=np.int64),
        infra_consolidatable=np.array(
            [r.service is not None and normalise_name(r.service) in _CONSOLIDATABLE
             for r in infra], dtype=np.bool_),
        infra_cost=_f([r.annual_cost for r in infra]),
    )


_CONSOLIDATABLE = frozenset(normalise_name(s) for s in CONSOLIDATABLE_SERVICES)
