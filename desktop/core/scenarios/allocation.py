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
totals add up to the rounded total (largest-remainder method).

Keys fall back per municipality, never the whole key: a missing inhabitant count is the
register's population; missing IT users or locations are estimated from inhabitants at the
group's ratio; each with a note naming the municipality. The common unit's staff (pooled at
level 2) is charged only to the municipalities whose staff is pooled: one kept out of pooling
for lack of staffing data keeps paying its own staff and pays nothing for the unit. A
participant the scenario leaves out (no return) is listed with every figure missing; one it
estimates is marked as estimated.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from desktop.core.errors import InputError
from desktop.core.i18n import tr
from desktop.core.scenarios.model import ScenarioResult
from desktop.core.scenarios.prepared import B, F
from desktop.core.scenarios.scenario import ORGANISATION_FORMS, Scenario
from desktop.core.scenarios.structure import MIGRATION_KEYS

KEYS: dict[str, str] = {"inhabitants": "Innbyggere", "it_users": "IT-brukere",
                        "installations": "Installasjoner", "locations": "Lokasjoner",
                        "equal": "Like deler", "use": "Faktisk bruk"}
# "Faktisk bruk": the driver of each category's cost, where the survey has it.
USE_OF: dict[str, str] = {"common_infrastructure": "virtual_servers",
                          "per_location": "locations", "per_user": "it_users",
                          "one_time": "it_users"}
USE_TEXT: dict[str, str] = {"virtual_servers": "virtuelle servere", "locations": "lokasjoner",
                            "it_users": "IT-brukere"}
ONE_TIME_CATEGORY = "one_time"  # the category of the shared one-time costs
CATEGORIES: dict[str, str] = {
    "common_infrastructure": "Felles infrastruktur",
    "per_location": "Per lokasjon eller kommune",
    "per_user": "Per bruker",
}
ONE_TIME: dict[str, str] = {"one_time": "Felles prosjekt, plattform og etablering",
                            "hourly": "Egne engangskostnader (migrering, opplæring, "
                                      "parallelldrift, egen tid)"}
# A municipality's row in the allocation: computed from its return, from an estimate, or left
# out of the scenario's figures (no return).
COMPUTED, ESTIMATED, LEFT_OUT = "computed", "estimated", "left_out"


@dataclass(frozen=True)
class AllocationRule:
    fixed_share: float = 0.0  # split in equal shares («fast del»)
    keys: Mapping[str, float] = field(default_factory=lambda: {"inhabitants": 1.0})

    def weights(self, keys: Mapping[str, F], mask: B | None = None,
                category: str = "common_infrastructure") -> F:
        """Each municipality's share (adding up to 1 over `mask`, 0 outside it). Keys come
        filled (`allocation_keys`); a key that sums to 0 over the mask is split equally;
        "use" is the category's own driver (USE_OF)."""
        for key in self.keys:
            if key not in KEYS:
                raise InputError(f"Ukjent fordelingsnøkkel: {key}")
        n = len(next(iter(keys.values())))
        on = np.ones(n, dtype=np.bool_) if mask is None else mask
        count = int(on.sum())
        if count == 0:
            return np.zeros(n)
        total = sum(self.keys.values())
        w = np.where(on, self.fixed_share / count, 0.0)
        for key, weight in self.keys.items():
            source = USE_OF[category] if key == "use" else key
            values = np.where(on, 1.0 if key == "equal" else keys[source], 0.0)
            if values.sum() <= 0:
                values = on.astype(np.float64)
            w += (1 - self.fixed_share) * weight / total * values / values.sum()
        return w


@dataclass(frozen=True)
class PriceModel:
    common_infrastructure: AllocationRule = AllocationRule(0.2, {"inhabitants": 1.0})
    per_location: AllocationRule = AllocationRule(0.0, {"locations": 1.0})
    per_user: AllocationRule = AllocationRule(0.0, {"it_users": 1.0})
    one_time: AllocationRule = AllocationRule(0.2, {"inhabitants": 1.0})

    @classmethod
    def of(cls, keys: Mapping[str, str]) -> PriceModel:
        """The default price model with the keys a scenario chose per category (the fixed
        equal part of a category stays)."""
        base = cls()
        rules = {}
        for category in (*CATEGORIES, ONE_TIME_CATEGORY):
            rule: AllocationRule = getattr(base, category)
            if category in keys:
                rule = AllocationRule(rule.fixed_share, {keys[category]: 1.0})
            rules[category] = rule
        return cls(**rules)


@dataclass(frozen=True)
class MunicipalityAllocation:
    """What one participant pays. Every amount is None for a participant left out of the
    scenario (`status` LEFT_OUT); ESTIMATED marks amounts computed on an estimate."""

    number: str
    name: str
    cost_today: int | None  # running cost today (purchases from other participants net)
    local: int | None  # running cost that stays with the municipality in the scenario
    parts: dict[str, int | None]  # CATEGORIES -> its share of the shared running costs
    cost_scenario: int | None  # local + Σ parts
    one_time: dict[str, int | None]  # ONE_TIME -> its share of the one-time costs
    status: str = COMPUTED
    pooled: bool = True  # its staff is in the common unit (level 2)
    # the optional transition: kr per year during the first years (negative: it pays less,
    # capped; positive: its share of paying for that); None without a transition
    transition: int | None = None

    @property
    def difference(self) -> int | None:
        if self.cost_scenario is None or self.cost_today is None:
            return None
        return self.cost_scenario - self.cost_today

    @property
    def change(self) -> float | None:
        """The difference as a share of today's cost; None where today's cost is not a
        positive amount (a share of nothing, or of a negative cost, means nothing)."""
        d = self.difference
        if d is None or self.cost_today is None or self.cost_today <= 0:
            return None
        return d / self.cost_today

    @property
    def one_time_total(self) -> int | None:
        values = list(self.one_time.values())
        return None if any(v is None for v in values) else sum(v or 0 for v in values)


@dataclass(frozen=True)
class Allocation:
    year: int
    price_model: PriceModel
    municipalities: tuple[MunicipalityAllocation, ...]
    totals: dict[str, int]  # today, local, each category, scenario, one_time, hourly
    notes: tuple[str, ...]
    transition_cap: float | None = None
    transition_years: int = 0

    @property
    def pays_more(self) -> tuple[MunicipalityAllocation, ...]:
        """The municipalities that pay more than today (the group negotiates these)."""
        return tuple(m for m in self.municipalities if (m.difference or 0) > 0)


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


def _names(names: Sequence[str], mask: B) -> str:
    chosen = [names[int(i)] for i in np.flatnonzero(mask)]
    return chosen[0] if len(chosen) == 1 else (
        ", ".join(chosen[:-1]) + " " + tr("og") + " " + chosen[-1])


def allocation_keys(pm_q: Mapping[str, F], names: Sequence[str], notes: list[str]
                    ) -> dict[str, F]:
    """The keys per participant with each gap filled for that municipality alone (see the
    module docstring), and a note for every fill."""
    inhabitants = np.asarray(pm_q["inhabitants"], dtype=np.float64).copy()
    register = np.asarray(pm_q["register_population"], dtype=np.float64)
    fill = np.isnan(inhabitants) & ~np.isnan(register)
    if fill.any():
        inhabitants[fill] = register[fill]
        notes.append(tr("Innbyggertall mangler i svaret fra {names}: registerets "
                        "innbyggertall er brukt i fordelingen.").format(names=_names(names, fill)))
    gap = np.isnan(inhabitants)
    if gap.any():
        known = inhabitants[~gap]
        inhabitants[gap] = known.mean() if known.size else 1.0
        notes.append(tr("Innbyggertall er ukjent for {names}; snittet for de andre er brukt i "
                        "fordelingen.").format(names=_names(names, gap)))
    keys = {"inhabitants": inhabitants,
            "installations": np.asarray(pm_q["installations"], dtype=np.float64)}
    for key in ("it_users", "locations", "virtual_servers"):
        values = np.asarray(pm_q[key], dtype=np.float64).copy()
        gap = np.isnan(values)
        if gap.any():
            known = ~gap
            rate = (values[known].sum() / inhabitants[known].sum()
                    if known.any() and inhabitants[known].sum() > 0 else None)
            if rate is None:
                values[gap] = inhabitants[gap]
                text = tr("innbyggertallet")
            else:
                values[gap] = inhabitants[gap] * rate
                text = tr("innbyggertallet og forholdet hos de andre deltakerne")
            label = tr(KEYS[key]) if key in KEYS else tr(USE_TEXT[key]).capitalize()
            notes.append(tr("{what} mangler for {names}: anslått fra {source} (gjelder bare "
                            "fordelingen).").format(what=label, names=_names(names, gap),
                                                    source=text))
        keys[key] = values
    return keys


def _anchored(value: float, reference: float | None, tolerance: float = 1.0) -> int:
    """`value` in whole kroner, as the model's own total rounds when the two are the same
    amount (they differ only by rounding or floating-point noise); a real difference is
    kept visible."""
    if reference is not None and abs(value - reference) <= tolerance + 1e-9 * abs(value):
        return kroner(reference)
    return kroner(value)


def _rounded(columns: dict[str, F], reference: float | None = None, tolerance: float = 1.0
             ) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Column totals adding up to the rounded grand total (the model's total for the same
    amount, `reference`), and each column's whole kroner adding up to its total."""
    grand = float(sum(float(v.sum()) for v in columns.values()))
    totals = dict(zip(columns, round_to_total([float(v.sum()) for v in columns.values()],
                                              _anchored(grand, reference, tolerance)),
                      strict=True))
    return totals, {k: round_to_total(list(map(float, v)), totals[k])
                    for k, v in columns.items()}


def allocate(result: ScenarioResult, price_model: PriceModel | None = None,
             year: int | None = None) -> Allocation:
    scenario = result.scenario
    pm = price_model or PriceModel.of(scenario.allocation_keys)
    q, p = result.quantities, result.parameters.values()
    years = q.years
    yi = years.index(year) if year is not None else len(years) - 1
    n = len(q.part)
    pm_q, r = q.per_municipality, q.rows
    det = result.evaluation.details
    c = float(det["cost_per_fte"][0])
    effect = yi >= q.t0
    fw = p["framework_saving"]
    renewed = yi >= q.fw_default_index
    level2 = q.level >= 2 and effect
    names = [nm for _, nm in result.participants]
    pooled = np.asarray(q.staff_pooled, dtype=np.bool_)
    security = np.full(n, p["alone_security"])

    hardware = det["hosts_alone_m"][0] * p["cost_per_server"] + pm_q["hw_rooms"] * p[
        "cost_per_data_room"]  # the estimate of what servers and data rooms cost alone
    today = (pm_q["staff_known"] + pm_q["staff_unpriced_fte"] * c + pm_q["lic_old"]
             + pm_q["bought_external"] + pm_q["internal_paid"] - pm_q["internal_received"]
             + pm_q["infra_consolidatable"] + pm_q["infra_other"] + hardware + security)
    staff = pm_q["staff_known"] + pm_q["staff_unpriced_fte"] * c
    done = r["within"] & (r["tr"] <= yi)
    mgmt = q.mgmt_freed_by_municipality[:, yi] * (p["management_saving"] * c)
    staff = staff - mgmt
    pool_staff = 0.0
    if level2 and "pooled_new" in det:
        # the common unit costs what the pooled functions cost the group this year (today's
        # cost + the phased change) less what stays in each municipality (retained_fte)
        old_m = np.where(pooled, pm_q["pooled_known"] + pm_q["pooled_unpriced_fte"] * c, 0.0)
        rate = float(det["pooled_rate"][0])
        retained = np.where(pooled, p["retained_fte"] * rate, 0.0)
        staff = staff - old_m + retained
        change = result.costs[yi].staff - result.baseline[yi].staff + float(mgmt.sum())
        pool_staff = change + float(old_m.sum()) - float(retained.sum())
    volume = det["volume_factor"][0] if "volume_factor" in det else np.zeros(0)
    priced = done & r["priced"]
    slot = np.maximum(r["slot"], 0)
    new = r["units"] * (volume[slot] if volume.size else 0.0)
    open_fw = (r["fw_start"] <= yi) & ~priced
    licences = (pm_q["lic_old"]
                - np.bincount(r["m"][priced], weights=r["old"][priced], minlength=n)
                + np.bincount(r["m"][priced], weights=new[priced], minlength=n)
                - fw * np.bincount(r["m"][open_fw], weights=r["old"][open_fw], minlength=n))
    b_open = r["b_start"] <= yi
    bought = pm_q["bought_external"] - fw * np.bincount(
        r["b_m"][b_open], weights=r["b_cost"][b_open], minlength=n)
    if not level2:
        bought = bought + pm_q["internal_paid"] - pm_q["internal_received"]
    infra = (pm_q["infra_other"] + (0 if level2 else pm_q["infra_consolidatable"])) * (
        1 - (fw if renewed else 0.0))
    if not level2:
        infra = infra + hardware
    own_security = np.where(pooled, 0.0, security) if level2 else security
    lines = np.full(n, p["network_line_per_municipality"]) if level2 else np.zeros(n)
    local = staff + licences + bought + infra + own_security + lines

    # the shared costs by category: what every participant shares (merged infrastructure,
    # servers and data rooms, the organisation), and the common unit's staff, which only the
    # pooled municipalities share
    shared = {k: 0.0 for k in CATEGORIES}
    unit = {k: 0.0 for k in CATEGORIES}
    if effect and q.form is not None:
        shared["common_infrastructure"] += p[ORGANISATION_FORMS[q.form][1]]
    if level2:
        shared["common_infrastructure"] += float(
            q.infra_consolidatable * (1 - p["infrastructure_saving"])
            * (1 - (fw if renewed else 0.0))
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
                unit[k] += pool_staff * v / total_w
    notes: list[str] = []
    keys = allocation_keys(pm_q, names, notes)
    if level2 and pool_staff and not pooled.all():
        notes.append(tr("{names} er holdt utenfor felles drift (mangler bemanningsdata) og "
                        "betaler ingen del av den felles enhetens lønn."
                        ).format(names=_names(names, ~pooled)))
    rules = {"common_infrastructure": pm.common_infrastructure,
             "per_location": pm.per_location, "per_user": pm.per_user}

    columns: dict[str, F] = {"local": local}
    for k, rule in rules.items():
        columns[k] = (shared[k] * rule.weights(keys, category=k)
                      + unit[k] * rule.weights(keys, pooled, category=k))
    col_totals, rounded = _rounded(columns, result.costs[yi].total)

    # one-time: the common project, platform and establishment are shared; migration,
    # training, parallel running and each municipality's own project time are its own
    internal = (np.full(n, p["internal_project_fte"] * c) if q.level >= 2
                else np.zeros(n))
    one_shared = float(sum(o.project + o.organisation + o.platform for o in result.one_time)
                       - internal.sum())
    sw = r["switch"]
    class_cost = np.array([p[k] for k in MIGRATION_KEYS])
    hourly = (np.bincount(r["m"][sw], weights=class_cost[r["class"][sw]], minlength=n)
              + np.bincount(r["m"][sw], weights=r["training"][sw], minlength=n)
              * p["training_cost_per_user"]
              + np.bincount(r["m"][sw], weights=r["old"][sw], minlength=n)
              * p["parallel_running_months"] / 12 + internal)
    one = {"one_time": one_shared * pm.one_time.weights(keys, category=ONE_TIME_CATEGORY),
           "hourly": hourly}
    # the one-time total as the yearly tables add it up: each year's total in whole kroner
    one_totals, one_rounded = _rounded(one, sum(kroner(o.total) for o in result.one_time),
                                       tolerance=len(result.one_time))
    today_r = round_to_total(list(map(float, today)),
                             _anchored(float(today.sum()), result.baseline[yi].total))
    negative = np.array([v < 0 for v in today_r], dtype=np.bool_)
    if negative.any():
        notes.append(tr("Kostnaden i dag blir negativ for {names}: salg til andre deltakere er "
                        "større enn kostnadene kommunen har oppgitt. Sjekk svaret (bemanning og "
                        "lønn mangler ofte).").format(names=_names(names, negative)))

    scenario_r = [rounded["local"][i] + sum(rounded[k][i] for k in CATEGORIES)
                  for i in range(n)]
    transition = _transition(scenario, today_r, scenario_r, names, notes)
    for i in range(n):
        diff = scenario_r[i] - today_r[i]
        if diff > 0:
            share = f" ({diff / today_r[i] * 100:.1f} %)".replace(".", ",") \
                if today_r[i] > 0 else ""
            notes.append(tr("{name} betaler {amount} mer per år enn i dag{share} ({year})."
                            ).format(name=names[i], amount=_kr(diff), share=share,
                                     year=years[yi]))

    estimated = {number for number, _ in result.estimated}
    rows = []
    for i, (number, name) in enumerate(result.participants):
        parts: dict[str, int | None] = {k: rounded[k][i] for k in CATEGORIES}
        rows.append(MunicipalityAllocation(
            number, name, today_r[i], rounded["local"][i], parts, scenario_r[i],
            {k: one_rounded[k][i] for k in ONE_TIME},
            ESTIMATED if number in estimated else COMPUTED, bool(pooled[i]),
            None if transition is None else transition[i]))
    for number, name in result.left_out:
        rows.append(MunicipalityAllocation(
            number, name, None, None, dict.fromkeys(CATEGORIES), None,
            dict.fromkeys(ONE_TIME), LEFT_OUT, False))
    order = {number: i for i, number in enumerate(scenario.participants)}
    rows.sort(key=lambda m: order.get(m.number, len(order)))
    totals = {"today": sum(today_r), **col_totals, "scenario": sum(col_totals.values()),
              **one_totals}
    return Allocation(years[yi], pm, tuple(rows), totals, tuple(notes),
                      scenario.transition_cap,
                      scenario.transition_years if scenario.transition_cap is not None else 0)


def _kr(value: float) -> str:
    from desktop.core import formatting

    return formatting.kroner(value)


def _transition(scenario: Scenario, today: list[int], after: list[int], names: list[str],
                notes: list[str]) -> list[int] | None:
    """The transition per municipality (kr per year in its first years): those whose cost
    rises by more than the cap pay only the cap; the difference is paid by those who gain, in
    proportion to their gain (never more than their gain)."""
    cap = scenario.transition_cap
    if cap is None:
        return None
    relief = [min(0.0, cap * t - (a - t)) if a - t > cap * max(t, 0) else 0.0
              for t, a in zip(today, after, strict=True)]
    gains = [max(0.0, t - a) for t, a in zip(today, after, strict=True)]
    needed, available = -sum(relief), sum(gains)
    paid = min(needed, available)
    funding = [g / available * paid if available else 0.0 for g in gains]
    raw = [rel * (paid / needed if needed else 0.0) + f for rel, f in zip(relief, funding,
                                                                          strict=True)]
    out = round_to_total(raw, 0)
    if needed:
        capped = [names[i] for i, v in enumerate(relief) if v < 0]
        text = tr("Overgangsordning de første {years} årene: ingen betaler mer enn {cap} % "
                  "over i dag ({names} får {amount} per år i samlet lettelse), betalt av dem "
                  "som sparer, i forhold til innsparingen.").format(
            years=scenario.transition_years, cap=f"{cap * 100:.0f}", names=", ".join(capped),
            amount=_kr(paid))
        if paid < needed:
            text += " " + tr("Innsparingen hos de andre dekker bare {paid} av {needed}."
                             ).format(paid=_kr(paid), needed=_kr(needed))
        notes.append(text)
    return out
