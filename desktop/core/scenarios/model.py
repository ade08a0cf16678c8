"""Compute a scenario against the project's data: `compute(project, scenario)`.

Pure and fast: the project is turned into arrays once (prepared.py, cached per ProjectData
object), the scenario into quantities (structure.py), and the quantities into money by the
same vectorised formulas Monte Carlo uses (costs.py, one draw here). The result carries the
yearly costs of the baseline and of the scenario by kind, the one-time costs, NPV, payback,
the chosen common systems, notes on missing data and a trace of every number.

Only the participants are compared: the baseline here is the participants' cost today, kept
constant in real terms over the horizon; the baseline of the whole project is baseline.py.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from desktop.core import formatting
from desktop.core.assessment.responsibility import describe
from desktop.core.errors import InputError
from desktop.core.i18n import tr
from desktop.core.scenarios.costs import Evaluation, evaluate
from desktop.core.scenarios.estimates import estimable, with_estimates
from desktop.core.scenarios.figures import COST_KINDS, ONE_TIME_KINDS
from desktop.core.scenarios.inputs import ProjectData
from desktop.core.scenarios.parameters import ParameterSet, resolve
from desktop.core.scenarios.prepared import F, PreparedProject, prepare
from desktop.core.scenarios.scenario import LEVELS, VAT_NOTE, Scenario
from desktop.core.scenarios.structure import Quantities, build
from desktop.core.scenarios.targets import TargetChoice
from desktop.core.scenarios.timeline import discount_factors, payback_year
from desktop.core.scenarios.trace import TraceLine, build_trace


@dataclass(frozen=True)
class YearCosts:
    """Running cost of one year by kind (NOK, real terms)."""

    year: int
    staff: float
    licences: float
    bought_services: float
    infrastructure: float
    security: float
    overhead: float

    @property
    def total(self) -> float:
        return sum(getattr(self, k) for k in COST_KINDS)


@dataclass(frozen=True)
class OneTimeCosts:
    year: int
    project: float
    organisation: float
    platform: float
    migration: float

    @property
    def total(self) -> float:
        return self.project + self.organisation + self.platform + self.migration


@dataclass(frozen=True, eq=False)
class ScenarioResult:
    scenario: Scenario
    parameters: ParameterSet
    participants: tuple[tuple[str, str], ...]  # (number, name) of those computed
    years: tuple[int, ...]
    baseline: tuple[YearCosts, ...]
    costs: tuple[YearCosts, ...]  # the scenario's running costs
    one_time: tuple[OneTimeCosts, ...]
    npv: float  # Σ discounted (baseline − scenario − one-time); > 0: the scenario saves
    npv_baseline: float  # present value of the baseline's running costs
    npv_scenario: float  # present value of the scenario's running and one-time costs
    payback_year: int | None
    targets: tuple[TargetChoice, ...]
    summary: dict[str, float | None]  # FTE, servers, data rooms, systems before and after
    trace: tuple[TraceLine, ...]
    notes: tuple[str, ...]  # Norwegian: what is missing, estimated or left out
    qualitative: tuple[str, ...]  # levels 4–5
    quantities: Quantities  # internal: reused by allocation and uncertainty
    evaluation: Evaluation  # internal: the one-draw evaluation
    # participants without a return: left out of every figure, or computed on estimates
    left_out: tuple[tuple[str, str], ...] = ()
    estimated: tuple[tuple[str, str], ...] = ()

    @property
    def level_label(self) -> str:
        return LEVELS[self.scenario.level]

    def trace_line(self, key: str) -> TraceLine:
        for line in self.trace:
            if line.key == key:
                return line
        raise KeyError(key)


@dataclass(frozen=True)
class Participation:
    """Who a scenario is computed for: its participants, less those without a return that it
    leaves out; `project` holds estimated figures for those it estimates."""

    project: ProjectData
    scenario: Scenario  # with the participants that are computed
    left_out: tuple[str, ...]
    estimated: tuple[str, ...]
    removed: tuple[str, ...] = ()  # removed from the project since the scenario was saved


def participation(project: ProjectData, scenario: Scenario) -> Participation:
    """The participants that are computed, by the scenario's rule for those without a return
    (`Scenario.missing`): left out, or estimated where an estimate can be made."""
    known = {m.number: m for m in project.municipalities}
    gone = {n for n, _ in project.removed}
    removed = tuple(n for n in scenario.participants if n in gone and n not in known)
    if removed:
        kept_now = tuple(n for n in scenario.participants if n not in removed)
        if not kept_now:
            raise InputError(f"Alle deltakerne i «{scenario.name}» er fjernet fra prosjektet.")
        who = participation(project, dataclasses.replace(scenario, participants=kept_now))
        return dataclasses.replace(who, removed=removed)
    unknown = [n for n in scenario.participants if n not in known]
    if unknown:
        raise InputError(f"Ukjent kommune i scenariet: {', '.join(unknown)}")
    unanswered = [n for n in scenario.participants if not known[n].answered]
    if not unanswered:
        return Participation(project, scenario, (), ())
    estimated = estimable(project, unanswered) if scenario.missing == "estimate" else ()
    left_out = tuple(n for n in unanswered if n not in estimated)
    kept = tuple(n for n in scenario.participants if n not in left_out)
    if not kept:
        raise InputError(f"Ingen av deltakerne i «{scenario.name}» har svart ennå, så "
                         "scenarioet kan ikke beregnes. Importer svarene, eller velg at "
                         "deltakere uten svar tas med med anslag.")
    data = with_estimates(project, estimated) if estimated else project
    return Participation(data, dataclasses.replace(scenario, participants=kept), left_out,
                         estimated)


def parameter_arrays(params: ParameterSet, draws: int = 1) -> dict[str, F]:
    """Every parameter's value as an array of `draws` equal values."""
    return {k: np.full(draws, v, dtype=np.float64) for k, v in params.values().items()}


def setup(project: ProjectData, scenario: Scenario
          ) -> tuple[PreparedProject, ParameterSet, Quantities, F]:
    """What compute() and the uncertainty analysis share: arrays, parameters, quantities and
    the discount factors, for the participants that are computed (`participation`)."""
    who = participation(project, scenario)
    prep = prepare(who.project)
    observed = {}
    if prep.observed_cost_per_fte:
        # what the survey says, ± two standard errors of its mean (at least ± 2 %)
        c, rel = prep.observed_cost_per_fte, max(0.02, 2 * prep.observed_cost_spread)
        observed["cost_per_fte"] = (c * (1 - rel), c, c * (1 + rel))
    params = resolve(scenario.overrides, scenario.ranges, scenario.fixed, observed)
    q = build(prep, who.scenario, params)
    return prep, params, q, discount_factors(params["discount_rate"], len(q.years))


def compute(project: ProjectData, scenario: Scenario) -> ScenarioResult:
    who = participation(project, scenario)
    prep, params, q, discount = setup(project, scenario)
    ev = evaluate(q, parameter_arrays(params), discount)
    years = q.years
    base = {k: v[0] for k, v in ev.baseline.items()}
    scen = {k: v[0] for k, v in ev.scenario.items()}
    once = {k: v[0] for k, v in ev.one_time.items()}
    net = ev.total("baseline")[0] - ev.total("scenario")[0] - ev.total("one_time")[0]
    return ScenarioResult(
        scenario=scenario, parameters=params,
        participants=tuple((prep.numbers[i], prep.names[i]) for i in q.part),
        years=years,
        baseline=tuple(YearCosts(y, *(float(base[k][i]) for k in COST_KINDS))
                       for i, y in enumerate(years)),
        costs=tuple(YearCosts(y, *(float(scen[k][i]) for k in COST_KINDS))
                    for i, y in enumerate(years)),
        one_time=tuple(OneTimeCosts(y, *(float(once[k][i]) for k in ONE_TIME_KINDS))
                       for i, y in enumerate(years)),
        npv=float(ev.npv[0]),
        npv_baseline=float(ev.total("baseline")[0] @ discount),
        npv_scenario=float((ev.total("scenario")[0] + ev.total("one_time")[0]) @ discount),
        payback_year=payback_year(net, years),
        targets=q.targets,
        summary=_summary(q, ev, prep, params),
        trace=tuple(build_trace(q, ev, params, prep)) + _result_lines(ev, net, params, years),
        notes=_participation_notes(who, project, len(scenario.participants))
        + _notes(q, scenario, prep, ev),
        # levels 4–5 described from the scenario's responsibility matrix
        qualitative=tuple(describe(lv, scenario.assessment.responsibilities)
                          for lv in (4, 5) if scenario.level >= lv),
        quantities=q, evaluation=ev,
        left_out=tuple((n, project.municipality(n).name) for n in who.left_out),
        estimated=tuple((n, project.municipality(n).name) for n in who.estimated))


def _names(project: ProjectData, numbers: tuple[str, ...]) -> str:
    names = [project.municipality(n).name for n in numbers]
    return names[0] if len(names) == 1 else (
        ", ".join(names[:-1]) + " " + tr("og") + " " + names[-1])


def _participation_notes(who: Participation, project: ProjectData, n: int
                         ) -> tuple[str, ...]:
    notes = []
    if who.removed:
        names = dict(project.removed)
        listed = ", ".join(f"{names.get(n, n)} ({n})" for n in who.removed)
        notes.append(tr("{listed} er fjernet fra prosjektet og er holdt utenfor alle tallene "
                        "i scenarioet.").format(listed=listed))
    if who.left_out:
        notes.append(tr("{names} har ikke svart og er holdt utenfor alle tallene i scenarioet "
                        "({count} av {n} deltakere). Velg «ta med med anslag» for å regne med "
                        "et anslag, eller importer svaret.").format(
            names=_names(project, who.left_out), count=len(who.left_out), n=n))
        if who.scenario.missing == "estimate":
            notes.append(tr("Et anslag kan ikke lages uten innbyggertall i registeret og minst "
                            "én kommune som har svart."))
    if who.estimated:
        answered = sum(1 for m in project.municipalities if m.answered and not m.estimated)
        notes.append(tr("{names} har ikke svart; tallene er et ANSLAG: registerets "
                        "innbyggertall ganget med snittet per innbygger for de {answered} "
                        "kommunene som har svart (bemanning, lisenser, kjøpte tjenester, "
                        "infrastruktur og nøkkeltall). Fagsystemene er ukjente, så ingen av "
                        "dem byttes.").format(names=_names(project, who.estimated),
                                              answered=answered))
    return tuple(notes)


def _result_lines(ev: Evaluation, net: F, params: ParameterSet, years: tuple[int, ...]
                  ) -> tuple[TraceLine, ...]:
    rate = params["discount_rate"]
    pb = payback_year(net, years)
    return (
        TraceLine("npv", "Nåverdi (innsparing minus kostnader)", float(ev.npv[0]), "kr",
                  "Σ_år (dagens kostnad − scenariets driftskostnad − engangskostnader) / "
                  "(1 + kalkulasjonsrente)^(år − startår)",
                  {"discount_rate": rate, "horizon_years": float(len(years)),
                   **{str(y): float(v) for y, v in zip(years, net, strict=True)}}),
        TraceLine("payback_year", "Tilbakebetalingsår", None if pb is None else float(pb), "år",
                  "første år der samlet, udiskontert innsparing er positiv og forblir ≥ 0",
                  {str(y): float(v) for y, v in zip(years, np.cumsum(net), strict=True)}),
    )


def _summary(q: Quantities, ev: Evaluation, prep: PreparedProject, params: ParameterSet
             ) -> dict[str, float | None]:
    """Counts before and after: FTE of the pooled functions (today as reported; after = the
    common unit incl. its leadership, plus what stays in each municipality), servers, data
    rooms, installations (after: the installations in a common solution by the end of the
    horizon become one shared installation per slot) and distinct systems of the
    participants."""
    d = ev.details

    def one(key: str) -> float | None:
        return float(np.asarray(d[key]).reshape(-1)[0]) if key in d else None

    mine = np.isin(prep.inst_muni, q.part)
    today = np.unique(prep.inst_key[mine])
    kept = np.unique(prep.inst_key[mine][~q.rows["within"]])
    keys_after = {prep.keys[k] for k in kept}
    keys_after |= {c.system_key for c in q.targets if c.applied and c.system_key}
    within = q.rows["within"]
    installations_after = int((~within).sum()) + len(np.unique(q.rows["slot"][within]))
    ops = one("ops_fte")
    cost_per_fte = one("cost_per_fte") or 0.0
    return {
        # the part of today's cost the model estimates: FTE without a salary cost (at the
        # cost per FTE), licences without a cost (users × the system's cost per user) and
        # the server and data-room estimate the user may set
        "cost_today_estimated": q.staff_unpriced_fte * cost_per_fte + q.lic_estimated
        + (one("hardware_today") or 0.0) + float(ev.baseline["security"][0, 0]),
        "pooled_fte_today": q.pooled_fte_known if ops is not None else None,
        "pooled_fte_after": None if ops is None else ops + (one("leadership_fte") or 0.0),
        "retained_fte_after": None if ops is None
        else float(q.staff_pooled.sum()) * params["retained_fte"],
        "physical_servers_today": q.hw_physical, "physical_servers_after": one("hosts_after"),
        "physical_servers_alone": one("hosts_alone"),
        "virtual_servers_today": q.hw_virtual, "virtual_servers_after": one("virtual_after"),
        "data_rooms_today": q.hw_rooms, "data_rooms_after": one("rooms_after"),
        "installations_switching": float(q.switches.sum()),
        "installations_today": float(mine.sum()),
        "installations_after": float(installations_after),
        "distinct_systems_today": float(len(today)),
        "distinct_systems_after": float(len(keys_after)),
    }


def _notes(q: Quantities, scenario: Scenario, prep: PreparedProject, ev: Evaluation
           ) -> tuple[str, ...]:
    n = len(q.part)
    notes = []
    if q.level >= 2:
        pooled = int(q.staff_pooled.sum())
        if pooled < n:
            notes.append(tr("{missing} av {n} kommuner mangler bemanningsdata for funksjonene "
                            "som samles og er holdt utenfor felles drift (lønn uendret)."
                            ).format(missing=n - pooled, n=n))
        pooled_n = int(q.staff_pooled.sum())
        for key, label in (("it_users", tr("IT-brukere")), ("clients", tr("Klienter")),
                           ("locations", tr("Lokasjoner")),
                           ("virtual_servers", tr("Virtuelle servere"))):
            if q.drivers_estimated[key]:
                notes.append(tr("{what} er anslått fra innbyggertall for {count} av {n} "
                                "kommuner i felles drift.").format(
                    what=label, count=q.drivers_estimated[key], n=pooled_n))
        if q.hw_municipalities < n:
            notes.append(tr("{missing} av {n} kommuner mangler tall for servere eller datarom; "
                            "deres servere og datarom er ikke regnet med i samlingen."
                            ).format(missing=n - q.hw_municipalities, n=n))
        if q.bought_external:
            notes.append(tr("Kjøpte tjenester fortsetter som i dag (med innkjøpsgevinst); "
                            "tjenester som felles drift overtar, er ikke trukket fra."))
        if scenario.organisation_form is None:
            notes.append(tr("Ingen organisasjonsform er valgt: samarbeidet har ingen "
                            "driftskostnad i beregningen."))
    if q.level >= 2 and "workload_today" in ev.details:
        today = float(ev.details["workload_today"][0])
        ops_today = float(ev.details["ops_today"][0])
        if today > 0 and abs(ops_today / today - 1) > 0.25:
            notes.append(tr("Dagens årsverk i drift og brukerstøtte ({ops}) avviker mye fra "
                            "nøkkeltallenes arbeidsmengde for dagens oppgaver ({workload}); "
                            "kalibrer nøkkeltallene eller vekten på dem.").format(
                ops=formatting.decimal(ops_today, 1), workload=formatting.decimal(today, 1)))
    if q.level >= 3 and q.undeduplicated:
        notes.append(tr("{count} installasjoner er ikke knyttet til et unikt system (ikke "
                        "deduplisert) og regnes som ulike systemer etter navnet."
                        ).format(count=q.undeduplicated))
    if q.level >= 3 and q.area_only_slots:
        notes.append(tr("Felles system er valgt for {count} hele tjenesteområder "
                        "(installasjonene mangler funksjon); et område kan ha systemer som "
                        "gjør ulike ting. Velg «ingen felles løsning» der det ikke passer."
                        ).format(count=q.area_only_slots))
    if q.staff_unknown_rows:
        notes.append(tr("{count} linjer i Bemanning mangler både årsverk og lønn."
                        ).format(count=q.staff_unknown_rows))
    if q.lic_unknown:
        notes.append(tr("{count} installasjoner mangler lisenskostnad som ikke kan anslås; de "
                        "er regnet som 0 i begge kolonner.").format(count=q.lic_unknown))
    if q.unpriced_seats:
        notes.append(tr("{count} av {seats} kommuners fagsystemer i felles løsning mangler "
                        "brukere eller kostnad; lisenskostnaden deres er holdt uendret."
                        ).format(count=q.unpriced_seats, seats=q.seats))
    if q.beyond_horizon:
        notes.append(tr("{count} installasjoner har avtale som går ut etter analyseperioden og "
                        "bytter ikke innenfor den.").format(count=q.beyond_horizon))
    if q.bought_internal:
        notes.append(tr("Kjøp mellom deltakerne ({amount} per år) er overføringer i gruppen og "
                        "er holdt utenfor.").format(amount=formatting.amount(q.bought_internal)))
    unknown = [text for count, text in (
        (q.bought_unknown, tr("{count} kjøpte tjenester").format(count=q.bought_unknown)),
        (q.infra_unknown, tr("{count} infrastrukturtjenester").format(count=q.infra_unknown)))
        if count]
    if unknown:
        notes.append(tr("{what} mangler kostnad og er ikke regnet med.").format(
            what=f" {tr('og')} ".join(unknown)))
    notes.extend(_estimate_notes(q, ev))
    if scenario.organisation_form in ("iks", "as"):
        notes.append(tr(VAT_NOTE))
    return tuple(notes)


def _estimate_notes(q: Quantities, ev: Evaluation) -> list[str]:
    """What the savings leave out because the baseline does not hold it, and what is an
    estimate rather than a reported cost."""
    d = ev.details
    notes = []
    hardware = float(d["hardware_today"][0])
    if hardware > 0:
        alone = float(d["hosts_alone"][0])
        notes.append(tr("Nullalternativet inneholder et anslag på {amount} per år for servere "
                        "og datarom: hver kommune fornyer alene sine {servers} fysiske servere "
                        "som {hosts} moderne verter (antall × årskostnad per server, pluss "
                        "datarom); kommunene har ikke oppgitt dette beløpet.").format(
            amount=formatting.amount(hardware), servers=formatting.number(q.hw_physical),
            hosts=formatting.number(alone)))
    elif q.level >= 2 and "hosts_after" in d:
        notes.append(tr("Servere og datarom: {servers} → {hosts} fysiske servere og {rooms} → "
                        "{rooms_after} datarom. Kartleggingen har ikke kostnaden deres, så "
                        "ingen innsparing er regnet med; sett årskostnad per server og per "
                        "datarom for å ta med et anslag.").format(
            servers=formatting.number(q.hw_physical),
            hosts=formatting.number(float(d["hosts_after"][0])),
            rooms=formatting.number(q.hw_rooms),
            rooms_after=formatting.number(float(d["rooms_after"][0]))))
    reported, counted = float(q.mgmt_freed_reported[-1]), float(q.mgmt_freed[-1])
    if q.level >= 3 and reported > counted + 1e-9:
        notes.append(tr("Systemforvaltning oppgitt per fagsystem ({installations} årsverk) er "
                        "mer enn Bemanning har i funksjonen Systemforvaltning ({it} årsverk). "
                        "Bare IT-ansattes andel er regnet som innsparing ({counted} av "
                        "{reported} årsverk i delte systemer); resten er tid i tjenestene og en "
                        "kvalitetsgevinst, ikke en kostnad i dag.").format(
            installations=formatting.decimal(q.mgmt_installations, 1),
            it=formatting.decimal(q.mgmt_it_fte, 1), counted=formatting.decimal(counted, 1),
            reported=formatting.decimal(reported, 1)))
    return notes
