"""«Sammendrag»: the key numbers, the scenarios in brief and the user's recommendation."""

from __future__ import annotations

from desktop.core import formatting
from desktop.core.project.results import ReturnStatus
from desktop.core.reports.context import ReportData
from desktop.core.reports.document import (
    Column,
    KeyFigure,
    KeyFigures,
    Paragraph,
    Section,
    Table,
)
from desktop.core.reports.sections.common import missing_note, payback_text, plural, value_of

NO_RECOMMENDATION = "Anbefalingen er ikke skrevet ennå."


def returned(data: ReportData) -> int:
    return sum(1 for s in data.statuses if s.status in (ReturnStatus.RETURNED,
                                                        ReturnStatus.IMPORTED_WITH_ISSUES))


def systems_text(data: ReportData) -> str:
    """«51 367 installasjoner → 224 distinkte systemer» (the catalogue's summary)."""
    s = data.catalogue
    return (f"{plural(s.installations, 'installasjon', 'installasjoner')} → "
            f"{plural(s.systems, 'distinkt system', 'distinkte systemer')}")


def cost_figure(data: ReportData) -> KeyFigure:
    """What IT costs today: the figure every scenario of all who answered starts from."""
    today = data.cost_today
    if today is None:
        return KeyFigure("IT-kostnad per år i dag", "mangler", "Ingen kommuner har svart ennå.")
    note = ("Lønn, lisenser, kjøpte tjenester og infrastruktur; kjøp mellom deltakerne er "
            "regnet én gang")
    if today.estimated:
        note += (f"; herav {formatting.amount(today.estimated)} anslått der kostnaden ikke er "
                 "oppgitt (årsverk uten lønn, fagsystemer uten lisenskostnad)")
    if today.not_answered:
        note += (f"; uten {', '.join(today.not_answered)}, som ikke har svart")
    return KeyFigure("IT-kostnad per år i dag", formatting.amount(today.total), note + ".")


def key_figures(data: ReportData) -> KeyFigures:
    total = data.baseline.total
    n = len(data.statuses)
    items = [
        KeyFigure("Deltakende kommuner", formatting.number(n)),
        KeyFigure("Svar mottatt", f"{returned(data)} av {n}",
                  "kommuner som har levert spørreskjemaet"),
        KeyFigure("Fagsystemer", systems_text(data),
                  "installasjoner i bruk og de distinkte systemene de er"),
        KeyFigure("IT-årsverk i dag", value_of(total.it_fte, formatting.fte),
                  missing_note(total.it_fte, "fra bemanningsskjemaene")),
        cost_figure(data),
    ]
    for sd in data.scenarios:
        r, k = sd.result, sd.numbers
        items.append(KeyFigure(
            f"«{sd.name}»: nåverdi", formatting.amount(k.npv),
            f"{r.years[0]}–{r.years[-1]}; tilbakebetalt: "
            f"{payback_text(k.payback_year, r.years[-1]).lower()}"))
    return KeyFigures(tuple(items))


def scenario_table(data: ReportData) -> Table:
    rows = []
    for sd in data.scenarios:
        r, k = sd.result, sd.numbers
        rows.append((sd.name, len(r.participants), r.scenario.level, k.npv, k.p10,
                     k.p90, payback_text(k.payback_year, r.years[-1])))
    return Table(
        "Sammendrag scenarioer", "Scenarioene i korte trekk",
        (Column("Scenario"), Column("Deltakere", "integer"), Column("Nivå", "integer"),
         Column("Nåverdi", "kroner"), Column("90 % sjanse for minst", "kroner"),
         Column("10 % sjanse for mer enn", "kroner"), Column("Tilbakebetalingsår")),
        tuple(rows),
        note="Nåverdi: innsparing minus kostnader over analyseperioden, neddiskontert; positiv "
             "betyr at scenarioet sparer penger. 80 % av simuleringene gir en nåverdi mellom "
             "«90 % sjanse for minst» (P10) og «10 % sjanse for mer enn» (P90).")


def recommendation_blocks(text: str) -> tuple[Paragraph, ...]:
    """The user's text as written: paragraphs split at blank lines, nothing interpreted."""
    parts = [p.strip("\n") for p in text.replace("\r\n", "\n").split("\n\n")]
    paragraphs = tuple(Paragraph(p, "recommendation") for p in parts if p.strip())
    return paragraphs or (Paragraph(NO_RECOMMENDATION, "note"),)


def build(data: ReportData) -> list[Section]:
    n = len(data.statuses)
    intro = (f"Rapporten oppsummerer kartleggingen av IT i {plural(n, 'kommune', 'kommuner')} "
             f"(prosjektet «{data.name}»): hvem som har svart, fagsystemene, bemanningen og hva "
             "IT koster i dag")
    if data.scenarios:
        intro += (f", og {plural(len(data.scenarios), 'scenario', 'scenarioer')} for samarbeid "
                  "med kostnader, nåverdi, usikkerhet og fordeling per kommune.")
    else:
        intro += ". Ingen scenarioer er valgt."
    blocks: list[Paragraph | KeyFigures | Table] = [Paragraph(intro), key_figures(data)]
    if data.scenarios:
        blocks.append(scenario_table(data))
    for name, why in data.not_computed:
        blocks.append(Paragraph(f"Scenarioet «{name}» er valgt, men kan ikke beregnes på "
                                f"dataene slik de er nå: {why}", "note"))
    return [Section("Sammendrag", tuple(blocks)),
            Section("Anbefaling", recommendation_blocks(data.recommendation), level=2)]
