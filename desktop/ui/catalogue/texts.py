"""Small texts of the catalogue tab that need no translation. Qt-free."""

from __future__ import annotations


def percent_text(value: float) -> str:
    """0.85 → "85 %", 0.875 → "87,5 %" (a no-break space before the sign); cut, not rounded,
    so that only a certain match shows 100 %."""
    whole, tenth = divmod(int(value * 1000 + 1e-6), 10)
    return f"{whole}{',' + str(tenth) if tenth else ''}\u00a0%"
