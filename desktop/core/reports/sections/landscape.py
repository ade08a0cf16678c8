"""«Systemlandskapet»: N installations → M distinct systems, the service area × municipality
matrix of distinct systems and the systems several municipalities share (from the catalogue's
summary and matrix)."""

from __future__ import annotations

from collections import defaultdict

from desktop.core.catalogue.matrix import NO_AREA
from desktop.core.catalogue.results import MatrixRow
from desktop.core.reports.context import ReportData
from desktop.core.reports.document import Column, Paragraph, Section, Table
from desktop.core.reports.sections.common import plural
from desktop.core.reports.sections.summary import systems_text

# Up to this many participants the municipalities are columns; beyond, they are rows.
MAX_MUNICIPALITY_COLUMNS = 8
MAX_SHARED = 30


def _counts(data: ReportData) -> dict[str, dict[str, int]]:
    """Service area -> municipality number -> distinct systems in use."""
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in data.matrix.rows:
        for number in row.cells:
            out[row.service_area or NO_AREA][number] += 1
    return out


def _per_municipality(data: ReportData) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for row in data.matrix.rows:
        for number in row.cells:
            out[number] += 1
    return out


def area_matrix(data: ReportData) -> Table:
    counts = _counts(data)
    areas = [a.service_area for a in data.catalogue.by_area]
    by_area = {a.service_area: a for a in data.catalogue.by_area}
    answered = {m.number for m in data.baseline.municipalities if m.answered}
    munis = data.matrix.municipalities
    per_muni = _per_municipality(data)

    def cell(area: str, number: str) -> int | None:
        return counts[area].get(number, 0) if number in answered else None

    silent = [name for number, name in munis if number not in answered]
    note = ("Tallene er distinkte systemer i bruk; «Alle» teller et system én gang selv om "
            "flere kommuner bruker det.")
    if silent:
        note += f" – : kommunen har ikke svart ({', '.join(silent)})."
    title = "Distinkte fagsystemer per tjenesteområde og kommune"
    if len(munis) <= MAX_MUNICIPALITY_COLUMNS:
        columns = (Column("Tjenesteområde"), *(Column(name, "integer") for _, name in munis),
                   Column("Alle", "integer"), Column("Installasjoner", "integer"))
        rows = tuple((area, *(cell(area, n) for n, _ in munis), by_area[area].systems,
                      by_area[area].installations) for area in areas)
        total = ("Sum", *(per_muni.get(n, 0) if n in answered else None for n, _ in munis),
                 data.catalogue.systems, data.catalogue.installations)
        return Table("Systemlandskap", title, columns, rows, total, note)
    columns = (Column("Kommune"), *(Column(area, "integer") for area in areas),
               Column("Sum", "integer"))
    rows = tuple((name, *(cell(area, n) for area in areas),
                  per_muni.get(n, 0) if n in answered else None) for n, name in munis)
    total = ("Alle (distinkte)", *(by_area[a].systems for a in areas), data.catalogue.systems)
    return Table("Systemlandskap", title, columns, rows, total, note)


def shared_table(data: ReportData) -> Table | None:
    shared: list[MatrixRow] = [r for r in data.matrix.rows if r.municipalities >= 2]
    if not shared:
        return None
    shared.sort(key=lambda r: (-r.municipalities, r.product.casefold()))
    rows = tuple((r.product, r.vendor, r.service_area or NO_AREA, r.municipalities, r.users,
                  r.annual_cost) for r in shared[:MAX_SHARED])
    note = ("Brukere og kostnad er summen for kommunene som har oppgitt dem; – : ingen av "
            "kommunene har oppgitt tallet (leverandør: ikke oppgitt).")
    if len(shared) > MAX_SHARED:
        note += f" Listen viser de {MAX_SHARED} mest brukte av {len(shared)}."
    return Table("Felles systemer", "Fagsystemer som brukes av flere kommuner",
                 (Column("System"), Column("Leverandør"), Column("Tjenesteområde"),
                  Column("Kommuner", "integer"), Column("Brukere", "integer"),
                  Column("Kostnad per år", "kroner")), rows, note=note)


def build(data: ReportData) -> list[Section]:
    s = data.catalogue
    text = (f"{systems_text(data)}. Kommunene har oppgitt "
            f"{plural(s.installations, 'fagsysteminstallasjon', 'fagsysteminstallasjoner')} i "
            "bruk; når like systemer er slått sammen i fagsystemkatalogen, er det "
            f"{plural(s.systems, 'distinkt system', 'distinkte systemer')}.")
    if s.undecided_names:
        text += (f" {plural(s.undecided_names, 'navn', 'navn')} "
                 f"({plural(s.undecided_installations, 'installasjon', 'installasjoner')}) er "
                 "ikke avgjort i katalogen og telles som egne systemer.")
    if s.not_in_use:
        text += (f" {plural(s.not_in_use, 'installasjon', 'installasjoner')} er merket som "
                 "avviklet og ikke talt med.")
    blocks: list[Paragraph | Table] = [Paragraph(text), area_matrix(data)]
    shared = shared_table(data)
    if shared is not None:
        blocks.append(shared)
    return [Section("Systemlandskapet", tuple(blocks))]
