"""«Bemanning, kostnader og sårbarhet»: IT FTE by function and IT cost by kind per
municipality, the key figures and the vulnerability flags of the scenario baseline."""

from __future__ import annotations

from desktop.core import formatting
from desktop.core.questionnaire.spec import IT_FUNCTIONS
from desktop.core.reports.context import ReportData
from desktop.core.reports.document import (
    Column,
    KeyFigure,
    KeyFigures,
    Paragraph,
    Section,
    Table,
)
from desktop.core.reports.sections.common import missing_note
from desktop.core.scenarios.baseline import KEY_FIGURES
from desktop.core.scenarios.figures import BASELINE_COST_KINDS, BASELINE_LABELS, Figure

MAX_FLAG_DETAILS = 60
FLAG_TEXT = {"small_it_unit": "Liten IT-enhet", "owner_many_systems": "Mange systemer på én",
             "double_counting": "Mulig dobbelttelling"}


def _partial(rows: list[tuple[str, Figure]]) -> list[str]:
    return [name for name, f in rows if f.value is not None and f.missing]


def _missing_note(silent: list[str], partial: list[str]) -> str:
    parts = []
    if silent:
        parts.append(f"– : ikke oppgitt ({', '.join(silent)})")
    if partial:
        parts.append("summen er det som er oppgitt; noe mangler for " + ", ".join(partial))
    return (". ".join(p[0].upper() + p[1:] for p in parts) + ".") if parts else ""


def fte_table(data: ReportData) -> Table:
    munis = data.baseline.municipalities
    rows = tuple((m.name, *(m.fte_by_function[f].value for f in IT_FUNCTIONS), m.it_fte.value)
                 for m in munis)
    t = data.baseline.total
    silent = [m.name for m in munis if m.it_fte.value is None]
    partial = _partial([(m.name, m.it_fte) for m in munis])
    return Table(
        "IT-årsverk", "IT-årsverk per funksjon",
        (Column("Kommune"), *(Column(f, "fte") for f in IT_FUNCTIONS), Column("Sum", "fte")),
        rows, ("Sum", *(t.fte_by_function[f].value for f in IT_FUNCTIONS), t.it_fte.value),
        note=" ".join(filter(None, ["Årsverk fra skjemaet Bemanning.",
                                    _missing_note(silent, partial)])))


def cost_kinds(data: ReportData) -> tuple[str, ...]:
    """The cost kinds to show: sales to other participants only when there are any."""
    t = data.baseline.total
    return tuple(k for k in BASELINE_COST_KINDS
                 if k != "internal_sales" or (t.cost_by_kind[k].value or 0) != 0
                 or any((m.cost_by_kind[k].value or 0) != 0
                        for m in data.baseline.municipalities))


def cost_table(data: ReportData) -> Table:
    munis = data.baseline.municipalities
    t = data.baseline.total
    kinds = cost_kinds(data)
    rows = tuple((m.name, *(m.cost_by_kind[k].value for k in kinds),
                  m.it_cost.value, m.key_figures["it_cost_per_inhabitant"].value)
                 for m in munis)
    silent = [m.name for m in munis if m.it_cost.value is None]
    partial = _partial([(m.name, m.it_cost) for m in munis])
    per_inhabitant = t.key_figures["it_cost_per_inhabitant"]
    return Table(
        "IT-kostnad", "IT-kostnad per år etter art",
        (Column("Kommune"), *(Column(BASELINE_LABELS[k], "kroner") for k in kinds),
         Column("Sum", "kroner"), Column("Per innbygger", "kroner")),
        rows, ("Sum", *(t.cost_by_kind[k].value for k in kinds), t.it_cost.value,
               per_inhabitant.value),
        note=" ".join(filter(None, [
            "Lønn fra Bemanning, lisens og vedlikehold fra Fagsystemer, kjøpte tjenester og "
            "infrastruktur fra sine skjemaer. En tjeneste én deltaker kjøper av en annen, "
            "er kjøperens kostnad og er trukket fra selgerens, så den telles én gang. Per "
            "innbygger i sumlinjen gjelder kommunene der både kostnad og innbyggertall er "
            "fullstendige.",
            _model_note(data),
            _missing_note(silent, partial)])))


def _model_note(data: ReportData) -> str:
    today = data.cost_today
    if today is None or not today.estimated:
        return ""
    return (f"Tabellen viser det kommunene har oppgitt. IT-kostnaden i dag i sammendraget og i "
            f"scenarioene ({formatting.amount(today.total)}) har i tillegg et anslag på "
            f"{formatting.amount(today.estimated)} der kostnaden mangler.")


def key_figures(data: ReportData) -> KeyFigures:
    items = []
    for key, (label, unit) in KEY_FIGURES.items():
        f = data.baseline.total.key_figures[key]
        if f.value is None:
            value = "mangler"
        elif unit == "kr":
            value = formatting.kroner(f.value)
        else:  # users are whole people; an average of systems or FTEs has a decimal
            value = f"{formatting.decimal(f.value, 0 if unit == 'brukere' else 1)}" \
                    f"{formatting.NBSP}{unit}"
        items.append(KeyFigure(label, value, missing_note(f, "alle kommunene samlet")))
    return KeyFigures(tuple(items))


def flags_table(data: ReportData) -> Table | Paragraph:
    """One row per flagged municipality: the size of its IT unit and how many flags of each
    kind it has."""
    rows = []
    for m in data.baseline.municipalities:
        if not m.flags:
            continue
        count = {code: sum(1 for f in m.flags if f.code == code) for code in FLAG_TEXT}
        rows.append((m.name, m.it_fte.value, "Ja" if count["small_it_unit"] else "",
                     count["owner_many_systems"], count["double_counting"]))
    if not rows:
        return Paragraph("Ingen av kommunene er flagget som sårbare etter reglene i modellen.")
    return Table(
        "Sårbarhet", "Sårbarhet per kommune",
        (Column("Kommune"), Column("IT-årsverk", "fte"), Column("Liten IT-enhet"),
         Column("Personer med mange systemer", "integer"),
         Column("Mulig dobbelttelling", "integer")), tuple(rows),
        note=f"Reglene: IT-enheter på høyst {formatting.decimal(small_unit_limit(), 1)} "
             "årsverk, én person som er systemansvarlig for mange fagsystemer, og kostnader "
             "som kan være ført to steder (grensene står i vedlegget). Bare kommuner med "
             "minst ett forhold er vist.")


def flags_detail(data: ReportData) -> Table | None:
    """Every flag in words, when there are few enough to read."""
    rows = tuple((m.name, f.text if data.staff_names or f.without_name is None
                  else f.without_name) for m in data.baseline.municipalities for f in m.flags)
    if not rows or len(rows) > MAX_FLAG_DETAILS:
        return None
    return Table("Sårbarhet i detalj", "Forholdene i detalj",
                 (Column("Kommune"), Column("Beskrivelse")), rows)


def small_unit_limit() -> float:
    from desktop.core.scenarios.parameters import BY_KEY

    return BY_KEY["small_unit_fte"].default


def build(data: ReportData) -> list[Section]:
    small = sum(1 for m in data.baseline.municipalities for f in m.flags
                if f.code == "small_it_unit")
    text = ("Bemanningen og kostnadene er slik kommunene har oppgitt dem; det som mangler, "
            "er vist som mangler og ikke som null.")
    if small:
        text += (f" {small} av {len(data.baseline.municipalities)} kommuner har en IT-enhet "
                 "så liten at ferie, sykdom eller en oppsigelse rammer driften.")
    return [
        Section("Bemanning, kostnader og sårbarhet",
                (Paragraph(text), fte_table(data), cost_table(data), key_figures(data))),
        Section("Sårbarhet", tuple(b for b in (flags_table(data), flags_detail(data))
                                   if b is not None), level=2),
    ]
