"""Money from quantities, for D parameter draws at once (D = 1 for the deterministic result).

Every parameter is an array of shape (D,); every yearly result has shape (D, H). The formulas,
with eff_y = 1 from the first effect year on (else 0), c = cost per FTE and fw = the
framework saving:

Baseline (constant per year): staff = known salary cost + FTE without cost × c; licences =
Σ licence cost (estimated where missing); bought services = Σ bought from outside the group;
infrastructure = Σ infrastructure cost + hardware today, where hardware today = physical
servers × cost_per_server + data rooms × cost_per_data_room is an estimate: the questionnaire
asks for no server or data-room cost, so both unit costs default to 0 and the baseline holds
none (a scenario can save only what the baseline holds; set them to add the same estimate to
both columns).

Scenario, running:
- staff = baseline staff + Δ_pool × phase_y − freed_mgmt_y × management_saving × c (freed_mgmt:
  the IT staff's share, see structure.py), where
  (level ≥ 2) workload = users/users_per_servicedesk_fte + clients/clients_per_fte
  + servers/servers_per_fte + locations/locations_per_fte + in-house systems/systems_per_fte,
  servers = (virtual servers − servers removed by level 3) × (1 − vm_consolidation),
  calibrated = today's operations FTE × workload / workload with today's servers and systems,
  required = benchmark_weight × workload + (1 − benchmark_weight) × calibrated,
  ops FTE = max(on_call_min_fte, required), leadership = max(1, ops FTE / fte_per_leader),
  new pooled cost = (ops FTE + leadership) × c × (1 + salary_harmonisation)
  + pooled municipalities × retained_fte × c, Δ_pool = new − today's cost of the pooled
  functions; a reduction is phased in over attrition_years (phase_y = clip((y − t0 + 1) /
  attrition_years, 0, 1)), an increase applies from the first effect year;
- licences = (old − old of switched installations_y + Σ_slot (1 − discount_slot) × new_slot_y)
  × (1 − fw × eff_y), discount_slot = min(volume_discount_max, volume_discount_step × (k − 1))
  with k the participants sharing the slot, new_slot_y = Σ users × the target's cost per user
  over the installations switched by year y;
- bought services = external × (1 − fw × eff_y);
- infrastructure = (consolidatable × (1 − infrastructure_saving × eff_y) + other)
  × (1 − fw × eff_y) + hardware today − hardware saving × eff_y, hardware saving = hardware
  today − (hosts after × cost_per_server + rooms after × cost_per_data_room), rooms after =
  min(rooms, data_rooms_after), hosts after = max(min_hosts_per_data_room × rooms after,
  ceil(virtual servers after / vms_per_host)); the saving is never more than the hardware
  estimate in the baseline;
- overhead = the organisation form's overhead × eff_y.
One-time: project (start year) = framework_project_cost + (level ≥ 2) project_cost_fixed +
project_cost_per_municipality × participants; organisation (start year) = the form's setup
cost; migration_y = switches_y × migration_cost_per_installation + switching users_y ×
training_cost_per_user.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from desktop.core.scenarios.prepared import F
from desktop.core.scenarios.scenario import ORGANISATION_FORMS
from desktop.core.scenarios.structure import Quantities
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


def evaluate(q: Quantities, p: Mapping[str, F], discount: F,
             observed_cost_per_fte: float | None) -> Evaluation:
    d = len(next(iter(p.values())))
    h = len(q.years)
    ones = np.ones((d, h))
    eff = effect_mask(h, q.t0)[None, :]
    c = np.full(d, observed_cost_per_fte) if observed_cost_per_fte else p["cost_per_fte"]
    fw = p["framework_saving"][:, None] * eff
    det: dict[str, F] = {"cost_per_fte": c}

    staff_b = q.staff_known + q.staff_unpriced_fte * c
    hardware = q.hw_physical * p["cost_per_server"] + q.hw_rooms * p["cost_per_data_room"]
    det["hardware_today"] = hardware
    baseline = {
        "staff": staff_b[:, None] * ones,
        "licences": q.lic_old * ones,
        "bought_services": q.bought_external * ones,
        "infrastructure": (q.infra_consolidatable + q.infra_other + hardware)[:, None] * ones,
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
        new = ((ops + leadership) * c * (1 + p["salary_harmonisation"])
               + n_pooled * p["retained_fte"] * c)
        old = q.pooled_known + q.pooled_unpriced_fte * c
        delta = new - old
        phase = attrition_fraction(h, q.t0, p["attrition_years"])
        staff += np.where(delta[:, None] < 0, delta[:, None] * phase, delta[:, None] * eff)
        det.update({f"load_{k}": np.broadcast_to(v, (d,)) for k, v in load.items()})
        det.update(servers_pooled=np.broadcast_to(servers, (d,)), workload=workload,
                   workload_today=np.broadcast_to(today, (d,)), ops_today=ops_today,
                   calibrated=calibrated, required=required, ops_fte=ops,
                   leadership_fte=leadership, pooled_new=new,
                   pooled_old=np.broadcast_to(old, (d,)), pooled_delta=delta)
    mgmt = q.mgmt_freed[None, :] * (p["management_saving"] * c)[:, None]
    staff -= mgmt

    discount_slot = np.minimum(p["volume_discount_max"][:, None],
                               p["volume_discount_step"][:, None]
                               * (q.slot_municipalities[None, :] - 1))
    new_lic = (1 - discount_slot) @ q.lic_units if q.lic_units.size else 0.0 * ones
    licences_before = q.lic_old - q.lic_removed[None, :] + new_lic
    licences = licences_before * (1 - fw)
    det["volume_discount"] = discount_slot

    consolidatable = q.infra_consolidatable * ones
    if level2:
        consolidatable = consolidatable * (1 - p["infrastructure_saving"][:, None] * eff)
    infrastructure = (consolidatable + q.infra_other) * (1 - fw) + hardware[:, None]
    det["framework_saving"] = fw * (licences_before + q.bought_external + consolidatable
                                    + q.infra_other)
    if level2 and q.hw_municipalities:
        rooms = np.minimum(q.hw_rooms, p["data_rooms_after"])
        virtual = np.maximum(0.0, q.hw_virtual - q.hw_removed) * (1 - p["vm_consolidation"])
        hosts = np.maximum(p["min_hosts_per_data_room"] * rooms,
                           np.ceil(virtual / p["vms_per_host"] - 1e-9))
        saving = hardware - (hosts * p["cost_per_server"] + rooms * p["cost_per_data_room"])
        infrastructure -= saving[:, None] * eff
        det.update(rooms_after=rooms, virtual_after=virtual, hosts_after=hosts,
                   hardware_saving=saving)

    overhead = 0.0 * ones
    project = np.zeros((d, h))
    organisation = np.zeros((d, h))
    project[:, 0] = p["framework_project_cost"]
    if level2:
        project[:, 0] += p["project_cost_fixed"] + p["project_cost_per_municipality"] * len(q.part)
    if q.form is not None:
        _, overhead_key, setup_key = ORGANISATION_FORMS[q.form]
        overhead = p[overhead_key][:, None] * eff
        organisation[:, 0] = p[setup_key]
    migration = (q.switches[None, :] * p["migration_cost_per_installation"][:, None]
                 + q.training_users[None, :] * p["training_cost_per_user"][:, None])

    scenario = {"staff": staff, "licences": licences,
                "bought_services": q.bought_external * (1 - fw),
                "infrastructure": infrastructure, "overhead": overhead}
    one_time = {"project": project, "organisation": organisation, "migration": migration}
    net = (np.asarray(sum(baseline.values())) - np.asarray(sum(scenario.values()))
           - np.asarray(sum(one_time.values())))
    return Evaluation(baseline, scenario, one_time, net @ discount, det)
