"""Numbers the Norwegian way: a true minus, the precision an estimate has, whole users,
plural agreement."""

from __future__ import annotations

from desktop.core import formatting

NBSP = formatting.NBSP


def test_negative_numbers_have_a_true_minus() -> None:
    assert formatting.kroner(-292_799) == f"\u2212292{NBSP}799{NBSP}kr"
    assert formatting.decimal(-2.5) == "\u22122,5"
    assert "-" not in formatting.number(-1_234_567, 1)
    assert formatting.number(-0.01, 1) == "0,0"  # rounded to zero: no sign


def test_estimates_in_prose_are_millions_with_one_decimal() -> None:
    assert formatting.amount(35_654_238) == f"35,7{NBSP}mill.{NBSP}kr"
    # a P50 next to P10 and P90 in millions reads in millions too
    assert formatting.amount(-292_799) == f"\u22120,3{NBSP}mill.{NBSP}kr"
    assert formatting.amount(45_310) == f"45{NBSP}000{NBSP}kr"


def test_plural_agrees_with_the_count() -> None:
    assert formatting.count(1, "advarsel", "advarsler") == "1 advarsel"
    assert formatting.count(2, "advarsel", "advarsler") == "2 advarsler"
    assert formatting.count(0, "advarsel", "advarsler") == "0 advarsler"
