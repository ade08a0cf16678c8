"""The scenario after one edit of its assessment (what the app's undo commands hold): an
effect scored, a risk added, changed or removed, a benefit's plan changed, a task moved to
another level. Each returns a new Scenario; an invalid value raises InputError."""

from __future__ import annotations

import dataclasses
from typing import Any

from desktop.core.assessment.benefits import EDITABLE, BenefitEntry
from desktop.core.assessment.effects import EffectEntry
from desktop.core.assessment.prefill import Suggestion
from desktop.core.assessment.responsibility import TASKS
from desktop.core.assessment.risks import Risk
from desktop.core.assessment.stored import Assessment
from desktop.core.errors import InputError
from desktop.core.scenarios.scenario import Scenario

RISK_FIELDS = ("title", "cause", "probability", "consequence", "owner", "mitigation",
               "parameter")


def _with(scenario: Scenario, **changes: Any) -> Scenario:
    return dataclasses.replace(scenario,
                               assessment=dataclasses.replace(scenario.assessment, **changes))


def with_effect(scenario: Scenario, key: str, suggestion: Suggestion | None,
                **values: Any) -> Scenario:
    """The effect set by the user: the values given over what it shows now (the user's, else
    the suggestion's). Setting it makes it the user's, no longer a suggestion."""
    current = scenario.assessment.effects.get(key)
    if current is None:
        current = (EffectEntry(suggestion.significance, suggestion.scope,
                               suggestion.justification) if suggestion else EffectEntry())
    entry = dataclasses.replace(current, **values)
    return _with(scenario, effects={**scenario.assessment.effects, key: entry})


def without_effect(scenario: Scenario, key: str) -> Scenario:
    """Back to the suggestion (or not scored)."""
    effects = {k: v for k, v in scenario.assessment.effects.items() if k != key}
    return _with(scenario, effects=effects)


def new_risk_key(assessment: Assessment) -> str:
    keys = {r.key for r in assessment.risk_register}
    n = 1
    while f"r{n}" in keys:
        n += 1
    return f"r{n}"


def with_risk(scenario: Scenario, key: str | None, **values: Any) -> Scenario:
    """A risk changed (by key), or added (key None: a new risk with `values`)."""
    risks = list(scenario.assessment.risk_register)
    unknown = [f for f in values if f not in RISK_FIELDS]
    if unknown:
        raise InputError(f"Ukjent felt i risikoregisteret: {', '.join(unknown)}")
    if key is None:
        values.setdefault("title", "Ny risiko")
        risks.append(Risk(new_risk_key(scenario.assessment), **values))
    else:
        at = next((i for i, r in enumerate(risks) if r.key == key), None)
        if at is None:
            raise InputError(f"Finner ikke risikoen {key}")
        risks[at] = dataclasses.replace(risks[at], **values)
    return _with(scenario, risks=tuple(risks))


def without_risk(scenario: Scenario, key: str) -> Scenario:
    return _with(scenario, risks=tuple(r for r in scenario.assessment.risk_register
                                       if r.key != key))


def with_benefit(scenario: Scenario, key: str, **values: Any) -> Scenario:
    """The user's value for a benefit's field (None or "" gives back the suggested one)."""
    unknown = [f for f in values if f not in EDITABLE]
    if unknown:
        raise InputError(f"Ukjent felt i gevinstplanen: {', '.join(unknown)}")
    current = scenario.assessment.benefits.get(key, BenefitEntry())
    entry = dataclasses.replace(current, **{k: (None if v == "" else v)
                                            for k, v in values.items()})
    benefits = {**scenario.assessment.benefits, key: entry}
    if entry == BenefitEntry():
        del benefits[key]
    return _with(scenario, benefits=benefits)


def with_task_level(scenario: Scenario, task: str, level: int) -> Scenario:
    """The task moves to the common unit from `level` (responsibility.LOCAL: never)."""
    if task not in TASKS:
        raise InputError(f"Ukjent oppgave: {task}")
    chosen = {**scenario.assessment.responsibilities, task: level}
    if level == TASKS[task][1]:
        del chosen[task]
    return _with(scenario, responsibilities=chosen)
