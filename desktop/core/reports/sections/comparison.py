"""«Sammenligning av scenarioene»: the chosen scenarios side by side."""

from __future__ import annotations

from desktop.core import formatting
from desktop.core.reports.context import ReportData
from desktop.core.reports.document import Column, Paragraph, Section, Table
from desktop.core.reports.sections import charts
from desktop.core.reports.sections.before_after import FTE_LABEL
from desktop.core.reports.sections.before_after import NOTE as BEFORE_AFTER_NOTE
from desktop.core.reports.sections.before_after import rows as before_after_rows
from desktop.core.reports.sections.common import organisation_text, payback_text


def economy_table(data: ReportData) -> Table:
    rows = []
    for sd in data.scenarios:
        r, k = sd.result, sd.numbers
        rows.append((sd.name, k.npv, k.p10, k.p50, k.p90,
                     k.probability_positive, payback_text(k.payback_year, r.years[-1]),
                     k.one_time_total, k.yearly_saving))
    return Table(
        "Sammenligning økonomi", "Økonomi",
        (Column("Scenario"), Column("Nåverdi", "kroner"),
         Column("90 % sjanse for minst", "kroner"), Column("Median", "kroner"),
         Column("10 % sjanse for mer enn", "kroner"),
         Column("Sannsynlighet for gevinst", "percent"), Column("Tilbakebetalingsår"),
         Column("Engangskostnader", "kroner"), Column("Årlig innsparing, siste år", "kroner")),
        tuple(rows),
        note="Nåverdien er regnet over hvert scenarios analyseperiode med dets "
             "kalkulasjonsrente; scenarioer med ulike deltakere sammenligner ulike grupper.")


def structure_table(data: ReportData) -> Table:
    rows = []
    for sd in data.scenarios:
        r = sd.result
        change = {label: _change(a, b, d) for label, a, b, d in before_after_rows(r.summary)}
        rows.append((sd.name, len(r.participants), r.scenario.level,
                     organisation_text(r.scenario), *(change.get(k) for k in SHOWN)))
    return Table(
        "Sammenligning endringer", "Deltakere og endringer (i dag → etter)",
        (Column("Scenario"), Column("Deltakere", "integer"), Column("Nivå", "integer"),
         Column("Organisasjonsform"), *(Column(SHORT.get(k, k)) for k in SHOWN)),
        tuple(rows), note=BEFORE_AFTER_NOTE)


SHOWN = (FTE_LABEL, "Fysiske servere", "Datarom", "Distinkte fagsystemer")
SHORT = {FTE_LABEL: "IT-årsverk"}


def _change(before: float | None, after: float | None, decimals: int = 0) -> str | None:
    if before is None or after is None:
        return None
    return f"{formatting.decimal(before, decimals)} → {formatting.decimal(after, decimals)}"


def build(data: ReportData) -> list[Section]:
    if len(data.scenarios) < 2:  # one scenario is compared with today in its own chapter
        return []
    text = ("Tabellene stiller scenarioene ved siden av hverandre. Detaljene for hvert "
            "scenario står i kapitlene foran, og alle parametere med kilder i vedlegget.")
    return [Section("Sammenligning av scenarioene",
                    (Paragraph(text), economy_table(data), structure_table(data),
                     *charts.compared(data.scenarios, "Sammenligning")))]
