"""«Kartlegging og datagrunnlag»: who returned what and when, open issues per municipality
and what is missing."""

from __future__ import annotations

from collections import Counter, defaultdict

from desktop.core import formatting
from desktop.core.project.results import ReturnStatus
from desktop.core.questionnaire.spec import MUNICIPALITY
from desktop.core.reports.context import ReportData
from desktop.core.reports.document import Column, Paragraph, Section, Table
from desktop.core.reports.sections.common import plural
from desktop.core.reports.sections.summary import returned

STATUS_TEXT = {
    ReturnStatus.NOT_SENT: "Ikke sendt ut",
    ReturnStatus.SENT: "Sendt, ikke svart",
    ReturnStatus.RETURNED: "Svar mottatt",
    ReturnStatus.IMPORTED_WITH_ISSUES: "Svar mottatt, med merknader",
}
SEVERITY_TEXT = {"error": "Feil", "warning": "Advarsel", "info": "Merknad"}
MAX_ISSUES = 150  # rows in the issue list; the rest is counted in the note
FACTS_SHOWN = ("inhabitants", "employees_fte", "it_users", "clients", "locations",
               "data_rooms", "physical_servers", "virtual_servers")


def status_table(data: ReportData) -> Table:
    rows = tuple(
        (s.number, s.name, STATUS_TEXT[s.status], s.file_name,
         s.received_at.date() if s.received_at else None,
         s.installations if s.file_name else None, s.errors, s.warnings,
         s.superseded)
        for s in data.statuses)
    waiting = [s.name for s in data.statuses if s.file_name is None]
    note = "Mottatt: datoen svaret ble lest inn. Erstattet: tidligere innsendte versjoner."
    if waiting:
        note += (" – for fil, mottatt og installasjoner: kommunen har ikke svart "
                 f"({', '.join(waiting)}).")
    return Table(
        "Svar", "Svar per kommune",
        (Column("Nr."), Column("Kommune"), Column("Status"), Column("Fil"),
         Column("Mottatt", "date"), Column("Installasjoner", "integer"),
         Column("Feil", "integer"), Column("Advarsler", "integer"),
         Column("Erstattet", "integer")),
        rows,
        total=("", "Sum", f"{returned(data)} av {len(data.statuses)} svar", "", "",
               sum(s.installations for s in data.statuses if s.file_name),
               sum(s.errors for s in data.statuses), sum(s.warnings for s in data.statuses),
               sum(s.superseded for s in data.statuses)),
        note=note)


def missing_by_municipality(data: ReportData) -> list[tuple[str, str]]:
    """(municipality, what is missing) for every participant lacking something."""
    no_cost: Counter[str] = Counter()
    no_users: Counter[str] = Counter()
    in_use: Counter[str] = Counter()
    for i in data.project.installations:
        if i.in_use:
            in_use[i.municipality] += 1
            no_cost[i.municipality] += i.annual_cost is None
            no_users[i.municipality] += i.users is None
    staff_no_cost: Counter[str] = Counter()
    for s in data.project.staffing:
        staff_no_cost[s.municipality] += s.cost is None and s.fte is not None
    out = []
    for m in data.baseline.municipalities:
        if not m.answered:
            out.append((m.name, "Har ikke svart: alle tall mangler."))
            continue
        parts = []
        facts = [MUNICIPALITY.field(k).label for k in FACTS_SHOWN if m.facts[k].value is None]
        if facts:
            parts.append("Kommunefakta: " + ", ".join(facts).lower())
        if m.it_fte.value is None:
            parts.append("ingen bemanning oppgitt")
        elif staff_no_cost[m.number]:
            parts.append(f"{plural(staff_no_cost[m.number], 'bemanningslinje', 'bemanningslinjer')}"
                         " uten lønnskostnad")
        n = in_use[m.number]
        if n == 0:
            parts.append("ingen fagsystemer oppgitt")
        else:
            if no_cost[m.number]:
                parts.append(f"{no_cost[m.number]} av {n} fagsystemer uten lisenskostnad")
            if no_users[m.number]:
                parts.append(f"{no_users[m.number]} av {n} fagsystemer uten antall brukere")
        if parts:
            text = "; ".join(parts)
            out.append((m.name, text[0].upper() + text[1:] + "."))
    return out


def missing_table(data: ReportData) -> Table | Paragraph:
    rows = missing_by_municipality(data)
    if not rows:
        return Paragraph("Alle kommunene har svart, og ingen av tallene rapporten bygger på "
                         "mangler.")
    return Table("Mangler", "Mangler per kommune", (Column("Kommune"), Column("Mangler")),
                 tuple(rows),
                 note="Tall som mangler, regnes aldri som null: summene i rapporten sier hvor "
                      "mange kommuner de mangler for.")


def issue_table(data: ReportData) -> Table | Paragraph:
    shown = [i for i in data.issues if i.severity in ("error", "warning")]
    if not shown:
        return Paragraph("Ingen feil eller advarsler står åpne i svarene som er lest inn.")
    rows = tuple((i.municipality_name, SEVERITY_TEXT.get(i.severity, i.severity),
                  i.sheet, i.cell, i.raw_value, i.message) for i in shown[:MAX_ISSUES])
    note = ("Feil: verdien kunne ikke leses og mangler. Advarsel: verdien er tolket (f.eks. "
            "«ca. 150» som 150) eller ser mistenkelig ut. – : ikke aktuelt.")
    if len(shown) > MAX_ISSUES:
        note += (f" Listen viser de første {MAX_ISSUES} av {formatting.number(len(shown))}; "
                 "alle står i regnearket og i samdrift status.")
    infos = sum(1 for i in data.issues if i.severity == "info")
    if infos:
        note += f" {plural(infos, 'merknad', 'merknader')} (f.eks. ekstra kolonner) er ikke vist."
    return Table("Merknader", "Åpne feil og advarsler",
                 (Column("Kommune"), Column("Type"), Column("Ark"), Column("Celle"),
                  Column("Verdi"), Column("Merknad")), rows, note=note)


def issues_per_municipality(data: ReportData) -> Table | None:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for i in data.issues:
        counts[i.municipality_name or "Ukjent"][i.severity] += 1
    if not counts:
        return None
    rows = tuple((name, c["error"], c["warning"], c["info"])
                 for name, c in sorted(counts.items(), key=lambda kv: kv[0].casefold()))
    return Table("Merknader per kommune", "Åpne merknader per kommune",
                 (Column("Kommune"), Column("Feil", "integer"), Column("Advarsler", "integer"),
                  Column("Merknader", "integer")), rows,
                 total=("Sum", sum(r[1] for r in rows), sum(r[2] for r in rows),
                        sum(r[3] for r in rows)))


def build(data: ReportData) -> list[Section]:
    n, got = len(data.statuses), returned(data)
    with_issues = sum(1 for s in data.statuses if s.status is ReturnStatus.IMPORTED_WITH_ISSUES)
    text = (f"{got} av {n} kommuner har svart på spørreskjemaet. {with_issues} av svarene har "
            "feil eller advarsler fra innlesingen; de står under, med ark, celle og verdien "
            "slik den ble skrevet." if got else
            f"Ingen av de {n} kommunene har svart på spørreskjemaet ennå.")
    blocks: list[Paragraph | Table] = [Paragraph(text), status_table(data)]
    per = issues_per_municipality(data)
    if per is not None:
        blocks.append(per)
    return [
        Section("Kartlegging og datagrunnlag", tuple(blocks)),
        Section("Hva som mangler", (missing_table(data),), level=2),
        Section("Feil og advarsler i svarene", (issue_table(data),), level=2),
    ]
