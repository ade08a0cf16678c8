"""A scenario's assessment as every output shows it: the effects (the user's scores over the
data's suggestions), the risk register, the benefits plan, the responsibility matrix and the
decision notes. Built once per evaluation (`ScenarioEvaluation.assessment`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core import formatting
from desktop.core.assessment.benefits import Benefit
from desktop.core.assessment.effects import EFFECTS, consequence
from desktop.core.assessment.notes import DecisionNote, decision_notes
from desktop.core.assessment.prefill import suggestions
from desktop.core.assessment.responsibility import TASKS, from_levels
from desktop.core.assessment.risks import Risk
from desktop.core.i18n import tr

if TYPE_CHECKING:
    from desktop.core.scenarios.baseline import Baseline
    from desktop.core.scenarios.evaluation import ScenarioEvaluation
    from desktop.core.scenarios.inputs import ProjectData


@dataclass(frozen=True)
class EffectRow:
    key: str
    label: str
    significance: int | None
    scope: int | None
    score: int | None
    justification: str
    suggested: bool  # the values are the data's suggestion, not set by the user
    basis: str  # what the data says (the suggestion's text), also when the user has set it


@dataclass(frozen=True)
class TaskRow:
    key: str
    task: str
    level: int  # from which level it is the common unit's (6: always local)
    default: int


@dataclass(frozen=True)
class ScenarioAssessment:
    effects: tuple[EffectRow, ...]
    risks: tuple[Risk, ...]
    benefits: tuple[Benefit, ...]
    tasks: tuple[TaskRow, ...]
    levels_text: tuple[str, ...]  # levels 4–5 described from the matrix (those reached)
    notes: tuple[DecisionNote, ...]  # level 3: one per slot

    @property
    def total_score(self) -> int:
        return sum(e.score or 0 for e in self.effects)


EFFECT_INDICATORS: dict[str, tuple[str, str, str]] = {
    # key -> (indicator, owner role, measurement)
    "robustness": ("Timer nedetid og hendelser uten dekning per år", "Leder for felles IT",
                   "Avviks- og hendelseslogg, årlig rapport til styret"),
    "competence": ("Systemer med bare én systemansvarlig", "Leder for felles IT",
                   "Oversikt over systemansvarlige og stedfortredere"),
    "security": ("Avvik og sikkerhetshendelser per år; tid til oppdatering",
                 "Sikkerhetsleder", "Sikkerhetsrapport og internkontroll"),
    "service_quality": ("Brukertilfredshet og løsningstid i servicedesk",
                        "Leder for servicedesk", "Brukerundersøkelse og sakssystem"),
    "standardisation": ("Antall ulike fagsystemer per tjenesteområde", "Digitaliseringsleder",
                        "Systemkatalogen, årlig"),
    "vendor_dependency": ("Antall leverandører og avtaler", "Innkjøpsansvarlig",
                          "Avtaleoversikt"),
    "local_presence": ("Responstid på stedet", "Rådmann i hver kommune",
                       "Brukerundersøkelse"),
    "staff": ("Turnover og sykefravær i IT", "HR-leder", "HR-statistikk"),
}


def build(ev: ScenarioEvaluation, base: Baseline, project: ProjectData | None
          ) -> ScenarioAssessment:
    r = ev.result
    assert r is not None
    stored = r.scenario.assessment
    hints = suggestions(ev, base)
    effects = []
    for key, (label_nb, _) in EFFECTS.items():
        label = tr(label_nb)
        hint = hints.get(key)
        entry = stored.effects.get(key)
        basis = hint.justification if hint else ""
        if entry is not None:
            effects.append(EffectRow(key, label, entry.significance, entry.scope, entry.score,
                                     entry.justification or basis, False, basis))
        elif hint is not None:
            effects.append(EffectRow(key, label, hint.significance, hint.scope,
                                     consequence(hint.significance, hint.scope),
                                     hint.justification, True, basis))
        else:
            effects.append(EffectRow(key, label, None, None, None, "", True, ""))
    levels = from_levels(stored.responsibilities)
    tasks = tuple(TaskRow(k, tr(TASKS[k][0]), levels[k], TASKS[k][1]) for k in TASKS)
    level = r.scenario.level
    text = r.qualitative  # levels 4–5, described from the matrix by the model
    notes = decision_notes(ev, project) if project is not None and level >= 3 else ()
    return ScenarioAssessment(tuple(effects), stored.risk_register,
                              benefits_of(ev, base, tuple(effects)), tasks, text, notes)


def benefits_of(ev: ScenarioEvaluation, base: Baseline, effects: tuple[EffectRow, ...]
                ) -> tuple[Benefit, ...]:
    r = ev.result
    assert r is not None
    k = ev.numbers
    p = r.parameters
    start = r.years[0]
    last = r.years[-1]
    effect_year = start + int(p["first_effect_year"])
    full = min(last, effect_year + int(p["attrition_years"]))
    everyone = tr("Alle deltakerne")
    survey = tr("kartleggingen {year}").format(year=base_year(ev))
    out: list[Benefit] = []
    if k.yearly_saving > 0:
        out.append(Benefit(
            "running_cost", tr("Lavere driftskostnad for IT"),
            tr("Samlet IT-driftskostnad per år (faste kroner)"),
            f"{formatting.kroner(k.cost_today)} ({survey})", formatting.kroner(k.cost_after),
            last, tr("Økonomisjef"), everyone,
            tr("Regnskapet (KOSTRA funksjon 120/IT) mot kartleggingen, årlig"), "model"))
    s = r.summary
    if (k.it_fte_today is not None and k.it_fte_after is not None
            and k.it_fte_after < k.it_fte_today):
        out.append(Benefit(
            "it_fte", tr("Færre IT-årsverk i driften"), tr("IT-årsverk i driftsfunksjonene"),
            f"{formatting.fte(k.it_fte_today)} ({survey})",
            f"{formatting.fte(k.it_fte_after)}", full, tr("Leder for felles IT-enhet"),
            everyone, tr("Bemanningsplan og lønnssystem, årlig"), "model"))
    for key, what, unit in (("physical_servers", tr("Færre fysiske servere"),
                             tr("Antall servere")),
                            ("data_rooms", tr("Færre datarom"), tr("Antall datarom"))):
        before, after = s.get(f"{key}_today"), s.get(f"{key}_after")
        if before is not None and after is not None and after < before:
            out.append(Benefit(
                key, what, unit, f"{formatting.number(before)} ({survey})",
                formatting.number(after), effect_year, tr("Driftsleder"), everyone,
                tr("Driftsdokumentasjon og CMDB"), "model"))
    if (k.systems_today is not None and k.systems_after is not None
            and k.systems_after < k.systems_today):
        out.append(Benefit(
            "systems", tr("Færre ulike fagsystemer"), tr("Antall ulike fagsystemer"),
            f"{k.systems_today} ({survey})", str(k.systems_after), last,
            tr("Digitaliseringsleder"), everyone, tr("Systemkatalogen, årlig"), "model"))
    for e in effects:
        if e.score is not None and e.score > 0:
            indicator, role, method = (tr(t) for t in EFFECT_INDICATORS[e.key])
            out.append(Benefit(
                f"effect:{e.key}", e.label, indicator,
                e.basis or tr("Ikke målt i kartleggingen"), tr("Bedre enn i dag"),
                effect_year + 1, role, everyone, method, "effect"))
    stored = r.scenario.assessment.benefits
    return tuple(b.with_entry(stored.get(b.key)) for b in out)


def base_year(ev: ScenarioEvaluation) -> int:
    assert ev.result is not None
    return ev.result.years[0]
