"""«Vedlegg»: every parameter of the model, its value in each chosen scenario and its source,
and how the numbers were computed."""

from __future__ import annotations

from desktop.core import formatting
from desktop.core.reports.context import ReportData
from desktop.core.reports.document import Column, Paragraph, Section, Table
from desktop.core.scenarios.parameters import PARAMETERS, ParameterValue, resolve


def _groups() -> list[str]:
    out: list[str] = []
    for p in PARAMETERS:
        if p.group not in out:
            out.append(p.group)
    return out


def number(value: float, is_percent: bool) -> str:
    """A parameter's value without its unit (the unit has its own column)."""
    return formatting.decimal(value * 100 if is_percent else value, 2)


def _value(v: ParameterValue) -> str:
    text = number(v.value, v.spec.percent)
    return text + " *" if v.overridden else text


def parameter_table(data: ReportData, group: str, index: int) -> Table:
    sets = [sd.result.parameters for sd in data.scenarios]
    defaults = resolve()
    rows = []
    for spec in (p for p in PARAMETERS if p.group == group):
        d = defaults.get(spec.key)
        span = (f"{number(d.low, spec.percent)} – {number(d.high, spec.percent)}"
                if spec.uncertain else "")
        rows.append((spec.label, spec.unit, number(spec.default, spec.percent), span,
                     *(_value(s.get(spec.key)) for s in sets), spec.source))
    return Table(
        f"Parametere {index}", f"Parametere: {group.lower()}",
        (Column("Parameter"), Column("Enhet"), Column("Standard"), Column("Spenn"),
         *(Column(sd.name) for sd in data.scenarios), Column("Kilde")),
        tuple(rows),
        note="* : endret i scenarioet. Spennet brukes i usikkerhetsanalysen (Monte Carlo og "
             "følsomhet).")


def method_text(data: ReportData) -> tuple[Paragraph, ...]:
    out = [Paragraph(
        "Dagens situasjon bygger på svarene slik de er lest inn; det som mangler, er vist som "
        "mangler og aldri som null. Scenarioene regnes i faste priser over analyseperioden: "
        "dagens driftskostnad for deltakerne holdes uendret, og scenariets drifts- og "
        "engangskostnader trekkes fra. Nåverdien er den neddiskonterte summen av netto "
        "innsparing; tilbakebetalingsåret er første år da samlet, udiskontert innsparing er "
        "positiv og forblir det.")]
    if data.scenarios:
        seeds = sorted({sd.monte_carlo.seed for sd in data.scenarios})
        out.append(Paragraph(
            f"Usikkerheten er beregnet ved å regne hvert scenario {formatting.number(data.draws)} "
            "ganger med tilfeldig valgte verdier for de usikre parameterne, innenfor spennet "
            "fra lav til høy (Monte Carlo-simulering med beta-PERT-fordeling). Simuleringene "
            f"starter fra en fast startverdi ({', '.join(map(str, seeds))}), så den samme "
            "rapporten gir de samme tallene igjen."))
    return tuple(out)


def _shown(value: object) -> str:
    if value is None:
        return "(tom)"
    if isinstance(value, float):
        return formatting.decimal(value, 2)
    if isinstance(value, int):
        return formatting.number(value)
    return str(value)


def corrections_section(data: ReportData) -> Section | None:
    """«Rettede verdier»: every value corrected after import, from what to what, by whom and
    why (the value as read and its raw text are kept in the project)."""
    if not data.corrections:
        return None
    rows = tuple((f"{c.municipality} {c.municipality_name}", c.cell, c.field_label,
                  _shown(c.from_value) + (f" («{c.raw}»)" if c.raw else ""), _shown(c.to_value),
                  c.by, formatting.date(c.at.date()), c.reason) for c in data.corrections)
    return Section("Rettede verdier", (Table(
        "Rettinger", "Verdier rettet etter innlesing",
        (Column("Kommune"), Column("Celle"), Column("Felt"), Column("Fra"), Column("Til"),
         Column("Av"), Column("Dato"), Column("Begrunnelse")), rows,
        note="Tallene i rapporten bruker de rettede verdiene; verdien slik den ble lest og "
             "teksten kommunen skrev er tatt vare på i prosjektet."),), level=2)


def notes_section(data: ReportData) -> Section | None:
    if not data.notes:
        return None
    return Section("Notater", tuple(Paragraph(f"{n.label}: {n.text}") for n in data.notes),
                   level=2)


def build(data: ReportData) -> list[Section]:
    extra = [s for s in (corrections_section(data), notes_section(data)) if s is not None]
    out = [Section("Vedlegg: parametere og kilder", (
        Paragraph("Hver parameter i modellen med standardverdi, spenn, verdien i hvert "
                  "scenario og hvor standardverdien kommer fra."), *method_text(data))), *extra]
    for i, group in enumerate(_groups(), start=1):
        out.append(Section(group, (parameter_table(data, group, i),), level=2))
    return out
