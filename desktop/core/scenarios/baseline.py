"""«Dagens situasjon»: the baseline per municipality and in total, from the imported data.

Counts, IT FTE by function, IT cost by kind, key figures and vulnerability flags. Nothing is
imputed here: what a municipality did not give is missing, and every total says how many
municipalities it lacks (see figures.Figure); an IT function a municipality did not list is
missing, not 0 FTE. A service one participant buys from another is the buyer's bought service
and is deducted from the seller's cost (`internal_sales`), so it is counted once: a
municipality's IT cost is its net cost, and the total is what the group spends. The scenario
model (model.py) fills gaps by stated rules for its own sums; this module shows the data as
it is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop.core.i18n import tr
from desktop.core.questionnaire.spec import IT_FUNCTIONS
from desktop.core.scenarios.figures import (
    BASELINE_COST_KINDS,
    MISSING,
    Figure,
    pooled_ratio,
    ratio,
    sum_parts,
    total_of,
)
from desktop.core.scenarios.inputs import (
    BoughtServiceData,
    InfrastructureData,
    InstallationData,
    MunicipalityData,
    ProjectData,
    StaffingData,
    normalise_name,
    system_key,
)
from desktop.core.scenarios.parameters import ParameterSet, resolve

SUPPORT_FUNCTION = "Brukerstøtte og klientdrift"

KEY_FIGURES: dict[str, tuple[str, str]] = {
    "it_cost_per_inhabitant": ("IT-kostnad per innbygger", "kr"),
    "it_cost_per_employee": ("IT-kostnad per årsverk i kommunen", "kr"),
    "it_fte_per_1000_users": ("IT-årsverk per 1 000 brukere", "årsverk"),
    "users_per_support_fte": ("Brukere per årsverk brukerstøtte", "brukere"),
    "systems_per_municipality": ("Fagsystemer per kommune", "systemer"),
}


@dataclass(frozen=True)
class Flag:
    code: str  # small_it_unit | owner_many_systems | double_counting
    text: str  # Norwegian, for the app
    # the same without a person's name, for a report meant for politicians (names are an
    # option there); None when the text names no one
    without_name: str | None = None


@dataclass(frozen=True)
class MunicipalityBaseline:
    number: str
    name: str
    answered: bool
    facts: dict[str, Figure]  # inhabitants, employees_fte, it_users, … as given
    installations: Figure  # in use
    not_in_use: int
    distinct_systems: Figure
    fte_by_function: dict[str, Figure]
    it_fte: Figure
    cost_by_kind: dict[str, Figure]
    it_cost: Figure
    key_figures: dict[str, Figure]
    flags: tuple[Flag, ...] = ()


@dataclass(frozen=True)
class BaselineTotal:
    facts: dict[str, Figure]
    installations: Figure
    distinct_systems: Figure  # distinct across the municipalities
    fte_by_function: dict[str, Figure]
    it_fte: Figure
    cost_by_kind: dict[str, Figure]
    it_cost: Figure
    key_figures: dict[str, Figure]
    flags: int = 0


@dataclass(frozen=True)
class Baseline:
    municipalities: tuple[MunicipalityBaseline, ...]
    total: BaselineTotal
    notes: tuple[str, ...] = field(default=())


FACTS = ("inhabitants", "employees_fte", "it_users", "clients", "locations", "data_rooms",
         "physical_servers", "virtual_servers", "it_budget")


def _fact(m: MunicipalityData, key: str) -> Figure:
    value = getattr(m, key)
    return MISSING if value is None else Figure(float(value), 0, 1)


def _municipality(m: MunicipalityData, inst: list[InstallationData], staff: list[StaffingData],
                  bought: list[BoughtServiceData], infra: list[InfrastructureData],
                  params: ParameterSet, sold: list[float]) -> MunicipalityBaseline:
    facts = {k: _fact(m, k) for k in FACTS}
    in_use = [i for i in inst if i.in_use]
    if not m.answered:
        return MunicipalityBaseline(
            m.number, m.name, False, facts, MISSING, 0, MISSING,
            {f: MISSING for f in IT_FUNCTIONS}, MISSING,
            {k: MISSING for k in BASELINE_COST_KINDS}, MISSING,
            {k: MISSING for k in KEY_FIGURES}, ())
    installations = Figure(float(len(in_use)), 0, 1) if in_use else MISSING
    distinct = Figure(float(len({system_key(i) for i in in_use})), 0, 1) if in_use else MISSING
    by_function: dict[str, list[float | None]] = defaultdict(list)
    for s in staff:
        by_function[s.function or "Annet"].append(s.fte)
    fte_by_function = {
        f: (sum_parts(by_function[f]) if f in by_function else MISSING) for f in IT_FUNCTIONS}
    it_fte = sum_parts((s.fte for s in staff), empty=MISSING)
    cost_by_kind = {
        "staff": sum_parts((s.cost for s in staff), empty=MISSING),
        "licences": sum_parts((i.annual_cost for i in in_use), empty=MISSING),
        "bought_services": sum_parts(b.annual_cost for b in bought),
        "infrastructure": sum_parts(r.annual_cost for r in infra),
        "internal_sales": Figure(-sum(sold), 0, len(sold)),
    }
    it_cost = _combine(cost_by_kind.values())
    key_figures = {
        "it_cost_per_inhabitant": ratio(it_cost, facts["inhabitants"]),
        "it_cost_per_employee": ratio(it_cost, facts["employees_fte"]),
        "it_fte_per_1000_users": ratio(it_fte, facts["it_users"], 1000.0),
        "users_per_support_fte": ratio(facts["it_users"], fte_by_function[SUPPORT_FUNCTION]),
        "systems_per_municipality": distinct,
    }
    return MunicipalityBaseline(
        m.number, m.name, True, facts, installations, len(inst) - len(in_use), distinct,
        fte_by_function, it_fte, cost_by_kind, it_cost, key_figures,
        _flags(it_fte, in_use, bought, infra, params))


def _combine(figures: Iterable[Figure]) -> Figure:
    """The sum of figures of one municipality: parts missing add up."""
    total = 0.0
    missing = of = 0
    any_value = False
    for f in figures:
        missing += f.missing
        of += f.of
        if f.value is not None:
            total += f.value
            any_value = True
    return Figure(total if any_value else None, missing, max(of, 1))


def _flags(it_fte: Figure, in_use: list[InstallationData], bought: list[BoughtServiceData],
           infra: list[InfrastructureData], params: ParameterSet) -> tuple[Flag, ...]:
    flags = []
    limit = params["small_unit_fte"]
    if it_fte.value is not None and it_fte.value <= limit:
        part = " " + tr("(noen årsverk mangler)") if it_fte.missing else ""
        flags.append(Flag("small_it_unit", tr(
            "IT-enheten har {fte} årsverk{part}, {limit} eller færre: sårbar ved ferie, sykdom "
            "og oppsigelse.").format(fte=it_fte.text(1), part=part, limit=f"{limit:g}")))
    owners: dict[str, list[str]] = defaultdict(list)
    for i in in_use:
        if i.system_owner and i.system_owner.strip():
            owners[normalise_name(i.system_owner)].append(i.system_owner.strip())
    many = int(params["owner_many_systems"])
    for names in owners.values():
        if len(names) >= many:
            flags.append(Flag("owner_many_systems",
                              tr("{name} er systemansvarlig for {count} fagsystemer.").format(
                                  name=names[0], count=len(names)),
                              tr("Én person er systemansvarlig for {count} fagsystemer."
                                 ).format(count=len(names))))
    bought_services = {normalise_name(b.service) for b in bought if b.service and b.annual_cost}
    both = sorted({r.service.strip() for r in infra if r.service and r.annual_cost
                   and normalise_name(r.service) in bought_services})
    for service in both:
        flags.append(Flag("double_counting", tr(
            "«{service}» har kostnad både under Kjøpte tjenester og Infrastruktur; sjekk at "
            "beløpet ikke er regnet to ganger.").format(service=service)))
    return tuple(flags)


def baseline(project: ProjectData, numbers: Iterable[str] | None = None,
             parameters: ParameterSet | None = None) -> Baseline:
    """The baseline of the given municipalities (all of the project by default)."""
    params = parameters or resolve()
    wanted = set(numbers) if numbers is not None else None
    munis = [m for m in project.municipalities if wanted is None or m.number in wanted]
    inst: dict[str, list[InstallationData]] = defaultdict(list)
    staff: dict[str, list[StaffingData]] = defaultdict(list)
    bought: dict[str, list[BoughtServiceData]] = defaultdict(list)
    infra: dict[str, list[InfrastructureData]] = defaultdict(list)
    for i in project.installations:
        inst[i.municipality].append(i)
    for s in project.staffing:
        staff[s.municipality].append(s)
    for b in project.bought_services:
        bought[b.municipality].append(b)
    for r in project.infrastructure:
        infra[r.municipality].append(r)
    # purchases between two of these municipalities: deducted from the seller
    members = {m.number for m in munis}
    sold: dict[str, list[float]] = defaultdict(list)
    for b in project.bought_services:
        if (b.vendor_municipality in members and b.municipality in members
                and b.annual_cost is not None):
            sold[b.vendor_municipality].append(b.annual_cost)
    rows = tuple(_municipality(m, inst[m.number], staff[m.number], bought[m.number],
                               infra[m.number], params, sold[m.number]) for m in munis)
    return Baseline(rows, _total(rows, inst))


def _total(rows: tuple[MunicipalityBaseline, ...],
           inst: dict[str, list[InstallationData]]) -> BaselineTotal:
    facts = {k: total_of(r.facts[k] for r in rows) for k in FACTS}
    answered = [r for r in rows if r.answered]
    keys = {system_key(i) for r in answered for i in inst[r.number] if i.in_use}
    distinct = Figure(float(len(keys)) if answered else None, len(rows) - len(answered),
                      len(rows))
    it_cost = total_of(r.it_cost for r in rows)
    it_fte = total_of(r.it_fte for r in rows)
    fte_by_function = {f: total_of(r.fte_by_function[f] for r in rows) for f in IT_FUNCTIONS}
    known_systems = [r.distinct_systems.value for r in rows if r.distinct_systems.value is not None]
    key_figures = {
        "it_cost_per_inhabitant": pooled_ratio((r.it_cost, r.facts["inhabitants"]) for r in rows),
        "it_cost_per_employee": pooled_ratio((r.it_cost, r.facts["employees_fte"]) for r in rows),
        "it_fte_per_1000_users": pooled_ratio(((r.it_fte, r.facts["it_users"]) for r in rows),
                                              1000.0),
        "users_per_support_fte": pooled_ratio(
            (r.facts["it_users"], r.fte_by_function[SUPPORT_FUNCTION]) for r in rows),
        "systems_per_municipality": Figure(
            sum(known_systems) / len(known_systems) if known_systems else None,
            len(rows) - len(known_systems), len(rows)),
    }
    return BaselineTotal(
        facts, total_of(r.installations for r in rows), distinct, fte_by_function, it_fte,
        {k: total_of(r.cost_by_kind[k] for r in rows) for k in BASELINE_COST_KINDS}, it_cost,
        key_figures, sum(len(r.flags) for r in rows))
