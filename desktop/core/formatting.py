"""Numbers and dates the Norwegian way: `1 234 567 kr`, `2,5 årsverk`, `31.12.2027`."""

from __future__ import annotations

import datetime as dt

NBSP = "\u00a0"


def number(value: float | int | None, decimals: int = 0) -> str:
    """Thousands separated by a no-break space, decimal comma; None gives ""."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", NBSP).replace(".", ",")


def decimal(value: float | int | None, max_decimals: int = 2) -> str:
    """`2,5`, `0,25`, `3` — trailing zeros dropped."""
    if value is None:
        return ""
    text = number(value, max_decimals)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def kroner(value: float | int | None) -> str:
    return "" if value is None else f"{number(value)}{NBSP}kr"


def fte(value: float | int | None) -> str:
    return "" if value is None else f"{decimal(value, 1)}{NBSP}årsverk"


def date(value: dt.date | None) -> str:
    return "" if value is None else value.strftime("%d.%m.%Y")


def timestamp(value: dt.datetime | None) -> str:
    return "" if value is None else value.strftime("%d.%m.%Y %H:%M")
