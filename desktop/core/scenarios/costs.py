"""Money from quantities, for D parameter draws at once (D = 1 for the deterministic result).

Every parameter is an array of shape (D,); every yearly result has shape (D, H). The formulas,
with eff_y = 1 from the first effect year on (else 0) and c = the cost per FTE (from the survey
where Bemanning gives it, see parameters.resolve):

The null alternative («nullalternativet», constant per year: each municipality goes on alone):
staff = known salary cost + FTE without cost × c; licences = Σ licence cost (estimated where
missing); bought services = Σ bought from outside the group; infrastructure = Σ infrastructure
cost + hardware, where hardware = hosts alone × cost_per_server + data rooms ×
cost_per_data_room and hosts alone = Σ per municipality min(physical servers today,
max(min_hosts_per_data_room × its data rooms, ⌈its virtual servers / vms_per_host⌉)): servers
must be renewed also when alone, and a municipality alone would consolidate them too (an
estimate, marked as such);
security = participants × alone_security (what each must buy for round-the-clock monitoring
on its own).

Scenario, running:
- staff = null staff + Δ_pool × phase_y − freed_mgmt_y × management_saving × c (freed_mgmt:
  the IT staff's share, see structure.py), where
  (level ≥ 2) workload = users/users_per_servicedesk_fte + clients/clients_per_fte
  + servers/servers_per_fte + locations/locations_per_fte + in-house systems/systems_per_fte,
  servers = (virtual servers − servers removed by level 3) × (1 − vm_consolidation),
  calibrated = today's operations FTE × workload / workload with today's servers and systems,
  required = benchmark_weight × workload + (1 − benchmark_weight) × calibrated,
  ops FTE = max(on_call_min_fte, required), leadership = max(1, ops FTE / fte_per_leader),
  new pooled cost = (ops FTE + leadership) × r × (1 + salary_harmonisation)
  + pooled municipalities × retained_fte × r, r = today's cost of the pooled functions / their
  FTE (the unit is paid as those staff are paid today), Δ_pool = new − today's cost of the
  pooled functions; a reduction is phased in over attrition_years (phase_y = clip((y − t0 + 1) /
  attrition_years, 0, 1)), an increase applies from the first effect year;
- licences = old − old of repriced installations_y + Σ_slot new_slot_y × ratio_slot^(−e)
  − fw × licences open for renewal_y, where new_slot_y = Σ users × the target's typical price
  per user over the installations switched by year y, ratio = the group's users on the slot /
  the target's typical customer, e = licence_volume_elasticity; a licence is open for the
  framework saving from the year its contract ends (one without a known end from
  framework_default_delay), never once a common system has repriced it;
- bought services = external − fw × external contracts ended by year y (same rule);
- infrastructure = (consolidatable × (1 − infrastructure_saving × eff_y) + other)
  × (1 − fw × renewed_y) + hardware − hardware saving × eff_y + (level ≥ 2) participants ×
  network_line_per_municipality × eff_y, hardware saving = hardware − (hosts after ×
  cost_per_server + rooms after × cost_per_data_room), rooms after = min(rooms,
  data_rooms_after), hosts after = max(min_hosts_per_data_room × rooms after, ⌈virtual
  servers after / vms_per_host⌉); renewed_y = 1 from framework_default_delay;
- security = alone_security × (participants − pooled municipalities × eff_y) at level ≥ 2 (the
  common unit's on-call rota covers the pooled ones), the null alternative's below;
- overhead = the organisation form's overhead × eff_y.
One-time (all in the start year unless said): project = framework_project_cost + (level ≥ 2)
project_cost_fixed + project_cost_per_municipality × participants + internal_project_fte ×
participants × c; organisation = the form's setup cost; platform (level ≥ 2) =
platform_investment_fixed + platform_investment_per_user × IT users of the pooled
municipalities (a cash outlay, not depreciated); migration_y = Σ_class switches_class,y ×
migration cost of the class + switching users_y × training_cost_per_user + old licences of the
installations switching_y × parallel_running_months / 12.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from desktop.core.scenarios.prepared import F
from desktop.core.scenarios.scenario import ORGANISATION_FORMS
from desktop.core.scenarios.structure import MIGRATION_KEYS, Quantities
from desktop.core.scenarios.timeline import attrition_fraction, effect_mask


@dataclass(frozen=True, eq=False)
class Evaluation:
    baseline: dict[str, F]  # cost kind -> (D, H)
    scenario: dict[str, F]  # cost kind -> (D, H)
    one_time: dict[str, F]  # one-time kind -> (D, H)
    npv: F  # (D,)
    details: dict[str, F]  # intermediates for the trace, (D,) or (D, S)

    def total(self, part: str) -> F:
        items = {"baseline": self.baseline, "scenario": self.scenario,
                 "one_time": self.one_time}[part]
        return np.asarray(sum(items.values()))


def evaluate(q: Quantities, p: Mapping[str, F], discount: F) -> Evaluation:
    d = len(next(iter(p.values())))
    h = len(q.years)
    ones = np.ones((d, h))
    eff = effect_mask(h, q.t0)[None, :]
    c = p["cost_per_fte"]
    fw = p["framework_saving"][:, None]
    renewed = (np.arange(h) >= q.fw_default_index).astype(np.float64)[None, :]
    det: dict[str, F] = {"cost_per_fte": c}
    n = len(q.part)

    staff_b = q.staff_known + q.staff_unpriced_fte * c
    # going on alone, each municipality renews its servers as a modern virtualised platform
    # of its own: as many hosts as its virtual servers need, at least the minimum per data
    # room, never more than it has today
    pm = q.per_municipality
    alone_m = np.minimum(pm["hw_physical"][None, :], np.maximum(
        p["min_hosts_per_data_room"][:, None] * pm["hw_rooms"][None, :],
        np.ceil(pm["hw_virtual"][None, :] / p["vms_per_host"][:, None] - 1e-9)))
    hosts_alone = alone_m.sum(axis=1)
    hardware = hosts_alone * p["cost_per_server"] + q.hw_rooms * p["cost_per_data_room"]
    det["hardware_today"] = hardware
    det["hosts_alone"] = hosts_alone
    det["hosts_alone_m"] = alone_m
    baseline = {
        "staff": staff_b[:, None] * ones,
        "licences": q.lic_old * ones,
        "bought_services": q.bought_external * ones,
        "infrastructure": (q.infra_consolidatable + q.infra_other + hardware)[:, None] * ones,
        "security": (n * p["alone_security"])[:, None] * ones,
        "overhead": 0.0 * ones,
    }

    staff = baseline["staff"].copy()
    n_pooled = int(q.staff_pooled.sum())
    level2 = q.level >= 2
    if level2 and n_pooled:
        servers = (np.maximum(0.0, q.drivers["virtual_servers"] - q.servers_removed_pooled)
                   * (1 - p["vm_consolidation"]))
        load = {
            "users": q.drivers["it_users"] / p["users_per_servicedesk_fte"],
            "clients": q.drivers["clients"] / p["clients_per_fte"],
            "servers": servers / p["servers_per_fte"],
            "locations": q.drivers["locations"] / p["locations_per_fte"],
            "systems": q.systems_inhouse_after / p["systems_per_fte"],
        }
        workload = np.asarray(sum(load.values()))
        today = (q.drivers["it_users"] / p["users_per_servicedesk_fte"]
                 + q.drivers["clients"] / p["clients_per_fte"]
                 + q.drivers["virtual_servers"] / p["servers_per_fte"]
                 + q.drivers["locations"] / p["locations_per_fte"]
                 + q.systems_inhouse_today / p["systems_per_fte"])
        ops_today = q.ops_fte_known + q.ops_cost_only / c
        calibrated = np.where(today > 0, ops_today * workload / np.where(today > 0, today, 1),
                              workload)
        w = p["benchmark_weight"]
        required = w * workload + (1 - w) * calibrated
        ops = np.maximum(p["on_call_min_fte"], required)
        leadership = np.maximum(1.0, ops / p["fte_per_leader"])
        old = q.pooled_known + q.pooled_unpriced_fte * c
        # the common unit is paid as the pooled staff are paid today (their own cost per
        # FTE), plus the harmonisation; c only prices FTE reported without a salary
        fte_today = q.pooled_fte_known + q.pooled_cost_only / c
        rate = np.where(fte_today > 0, old / np.where(fte_today > 0, fte_today, 1.0), c)
        new = ((ops + leadership) * rate * (1 + p["salary_harmonisation"])
               + n_pooled * p["retained_fte"] * rate)
        delta = new - old
        phase = attrition_fraction(h, q.t0, p["attrition_years"])
        staff += np.where(delta[:, None] < 0, delta[:, None] * phase, delta[:, None] * eff)
        det.update({f"load_{k}": np.broadcast_to(v, (d,)) for k, v in load.items()})
        det.update(servers_pooled=np.broadcast_to(servers, (d,)), workload=workload,
                   workload_today=np.broadcast_to(today, (d,)), ops_today=ops_today,
                   calibrated=calibrated, required=required, ops_fte=ops,
                   leadership_fte=leadership, pooled_new=new, pooled_rate=rate,
                   pooled_old=np.broadcast_to(old, (d,)), pooled_delta=delta)
    mgmt = q.mgmt_freed[None, :] * (p["management_saving"] * c)[:, None]
    staff -= mgmt

    e = p["licence_volume_elasticity"]
    volume = np.power(q.slot_volume_ratio[None, :], -e[:, None]) if q.lic_units.size else \
        np.zeros((d, 0))
    new_lic = volume @ q.lic_units if q.lic_units.size else 0.0 * ones
    lic_saving = fw * q.lic_fw_base[None, :]
    licences = q.lic_old - q.lic_removed[None, :] + new_lic - lic_saving
    det["volume_factor"] = volume
    bought_saving = fw * q.bought_fw_base[None, :]

    consolidatable = q.infra_consolidatable * ones
    if level2:
        consolidatable = consolidatable * (1 - p["infrastructure_saving"][:, None] * eff)
    infra_before = consolidatable + q.infra_other
    infra_saving = infra_before * fw * renewed
    infrastructure = infra_before - infra_saving + hardware[:, None]
    det["framework_saving"] = lic_saving + bought_saving + infra_saving
    if level2 and q.hw_municipalities:
        rooms = np.minimum(q.hw_rooms, p["data_rooms_after"])
        virtual = np.maximum(0.0, q.hw_virtual - q.hw_removed) * (1 - p["vm_consolidation"])
        hosts = np.maximum(p["min_hosts_per_data_room"] * rooms,
                           np.ceil(virtual / p["vms_per_host"] - 1e-9))
        saving = hardware - (hosts * p["cost_per_server"] + rooms * p["cost_per_data_room"])
        infrastructure -= saving[:, None] * eff
        det.update(rooms_after=rooms, virtual_after=virtual, hosts_after=hosts,
                   hardware_saving=saving)
    security = baseline["security"].copy()
    if level2:
        lines = n * p["network_line_per_municipality"]
        infrastructure += lines[:, None] * eff
        det["network_lines"] = lines
        security -= (n_pooled * p["alone_security"])[:, None] * eff

    overhead = 0.0 * ones
    project = np.zeros((d, h))
    organisation = np.zeros((d, h))
    platform = np.zeros((d, h))
    project[:, 0] = p["framework_project_cost"]
    if level2:
        internal = n * p["internal_project_fte"] * c
        project[:, 0] += (p["project_cost_fixed"] + p["project_cost_per_municipality"] * n
                          + internal)
        det["internal_project"] = internal
        if n_pooled:
            platform[:, 0] = (p["platform_investment_fixed"]
                              + p["platform_investment_per_user"] * q.drivers["it_users"])
    if q.form is not None:
        _, overhead_key, setup_key = ORGANISATION_FORMS[q.form]
        overhead = p[overhead_key][:, None] * eff
        organisation[:, 0] = p[setup_key]
    class_cost = np.stack([p[k] for k in MIGRATION_KEYS], axis=1)  # (D, C)
    migration = (class_cost @ q.switches_by_class
                 + q.training_users[None, :] * p["training_cost_per_user"][:, None]
                 + q.parallel_old[None, :] * (p["parallel_running_months"] / 12)[:, None])

    scenario = {"staff": staff, "licences": licences,
                "bought_services": q.bought_external - bought_saving,
                "infrastructure": infrastructure, "security": security, "overhead": overhead}
    one_time = {"project": project, "organisation": organisation, "platform": platform,
                "migration": migration}
    net = (np.asarray(sum(baseline.values())) - np.asarray(sum(scenario.values()))
           - np.asarray(sum(one_time.values())))
    return Evaluation(baseline, scenario, one_time, net @ discount, det)
