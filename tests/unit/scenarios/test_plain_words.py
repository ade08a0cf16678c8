"""What the app shows of the model is in words: no `it_users / users_per_servicedesk_fte` in a
formula, no variable name as the name of an input, no parameter key before its label."""

from __future__ import annotations

import re

import pytest

from desktop.core.scenarios import compute
from desktop.core.scenarios.trace import input_label
from desktop.core.scenarios.validation import parameter_value
from tests.unit.scenarios.data import project, scenario

IDENTIFIER = re.compile(r"\b[a-z]+_[a-z_]+\b")  # snake_case: a name from the code


@pytest.mark.parametrize("level", [1, 2, 3])
def test_formulas_and_inputs_are_words(level: int) -> None:
    result = compute(project(), scenario(level))
    for line in result.trace:
        assert not IDENTIFIER.search(line.formula), (line.key, line.formula)
        for key in line.inputs:
            label = input_label(key, result.trace)
            assert not IDENTIFIER.search(label), (line.key, key, label)


def test_a_wrong_value_names_the_parameter_in_words_first() -> None:
    with pytest.raises(ValueError, match=r"^Kostnad per årsverk \(cost_per_fte\) = «mye»"):
        parameter_value("cost_per_fte", "mye")
