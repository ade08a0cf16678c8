"""Beyond the money: non-priced effects, risks, benefits plan, responsibility matrix and decision
notes, on the demo project as a steering group would see them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop.core.assessment.benefits import BenefitEntry
from desktop.core.assessment.effects import EffectEntry, consequence, score_text
from desktop.core.assessment.responsibility import describe
from desktop.core.assessment.risks import SEED_RISKS, Risk
from desktop.core.assessment.stored import Assessment
from desktop.core.demo.build import build_demo
from desktop.core.demo.scenarios import ALL_SEVEN
from desktop.core.errors import InputError
from desktop.core.project.api import ProjectApi
from desktop.core.scenarios.evaluation import Simulation, evaluate
from desktop.core.scenarios.inputs import ProjectData
from desktop.core.scenarios.scenario import Scenario
from desktop.core.scenarios.store import (
    load_scenario,
    save_scenario,
    scenario_definition,
    scenario_from_definition,
)
from desktop.core.scenarios.switching import switches

FEW = Simulation(draws=50)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path: Path = build_demo(tmp_path_factory.mktemp("beyond"))
    with ProjectApi.open(path) as api:
        api.catalogue.auto()
    return path


@pytest.fixture(scope="module")
def demo(demo_path: Path) -> ProjectData:
    with ProjectApi.open(demo_path) as api:
        return api.scenarios.project_data()


def test_the_plus_minus_score_follows_dfos_fan() -> None:
    assert consequence(3, 3) == 4 and consequence(3, -3) == -4
    assert consequence(1, 1) == 1 and consequence(2, -2) == -2 and consequence(3, 0) == 0
    assert score_text(3) == "+ + +" and score_text(-2) == "− −" and score_text(None) == "–"
    with pytest.raises(InputError, match="Omfang"):
        EffectEntry(2, 4)


def test_a_pre_filled_effect_cites_the_survey_and_is_a_suggestion_until_set(
        demo: ProjectData) -> None:
    scenario = Scenario("Felles drift", ALL_SEVEN, level=2)
    ev = evaluate(demo, scenario, FEW)
    a = ev.assessment
    assert a is not None
    robust = next(e for e in a.effects if e.key == "robustness")
    assert robust.suggested and robust.score == 3
    assert "1 av 7 IT-enheter har ≤ 2 årsverk i dag" in robust.justification
    assert "døgnet" in robust.justification
    competence = next(e for e in a.effects if e.key == "competence")
    assert "7 kommuner er avhengige av én person for ≥ 5 systemer" in competence.justification

    mine = dataclasses.replace(scenario, assessment=Assessment(
        {"robustness": EffectEntry(2, 1, "Vår vurdering")}))
    robust = next(e for e in evaluate(demo, mine, FEW).assessment.effects  # type: ignore[union-attr]
                  if e.key == "robustness")
    assert not robust.suggested and robust.score == 1
    assert robust.justification == "Vår vurdering"
    assert "1 av 7" in robust.basis  # what the data says stays beside it


def test_framework_agreements_leave_robustness_unchanged(demo: ProjectData) -> None:
    ev = evaluate(demo, Scenario("Rammeavtaler", ALL_SEVEN, level=1, organisation_form=None),
                  FEW)
    robust = next(e for e in ev.assessment.effects if e.key == "robustness")  # type: ignore[union-attr]
    assert robust.score == 0 and "nivå 1 endrer ikke" in robust.justification


def test_the_assessment_is_stored_in_the_definition_and_old_ones_load(demo_path: Path) -> None:
    old = scenario_definition(Scenario("Gammel", ALL_SEVEN))
    assert "assessment" not in old  # a scenario without any is stored as before
    loaded = scenario_from_definition("Gammel", old)
    assert loaded.assessment.risk_register == SEED_RISKS

    mine = Assessment(
        {"staff": EffectEntry(3, -2, "Tre må flytte")},
        (SEED_RISKS[0], Risk("r1", "Leverandøren kjøpes opp", probability=2, consequence=5,
                             parameter="migration_cost_health")),
        {"running_cost": BenefitEntry(owner_role="Rådmann", year=2030)},
        {"budget": 4})
    scenario = Scenario("Med vurdering", ALL_SEVEN, level=2, assessment=mine)
    with ProjectApi.open(demo_path) as api:
        save_scenario(api.db, scenario)
        again = load_scenario(api.db, "Med vurdering")
    assert again.assessment == mine
    assert again.assessment.risk_register[1].score == 10


def test_a_risk_needs_probability_and_consequence_of_one_to_five() -> None:
    with pytest.raises(InputError, match="Sannsynlighet må være 1–5"):
        Risk("x", "Noe", probability=6)
    with pytest.raises(InputError, match="Ukjent virkning"):
        Assessment({"weather": EffectEntry()})


def test_the_benefits_plan_takes_its_baseline_from_the_survey(demo: ProjectData) -> None:
    scenario = Scenario("Felles drift", ALL_SEVEN, level=2, assessment=Assessment(
        benefits={"running_cost": BenefitEntry(owner_role="Rådmann", target="1 kr")}))
    ev = evaluate(demo, scenario, FEW)
    plan = {b.key: b for b in ev.assessment.benefits}  # type: ignore[union-attr]
    cost = plan["running_cost"]
    from desktop.core import formatting

    assert cost.baseline.startswith(formatting.kroner(ev.numbers.cost_today))
    assert cost.owner_role == "Rådmann" and cost.target == "1 kr" and cost.edited
    assert plan["it_fte"].target == formatting.fte(ev.numbers.it_fte_after)
    assert "effect:robustness" in plan  # a positive non-priced effect is a benefit too


def test_levels_four_and_five_are_described_from_the_matrix() -> None:
    text = describe(4, {})
    assert "superbrukere og opplæring i tjenestene" in text
    assert "arbeidsgiveransvar for it-ansatte" in text.split("Lokalt")[1]
    moved = describe(4, {"employer": 4})
    assert "arbeidsgiveransvar for it-ansatte" not in moved.split("Lokalt")[1]


def test_the_moves_of_the_decision_notes_add_up_to_the_migration_cost(
        demo: ProjectData) -> None:
    scenario = Scenario("Fagsystemer", ALL_SEVEN, level=3)
    ev = evaluate(demo, scenario, FEW)
    assert ev.result is not None
    total = sum(o.migration for o in ev.result.one_time)
    assert total > 0
    assert sum(s.cost for s in switches(demo, ev.result)) == pytest.approx(total)
    notes = ev.assessment.notes  # type: ignore[union-attr]
    assert len(notes) == len({t.slot for t in ev.result.targets})
    assert sum(n.move_cost for n in notes) == pytest.approx(total)
    chosen = next(n for n in notes if n.moves)
    assert chosen.recommended is not None
    assert any(c.recommended and c.product == chosen.recommended for c in chosen.candidates)
    assert all(m.year >= ev.result.years[0] for m in chosen.moves)
    # below level 3 there is no note
    assert evaluate(demo, Scenario("Drift", ALL_SEVEN, level=2), FEW).assessment.notes == ()  # type: ignore[union-attr]


def test_edits_give_a_new_scenario_and_back() -> None:
    from desktop.core.assessment import edits
    from desktop.core.assessment.prefill import Suggestion

    s = Scenario("x", ALL_SEVEN)
    hint = Suggestion(3, 2, "1 av 7 IT-enheter …")
    scored = edits.with_effect(s, "robustness", hint, scope=1)
    assert scored.assessment.effects["robustness"] == EffectEntry(3, 1, "1 av 7 IT-enheter …")
    assert edits.without_effect(scored, "robustness") == s
    added = edits.with_risk(s, None, title="Leverandøren kjøpes opp", probability=2)
    assert added.assessment.risk_register[-1].key == "r1"
    assert len(edits.without_risk(added, "key_staff").assessment.risk_register) == 5
    with pytest.raises(InputError, match="ukjent parameter"):
        edits.with_risk(s, "key_staff", parameter="no_such")
    moved = edits.with_task_level(s, "budget", 4)
    assert moved.assessment.responsibilities == {"budget": 4}
    assert edits.with_task_level(moved, "budget", 5) == s  # back to the default
    planned = edits.with_benefit(s, "it_fte", year=2031)
    assert edits.with_benefit(planned, "it_fte", year=None) == s
