"""«Notater for beslutning»: one page per service area of each chosen scenario at level 3 —
the candidate systems, the recommended common system and why, what moving the others costs
and when, and the risks. From the evaluation's decision notes (assessment/notes.py)."""

from __future__ import annotations

from desktop.core import formatting
from desktop.core.assessment.notes import DecisionNote
from desktop.core.reports.context import ReportData
from desktop.core.reports.document import Block, Column, Paragraph, Section, Table

RULES = {"most_users": "flest brukere", "lowest_cost_per_user": "lavest kostnad per bruker",
         "override": "brukerens valg", "none": "ingen felles løsning"}


def notes_of(data: ReportData) -> list[DecisionNote]:
    return [n for sd in data.scenarios if sd.evaluation.assessment is not None
            for n in sd.evaluation.assessment.notes]


def note_title(note: DecisionNote, several: bool) -> str:
    return (f"Notat for beslutning: {note.slot}"
            + (f" ({note.scenario})" if several else ""))


def names(municipalities: tuple[str, ...], most: int = 8) -> str:
    """`A, B, C` or `A, B, … og 12 til` (a system run by many keeps its note to a page)."""
    if len(municipalities) <= most:
        return ", ".join(municipalities)
    return f"{', '.join(municipalities[:most])} og {len(municipalities) - most} til"


MOVES_IN_FULL = 25  # more moves: one row per system left and year, so a note keeps to a page
MOVES_NOTE = ("Migrering, opplæring og parallelldrift per installasjon, i året avtalen går ut "
              "(tidligst første effektår); til sammen scenariets migreringskostnad.")


def moves_table(note: DecisionNote, key: str) -> Table:
    title = "Hva det koster å flytte de andre, og når"
    if len(note.moves) <= MOVES_IN_FULL:
        return Table(key, title, (Column("Kommune"), Column("Bytter fra"), Column("År"),
                                  Column("Engangskostnad", "kroner")),
                     tuple((m.municipality, m.product, str(m.year), round(m.cost))
                           for m in note.moves),
                     total=("Sum", "", "", round(note.move_cost)), note=MOVES_NOTE)
    groups: dict[tuple[str, int], list[float]] = {}
    for m in note.moves:
        groups.setdefault((m.product, m.year), []).append(m.cost)
    rows = tuple((product, str(year), len(costs), round(sum(costs)))
                 for (product, year), costs in sorted(groups.items(),
                                                      key=lambda kv: (kv[0][1], kv[0][0])))
    return Table(key, title, (Column("Bytter fra"), Column("År"),
                              Column("Installasjoner", "integer"),
                              Column("Engangskostnad", "kroner")),
                 rows, total=("Sum", "", len(note.moves), round(note.move_cost)),
                 note=MOVES_NOTE + " Hver kommune og installasjon står i JSON-dokumentet "
                                   "(samdrift scenario --show NAVN --json).")


def note_blocks(note: DecisionNote, key: str) -> tuple[Block, ...]:
    if note.recommended and note.rule == "override":
        head = f"Anbefalt felles system: {note.recommended} (brukerens valg)."
    elif note.recommended:
        head = (f"Anbefalt felles system: {note.recommended} ({RULES.get(note.rule, note.rule)})."
                f" {note.reason}")
    else:
        head = f"Ingen felles system anbefales i scenariet. {note.reason}"
    candidates = Table(
        f"{key} Kandidater", f"Systemene i dag: {note.slot}",
        (Column("System"), Column("Leverandør"), Column("Kommuner"), Column("Brukere", "integer"),
         Column("Kostnad per år", "kroner"), Column("Avtaleutløp", "date"), Column("Drift"),
         Column("Forvaltning", "fte")),
        tuple(((c.product + " ◆") if c.recommended else c.product, c.vendor,
               names(c.municipalities), None if c.users is None else round(c.users),
               c.yearly_cost, c.contract_end, c.hosting, c.management_fte)
              for c in note.candidates),
        note="◆ anbefalt. Kostnad per år er summen av det kommunene oppga; avtaleutløp er det "
             "tidligste. Forvaltning: årsverk systemforvaltning oppgitt per installasjon.")
    blocks: list[Block] = [Paragraph(head), candidates]
    if note.alternatives:
        blocks.append(Paragraph("Andre regler peker på: " + "; ".join(note.alternatives) + "."))
    if note.moves:
        blocks.append(moves_table(note, f"{key} Bytter"))
    elif note.recommended:
        blocks.append(Paragraph("Alle deltakerne bruker allerede det anbefalte systemet."))
    if note.risks:
        blocks.append(Paragraph("Risiko: " + " ".join(
            r if r.endswith(".") else r + "." for r in note.risks)))
    return tuple(blocks)


def build(data: ReportData) -> list[Section]:
    notes = notes_of(data)
    if not notes:
        return []
    several = len({n.scenario for n in notes}) > 1
    scenarios = sorted({n.scenario for n in notes})
    intro = Section("Notater for beslutning", (Paragraph(
        f"Ett notat per tjenesteområde for {formatting.number(len(notes))} områder i "
        f"{', '.join(f'«{s}»' for s in scenarios)} (nivå 3: felles fagsystemer): hvem som "
        "bruker hvilket system i dag, anbefalt felles system med begrunnelse, hva det koster "
        "å flytte de andre og når, og risikoene."),))
    out = [intro]
    for i, note in enumerate(notes, start=1):
        out.append(Section(note_title(note, several), note_blocks(note, f"N{i}"), level=2,
                           new_page=True, in_contents=False, group="note"))
    return out
