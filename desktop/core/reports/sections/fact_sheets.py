"""«Faktaark per kommune» for the hearing in each council: one page per participant — its
figures today, in each chosen scenario, its share and the key behind it, the systems it would
change and what happens to its staff. Every figure is the baseline's or the evaluation's."""

from __future__ import annotations

from collections.abc import Callable

from desktop.core import formatting
from desktop.core.reports.context import ReportData, ScenarioData
from desktop.core.reports.document import Block, Column, Paragraph, Section, Table
from desktop.core.reports.sections.scenario import price_model_text
from desktop.core.scenarios.allocation import CATEGORIES, MunicipalityAllocation
from desktop.core.scenarios.baseline import MunicipalityBaseline
from desktop.core.scenarios.prepared import POOLED_FUNCTIONS


def participants(data: ReportData) -> list[MunicipalityBaseline]:
    """The municipalities of the project in at least one chosen scenario, in the baseline's
    order."""
    chosen = {n for sd in data.scenarios for n, _ in sd.result.participants}
    return [m for m in data.baseline.municipalities if m.number in chosen]


def today_table(m: MunicipalityBaseline, key: str) -> Table:
    def text(value: float | None, show: Callable[[float], str]) -> str | None:
        return None if value is None else show(value)

    rows = (("Innbyggere", text(m.facts["inhabitants"].value, formatting.number)),
            ("IT-brukere", text(m.facts["it_users"].value, formatting.number)),
            ("IT-årsverk", text(m.it_fte.value, formatting.fte)),
            ("IT-kostnad per år", text(m.it_cost.value, formatting.kroner)),
            ("Ulike fagsystemer", text(m.distinct_systems.value, formatting.number)))
    return Table(key, "I dag (kartleggingen)", (Column("Hva"), Column("Verdi")), rows)


def scenario_rows(m: MunicipalityBaseline, data: ReportData
                  ) -> list[tuple[ScenarioData, MunicipalityAllocation]]:
    out = []
    for sd in data.scenarios:
        row = next((a for a in sd.allocation.municipalities if a.number == m.number), None)
        if row is not None:
            out.append((sd, row))
    return out


def scenarios_table(m: MunicipalityBaseline, data: ReportData, key: str) -> Table:
    rows = []
    for sd, a in scenario_rows(m, data):
        shared = sum(v or 0 for v in a.parts.values())
        total = sum(sd.allocation.totals.get(c, 0) for c in CATEGORIES)
        rows.append((sd.name, a.cost_today, a.cost_scenario, a.difference,
                     a.change, shared / total if total else None,
                     a.one_time_total))
    return Table(key, "I scenarioene (år med full effekt)",
                 (Column("Scenario"), Column("Kostnad i dag", "kroner"),
                  Column("I scenariet", "kroner"), Column("Endring", "kroner"),
                  Column("Endring", "percent", 1), Column("Andel av felles", "percent", 1),
                  Column("Engangskostnad", "kroner")), tuple(rows),
                 note="Kostnad i dag er modellens: kartleggingens IT-kostnad med anslag der en "
                      "kostnad ikke er oppgitt (f.eks. servere og datarom), så den kan avvike "
                      "fra IT-kostnaden over. Andel av felles: kommunens del av de felles "
                      "driftskostnadene.")


Change = tuple[str, str, str, str, str, int]


def changes_by_municipality(data: ReportData) -> dict[str, list[Change]]:
    """The system changes of every decision note, by municipality number (read once)."""
    out: dict[str, list[Change]] = {}
    for sd in data.scenarios:
        a = sd.evaluation.assessment
        if a is None:
            continue
        for note in a.notes:
            for move in note.moves:
                out.setdefault(move.number, []).append(
                    (sd.name, note.slot, move.product, note.recommended or "–", str(move.year),
                     round(move.cost)))
    return out


def changes_table(rows: list[Change], key: str) -> Table | None:
    if not rows:
        return None
    return Table(key, "Fagsystemer kommunen bytter",
                 (Column("Scenario"), Column("Tjenesteområde"), Column("Fra"), Column("Til"),
                  Column("År"), Column("Engangskostnad", "kroner")), tuple(rows))


def staff_table(m: MunicipalityBaseline, data: ReportData, key: str) -> Table | None:
    moved = sum(m.fte_by_function[f].value or 0 for f in POOLED_FUNCTIONS
                if f in m.fte_by_function)
    rows: list[tuple[str, float, float | None]] = []
    for sd, a in scenario_rows(m, data):
        if sd.scenario.level >= 2 and a.pooled:
            kept = sd.result.parameters["retained_fte"]
            rows.append((sd.name, moved, kept))
        elif sd.scenario.level >= 2:
            rows.append((sd.name, 0.0, None))
    if not rows:
        return None
    return Table(key, "De ansatte",
                 (Column("Scenario"), Column("Årsverk til felles enhet", "fte"),
                  Column("Igjen lokalt (IT-/digitaliseringsansvar)", "fte")), tuple(rows),
                 note="Årsverk til felles enhet: kommunens årsverk i IT-ledelse, drift og "
                      "brukerstøtte i kartleggingen. – : kommunen er ikke med i felles drift.")


def keys_text(m: MunicipalityBaseline, data: ReportData) -> list[Paragraph]:
    """The key behind the share, once per distinct price model."""
    by_text: dict[str, list[str]] = {}
    for sd, _ in scenario_rows(m, data):
        by_text.setdefault(price_model_text(sd.allocation.price_model), []).append(sd.name)
    if len(by_text) == 1:
        return [Paragraph(text, "note") for text in by_text]
    return [Paragraph(f"{', '.join(f'«{n}»' for n in names)}: {text}", "note")
            for text, names in by_text.items()]


IN_PDF_AT_MOST = 40  # more participants: the fact sheets are files only (--fact-sheets)


def sheet(m: MunicipalityBaseline, data: ReportData, i: int, changes: list[Change],
          printed: bool = True) -> Section:
    k = f"F{i}"
    blocks: list[Block | None] = [
        today_table(m, f"{k} I dag {m.name}"),
        scenarios_table(m, data, f"{k} Scenarioer {m.name}"),
        *keys_text(m, data),
        changes_table(changes, f"{k} Bytter {m.name}"),
        staff_table(m, data, f"{k} Ansatte {m.name}"),
    ]
    if not m.answered:
        blocks.insert(0, Paragraph("Kommunen har ikke svart på kartleggingen; tallene mangler "
                                   "eller er anslag.", "note"))
    return Section(f"Faktaark: {m.name} ({m.number})",
                   tuple(b for b in blocks if b is not None), level=2, new_page=True,
                   in_contents=False, printed=printed, group="fact_sheet")


def build(data: ReportData) -> list[Section]:
    people = participants(data)
    if not people:
        return []
    printed = len(people) <= IN_PDF_AT_MOST
    text = ("Én side per deltaker til behandlingen i kommunestyret: kommunens tall i dag, i hvert "
            "scenario, andelen og nøkkelen bak den, fagsystemene den bytter og hva som skjer med "
            "de ansatte.")
    if not printed:
        text += (f" Med {len(people)} deltakere står faktaarkene ikke i rapporten; skriv dem "
                 "som egne filer (samdrift report … --fact-sheets MAPPE).")
    changes = changes_by_municipality(data)
    return [Section("Faktaark per kommune", (Paragraph(text),)),
            *(sheet(m, data, i, changes.get(m.number, []), printed)
              for i, m in enumerate(people, start=1))]
