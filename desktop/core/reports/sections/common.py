"""Small helpers the section builders share: figures as Norwegian text, scenario labels."""

from __future__ import annotations

from collections.abc import Callable

from desktop.core import formatting
from desktop.core.scenarios.figures import Figure
from desktop.core.scenarios.scenario import LEVELS, ORGANISATION_FORMS, Scenario

MISSING_NOTE = "– betyr at tallet mangler (ikke oppgitt i kartleggingen)."


def missing_suffix(f: Figure) -> str:
    return f" (mangler for {f.missing} av {f.of})" if f.missing and f.value is not None else ""


def figure_kroner(f: Figure) -> str:
    """`1 234 567 kr`, `1 234 567 kr (mangler for 1 av 7)`, `mangler`."""
    return "mangler" if f.value is None else formatting.kroner(f.value) + missing_suffix(f)


def figure_fte(f: Figure) -> str:
    return "mangler" if f.value is None else formatting.fte(f.value) + missing_suffix(f)


def percent(fraction: float, decimals: int = 1) -> str:
    return f"{formatting.decimal(fraction * 100, decimals)}{formatting.NBSP}%"


def payback_text(year: int | None, last_year: int) -> str:
    return str(year) if year is not None else f"Ikke innen {last_year}"


def organisation_text(scenario: Scenario) -> str:
    form = scenario.organisation_form
    return ORGANISATION_FORMS[form][0] if form else "Ingen felles organisasjon"


def level_text(scenario: Scenario) -> str:
    return f"Nivå {scenario.level}: {LEVELS[scenario.level]}"


def plural(n: int, one: str, many: str) -> str:
    return f"{formatting.number(n)} {one if n == 1 else many}"


def parameter_value(value: float, unit: str, is_percent: bool) -> str:
    """A parameter's value with its unit: `4 %`, `900 000 kr/år`, `0,5 årsverk/kommune`."""
    if is_percent:
        return percent(value)
    if unit.startswith("kr"):
        return f"{formatting.number(value)}{formatting.NBSP}{unit}"
    return f"{formatting.decimal(value, 2)}{formatting.NBSP}{unit}" if unit else \
        formatting.decimal(value, 2)


def value_of(f: Figure, show: Callable[[float], str]) -> str:
    return "mangler" if f.value is None else show(f.value)


def missing_note(f: Figure, note: str) -> str:
    """`Mangler for 3 av 7 kommuner; <note>` when parts are missing."""
    if f.missing and f.value is not None:
        return f"Mangler for {f.missing} av {f.of} kommuner; {note}"
    return note[0].upper() + note[1:]


def first_lower(text: str) -> str:
    """`Felles infrastruktur` -> `felles infrastruktur`; `IT-brukere` stays."""
    return text if text[:2].isupper() else text[:1].lower() + text[1:]
