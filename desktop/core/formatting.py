"""Numbers and dates the Norwegian way: `1 234 567 kr`, `2,5 årsverk`, `31.12.2027`, `−3 kr`.

A negative number is written with a true minus sign (U+2212), as Norwegian typesetting wants,
never with a hyphen.
"""

from __future__ import annotations

import datetime as dt

NBSP = "\u00a0"
MINUS = "\u2212"


def number(value: float | int | None, decimals: int = 0) -> str:
    """Thousands separated by a no-break space, decimal comma; None gives ""."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    if text.startswith("-"):
        # "-0" or "-0,0" after rounding is zero, not a negative number
        text = text[1:] if not text.strip("-0.,") else MINUS + text[1:]
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


def millions(value: float | int | None, decimals: int = 1) -> str:
    """A large amount in prose: `35,7 mill. kr` (the precision an estimate has, not the
    krone)."""
    return "" if value is None else f"{number(value / 1e6, decimals)}{NBSP}mill.{NBSP}kr"


def amount(value: float | int | None) -> str:
    """An estimate in prose, with the precision it has: millions from a tenth of a million up
    (`35,7 mill. kr`, `−0,3 mill. kr`, so a P50 reads like the P10 and P90 next to it), a
    smaller amount rounded to the thousand (`45 000 kr`)."""
    if value is None:
        return ""
    if abs(value) >= 1e5:
        return millions(value)
    return kroner(round(value, -3))


def count(n: int, singular: str, plural: str) -> str:
    """`1 advarsel`, `2 advarsler`, `1 234 brukere`."""
    return f"{number(n)} {singular if n == 1 else plural}"


def fte(value: float | int | None) -> str:
    return "" if value is None else f"{decimal(value, 1)}{NBSP}årsverk"


def date(value: dt.date | None) -> str:
    return "" if value is None else value.strftime("%d.%m.%Y")


def timestamp(value: dt.datetime | None) -> str:
    return "" if value is None else value.strftime("%d.%m.%Y %H:%M")
