"""The editor's changes to a scenario as pure functions, Qt-free: each returns the changed
scenario (ValueError with a Norwegian message when the change cannot be made)."""

from __future__ import annotations

import dataclasses

from desktop.core.i18n import tr as core_tr
from desktop.core.scenarios import Scenario
from desktop.core.scenarios.parameters import BY_KEY, NOT_SAMPLED, resolve
from desktop.core.scenarios.validation import check_range, parameter_value, validate_scenario

FIELDS = ("value", "low", "high")


def read(key: str, text: str) -> float:
    """What a user typed in the parameter table: a percentage is shown in percent, so a
    plain number there is percent too (`5` is 5 %)."""
    spec = BY_KEY[key]
    if spec.percent and "%" not in text:
        text = f"{text} %"
    return parameter_value(key, text)


def with_parameter(scenario: Scenario, key: str, field: str, text: str) -> Scenario:
    """The scenario with a parameter's value (most likely), low or high set from typed text.
    A value equal to the default with no range of its own is no change (the override goes)."""
    if field not in FIELDS:
        raise ValueError(field)
    spec = BY_KEY[key]
    new = read(key, text)
    overrides = dict(scenario.overrides)
    ranges = dict(scenario.ranges)
    current = resolve(overrides, ranges).get(key)
    if field == "value":
        if key in ranges:
            low, _ml, high = ranges[key]
            ranges[key] = (min(low, new), new, max(high, new))
            overrides[key] = new
        elif new == spec.default:
            overrides.pop(key, None)
        else:
            overrides[key] = new
    else:
        if key in NOT_SAMPLED:
            raise ValueError(core_tr("{label} kan ikke ha et usikkerhetsspenn").format(
                label=spec.label))
        low = new if field == "low" else current.low
        high = new if field == "high" else current.high
        check_range(key, (low, current.value, high))
        if (low, high) == (spec.low, spec.high) and key not in overrides:
            ranges.pop(key, None)
        else:
            ranges[key] = (low, current.value, high)
    changed = dataclasses.replace(scenario, overrides=overrides, ranges=ranges)
    validate_scenario(changed)
    return changed


def with_fixed(scenario: Scenario, key: str, fixed: bool) -> Scenario:
    """The parameter held certain (not drawn in the simulation), or uncertain again."""
    if key in NOT_SAMPLED:
        raise ValueError(core_tr("{label} trekkes aldri i simuleringen").format(
            label=BY_KEY[key].label))
    chosen = set(scenario.fixed)
    (chosen.add if fixed else chosen.discard)(key)
    return dataclasses.replace(scenario, fixed=frozenset(chosen))


def reset_parameter(scenario: Scenario, key: str) -> Scenario:
    overrides = {k: v for k, v in scenario.overrides.items() if k != key}
    ranges = {k: v for k, v in scenario.ranges.items() if k != key}
    return dataclasses.replace(scenario, overrides=overrides, ranges=ranges,
                               fixed=scenario.fixed - {key})


def reset_all(scenario: Scenario) -> Scenario:
    return dataclasses.replace(scenario, overrides={}, ranges={}, fixed=frozenset())


def with_participant(scenario: Scenario, number: str, included: bool, order: list[str]
                     ) -> Scenario:
    """With or without one municipality, in the project's order; at least one stays."""
    wanted = set(scenario.participants)
    if included:
        wanted.add(number)
    else:
        wanted.discard(number)
    if not wanted:
        raise ValueError("Et scenario må ha minst én deltaker")
    return dataclasses.replace(scenario, participants=tuple(n for n in order if n in wanted))


def with_target(scenario: Scenario, slot: str, key: str | None, suggested: bool) -> Scenario:
    """The common system of a slot: a system key, None (no common system), or with
    `suggested` the rule's suggestion (the override goes)."""
    targets = dict(scenario.targets)
    if suggested:
        targets.pop(slot, None)
    else:
        targets[slot] = key
    return dataclasses.replace(scenario, targets=targets)
