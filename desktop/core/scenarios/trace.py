"""Where each number comes from: one `TraceLine` per figure, with its formula and inputs.

`inputs` maps a name to the value used; a name is a parameter key (see parameters.py), the key
of another trace line, or a data sum described in the line's formula. The app can show a
number, its formula, and follow the inputs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from desktop.core.i18n import tr
from desktop.core.scenarios.costs import Evaluation
from desktop.core.scenarios.parameters import ParameterSet
from desktop.core.scenarios.prepared import PreparedProject
from desktop.core.scenarios.scenario import ORGANISATION_FORMS
from desktop.core.scenarios.structure import Quantities


@dataclass(frozen=True)
class TraceLine:
    """One figure; its label, unit and formula are written in Norwegian and kept in the
    current language (desktop/core/i18n.py: English in the English app, Norwegian in the
    report)."""

    key: str
    label: str
    value: float | None
    unit: str
    formula: str
    inputs: dict[str, float | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in ("label", "unit", "formula"):
            object.__setattr__(self, name, tr(getattr(self, name)))


# the data sums a trace line uses, in words (parameters and other trace lines have labels)
INPUT_LABELS = {
    "it_users": "IT-brukere", "clients": "klienter (PC-er)", "locations": "lokasjoner",
    "virtual_servers": "virtuelle servere", "physical_servers": "fysiske servere",
    "data_rooms": "datarom", "network_lines": "nettverkslinjer", "municipalities": "kommuner",
    "participants": "deltakere", "consolidatable": "infrastruktur som kan samles",
    "other": "annen infrastruktur", "hosts_alone": "verter hver kommune trenger alene",
    "internal_excluded": "kjøp mellom deltakerne (holdt utenfor)",
    "unknown_rows": "linjer uten kostnad", "unknown_installations":
        "installasjoner uten lisenskostnad", "bought_open": "kjøpte tjenester som fortsetter",
    "licences_open": "lisenser som fortsetter", "licences.removed": "lisenskostnad som faller bort",
    "ops_cost_only": "driftskostnad uten årsverk", "ops_fte_known": "kjente driftsårsverk",
    "pooled_fte_known": "kjente årsverk i felles enhet", "pooled_known":
        "kjent lønn i felles enhet", "pooled_rate": "kostnad per årsverk i felles enhet",
    "pooled_unpriced_fte": "årsverk uten lønn i felles enhet",
    "servers_removed": "servere fjernet ved bytte", "staff_known": "kjent lønnskostnad",
    "staff_unpriced_fte": "årsverk uten lønnskostnad",
    "systems_inhouse_after": "fagsysteminstanser i egen drift etter",
    "systems_inhouse_today": "fagsysteminstanser i egen drift i dag",
    "cost_per_user": "lisenskostnad per bruker", "mgmt_fte": "ledelsesårsverk som frigjøres",
    "mgmt_fte_reported": "oppgitte ledelsesårsverk", "mgmt_installations":
        "installasjoner med egen systemforvaltning", "mgmt_it_fte": "IT-årsverk i forvaltningen",
    "parallel_old": "gamle systemer i parallelldrift", "seats_without_price":
        "brukere uten lisenspris", "seats": "brukere med lisens",
    "staff.pooled_delta": "endring i lønn ved felles drift", "training_users":
        "brukere som skal læres opp", "volume_factor": "volumfaktor for lisensprisen",
    "volume_ratio": "brukere i felles system / brukere i dag",
}


def input_label(key: str, lines: Sequence[TraceLine] = ()) -> str:
    """An input of a trace line in words: the parameter's label, the other line's label, or
    the data sum's; a year stays a year."""
    from desktop.core.scenarios.parameters import BY_KEY

    if key in BY_KEY:
        return BY_KEY[key].label
    if key.startswith("switches.") and key[len("switches."):] in BY_KEY:
        # the number of system changes that cost this parameter each
        return tr("bytter: {what}").format(what=BY_KEY[key[len("switches."):]].label.lower())
    for line in lines:
        if line.key == key:
            return line.label
    return tr(INPUT_LABELS[key]) if key in INPUT_LABELS else key


def _v(a: np.ndarray) -> float:
    return float(np.asarray(a).reshape(-1)[0])


def build_trace(q: Quantities, ev: Evaluation, params: ParameterSet,
                prep: PreparedProject) -> list[TraceLine]:
    p = params.values()
    d = ev.details
    last = len(q.years) - 1
    end = q.years[last]
    t: list[TraceLine] = []
    add = t.append
    c = _v(d["cost_per_fte"])
    if prep.observed_cost_per_fte:
        add(TraceLine("cost_per_fte", "Kostnad per årsverk", c, "kr/år",
                      tr("Σ lønnskostnad / Σ årsverk over {count} linjer i Bemanning (alle "
                         "kommuner i prosjektet) som har begge"
                         ).format(count=prep.observed_cost_basis)))
    else:
        add(TraceLine("cost_per_fte", "Kostnad per årsverk", c, "kr/år",
                      "Ingen linjer i Bemanning har både årsverk og lønnskostnad: parameteren "
                      "brukes", {"cost_per_fte": p["cost_per_fte"]}))
    add(TraceLine("baseline.staff", "Lønn IT-personell i dag", _v(ev.baseline["staff"][:, 0]),
                  "kr/år", "kjent lønnskostnad + årsverk uten lønnskostnad × kostnad per årsverk",
                  {"staff_known": q.staff_known, "staff_unpriced_fte": q.staff_unpriced_fte,
                   "cost_per_fte": c}))
    add(TraceLine("baseline.licences", "Lisens og vedlikehold i dag", q.lic_old, "kr/år",
                  "Σ lisenskostnad for installasjoner i bruk; mangler den: brukere × systemets "
                  "kostnad per bruker", {"unknown_installations": q.lic_unknown}))
    add(TraceLine("baseline.bought_services", "Kjøpte tjenester i dag", q.bought_external,
                  "kr/år", "Σ kjøpte tjenester fra andre enn deltakerne (kjøp mellom deltakere "
                  "er overføringer i gruppen og regnes ikke)",
                  {"internal_excluded": q.bought_internal, "unknown_rows": q.bought_unknown}))
    hardware = _v(d["hardware_today"])
    add(TraceLine("baseline.hardware_estimate", "Servere og datarom, hver kommune alene (anslag)",
                  hardware, "kr/år", tr(
                      "verter hver kommune trenger alene × årskostnad per server + datarom × "
                      "årskostnad per datarom; verter alene = Σ min(fysiske servere i dag, "
                      "max(minste antall per datarom × datarom, ⌈virtuelle servere / per "
                      "vert⌉)); kostnaden er ikke oppgitt i kartleggingen; {count} av {n} "
                      "kommuner har oppgitt servere og datarom").format(
                          count=q.hw_municipalities, n=len(q.part)),
                  {"physical_servers": q.hw_physical, "hosts_alone": _v(d["hosts_alone"]),
                   "cost_per_server": p["cost_per_server"],
                   "data_rooms": q.hw_rooms, "cost_per_data_room": p["cost_per_data_room"]}))
    add(TraceLine("baseline.infrastructure", "Infrastruktur i dag",
                  q.infra_consolidatable + q.infra_other + hardware, "kr/år",
                  "Σ infrastrukturtjenester som kan samles + Σ andre + servere og datarom "
                  "(anslag)",
                  {"consolidatable": q.infra_consolidatable, "other": q.infra_other,
                   "baseline.hardware_estimate": hardware, "unknown_rows": q.infra_unknown}))
    if "workload" in d:
        _staff_lines(t, q, d, p, c)
    if "hosts_after" in d:
        rooms_after = _v(d["rooms_after"])
        add(TraceLine("servers.virtual_after", "Virtuelle servere etter samling",
                      _v(d["virtual_after"]), "servere",
                      "max(0, virtuelle servere − servere fjernet ved bytte) × (1 − færre "
                      "virtuelle servere)", {"virtual_servers": q.hw_virtual,
                                             "servers_removed": q.hw_removed,
                                             "vm_consolidation": p["vm_consolidation"]}))
        add(TraceLine("servers.hosts_after", "Fysiske servere etter samling",
                      _v(d["hosts_after"]), "servere",
                      "max(minste antall verter per datarom × datarom etter, "
                      "⌈virtuelle servere etter / virtuelle servere per vert⌉)",
                      {"min_hosts_per_data_room": p["min_hosts_per_data_room"],
                       "servers.rooms_after": rooms_after,
                       "servers.virtual_after": _v(d["virtual_after"]),
                       "vms_per_host": p["vms_per_host"]}))
        add(TraceLine("servers.rooms_after", "Datarom etter samling", rooms_after, "datarom",
                      "min(datarom i dag, datarom etter samling)",
                      {"data_rooms": q.hw_rooms, "data_rooms_after": p["data_rooms_after"]}))
        add(TraceLine("servers.saving", "Sparte kostnader til servere og datarom",
                      _v(d["hardware_saving"]), "kr/år",
                      "servere og datarom i dag (anslag) − (fysiske servere etter × årskostnad "
                      "per server + datarom etter × årskostnad per datarom); aldri mer enn "
                      "anslaget i dagens situasjon",
                      {"baseline.hardware_estimate": hardware,
                       "physical_servers": q.hw_physical, "servers.hosts_after":
                       _v(d["hosts_after"]), "cost_per_server": p["cost_per_server"],
                       "data_rooms": q.hw_rooms, "servers.rooms_after": rooms_after,
                       "cost_per_data_room": p["cost_per_data_room"]}))
    volume = d["volume_factor"][0] if "volume_factor" in d else np.zeros(0)
    row = {name: i for i, name in enumerate(q.std_slots)}
    for choice in q.targets:
        if choice.slot not in row:
            continue
        i = row[choice.slot]
        add(TraceLine(f"licences.slot.{choice.slot}",
                      tr("Felles system: {slot}").format(slot=choice.slot),
                      float(q.lic_units[i, last] * volume[i]), "kr/år",
                      tr("brukere som har byttet innen {end} × typisk pris per bruker for "
                         "{product} × (gruppens brukere / typisk kunde)^(−elastisitet): prisen "
                         "ved gruppens samlede volum, ikke den laveste prisen en kunde har"
                         ).format(end=end, product=choice.product),
                      {"cost_per_user": choice.cost_per_user,
                       "municipalities": float(q.slot_municipalities[i]),
                       "volume_ratio": float(q.slot_volume_ratio[i]),
                       "volume_factor": float(volume[i]),
                       "licence_volume_elasticity": p["licence_volume_elasticity"]}))
    if q.level >= 3:
        add(TraceLine("licences.removed",
                      tr("Lisenskostnad som faller bort innen {end}").format(end=end),
                      float(q.lic_removed[last]), "kr/år",
                      "Σ lisenskostnad for installasjoner i felles løsning som har byttet",
                      {"seats_without_price": q.unpriced_seats, "seats": q.seats}))
        add(TraceLine("staff.management_saving",
                      tr("Mindre systemforvaltning innen {end}").format(end=end),
                      float(q.mgmt_freed[last] * p["management_saving"] * c), "kr/år",
                      "årsverk systemforvaltning i delte systemer × IT-andel × andel spart × "
                      "kostnad per årsverk; IT-andel per kommune = min(1, årsverk "
                      "Systemforvaltning i Bemanning / Σ systemforvaltning oppgitt per "
                      "fagsystem), fordi bare IT-ansatte er med i lønnskostnaden i dag",
                      {"mgmt_fte_reported": float(q.mgmt_freed_reported[last]),
                       "mgmt_fte": float(q.mgmt_freed[last]),
                       "mgmt_it_fte": q.mgmt_it_fte,
                       "mgmt_installations": q.mgmt_installations,
                       "management_saving": p["management_saving"],
                       "cost_per_fte": c}))
        from desktop.core.scenarios.structure import MIGRATION_KEYS

        inputs: dict[str, float | None] = {}
        for i, key in enumerate(MIGRATION_KEYS):
            inputs[f"switches.{key}"] = float(q.switches_by_class[i].sum())
            inputs[key] = p[key]
        inputs.update(training_users=float(q.training_users.sum()),
                      training_cost_per_user=p["training_cost_per_user"],
                      parallel_old=float(q.parallel_old.sum()),
                      parallel_running_months=p["parallel_running_months"])
        add(TraceLine("one_time.migration", "Migrering, opplæring og parallelldrift", float(
            ev.one_time["migration"].sum()), "kr",
            "Σ_klasse installasjoner som byttes × migrering per installasjon i klassen "
            "(økonomi/lønn, helse/omsorg, sak/arkiv, skole/barnehage, andre) + brukere som "
            "bytter × opplæring per bruker + gammel lisens × måneder parallelldrift / 12",
            inputs))
    project_inputs: dict[str, float | None] = {
        "framework_project_cost": p["framework_project_cost"]}
    formula = "felles anskaffelsesarbeid"
    if q.level >= 2:
        formula += (" + fast prosjektkostnad + prosjektkostnad per kommune × deltakere + egen "
                    "tid per kommune × deltakere × kostnad per årsverk")
        project_inputs.update(project_cost_fixed=p["project_cost_fixed"],
                              project_cost_per_municipality=p["project_cost_per_municipality"],
                              participants=float(len(q.part)),
                              internal_project_fte=p["internal_project_fte"],
                              cost_per_fte=c)
    add(TraceLine("one_time.project", "Prosjekt og anskaffelse",
                  float(ev.one_time["project"].sum()), "kr", formula, project_inputs))
    if q.level >= 2:
        add(TraceLine("one_time.platform", "Felles driftsplattform (investering)",
                      float(ev.one_time["platform"].sum()), "kr",
                      "fast del + per IT-bruker × IT-brukere i felles drift; utbetaling i "
                      "startåret", {"platform_investment_fixed": p["platform_investment_fixed"],
                                    "platform_investment_per_user":
                                    p["platform_investment_per_user"],
                                    "it_users": q.drivers["it_users"]}))
    _year_lines(t, q, ev, p, last)
    add(TraceLine("framework.saving",
                  tr("Innkjøpsgevinst ved rammeavtaler i {end}").format(end=end),
                  float(d["framework_saving"][0, last]), "kr/år",
                  "innkjøpsgevinst × (lisenser og kjøpte tjenester hvis avtale har gått ut "
                  "+ infrastruktur fra året avtaler uten kjent utløp fornyes); ikke på lisenser "
                  "som et felles system har gitt ny pris",
                  {"framework_saving": p["framework_saving"],
                   "licences_open": float(q.lic_fw_base[last]),
                   "bought_open": float(q.bought_fw_base[last]),
                   "framework_default_delay": p["framework_default_delay"]}))
    add(TraceLine("baseline.security", "Sikkerhet og døgnovervåking, hver kommune alene",
                  float(ev.baseline["security"][0, 0]), "kr/år",
                  "deltakere × det en kommune alene må kjøpe for døgnovervåking "
                  "(nullalternativet)", {"alone_security": p["alone_security"],
                                         "participants": float(len(q.part))}))
    return t


def _staff_lines(t: list[TraceLine], q: Quantities, d: dict[str, np.ndarray],
                 p: dict[str, float], c: float) -> None:
    add = t.append
    dr = q.drivers
    for key, label, driver, ratio in (
            ("users", tr("Brukerstøtte (årsverk)"), "it_users", "users_per_servicedesk_fte"),
            ("clients", tr("Klientdrift (årsverk)"), "clients", "clients_per_fte"),
            ("locations", tr("Nettverk (årsverk)"), "locations", "locations_per_fte")):
        add(TraceLine(f"staff.load.{key}", label, _v(d[f"load_{key}"]),
                      "årsverk", f"{input_label(driver)} / {input_label(ratio).lower()}; " + tr(
                          "{count} kommuner anslått fra innbyggertall").format(
                              count=q.drivers_estimated[driver]),
                      {driver: dr[driver], ratio: p[ratio]}))
    add(TraceLine("staff.load.servers", "Serverdrift (årsverk)", _v(d["load_servers"]),
                  "årsverk", "max(0, virtuelle servere − servere fjernet ved bytte) × (1 − færre "
                  "virtuelle servere) / servere per årsverk",
                  {"virtual_servers": dr["virtual_servers"],
                   "servers_removed": q.servers_removed_pooled,
                   "vm_consolidation": p["vm_consolidation"],
                   "servers_per_fte": p["servers_per_fte"]}))
    add(TraceLine("staff.load.systems", "Applikasjonsdrift (årsverk)", _v(d["load_systems"]),
                  "årsverk", "fagsysteminstanser i egen drift etter / systemer per årsverk",
                  {"systems_inhouse_after": q.systems_inhouse_after,
                   "systems_inhouse_today": q.systems_inhouse_today,
                   "systems_per_fte": p["systems_per_fte"]}))
    add(TraceLine("staff.workload", "Arbeidsmengde etter nøkkeltall (årsverk)",
                  _v(d["workload"]), "årsverk", "Σ brukerstøtte, klientdrift, serverdrift, "
                  "nettverk og applikasjonsdrift etter samling",
                  {f"staff.load.{k}": _v(d[f"load_{k}"])
                   for k in ("users", "clients", "servers", "locations", "systems")}))
    add(TraceLine("staff.workload_today", "Arbeidsmengde etter nøkkeltall med dagens "
                  "servere og systemer", _v(d["workload_today"]), "årsverk",
                  "brukere / brukere per årsverk + klienter / klienter per årsverk + virtuelle "
                  "servere / servere per årsverk + lokasjoner / lokasjoner per årsverk + "
                  "systemer i egen drift / systemer per årsverk; sammenlign med dagens årsverk",
                  {"staff.ops_today": _v(d["ops_today"])}))
    add(TraceLine("staff.ops_today", "Årsverk i dag i drift og brukerstøtte", _v(d["ops_today"]),
                  "årsverk", "Σ årsverk i Drift og infrastruktur og Brukerstøtte og klientdrift; "
                  "lønnskostnad / kostnad per årsverk der årsverk mangler",
                  {"ops_fte_known": q.ops_fte_known, "ops_cost_only": q.ops_cost_only,
                   "cost_per_fte": c}))
    add(TraceLine("staff.calibrated", "Dagens årsverk justert for endret arbeidsmengde",
                  _v(d["calibrated"]), "årsverk",
                  "årsverk i dag × arbeidsmengde etter / arbeidsmengde i dag",
                  {"staff.ops_today": _v(d["ops_today"]), "staff.workload": _v(d["workload"]),
                   "staff.workload_today": _v(d["workload_today"])}))
    add(TraceLine("staff.ops_fte", "Årsverk i felles drift", _v(d["ops_fte"]), "årsverk",
                  "max(minste bemanning for døgnvakt, vekt på nøkkeltall × arbeidsmengde etter "
                  "nøkkeltall + (1 − vekt) × dagens årsverk justert for arbeidsmengde)",
                  {"on_call_min_fte": p["on_call_min_fte"],
                   "benchmark_weight": p["benchmark_weight"],
                   "staff.workload": _v(d["workload"]), "staff.calibrated": _v(d["calibrated"])}))
    add(TraceLine("staff.leadership_fte", "Ledelse i felles drift", _v(d["leadership_fte"]),
                  "årsverk", "max(1, årsverk i felles drift / årsverk per leder)",
                  {"staff.ops_fte": _v(d["ops_fte"]), "fte_per_leader": p["fte_per_leader"]}))
    add(TraceLine("staff.pooled_new", "Lønn i felles drift og igjen i kommunene",
                  _v(d["pooled_new"]), "kr/år",
                  "(årsverk i felles drift + ledelse) × dagens lønn per årsverk i "
                  "funksjonene som samles × (1 + lønnsharmonisering) + kommuner × årsverk "
                  "igjen per kommune × samme lønn per årsverk",
                  {"staff.ops_fte": _v(d["ops_fte"]),
                   "staff.leadership_fte": _v(d["leadership_fte"]),
                   "pooled_rate": _v(d["pooled_rate"]),
                              "salary_harmonisation": p["salary_harmonisation"],
                              "municipalities": float(q.staff_pooled.sum()),
                              "retained_fte": p["retained_fte"]}))
    add(TraceLine("staff.pooled_old", "Lønn i dag for funksjonene som samles",
                  _v(d["pooled_old"]), "kr/år",
                  "IT-ledelse, Drift og infrastruktur, Brukerstøtte og klientdrift: kjent "
                  "lønnskostnad + årsverk uten lønnskostnad × kostnad per årsverk",
                  {"pooled_known": q.pooled_known, "pooled_unpriced_fte": q.pooled_unpriced_fte,
                   "pooled_fte_known": q.pooled_fte_known, "cost_per_fte": c}))
    add(TraceLine("staff.pooled_delta", "Endring i lønn ved felles drift (fullt uttak)",
                  _v(d["pooled_delta"]), "kr/år",
                  "ny − i dag; en reduksjon tas ut gradvis over år til gevinsten er tatt ut",
                  {"staff.pooled_new": _v(d["pooled_new"]),
                   "staff.pooled_old": _v(d["pooled_old"]),
                   "attrition_years": p["attrition_years"]}))


def _year_lines(t: list[TraceLine], q: Quantities, ev: Evaluation, p: dict[str, float],
                last: int) -> None:
    """How each cost kind of the scenario's last year is put together."""
    end = q.years[last]
    d = ev.details
    fw = p["framework_saving"] if last >= q.t0 else 0.0
    s = {k: float(v[0, last]) for k, v in ev.scenario.items()}
    base = {k: float(v[0, last]) for k, v in ev.baseline.items()}
    pooled = float(d["pooled_delta"][0]) if "pooled_delta" in d else 0.0
    t.append(TraceLine(
        f"scenario.staff.{end}", tr("Lønn IT-personell i {end}").format(end=end), s["staff"],
        "kr/år",
                       "lønn i dag + endring ved felles drift (tatt ut etter avgang) − mindre "
                       "systemforvaltning",
                       {"baseline.staff": base["staff"], "staff.pooled_delta": pooled}))
    t.append(TraceLine(
        f"scenario.licences.{end}", tr("Lisens og vedlikehold i {end}").format(end=end),
                       s["licences"], "kr/år", "lisenser i dag − lisenser som faller bort + "
                       "felles systemer ved gruppens volum − innkjøpsgevinst på avtaler som har "
                       "gått ut",
                       {"baseline.licences": q.lic_old,
                        "licences.removed": float(q.lic_removed[last]),
                        "framework_saving": fw}))
    t.append(TraceLine(
        f"scenario.bought_services.{end}", tr("Kjøpte tjenester i {end}").format(end=end),
                       s["bought_services"], "kr/år", "kjøpte tjenester i dag − "
                       "innkjøpsgevinst på avtaler som har gått ut",
                       {"baseline.bought_services": q.bought_external,
                        "framework_saving": fw}))
    t.append(TraceLine(
        f"scenario.infrastructure.{end}", tr("Infrastruktur i {end}").format(end=end),
                       s["infrastructure"], "kr/år", "(tjenester som kan samles × (1 − "
                       "stordriftsgevinst) + andre) × (1 − innkjøpsgevinst) + servere og datarom i "
                       "dag (anslag) − sparte kostnader til servere og datarom + linjer til "
                       "felles datarom",
                       {"baseline.infrastructure": base["infrastructure"],
                        "baseline.hardware_estimate": float(d["hardware_today"][0]),
                        "infrastructure_saving": p["infrastructure_saving"] if q.level >= 2
                        else 0.0, "framework_saving": fw,
                        "servers.saving": float(d["hardware_saving"][0])
                        if "hardware_saving" in d else 0.0,
                        "network_lines": float(d["network_lines"][0])
                        if "network_lines" in d else 0.0}))
    t.append(TraceLine(
        f"scenario.security.{end}", tr("Sikkerhet og døgnovervåking i {end}").format(end=end),
                       s["security"], "kr/år", "det kommunene utenfor felles drift må kjøpe "
                       "selv; den felles enhetens vaktordning dekker de andre",
                       {"baseline.security": base["security"],
                        "alone_security": p["alone_security"]}))
    overhead = {ORGANISATION_FORMS[q.form][1]: p[ORGANISATION_FORMS[q.form][1]]} if q.form \
        else {}
    t.append(TraceLine(
        f"scenario.overhead.{end}", tr("Samarbeidets driftskostnad i {end}").format(end=end),
                       s["overhead"], "kr/år", "organisasjonsformens årlige driftskostnad "
                       "(ingen uten organisasjonsform)", dict(overhead)))
