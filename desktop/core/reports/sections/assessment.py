"""Beyond the money, in each scenario's chapter: the non-priced effects as a plus-minus table,
the risk register with its matrix, the benefits realisation plan and the responsibility matrix
(with levels 4–5 described from it). Everything is read from the one evaluation's assessment
(`ScenarioEvaluation.assessment`)."""

from __future__ import annotations

from desktop.core.assessment.effects import SCOPE, SIGNIFICANCE, score_text
from desktop.core.assessment.responsibility import COMMON, STAYS
from desktop.core.assessment.view import ScenarioAssessment
from desktop.core.reports.context import ScenarioData
from desktop.core.reports.document import Block, Chart, Column, Paragraph, Section, Table
from desktop.core.reports.sections.charts import chart_function
from desktop.core.scenarios.parameters import BY_KEY

PLUS_MINUS_NOTE = ("Pluss-minus-metoden (DFØs veileder i samfunnsøkonomiske analyser): "
                   "betydning × omfang gir konsekvens fra −4 til +4. «Forslag» er modellens "
                   "forslag ut fra kartleggingen; brukeren har ikke vurdert virkningen ennå.")


def effects_table(a: ScenarioAssessment, key: str) -> Table:
    rows = tuple((e.label, SIGNIFICANCE.get(e.significance or 0, "–"),
                  SCOPE.get(e.scope, "–") if e.scope is not None else "–",
                  score_text(e.score), "Forslag" if e.suggested and e.score is not None
                  else ("Ikke vurdert" if e.score is None else "Vurdert"),
                  e.justification or "–") for e in a.effects)
    return Table(key, "Ikke-prissatte virkninger (pluss-minus)",
                 (Column("Virkning"), Column("Betydning"), Column("Omfang"),
                  Column("Konsekvens"), Column("Status"), Column("Begrunnelse")), rows,
                 note=PLUS_MINUS_NOTE)


def risk_table(a: ScenarioAssessment, key: str) -> Table:
    rows = tuple((i, f"{r.title}: {r.cause}" if r.cause else r.title, r.probability,
                  r.consequence, f"{r.score} ({r.level.lower()})", r.owner, r.mitigation
                  + (f" (begrunner spennet i «{BY_KEY[r.parameter].label}»)"
                     if r.parameter in BY_KEY else ""))
                 for i, r in enumerate(a.risks, start=1))
    return Table(key, "Risikoregister",
                 (Column("Nr.", "integer"), Column("Risiko og årsak"), Column("S", "integer"),
                  Column("K", "integer"), Column("S × K"), Column("Eier"), Column("Tiltak")),
                 rows,
                 note="S: sannsynlighet, K: konsekvens, fra 1 (lav) til 5 (høy); høy risiko ved "
                      "15 eller mer, middels ved 8–14. En risiko kan begrunne spennet i en "
                      "parameter i usikkerhetsanalysen.")


def risk_chart(a: ScenarioAssessment, key: str) -> Chart | None:
    function = chart_function("risk_matrix")
    if function is None:
        return None
    data = Table(key, "Risikomatrise (figur)",
                 (Column("Nr.", "integer"), Column("Risiko"), Column("Sannsynlighet", "integer"),
                  Column("Konsekvens", "integer")),
                 tuple((i, r.title, r.probability, r.consequence)
                       for i, r in enumerate(a.risks, start=1)))
    risks = a.risks
    return Chart("Risikomatrise", lambda: function(risks),
                 "Hver risiko etter sannsynlighet og konsekvens; nummeret viser til "
                 "risikoregisteret.", data)


def benefits_table(a: ScenarioAssessment, key: str) -> Table:
    rows = tuple((b.title, b.indicator, b.baseline, b.target,
                  None if b.year is None else str(b.year),
                  f"{b.owner_role} ({b.owner_municipality})" if b.owner_municipality
                  else b.owner_role, b.method) for b in a.benefits)
    return Table(key, "Gevinstrealiseringsplan",
                 (Column("Gevinst"), Column("Indikator"), Column("Nullpunkt (kartleggingen)"),
                  Column("Mål"), Column("Målår"), Column("Eier"), Column("Måles slik")), rows,
                 note="Gevinstene fra beregningen og de positive ikke-prissatte virkningene. "
                      "Nullpunktet er kartleggingens tall; planen følges opp etter vedtaket.")


def responsibility_table(a: ScenarioAssessment, level: int, key: str) -> Table:
    def cell(at: int, lv: int) -> str:
        return COMMON if lv >= at else STAYS

    rows = tuple((t.task, *(cell(t.level, lv) for lv in range(1, 6)),
                  "Endret" if t.level != t.default else "") for t in a.tasks)
    return Table(key, "Ansvarsmatrise: hva flyttes til den felles enheten",
                 (Column("Oppgave"), *(Column(f"Nivå {lv}" + (" ◀" if lv == level else ""))
                                      for lv in range(1, 6)), Column("Scenariet")), rows,
                 note=f"◀ er scenariets nivå ({level}). Hvert nivå omfatter nivåene under; "
                      "«Endret» er en oppgave scenariet flytter på et annet nivå enn "
                      "standarden.")


def signed(n: int) -> str:
    return f"+{n}" if n > 0 else f"−{-n}" if n < 0 else "0"


def sections(index: int, sd: ScenarioData) -> list[Section]:
    a = sd.evaluation.assessment
    if a is None:
        return []
    k = f"S{index + 1}"
    level = sd.scenario.level
    risk: list[Block | None] = [risk_chart(a, f"{k} Figur risiko"), risk_table(a, f"{k} Risiko")]
    responsibility: list[Block] = [responsibility_table(a, level, f"{k} Ansvarsmatrise")]
    responsibility += [Paragraph(t) for t in a.levels_text]
    return [
        Section(f"Ikke-prissatte virkninger – {sd.name}",
                (effects_table(a, f"{k} Virkninger"),
                 Paragraph(f"Sum av konsekvensene: {signed(a.total_score)}. Virkningene "
                           "veies mot nåverdien; de regnes ikke om til kroner.")),
                level=2),
        Section(f"Risiko – {sd.name}", tuple(b for b in risk if b is not None), level=2),
        Section(f"Gevinstrealiseringsplan – {sd.name}",
                (benefits_table(a, f"{k} Gevinstplan"),), level=2, in_summary=True),
        Section(f"Ansvar på nivå 1–5 – {sd.name}", tuple(responsibility), level=2),
    ]
