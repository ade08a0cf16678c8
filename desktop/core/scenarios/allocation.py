"""Cost allocation among the participants: what each municipality pays today and in the
scenario, in whole kroner.

The scenario's cost in one year (the last of the horizon by default, when everything has
taken effect) is split into:
- what stays with each municipality (`local`): its own staff outside the common unit, its
  licences (a shared system's licence is priced per user, so each pays for its own users),
  bought services and the infrastructure that is not merged;
- the shared costs, by the price-model categories used in Norwegian IT cooperations:
  `common_infrastructure` (merged infrastructure, servers and data rooms, server and system
  operation, leadership, the on-call minimum and the organisation's overhead), `per_location`
  (network operation) and `per_user` (service desk and client operation). Each category is
  split by its rule: a fixed part in equal shares plus variable parts by keys (inhabitants,
  IT users, installations, locations, equal);
- one-time costs: the common project and establishment split by the `one_time` rule, and
  `hourly` one-off services (migration and training) charged to the municipality whose
  installations switch.
Amounts are rounded to whole kroner so that every column adds up exactly to its total and the
totals add up to the rounded total (largest-remainder method). A key a participant has not
given makes that key's part be split equally, with a note.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from desktop.core.scenarios.model import ScenarioResult
from desktop.core.scenarios.prepared import F
from desktop.core.scenarios.scenario import ORGANISATION_FORMS

KEYS: dict[str, str] = {"inhabitants": "Innbyggere", "it_users": "IT-brukere",
                        "installations": "Installasjoner", "locations": "Lokasjoner",
                        "equal": "Like deler"}
CATEGORIES: dict[str, str] = {
    "common_infrastructure": "Felles infrastruktur",
    "per_location": "Per lokasjon eller kommune",
    "per_user": "Per bruker",
}
ONE_TIME: dict[str, str] = {"one_time": "Felles prosjekt og etablering",
                            "hourly": "Timebaserte engangstjenester (migrering, opplæring)"}


@dataclass(frozen=True)
class AllocationRule:
    fixed_share: float = 0.0  # split in equal shares («fast del»)
    keys: Mapping[str, float] = field(default_factory=lambda: {"inhabitants": 1.0})

    def weights(self, keys: Mapping[str, F], notes: list[str], names: Sequence[str]) -> F:
        n = len(names)
        total = sum(self.keys.values())
        w = np.full(n, self.fixed_share / n)
        for key, weight in self.keys.items():
            if key not in KEYS:
                raise ValueError(f"Ukjent fordelingsnøkkel: {key}")
            values = np.ones(n) if key == "equal" else keys[key]
            missing = [names[int(i)] for i in np.flatnonzero(np.isnan(values))]
            if missing or np.nansum(values) <= 0:
                note = (f"{KEYS[key]} mangler for {', '.join(missing) or 'alle'}: den delen "
                        "er fordelt likt.")
                if note not in notes:
                    notes.append(note)
                values = np.ones(n)
            w += (1 - self.fixed_share) * weight / total * values / values.sum()
        return w


@dataclass(frozen=True)
class PriceModel:
    common_infrastructure: AllocationRule = AllocationRule(0.2, {"inhabitants": 1.0})
    per_location: AllocationRule = AllocationRule(0.0, {"locations": 1.0})
    per_user: AllocationRule = AllocationRule(0.0, {"it_users": 1.0})
    one_time: AllocationRule = AllocationRule(0.2, {"inhabitants": 1.0})


@dataclass(frozen=True)
class MunicipalityAllocation:
    number: str
    name: str
    cost_today: int  # running cost today (purchases from other participants counted net)
    local: int  # running cost that stays with the municipality in the scenario
    parts: dict[str, int]  # CATEGORIES -> its share of the shared running costs
    cost_scenario: int  # local + Σ parts
    one_time: dict[str, int]  # ONE_TIME -> its share of the one-time costs (whole horizon)

    @property
    def difference(self) -> int:
        return self.cost_scenario - self.cost_today


@dataclass(frozen=True)
class Allocation:
    year: int
    price_model: PriceModel
    municipalities: tuple[MunicipalityAllocation, ...]
    totals: dict[str, int]  # today, local, each category, scenario, one_time, hourly
    notes: tuple[str, ...]


def kroner(value: float) -> int:
    """Rounded to whole kroner, halves up (0,5 → 1)."""
    return math.floor(value + 0.5)


def round_to_total(values: Sequence[float], total: int) -> list[int]:
    """Whole numbers adding up to `total`, each the floor of its value plus one for the
    largest remainders (ties go to the first); works for negative values too."""
    floors = [math.floor(v) for v in values]
    rest = total - sum(floors)
    if not values:
        return []
    order = sorted(range(len(values)), key=lambda i: (floors[i] - values[i], i))
    step = 1 if rest >= 0 else -1
    if step < 0:
        order.reverse()
    for j in range(abs(rest)):
        floors[order[j % len(order)]] += step
    return floors


def allocate(result: ScenarioResult, price_model: PriceModel | None = None,
             year: int | None = None) -> Allocation:
    pm = price_model or PriceModel()
    q, p = result.quantities, result.parameters.values()
    years = q.years
    yi = years.index(year) if year is not None else len(years) - 1
    n = len(q.part)
    pm_q, r = q.per_municipality, q.rows
    det = result.evaluation.details
    c = float(det["cost_per_fte"][0])
    effect = yi >= q.t0
    fw = p["framework_saving"] if effect else 0.0
    level2 = q.level >= 2 and effect
    names = [nm for _, nm in result.participants]

    hardware = pm_q["hw_physical"] * p["cost_per_server"] + pm_q["hw_rooms"] * p[
        "cost_per_data_room"]  # the estimate, 0 unless the unit costs are set
    today = (pm_q["staff_known"] + pm_q["staff_unpriced_fte"] * c + pm_q["lic_old"]
             + pm_q["bought_external"] + pm_q["internal_paid"] - pm_q["internal_received"]
             + pm_q["infra_consolidatable"] + pm_q["infra_other"] + hardware)
    staff = pm_q["staff_known"] + pm_q["staff_unpriced_fte"] * c
    done = r["within"] & (r["tr"] <= yi)
    mgmt = q.mgmt_freed_by_municipality[:, yi] * (p["management_saving"] * c)
    staff = staff - mgmt
    pool_staff = 0.0
    if level2 and "pooled_new" in det:
        # the common unit costs what the pooled functions cost the group this year (today's
        # cost + the phased change) less what stays in each municipality (retained_fte)
        pooled = q.staff_pooled
        old_m = np.where(pooled, pm_q["pooled_known"] + pm_q["pooled_unpriced_fte"] * c, 0.0)
        retained = np.where(pooled, p["retained_fte"] * c, 0.0)
        staff = staff - old_m + retained
        change = result.costs[yi].staff - result.baseline[yi].staff + float(mgmt.sum())
        pool_staff = change + float(old_m.sum()) - float(retained.sum())
    disc = det["volume_discount"][0]
    priced = done & r["priced"]
    slot = np.maximum(r["slot"], 0)
    new = r["units"] * (1 - (disc[slot] if disc.size else 0.0))
    licences = (pm_q["lic_old"] - np.bincount(r["m"][priced], weights=r["old"][priced],
                                              minlength=n)
                + np.bincount(r["m"][priced], weights=new[priced], minlength=n)) * (1 - fw)
    bought = pm_q["bought_external"] * (1 - fw)
    if not level2:
        bought = bought + pm_q["internal_paid"] - pm_q["internal_received"]
    infra = (pm_q["infra_other"] + (0 if level2 else pm_q["infra_consolidatable"])) * (1 - fw)
    if not level2:
        infra = infra + hardware
    local = staff + licences + bought + infra

    pools = {k: 0.0 for k in CATEGORIES}
    if effect and q.form is not None:
        pools["common_infrastructure"] += p[ORGANISATION_FORMS[q.form][1]]
    if level2:
        pools["common_infrastructure"] += float(
            q.infra_consolidatable * (1 - p["infrastructure_saving"]) * (1 - fw)
            + float(det["hardware_today"][0])
            - (det["hardware_saving"][0] if "hardware_saving" in det else 0.0))
        if "pooled_new" in det:
            # the required FTE split as the workload is; on-call top-up and leadership common
            workload, required = float(det["workload"][0]), float(det["required"][0])
            scale = required / workload if workload > 0 else 0.0
            w = {"per_user": float(det["load_users"][0] + det["load_clients"][0]) * scale,
                 "per_location": float(det["load_locations"][0]) * scale}
            w["common_infrastructure"] = float(det["ops_fte"][0] + det["leadership_fte"][0]) - sum(
                w.values())
            total_w = sum(w.values())
            if total_w <= 0:
                w, total_w = {"common_infrastructure": 1.0}, 1.0
            for k, v in w.items():
                pools[k] += pool_staff * v / total_w
    keys = {k: np.asarray(pm_q[k], dtype=np.float64) for k in
            ("inhabitants", "it_users", "locations", "installations")}
    notes: list[str] = []
    rules = {"common_infrastructure": pm.common_infrastructure,
             "per_location": pm.per_location, "per_user": pm.per_user}

    columns: dict[str, F] = {"local": local}
    for k, rule in rules.items():
        columns[k] = pools[k] * rule.weights(keys, notes, names)
    grand = float(sum(float(v.sum()) for v in columns.values()))
    col_totals = dict(zip(columns, round_to_total([float(v.sum()) for v in columns.values()],
                                                  kroner(grand)), strict=True))
    rounded = {k: round_to_total(list(map(float, v)), col_totals[k]) for k, v in columns.items()}

    one_shared = float(sum(o.project + o.organisation for o in result.one_time))
    sw = r["switch"]
    hourly = (np.bincount(r["m"][sw], minlength=n) * p["migration_cost_per_installation"]
              + np.bincount(r["m"][sw], weights=r["training"][sw], minlength=n)
              * p["training_cost_per_user"])
    one = {"one_time": one_shared * pm.one_time.weights(keys, notes, names), "hourly": hourly}
    one_totals = dict(zip(one, round_to_total([float(v.sum()) for v in one.values()], kroner(
        float(sum(float(v.sum()) for v in one.values())))), strict=True))
    one_rounded = {k: round_to_total(list(map(float, v)), one_totals[k]) for k, v in one.items()}
    today_r = round_to_total(list(map(float, today)), kroner(float(today.sum())))

    rows = []
    for i, (number, name) in enumerate(result.participants):
        parts = {k: rounded[k][i] for k in CATEGORIES}
        rows.append(MunicipalityAllocation(
            number, name, today_r[i], rounded["local"][i], parts,
            rounded["local"][i] + sum(parts.values()),
            {k: one_rounded[k][i] for k in ONE_TIME}))
    totals = {"today": sum(today_r), **col_totals, "scenario": sum(col_totals.values()),
              **{k: sum(v) for k, v in one_rounded.items()}}
    return Allocation(years[yi], pm, tuple(rows), totals, tuple(notes))
