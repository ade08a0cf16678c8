"""One chapter per chosen scenario: assumptions, yearly and one-time costs, NPV with its
uncertainty, cost per municipality, notes. Every number is the scenario core's (compute,
simulate, tornado, allocate)."""

from __future__ import annotations

from desktop.core import formatting
from desktop.core.reports.context import ReportData, ScenarioData
from desktop.core.reports.document import (
    Block,
    Column,
    KeyFigure,
    KeyFigures,
    Paragraph,
    Section,
    Table,
    Value,
)
from desktop.core.reports.sections import charts
from desktop.core.reports.sections.before_after import NOTE as BEFORE_AFTER_NOTE
from desktop.core.reports.sections.before_after import rows as before_after_rows
from desktop.core.reports.sections.common import (
    first_lower,
    level_text,
    organisation_text,
    parameter_value,
    payback_text,
    percent,
)
from desktop.core.scenarios.allocation import (
    CATEGORIES,
    ESTIMATED,
    KEYS,
    LEFT_OUT,
    AllocationRule,
    MunicipalityAllocation,
    PriceModel,
)
from desktop.core.scenarios.figures import COST_KINDS, ONE_TIME_KINDS
from desktop.core.scenarios.scenario import TARGET_RULES

MAX_TORNADO = 8
def key_figures(sd: ScenarioData) -> KeyFigures:
    r, mc, k = sd.result, sd.monte_carlo, sd.numbers
    return KeyFigures((
        KeyFigure("Nåverdi", formatting.amount(k.npv),
                  f"{r.years[0]}–{r.years[-1]}, {percent(r.parameters['discount_rate'])} "
                  "kalkulasjonsrente"),
        KeyFigure("Tilbakebetalingsår", payback_text(k.payback_year, r.years[-1]),
                  "første år samlet innsparing er positiv"),
        KeyFigure("90 % sjanse for en nåverdi på minst", formatting.amount(k.p10),
                  f"P10 i {formatting.number(mc.draws)} simuleringer; medianen er "
                  f"{formatting.amount(k.p50)}"),
        KeyFigure("Sannsynlighet for positiv nåverdi", percent(mc.probability_positive, 0)),
        KeyFigure("Engangskostnader i alt", formatting.amount(k.one_time_total),
                  f"styringsramme (P50) {formatting.amount(k.one_time_p50)}, kostnadsramme "
                  f"(P85) {formatting.amount(k.one_time_p85)}"),
        KeyFigure("Driftskostnad per år i dag", formatting.amount(k.cost_today),
                  "deltakerne samlet; kjøp mellom dem regnet én gang"
                  + (f"; herav {formatting.amount(k.cost_today_estimated)} anslått der "
                     "kostnaden ikke er oppgitt" if k.cost_today_estimated else "")),
        KeyFigure(f"Årlig innsparing i {r.years[-1]}", formatting.amount(k.yearly_saving),
                  "dagens driftskostnad minus scenariets"),
    ))


def assumptions_table(sd: ScenarioData, key: str) -> Table:
    r = sd.result
    s = r.scenario
    rows: list[tuple[str, str]] = [
        ("Deltakere", f"{len(r.participants)}: " + ", ".join(nm for _, nm in r.participants)),
        ("Samarbeidsnivå", level_text(s)),
        ("Organisasjonsform", organisation_text(s)),
        ("Analyseperiode", f"{r.years[0]}–{r.years[-1]} ({len(r.years)} år), faste priser"),
        ("Kalkulasjonsrente", percent(r.parameters["discount_rate"])),
    ]
    if s.level >= 3:
        rows.append(("Felles system foreslås etter", TARGET_RULES[s.target_rule]))
    changed = sum(1 for p in r.parameters.items if p.overridden)
    rows.append(("Endrede parametere", str(changed) if changed else "Ingen (standardverdier)"))
    return Table(key, "Scenarioet", (Column("Forutsetning"), Column("Verdi")), tuple(rows))


def changed_parameters(sd: ScenarioData, key: str) -> Table | None:
    changed = [p for p in sd.result.parameters.items if p.overridden]
    if not changed:
        return None
    rows = []
    for p in changed:
        spec = p.spec
        span = (f"{parameter_value(p.low, spec.unit, spec.percent)} – "
                f"{parameter_value(p.high, spec.unit, spec.percent)}" if p.uncertain else "")
        rows.append((spec.label, parameter_value(p.value, spec.unit, spec.percent),
                     parameter_value(spec.default, spec.unit, spec.percent), span))
    return Table(key, "Parametere endret i scenarioet",
                 (Column("Parameter"), Column("Verdi"), Column("Standard"), Column("Spenn")),
                 tuple(rows), note="Alle parametere med kilder står i vedlegget.")


def targets_table(sd: ScenarioData, key: str) -> Table | None:
    chosen = [t for t in sd.result.targets if t.applied]
    if sd.result.scenario.level < 3 or not chosen:
        return None
    rows = tuple((t.slot, t.product, t.municipalities, t.installations, t.reason)
                 for t in chosen)
    return Table(key, "Felles fagsystemer",
                 (Column("Tjenesteområde"), Column("Felles system"),
                  Column("Kommuner", "integer"), Column("Installasjoner", "integer"),
                  Column("Begrunnelse")), rows)


def before_after(sd: ScenarioData, key: str) -> Table:
    summary = sd.result.summary

    def text(v: float | None, decimals: int) -> str | None:
        return None if v is None else formatting.decimal(v, decimals)

    rows = tuple((label, text(a, d), text(b, d))
                 for label, a, b, d in before_after_rows(summary))
    return Table(key, "Før og etter", (Column("Hva"), Column("I dag"), Column("Etter")),
                 rows, note=BEFORE_AFTER_NOTE)


def yearly_table(sd: ScenarioData, key: str) -> Table:
    years = sd.numbers.years
    rows = tuple((str(y.year), y.baseline_total, y.scenario_total, y.one_time_total, y.net,
                  y.cumulative) for y in years)
    return Table(
        key, "Kostnader per år",
        (Column("År"), Column("Dagens kostnad", "kroner"), Column("Scenario, drift", "kroner"),
         Column("Engangskostnader", "kroner"), Column("Netto innsparing", "kroner"),
         Column("Akkumulert", "kroner")),
        rows,
        total=("Sum", sum(y.baseline_total for y in years),
               sum(y.scenario_total for y in years), sum(y.one_time_total for y in years),
               sum(y.net for y in years), ""),
        note="Kroner i faste priser, ikke neddiskontert. Dagens kostnad holdes uendret over "
             "perioden; netto innsparing er dagens kostnad minus scenariets drifts- og "
             "engangskostnader.")


def kinds_table(sd: ScenarioData, key: str) -> Table:
    last = sd.numbers.years[-1]
    b, c = last.baseline, last.scenario
    rows: list[tuple[Value, ...]] = []
    for k, label in COST_KINDS.items():
        rows.append((label, b[k], c[k], c[k] - b[k]))
    return Table(key, f"Driftskostnad etter art i {last.year}",
                 (Column("Kostnadsart"), Column("I dag", "kroner"),
                  Column("Scenario", "kroner"), Column("Endring", "kroner")),
                 tuple(rows), total=("Sum", last.baseline_total, last.scenario_total,
                              last.scenario_total - last.baseline_total),
                 note="Siste år i analyseperioden, når alle endringer har virket.")


def budget_table(sd: ScenarioData, key: str) -> Table:
    """The one-time costs as the state project model budgets them (quantiles of a cost)."""
    k = sd.numbers
    rows = (("Beregnet med mest sannsynlige verdier", k.one_time_total),
            ("Styringsramme (P50)", k.one_time_p50), ("Kostnadsramme (P85)", k.one_time_p85))
    return Table(key, "Engangskostnader: styringsramme og kostnadsramme",
                 (Column("Mål"), Column("Engangskostnader", "kroner")), rows,
                 note="Statens prosjektmodell: styringsrammen (P50) er det prosjektet styres "
                      "etter, kostnadsrammen (P85) budsjettet med avsetning for usikkerhet; i 85 "
                      "% av simuleringene blir engangskostnadene ikke høyere.")


def one_time_table(sd: ScenarioData, key: str) -> Table:
    years = sd.numbers.years
    rows: tuple[tuple[Value, ...], ...] = tuple(
        (str(y.year), *(y.one_time[k] for k in ONE_TIME_KINDS), y.one_time_total)
        for y in years if y.one_time_total)
    return Table(key, "Engangskostnader",
                 (Column("År"), *(Column(label, "kroner") for label in ONE_TIME_KINDS.values()),
                  Column("Sum", "kroner")),
                 rows, total=("Sum", *(sum(y.one_time[k] for y in years)
                                       for k in ONE_TIME_KINDS),
                                  sd.numbers.one_time_total),
                 note="Bare år med engangskostnader er vist.")


def uncertainty_table(sd: ScenarioData, key: str) -> Table:
    k = sd.numbers
    rows = (("Beregnet med mest sannsynlige verdier", k.npv),
            ("90 % sjanse for minst (P10)", k.p10), ("Median (P50)", k.p50),
            ("10 % sjanse for mer enn (P90)", k.p90), ("Gjennomsnitt", k.mean))
    return Table(key, "Nåverdien beregnet og simulert",
                 (Column("Mål"), Column("Nåverdi", "kroner")),
                 rows, note="Nåverdien er en gevinst: i 90 % av simuleringene blir den minst "
                 "P10, i halvparten minst medianen. Styringsramme og kostnadsramme (P50 og P85 "
                 "i statens prosjektmodell) gjelder kostnader og står ved engangskostnadene.")


def tornado_table(sd: ScenarioData, key: str) -> Table | None:
    bars = [b for b in sd.tornado if b.swing > 0][:MAX_TORNADO]
    if not bars:
        return None
    params = sd.result.parameters
    rows = []
    for b in bars:
        spec = params.get(b.key).spec
        rows.append((b.label, parameter_value(b.low, spec.unit, spec.percent),
                     parameter_value(b.high, spec.unit, spec.percent), b.npv_low, b.npv_high,
                     b.swing))
    return Table(key, "Parametrene som betyr mest for nåverdien",
                 (Column("Parameter"), Column("Lav"), Column("Høy"),
                  Column("Nåverdi ved lav", "kroner"), Column("Nåverdi ved høy", "kroner"),
                  Column("Utslag", "kroner")), tuple(rows),
                 note="Hver parameter satt til lav og høy verdi mens de andre har mest "
                      "sannsynlig verdi.")


STATUS_SUFFIX = {ESTIMATED: " (anslag)", LEFT_OUT: " (ikke med: har ikke svart)"}


def municipality_label(m: MunicipalityAllocation) -> str:
    """The name, marked when its figures are an estimate or it is left out."""
    return m.name + STATUS_SUFFIX.get(m.status, "")


def allocation_table(sd: ScenarioData, key: str) -> Table:
    a = sd.allocation
    rows = tuple((municipality_label(m), m.cost_today, m.cost_scenario, m.difference,
                  m.change, m.one_time_total) for m in a.municipalities)
    t = a.totals
    change = t["scenario"] - t["today"]
    return Table(
        key, f"Kostnad per kommune i {a.year}: i dag og i scenarioet",
        (Column("Kommune"), Column("I dag", "kroner"), Column("Scenario", "kroner"),
         Column("Endring", "kroner"), Column("Endring", "percent", 1),
         Column("Engangskostnader", "kroner")),
        rows, total=("Sum", t["today"], t["scenario"], change,
                     change / t["today"] if t["today"] else None, t["one_time"] + t["hourly"]),
        note=" ".join(["Driftskostnad per år, hele kroner; engangskostnader for hele "
                       "perioden. Negativ endring: kommunen betaler mindre enn i dag.",
                       *a.notes]))


def allocation_parts(sd: ScenarioData, key: str) -> Table:
    a = sd.allocation
    rows: tuple[tuple[Value, ...], ...] = tuple(
        (municipality_label(m), m.local, *(m.parts[k] for k in CATEGORIES), m.cost_scenario)
        for m in a.municipalities)
    t = a.totals
    return Table(
        key, "Slik fordeles scenariets driftskostnad",
        (Column("Kommune"), Column("Beholdes lokalt", "kroner"),
         *(Column(label, "kroner") for label in CATEGORIES.values()),
         Column("Sum", "kroner")),
        rows, total=("Sum", t["local"], *(t[k] for k in CATEGORIES), t["scenario"]),
        note=price_model_text(a.price_model))


def price_model_text(pm: PriceModel) -> str:
    """The allocation rules in words: «Felles infrastruktur: 20 % likt, resten etter …»."""
    parts = []
    for key, label in CATEGORIES.items():
        rule: AllocationRule = getattr(pm, key)
        keys = " og ".join(first_lower(KEYS[k]) for k in rule.keys)
        text = f"resten etter {keys}" if rule.fixed_share else f"etter {keys}"
        if rule.fixed_share:
            text = f"{percent(rule.fixed_share, 0)} likt, " + text
        parts.append(f"{first_lower(label)}: {text}")
    return "Felles kostnader fordeles etter prismodellen: " + "; ".join(parts) + "."


def notes_blocks(sd: ScenarioData) -> tuple[Paragraph, ...]:
    out = [Paragraph(n, "note") for n in sd.result.notes]
    out += [Paragraph(q) for q in sd.result.qualitative]
    return tuple(out) or (Paragraph("Ingen merknader."),)


def build_one(data: ReportData, index: int, sd: ScenarioData) -> list[Section]:
    """The chapter of one scenario. Its yearly cost, cash flow and before/after charts are
    drawn here when it is the only scenario; with two to four they are drawn once, side by
    side, in the comparison."""
    alone = not 2 <= len(data.scenarios) <= 4
    r = sd.result
    k = f"S{index + 1}"
    intro = (f"«{sd.name}»: {len(r.participants)} kommuner, "
             f"{first_lower(level_text(r.scenario))}, "
             f"{first_lower(organisation_text(r.scenario))}. ")
    intro += ("Scenarioet sparer penger over analyseperioden." if r.npv > 0 else
              "Scenarioet koster mer enn dagens drift over analyseperioden.")
    first: list[Block] = [Paragraph(intro), key_figures(sd)]
    assumptions: list[Block | None] = [
        assumptions_table(sd, f"{k} Forutsetninger"),
        changed_parameters(sd, f"{k} Endrede parametere"),
        targets_table(sd, f"{k} Felles fagsystemer"),
        before_after(sd, f"{k} Før og etter"),
        charts.before_after(sd, f"{k} Figur før og etter") if alone else None]
    costs: list[Block | None] = [
        yearly_table(sd, f"{k} Kostnader per år"),
        charts.yearly_costs(sd, f"{k} Figur kostnader") if alone else None,
        kinds_table(sd, f"{k} Kostnad etter art"),
        one_time_table(sd, f"{k} Engangskostnader"),
        budget_table(sd, f"{k} Kostnadsramme"),
        charts.cash_flow(sd, f"{k} Figur kontantstrøm") if alone else None]
    mc = sd.monte_carlo
    uncertainty: list[Block | None] = [
        Paragraph(f"Usikre parametere er trukket {formatting.number(mc.draws)} ganger "
                  f"({mc.distribution.upper()}-fordeling) med fast startverdi {mc.seed}, så "
                  "beregningen gir de samme tallene i appen, i rapporten og hver gang den "
                  "gjentas. Et spenn følger verdien brukeren har satt, og parametere som "
                  "henger sammen, trekkes samvarierende. Sannsynligheten for at scenarioet "
                  f"sparer penger er {percent(mc.probability_positive, 0)}."),
        uncertainty_table(sd, f"{k} Usikkerhet"),
        charts.npv_distribution(sd, f"{k} Figur fordeling"),
        tornado_table(sd, f"{k} Følsomhet"),
        charts.tornado(sd, f"{k} Figur følsomhet")]
    allocation: list[Block | None] = [allocation_table(sd, f"{k} Kostnad per kommune"),
                                      allocation_parts(sd, f"{k} Fordeling")]

    def blocks(items: list[Block | None]) -> tuple[Block, ...]:
        return tuple(b for b in items if b is not None)

    return [
        Section(f"Scenario: {sd.name}", blocks(list(first))),
        Section(f"Forutsetninger – {sd.name}", blocks(assumptions), level=2),
        Section(f"Kostnader – {sd.name}", blocks(costs), level=2),
        Section(f"Nåverdi og usikkerhet – {sd.name}", blocks(uncertainty), level=2),
        Section(f"Kostnad per kommune – {sd.name}", blocks(allocation), level=2),
        Section(f"Merknader – {sd.name}", notes_blocks(sd), level=2),
    ]


def build(data: ReportData) -> list[Section]:
    out: list[Section] = []
    from desktop.core.reports.sections import assessment

    for i, sd in enumerate(data.scenarios):
        out += build_one(data, i, sd) + assessment.sections(i, sd)
    return out
