"""Checking a scenario's parameter changes, and reading values typed the Norwegian way.

Pure (no database): the store checks every scenario it saves with `validate_scenario`, and the
CLI (or a form) reads what a user typed with `parameter_value`. Every message is Norwegian and
names the parameter's key and the value, so that a user can find what to fix.

Values: `0,04`, `0.04`, `4 %` and `4%` are the same share where the parameter is a percentage
or a share (see parameters.py, `percent=True` or unit `andel`); `900 000`, `900000` and
`900 000 kr` are the same amount. A number like `900.000` or `1,500` (one separator before
exactly three digits) could be a thousands separator or a decimal sign and is refused rather
than guessed.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Mapping

from desktop.core import formatting
from desktop.core.errors import InputError
from desktop.core.i18n import tr
from desktop.core.scenarios.parameters import BY_KEY, NOT_SAMPLED, Parameter, resolve
from desktop.core.scenarios.scenario import Scenario

# Parameters the model divides by (or that must move time forward): strictly positive.
POSITIVE: frozenset[str] = frozenset({
    "users_per_servicedesk_fte", "clients_per_fte", "servers_per_fte", "locations_per_fte",
    "systems_per_fte", "fte_per_leader", "vms_per_host", "attrition_years"})
# Parameters the model reads as whole numbers: (smallest, largest).
WHOLE: dict[str, tuple[int, int]] = {
    "horizon_years": (1, 50), "first_effect_year": (0, 49), "owner_many_systems": (1, 1000),
    "framework_default_delay": (0, 49)}

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_AMBIGUOUS = re.compile(r"-?([1-9]\d{0,2})[.,]\d{3}")
_NUMBER = re.compile(r"-?(\d+([.,]\d*)?|[.,]\d+)")


def is_share(spec: Parameter) -> bool:
    """A percentage (stored as a fraction) or a share between 0 and 1."""
    return spec.percent or spec.unit_nb == "andel"


def show(value: float) -> str:
    """A value the Norwegian way in a message: `0,04`, `900 000`."""
    return formatting.decimal(value, 6)


def spec_of(key: str, value: str | float | None = None) -> Parameter:
    """The declared parameter, or ValueError naming the unknown key (and its value)."""
    spec = BY_KEY.get(key)
    if spec is not None:
        return spec
    text = value if isinstance(value, str) or value is None else show(value)
    shown = "" if text is None else " " + tr("(verdi «{text}»)").format(text=text)
    close = difflib.get_close_matches(key, list(BY_KEY), n=3, cutoff=0.6)
    hint = (" " + tr("Mente du {keys}?").format(keys=f" {tr('eller')} ".join(close)) if close
            else " " + tr("Se parameterlisten i scenario-dokumentet (samdrift scenario … --show "
                          "NAVN --json)."))
    raise InputError(tr("Ukjent parameter: {key}").format(key=key) + f"{shown}.{hint}")


def read_number(text: str) -> tuple[float, bool]:
    """A number typed the Norwegian or the plain way, and whether it ended in `%`.

    Spaces (also no-break and thin spaces) group thousands; one comma or dot is the decimal
    sign; a trailing `kr` is ignored. Raises ValueError (without the key: the caller adds it)."""
    s = _SPACES.sub("", text.strip()).replace("\u2212", "-").replace("\u2013", "-")
    percent = s.endswith("%")
    if percent:
        s = s[:-1]
    elif s.casefold().endswith("kr"):
        s = s[:-2]
    if s.startswith("+"):
        s = s[1:]
    if _AMBIGUOUS.fullmatch(s):
        raise InputError(tr("tvetydig tall: skillet foran tre sifre kan være tusenskille eller "
                            "desimaltegn; skriv f.eks. 900000 eller 900 000 for et helt tall og "
                            "1,5 for et desimaltall"))
    if not _NUMBER.fullmatch(s):
        raise InputError(tr("ikke et tall (skriv f.eks. 0,04, 0.04, 4 % eller 900 000)"))
    value = float(s.replace(",", "."))
    if not math.isfinite(value):
        raise InputError(tr("ikke et tall"))
    return value, percent


def check_value(key: str, value: float, typed: str | None = None) -> float:
    """The value if the parameter can take it, else ValueError naming key and value."""
    spec = spec_of(key, typed if typed is not None else value)
    shown = f"«{typed}»" if typed is not None else show(value)
    where = f"{spec.label} ({key}) = {shown}"
    if not math.isfinite(value):
        raise InputError(f"{where}: " + tr("ikke et tall"))
    if is_share(spec) and not 0.0 <= value <= 1.0:
        hint = ("; " + tr("mente du {value} %?").format(value=show(value))
                if spec.percent and 1 < value <= 100 and (typed is None or "%" not in typed)
                else "")
        raise InputError(f"{where}: " + tr("må være en andel mellom 0 og 1 (f.eks. 0,04 eller "
                                           "4 %)") + hint)
    if key in WHOLE:
        low, high = WHOLE[key]
        if value != int(value) or not low <= value <= high:
            raise InputError(f"{where}: " + tr("må være et helt tall fra {low} til {high}"
                                               ).format(low=low, high=high))
    if key in POSITIVE and value <= 0:
        raise InputError(f"{where}: " + tr("må være større enn 0 (modellen deler på den)"))
    if value < 0:
        raise InputError(f"{where}: " + tr("kan ikke være negativ"))
    return float(value)


def parameter_value(key: str, text: str) -> float:
    """What a user typed for a parameter, read and checked: `0,04`, `0.04` and `4 %` give 0.04
    for a percentage; `%` on a parameter that is not a share is refused."""
    spec = spec_of(key.strip(), text)
    try:
        value, percent = read_number(text)
    except ValueError as exc:
        raise InputError(f"{spec.label} ({spec.key}) = «{text}»: {exc}") from None
    if percent:
        if not is_share(spec):
            raise InputError(f"{spec.label} ({spec.key}) = «{text}»: " + tr(
                "parameteren er ikke en prosentandel (enhet: {unit}); skriv verdien uten %"
            ).format(unit=spec.unit))
        value /= 100
    return check_value(spec.key, round(value, 12), text)


def parameter_range(key: str, text: str) -> tuple[float, float, float]:
    """`LOW:MOST_LIKELY:HIGH` (e.g. `0,02:0,04:0,06` or `2 %:4 %:6 %`), read and checked."""
    spec = spec_of(key.strip(), text)
    parts = text.split(":")
    if len(parts) != 3:
        raise InputError(f"{spec.label} ({spec.key}) = «{text}»: " + tr(
            "et spenn skrives LAV:MEST_SANNSYNLIG:HØY, f.eks. 0,02:0,04:0,06"))
    low, ml, high = (parameter_value(spec.key, p) for p in parts)
    check_range(spec.key, (low, ml, high), text)
    return low, ml, high


def check_range(key: str, values: tuple[float, float, float] | list[float],
                typed: str | None = None) -> tuple[float, float, float]:
    spec = spec_of(key, typed)
    shown = f"«{typed}»" if typed is not None else ":".join(show(v) for v in values)
    where = f"{spec.label} ({key}) = {shown}"
    if len(values) != 3:
        raise InputError(f"{where}: " + tr("et spenn har tre verdier (lav, mest sannsynlig, "
                                           "høy)"))
    if key in NOT_SAMPLED:
        raise InputError(f"{where}: " + tr("parameteren kan ikke ha et usikkerhetsspenn"))
    low, ml, high = (check_value(key, float(v)) for v in values)
    if not low <= ml <= high:
        raise InputError(f"{where}: " + tr("lav ≤ mest sannsynlig ≤ høy er ikke oppfylt"))
    return low, ml, high


def validate_changes(overrides: Mapping[str, float],
                     ranges: Mapping[str, tuple[float, float, float]]) -> None:
    """Every override and range names a declared parameter with a value it can take."""
    for key, value in overrides.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InputError(f"{key} = «{value}»: " + tr("ikke et tall"))
        check_value(key, float(value))
    for key, values in ranges.items():
        check_range(key, list(values))
        if key in overrides and not values[0] <= overrides[key] <= values[2]:
            raise InputError(f"{BY_KEY[key].label} ({key}) = {show(overrides[key])}: " + tr(
                "utenfor spennet {range}").format(range=":".join(show(v) for v in values)))
    params = resolve(overrides, ranges)
    horizon, first = params["horizon_years"], params["first_effect_year"]
    if first >= horizon:
        raise InputError(f"first_effect_year = {show(first)}: " + tr(
            "første år med driftseffekt må ligge innenfor analyseperioden (horizon_years = "
            "{horizon})").format(horizon=show(horizon)))


def validate_scenario(scenario: Scenario) -> None:
    """A scenario the model can compute (apart from its participants, which the project
    knows): name, targets, parameter overrides and ranges."""
    if not scenario.name.strip():
        raise InputError(tr("Scenarioet må ha et navn"))
    if len(scenario.name.strip()) > 200:
        raise InputError(tr("Navnet på scenarioet kan være høyst 200 tegn"))
    for slot, key in scenario.targets.items():
        if not isinstance(slot, str) or not (key is None or isinstance(key, str)):
            raise InputError(f"Ugyldig målsystem for {slot}: {key}")
    for key in scenario.fixed:
        spec_of(key)
    from desktop.core.scenarios.allocation import CATEGORIES, KEYS, ONE_TIME_CATEGORY

    for category, key in scenario.allocation_keys.items():
        if category not in CATEGORIES and category != ONE_TIME_CATEGORY:
            known = ", ".join([*CATEGORIES, ONE_TIME_CATEGORY])
            raise InputError(f"Ukjent kostnadskategori i fordelingen: {category} (kjente: "
                             f"{known})")
        if key not in KEYS:
            raise InputError(f"Ukjent fordelingsnøkkel for {category}: {key} (kjente: "
                             f"{', '.join(KEYS)})")
    if scenario.start_year is not None and not 1900 <= scenario.start_year <= 2199:
        raise InputError(tr("Startår {year} er ikke et gyldig år").format(
            year=scenario.start_year))
    validate_changes(scenario.overrides, scenario.ranges)
