"""Display text and sort keys for typed questionnaire values. Qt-free.

The Norwegian number and date formatting itself is the core's (`desktop.core.formatting`):
thousands separated by a no-break space, decimal comma, `1 234 567 kr`, `2,5`, `31.12.2027`.
A missing value is an empty string, never `0`.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal
from typing import Any

from desktop.core import formatting as nb
from desktop.core.questionnaire.spec import Kind

NBSP = nb.NBSP


def format_number(value: float | int | Decimal | None, max_decimals: int = 2) -> str:
    """`1234567` → `1 234 567`, `2.5` → `2,5`, `0.25` → `0,25`; trailing zeros dropped."""
    return "" if value is None else nb.decimal(float(value), max_decimals)


def format_integer(value: float | int | Decimal | None) -> str:
    return "" if value is None else nb.number(float(value))


def format_amount(value: float | int | Decimal | None) -> str:
    """Whole kroner: `1 234 567 kr`."""
    return "" if value is None else nb.kroner(float(value))


def format_date(value: dt.date | None) -> str:
    return nb.date(value)


def format_datetime(value: dt.datetime | None) -> str:
    return nb.timestamp(value)


def format_utc_as_local(value: dt.datetime | None) -> str:
    """A naive UTC time stamp (as the database stores them) in the computer's local time."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return nb.timestamp(value.astimezone().replace(tzinfo=None))


def format_value(kind: Kind, value: Any) -> str:
    """A record value of a questionnaire field, as the user reads it."""
    if value is None or value == "":
        return ""
    if kind is Kind.AMOUNT and isinstance(value, int | float | Decimal):
        return format_amount(value)
    if kind is Kind.INTEGER and isinstance(value, int | float | Decimal):
        return format_integer(value)
    if kind is Kind.DECIMAL and isinstance(value, int | float | Decimal):
        return format_number(value)
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, bool):
        return "Ja" if value else "Nei"
    if isinstance(value, int | float | Decimal):
        return format_number(value)
    return str(value)


# Norwegian alphabetical order puts æ, ø, å after z (characters after "z" in ASCII);
# other accents sort as their base letter (é as e).
_NORWEGIAN_ORDER = str.maketrans({"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}"})


def text_sort_key(text: str) -> str:
    """A key that sorts text case-insensitively in Norwegian order (… z, æ, ø, å)."""
    folded = unicodedata.normalize("NFC", text.replace(NBSP, " ").casefold())
    folded = folded.translate(_NORWEGIAN_ORDER)
    return "".join(c for c in unicodedata.normalize("NFD", folded)
                   if not unicodedata.combining(c))


def sort_key(value: Any) -> Any:
    """A comparable key for a typed value: numbers as numbers, dates as dates, text Norwegian."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None:
        return None
    return text_sort_key(str(value))
