"""How the scenario tab writes numbers: the Norwegian helpers of desktop.core.formatting with
the tab's units (millions of kroner, percent) and missing values shown as missing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core import formatting
from desktop.core.scenarios.figures import Figure
from desktop.core.scenarios.parameters import Parameter

T = QCoreApplication


def millions(value: float | None, decimals: int = 1) -> str:
    """`262 313 603` → `262,3` (for columns headed «mill. kr»)."""
    return "" if value is None else formatting.number(value / 1e6, decimals)


def money(value: float | None) -> str:
    """`262,3 mill. kr`, `−0,3 mill. kr` (a P50 reads like the P10 and P90 next to it);
    below a tenth of a million rounded to the thousand (`45 000 kr`): an estimate, not a sum
    to the krone."""
    if value is None:
        return missing()
    if abs(value) < 1e5:
        return formatting.kroner(round(value, -3))
    return T.translate("ScenarioNumbers", "%1 million NOK").replace("%1", millions(value))


def missing() -> str:
    return T.translate("ScenarioNumbers", "missing")


def figure(value: Figure, decimals: int = 0) -> str:
    """`41`, `41 (missing for 3 of 7)`, `missing`: never a missing value as 0."""
    if value.value is None:
        return missing()
    text = formatting.decimal(value.value, decimals) if decimals else formatting.number(
        value.value)
    if value.missing:
        more = T.translate("ScenarioNumbers", "(missing for %1 of %2)")
        text += " " + more.replace("%1", str(value.missing)).replace("%2", str(value.of))
    return text


def parameter(spec: Parameter, value: float | None) -> str:
    """A parameter's value in its unit: `4 %`, `900 000`, `2,5`."""
    if value is None:
        return ""
    if spec.percent:
        return f"{formatting.decimal(value * 100, 2)}{formatting.NBSP}%"
    if spec.unit_nb.startswith("kr"):
        return formatting.number(value)  # whole kroner (the survey's cost per FTE has øre)
    return formatting.decimal(value, 2)


def plain(value: float | None, decimals: int = 1) -> str:
    return "" if value is None else formatting.decimal(value, decimals)
