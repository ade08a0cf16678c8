"""A scenario's quantities: everything the costs depend on that no uncertain parameter moves.

Who takes part, which installations switch and in which year, the workload drivers, server
and data-room counts, and the sums of today's costs. `costs.evaluate` turns these into money
for any number of parameter draws at once.

Rules for gaps (the model claims no change for what it does not know, and counts it):
- staffing: a row with FTE but no cost is costed at the cost per FTE; a municipality whose
  pooled functions (IT-ledelse, Drift og infrastruktur, Brukerstøtte og klientdrift) have a row
  with neither FTE nor cost, or that has no staffing rows, is left out of pooling (its staff
  cost is the same in both columns);
- workload drivers (users, clients, locations, virtual servers) missing for a pooled
  municipality are estimated from its inhabitants at the group's ratio;
- servers and data rooms: only municipalities that gave all three counts are consolidated;
  their cost is not asked for, so it is in the baseline only as an estimate the user opts into
  (costs.py);
- system management freed by shared systems (level 3): the questionnaire gives it per
  installation (IT staff and people in the services alike); only the IT staff's share of it is
  in the baseline, so the freed FTE are scaled by min(1, Bemanning's Systemforvaltning FTE /
  Σ the municipality's installations' management FTE) (rows without FTE count as 0);
- licences: a missing cost is estimated as users × the system's cost per user; a level-3 seat
  (a municipality's installations in one slot) whose users or costs are not all known, or
  whose target has no cost per user, keeps its cost (no saving claimed; migration still counts);
- bought services and infrastructure rows without a cost are left out and counted.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop.core.errors import InputError
from desktop.core.scenarios.parameters import ParameterSet
from desktop.core.scenarios.prepared import NO_CONTRACT, B, F, I, PreparedProject
from desktop.core.scenarios.scenario import Scenario
from desktop.core.scenarios.targets import TargetChoice, choose_targets, shared_instances
from desktop.core.scenarios.timeline import transition_index

DRIVERS = ("it_users", "clients", "locations", "virtual_servers")
# Migration cost classes (the parameter of each) by the service area of the installation.
MIGRATION_KEYS = ("migration_cost_erp", "migration_cost_health", "migration_cost_archive",
                  "migration_cost_education", "migration_cost_per_installation")
CLASS_OF_AREA = {"Økonomi": 0, "Lønn og personal": 0, "Helse og omsorg": 1, "Barnevern": 1,
                 "NAV og sosial": 1, "Sak, arkiv og politikk": 2, "Skole": 3, "Barnehage": 3}
OTHER_CLASS = 4


@dataclass(frozen=True, eq=False)
class Quantities:
    level: int
    form: str | None
    years: tuple[int, ...]
    t0: int  # index of the first year with running effects
    part: I  # project municipality index of each participant, in scenario order
    staff_pooled: B  # per participant: pooled at level 2
    targets: tuple[TargetChoice, ...]
    # staffing (all participants; pooled functions of the pooled municipalities)
    staff_known: float
    staff_unpriced_fte: float
    staff_unknown_rows: int
    pooled_known: float
    pooled_unpriced_fte: float
    pooled_fte_known: float
    ops_fte_known: float  # FTE of the pooled operations rows (not IT-ledelse) with FTE given
    ops_cost_only: float  # cost of pooled operations rows without FTE (FTE = cost / c)
    pooled_cost_only: float  # cost of all pooled rows without FTE (IT-ledelse included)
    undeduplicated: int  # participants' installations without a dedup key
    area_only_slots: int  # standardised slots that are a whole service area (no function)
    drivers: dict[str, float]  # of the pooled municipalities, estimated where missing
    drivers_estimated: dict[str, int]
    systems_inhouse_today: float
    systems_inhouse_after: float
    servers_removed_pooled: float  # level 3: dedicated servers gone, shared instances added
    # servers and data rooms of the municipalities that gave all three counts
    hw_municipalities: int
    hw_physical: float
    hw_virtual: float
    hw_rooms: float
    hw_removed: float
    # licences
    lic_old: float
    lic_estimated: float  # of lic_old: users × cost per user where no cost was given
    lic_unknown: int
    lic_removed: F  # (Y,) old cost of priced installations that have switched by year y
    # (S, Y) new cost per standardised slot at the target's typical price per user, before the
    # volume curve: × slot_volume_ratio^(−licence_volume_elasticity)
    lic_units: F
    slot_volume_ratio: F  # (S,) the group's users on the slot / the target's typical customer
    lic_fw_base: F  # (Y,) licences the framework saving applies to in year y
    bought_fw_base: F  # (Y,) bought services (from outside) the framework saving applies to
    fw_default_index: int  # year index from which contracts without a known end are renewed
    switches_by_class: F  # (C, Y) installations switching in year y, by migration class
    parallel_old: F  # (Y,) old licence cost of the installations switching in year y
    std_slots: tuple[str, ...]  # the S standardised slots, in the order of lic_units' rows
    slot_municipalities: F  # (S,)
    switches: F  # (Y,) installations switching in year y
    training_users: F  # (Y,)
    mgmt_freed: F  # (Y,) IT staff FTE of system management in shared slots switched by year y
    mgmt_freed_reported: F  # (Y,) the same before scaling to the IT staff's share
    mgmt_freed_by_municipality: F  # (N, Y) mgmt_freed per participant
    mgmt_installations: float  # Σ management FTE of the participants' installations in use
    mgmt_it_fte: float  # Σ FTE of the participants' Systemforvaltning rows in Bemanning
    unpriced_seats: int
    seats: int
    beyond_horizon: int
    # bought services and infrastructure
    bought_external: float
    bought_internal: float
    bought_unknown: int
    infra_consolidatable: float
    infra_other: float
    infra_unknown: int
    # per participant and per standardised-slot row, for the allocation
    rows: dict[str, np.ndarray]
    per_municipality: dict[str, F]


def _bins(index: I, weights: F | None = None, minlength: int = 0) -> F:
    """np.bincount as float64 (what it returns with weights; the stubs say int)."""
    return np.asarray(np.bincount(index, weights=weights, minlength=minlength),
                      dtype=np.float64)


def _sum(values: F) -> float:
    return float(np.nansum(values))


def build(prep: PreparedProject, scenario: Scenario, params: ParameterSet) -> Quantities:
    unknown = [n for n in scenario.participants if n not in prep.index]
    if unknown:
        raise InputError(f"Ukjent kommune i scenariet: {', '.join(unknown)}")
    part = np.array([prep.index[n] for n in scenario.participants], dtype=np.int64)
    m_all = len(prep.numbers)
    local = np.full(m_all, -1, dtype=np.int64)
    local[part] = np.arange(len(part))
    n = len(part)
    start = scenario.start_year if scenario.start_year is not None else prep.year
    horizon = max(1, int(params["horizon_years"]))
    years = tuple(range(start, start + horizon))
    t0 = min(max(0, int(params["first_effect_year"])), horizon)
    level = scenario.level

    # --- staffing ------------------------------------------------------------------------------
    s_local = local[prep.staff_muni]
    s_in = s_local >= 0
    fte, cost, pooled_fn = prep.staff_fte[s_in], prep.staff_cost[s_in], prep.staff_pooled[s_in]
    ops_fn = pooled_fn & ~prep.staff_leadership[s_in]
    sl = s_local[s_in]
    has_rows = np.bincount(sl, minlength=n) > 0
    bad = pooled_fn & np.isnan(fte) & np.isnan(cost)
    staff_pooled = has_rows & (np.bincount(sl[bad], minlength=n) == 0)
    pooled_rows = pooled_fn & staff_pooled[sl]
    unpriced = np.isnan(cost) & ~np.isnan(fte)
    per_m: dict[str, F] = {
        "staff_known": _bins(sl, weights=np.nan_to_num(cost), minlength=n),
        "staff_unpriced_fte": _bins(sl[unpriced], weights=fte[unpriced], minlength=n),
        "pooled_known": _bins(sl[pooled_rows], weights=np.nan_to_num(cost[pooled_rows]),
                              minlength=n),
        "pooled_unpriced_fte": _bins(sl[pooled_rows & unpriced],
                                     weights=fte[pooled_rows & unpriced], minlength=n),
    }
    facts = {k: prep.facts[k][part] for k in prep.facts}
    drivers, estimated = _drivers(facts, staff_pooled)

    # --- installations -------------------------------------------------------------------------
    rows = np.flatnonzero(local[prep.inst_muni] >= 0)
    choices, target = choose_targets(prep, rows, scenario)
    r_m = local[prep.inst_muni[rows]]
    r_slot = prep.inst_slot[rows]
    r_target = np.where(r_slot >= 0, target[np.maximum(r_slot, 0)], -1)
    std = r_target >= 0
    tr = transition_index(prep.inst_contract[rows], start, t0, NO_CONTRACT)
    within = std & (tr < horizon)
    old = prep.inst_old[rows]
    users = prep.inst_users[rows]
    std_slots, slot_local = np.unique(r_slot[std], return_inverse=True)
    std_names = tuple(prep.slots[int(i)] for i in std_slots)
    s_count = len(std_slots)
    sl_row = np.full(len(rows), -1, dtype=np.int64)
    sl_row[std] = slot_local
    # system management: the IT staff's share of each municipality's reported effort
    mgmt_row = np.nan_to_num(prep.inst_mgmt[rows])
    mgmt_m = _bins(r_m, weights=mgmt_row, minlength=n)
    mgmt_fn = prep.staff_management[s_in]
    mgmt_it_m = _bins(sl[mgmt_fn], weights=np.nan_to_num(fte[mgmt_fn]), minlength=n)
    it_share = np.minimum(1.0, mgmt_it_m / np.where(mgmt_m > 0, mgmt_m, 1.0))
    # seats: one municipality's installations in one standardised slot
    seat_code = np.where(std, np.maximum(sl_row, 0) * n + r_m, -1)
    seat_ids, seat_inv = np.unique(seat_code[std], return_inverse=True)
    seat = np.full(len(rows), -1, dtype=np.int64)
    seat[std] = seat_inv
    n_seats = len(seat_ids)
    u0 = np.nan_to_num(users)
    seat_sum = np.bincount(seat[std], weights=u0[std], minlength=n_seats)
    seat_max = np.zeros(n_seats)
    np.maximum.at(seat_max, seat[std], u0[std])
    seat_bad = np.bincount(seat[std], weights=(np.isnan(users) | np.isnan(old))[std],
                           minlength=n_seats) > 0
    scale = np.ones(len(rows))
    scale[std] = np.where(seat_sum > 0, seat_max / np.where(seat_sum > 0, seat_sum, 1), 1.0
                          )[seat[std]]
    # the new price per user: the target's typical price (geometric mean over its installations
    # with users and cost), or its average cost per user where no such point exists
    t_safe = np.maximum(r_target, 0)
    geo = prep.key_price_geo[t_safe]
    cpu_t = np.where(std, np.where(np.isnan(geo), prep.key_cpu[t_safe], geo), np.nan)
    bad_row = np.zeros(len(rows), dtype=np.bool_)
    bad_row[std] = seat_bad[seat[std]]
    priced = std & ~bad_row & ~np.isnan(cpu_t)
    units = np.where(priced, u0 * scale * np.nan_to_num(cpu_t), 0.0)
    slot_munis = (np.bincount(np.unique(seat_code[std]) // n, minlength=s_count)
                  if s_count else np.zeros(0))
    shared = std.copy()
    shared[std] = slot_munis[sl_row[std]] >= 2
    switch = within & (prep.inst_key[rows] != r_target)
    pw, sw, shw = priced & within, switch, shared & within
    # the group's volume per slot: the users of the priced seats (each seat counted once)
    seat_priced = np.zeros(n_seats, dtype=np.bool_)
    seat_priced[seat[pw]] = True
    seat_slot = seat_ids // n if n_seats else np.zeros(0, dtype=np.int64)
    group_users = np.bincount(seat_slot[seat_priced], weights=seat_max[seat_priced],
                              minlength=s_count) if s_count else np.zeros(0)
    slot_target = np.full(s_count, -1, dtype=np.int64)
    slot_target[sl_row[std]] = r_target[std]
    typical = prep.key_users_geo[np.maximum(slot_target, 0)] if s_count else np.zeros(0)
    with np.errstate(invalid="ignore", divide="ignore"):
        volume_ratio = np.where((group_users > 0) & (typical > 0), group_users / typical, 1.0)
    volume_ratio = np.where(np.isnan(volume_ratio), 1.0, volume_ratio)
    # the framework saving applies to a contract from the year it ends (never before the
    # first effect year); one without a known end from the default year; not to a licence
    # already repriced by a common system
    fw_default = min(max(t0, int(params["framework_default_delay"])), horizon)
    fw_start = np.where(prep.inst_contract[rows] == NO_CONTRACT, fw_default,
                        np.maximum(prep.inst_contract[rows] - start, t0))
    year = np.arange(horizon)[None, :]
    lic_open = (fw_start[:, None] <= year) & ~(pw[:, None] & (tr[:, None] <= year))
    lic_fw_base = (np.nan_to_num(old)[:, None] * lic_open).sum(axis=0) if len(rows) else \
        np.zeros(horizon)
    area_of_row = [prep.slot_area[int(s)] if s >= 0 else "" for s in r_slot]
    klass = np.fromiter((CLASS_OF_AREA.get(a, OTHER_CLASS) for a in area_of_row), np.int64,
                        len(rows))

    def by_year(mask: B, weights: F | None = None) -> F:
        w = None if weights is None else weights[mask]
        return np.bincount(tr[mask], weights=w, minlength=horizon)[:horizon].astype(np.float64)

    freed_m = np.zeros((n, horizon))
    if shw.any():
        flat_m = np.bincount(r_m[shw] * horizon + tr[shw], weights=mgmt_row[shw],
                             minlength=n * horizon)
        freed_m = np.cumsum(flat_m.reshape(n, horizon), axis=1)
    lic_units = np.zeros((s_count, horizon))
    if pw.any():
        flat = np.bincount(sl_row[pw] * horizon + tr[pw], weights=units[pw],
                           minlength=s_count * horizon)
        lic_units = np.cumsum(flat.reshape(s_count, horizon), axis=1)

    # servers: level 3 removes dedicated servers of switched in-house installations and adds
    # one shared instance per slot (its in-house servers, if the target is run in-house)
    inhouse = prep.inst_inhouse[rows]
    srv = np.nan_to_num(prep.inst_servers[rows])
    gone = within & inhouse
    removed_m = np.bincount(r_m[gone], weights=srv[gone], minlength=n)
    shared_srv, shared_inhouse = shared_instances(prep, rows, r_target, sl_row, s_count,
                                                  within)
    hw_mask = ~(np.isnan(facts["physical_servers"]) | np.isnan(facts["virtual_servers"])
                | np.isnan(facts["data_rooms"]))
    inhouse_today = np.bincount(r_m[inhouse], minlength=n)
    inhouse_after = np.bincount(r_m[inhouse & ~within], minlength=n)
    nan_m = np.bincount(r_m[np.isnan(old)], minlength=n)

    b_local, v_local = local[prep.bought_muni], np.where(prep.bought_vendor >= 0,
                                                         local[prep.bought_vendor], -1)
    b_in = b_local >= 0
    b_cost = np.nan_to_num(prep.bought_cost)
    internal = b_in & (v_local >= 0)
    external = b_in & ~internal
    i_local = local[prep.infra_muni]
    i_in = i_local >= 0
    i_cost = np.nan_to_num(prep.infra_cost)
    cons = i_in & prep.infra_consolidatable
    other = i_in & ~prep.infra_consolidatable
    b_start = np.where(prep.bought_contract[external] == NO_CONTRACT, fw_default,
                       np.maximum(prep.bought_contract[external] - start, t0))
    bought_fw_base = ((b_cost[external][:, None] * (b_start[:, None] <= year)).sum(axis=0)
                      if external.any() else np.zeros(horizon))
    per_m.update({
        "lic_old": _bins(r_m, weights=np.nan_to_num(old), minlength=n),
        "bought_external": _bins(b_local[external], weights=b_cost[external], minlength=n),
        "internal_paid": _bins(b_local[internal], weights=b_cost[internal], minlength=n),
        "internal_received": _bins(v_local[internal], weights=b_cost[internal], minlength=n),
        "infra_consolidatable": _bins(i_local[cons], weights=i_cost[cons], minlength=n),
        "infra_other": _bins(i_local[other], weights=i_cost[other], minlength=n),
        "installations": _bins(r_m, minlength=n),
        "lic_unknown": nan_m.astype(np.float64),
        "hw_physical": np.where(hw_mask, np.nan_to_num(facts["physical_servers"]), 0.0),
        "hw_rooms": np.where(hw_mask, np.nan_to_num(facts["data_rooms"]), 0.0),
        "hw_virtual": np.where(hw_mask, np.nan_to_num(facts["virtual_servers"]), 0.0),
        "mgmt_it_share": it_share,
        **{k: facts[k] for k in ("inhabitants", "it_users", "locations", "virtual_servers")},
        "register_population": prep.register_population[part],
    })
    return Quantities(
        level=level, form=scenario.organisation_form, years=years, t0=t0, part=part,
        staff_pooled=staff_pooled, targets=tuple(choices),
        staff_known=_sum(per_m["staff_known"]),
        staff_unpriced_fte=_sum(per_m["staff_unpriced_fte"]),
        staff_unknown_rows=int((np.isnan(fte) & np.isnan(cost)).sum()),
        pooled_known=_sum(per_m["pooled_known"]),
        pooled_unpriced_fte=_sum(per_m["pooled_unpriced_fte"]),
        pooled_fte_known=_sum(fte[pooled_rows]),
        ops_fte_known=_sum(fte[pooled_rows & ops_fn]),
        ops_cost_only=_sum(cost[pooled_rows & ops_fn & np.isnan(fte)]),
        pooled_cost_only=_sum(cost[pooled_rows & np.isnan(fte)]),
        undeduplicated=int(prep.key_undeduplicated[prep.inst_key[rows]].sum()),
        area_only_slots=sum(1 for name in std_names if " / " not in name),
        drivers=drivers, drivers_estimated=estimated,
        systems_inhouse_today=float(inhouse_today[staff_pooled].sum()),
        systems_inhouse_after=float(inhouse_after[staff_pooled].sum()
                                    + (shared_inhouse.sum() if level >= 3 else 0)),
        servers_removed_pooled=float(removed_m[staff_pooled].sum() - shared_srv),
        hw_municipalities=int(hw_mask.sum()),
        hw_physical=_sum(facts["physical_servers"][hw_mask]),
        hw_virtual=_sum(facts["virtual_servers"][hw_mask]),
        hw_rooms=_sum(facts["data_rooms"][hw_mask]),
        hw_removed=float(removed_m[hw_mask].sum() - (shared_srv if hw_mask.any() else 0.0)),
        lic_old=_sum(per_m["lic_old"]),
        lic_estimated=_sum(np.where(np.isnan(prep.inst_cost[rows]), np.nan_to_num(old), 0.0)),
        lic_unknown=int(nan_m.sum()),
        lic_removed=np.cumsum(by_year(pw, np.nan_to_num(old))),
        lic_units=lic_units, std_slots=std_names,
        slot_volume_ratio=volume_ratio.astype(np.float64),
        lic_fw_base=np.asarray(lic_fw_base, dtype=np.float64),
        bought_fw_base=np.asarray(bought_fw_base, dtype=np.float64),
        fw_default_index=fw_default,
        switches_by_class=np.array([by_year(sw & (klass == c))
                                    for c in range(len(MIGRATION_KEYS))]).reshape(
            len(MIGRATION_KEYS), horizon),
        parallel_old=by_year(sw, np.nan_to_num(old)),
        slot_municipalities=slot_munis.astype(np.float64),
        switches=by_year(sw), training_users=by_year(sw, u0 * scale),
        mgmt_freed=(freed_m * it_share[:, None]).sum(axis=0),
        mgmt_freed_reported=freed_m.sum(axis=0),
        mgmt_freed_by_municipality=freed_m * it_share[:, None],
        mgmt_installations=_sum(mgmt_m), mgmt_it_fte=_sum(mgmt_it_m),
        unpriced_seats=int(n_seats - (np.bincount(seat[priced], minlength=n_seats) > 0).sum()),
        seats=n_seats, beyond_horizon=int((std & ~within).sum()),
        bought_external=_sum(per_m["bought_external"]),
        bought_internal=_sum(per_m["internal_paid"]),
        bought_unknown=int((b_in & np.isnan(prep.bought_cost)).sum()),
        infra_consolidatable=_sum(per_m["infra_consolidatable"]),
        infra_other=_sum(per_m["infra_other"]),
        infra_unknown=int((i_in & np.isnan(prep.infra_cost)).sum()),
        rows={"inst": rows, "m": r_m, "tr": tr, "old": np.nan_to_num(old), "units": units,
              "slot": sl_row,
              "priced": priced, "within": within, "shared": shared, "switch": switch,
              "mgmt": mgmt_row, "training": u0 * scale, "class": klass, "fw_start": fw_start,
              "b_m": b_local[external], "b_cost": b_cost[external], "b_start": b_start},
        per_municipality=per_m,
    )


def _drivers(facts: dict[str, F], pooled: B) -> tuple[dict[str, float], dict[str, int]]:
    """Σ of each driver over the pooled municipalities; a gap is estimated as inhabitants ×
    (Σ driver / Σ inhabitants) over the participants that gave both, else as their mean."""
    inhabitants = facts["inhabitants"]
    out, estimated = {}, {}
    for key in DRIVERS:
        v = facts[key]
        both = ~np.isnan(v) & ~np.isnan(inhabitants)
        rate = v[both].sum() / inhabitants[both].sum() if inhabitants[both].sum() > 0 else None
        known = v[~np.isnan(v)]
        mean = float(known.mean()) if known.size else 0.0
        guess = np.where(np.isnan(inhabitants) | (rate is None), mean,
                         inhabitants * (rate or 0.0))
        filled = np.where(np.isnan(v), guess, v)
        out[key] = float(filled[pooled].sum())
        estimated[key] = int((np.isnan(v) & pooled).sum())
    return out, estimated
