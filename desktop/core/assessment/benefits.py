"""The benefits realisation plan («gevinstrealiseringsplan»): each benefit of the scenario with
its indicator, baseline value from the survey, target value and year, owner (role and
municipality) and how it is measured.

The benefits themselves come from the evaluation (view.py); what the user changes of one is a
`BenefitEntry`, stored with the scenario by the benefit's key.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from desktop.core.errors import InputError

EDITABLE = ("indicator", "target", "year", "owner_role", "owner_municipality", "method")


@dataclass(frozen=True)
class Benefit:
    key: str
    title: str
    indicator: str
    baseline: str  # the survey's value, formatted, with its source
    target: str
    year: int | None
    owner_role: str
    owner_municipality: str
    method: str
    source: str = ""  # model | effect
    edited: bool = False

    def with_entry(self, entry: BenefitEntry | None) -> Benefit:
        if entry is None:
            return self
        changes = {f: getattr(entry, f) for f in EDITABLE if getattr(entry, f) is not None}
        return replace(self, **changes, edited=bool(changes))


@dataclass(frozen=True)
class BenefitEntry:
    """The user's values for one benefit; None keeps the suggested one."""

    indicator: str | None = None
    target: str | None = None
    year: int | None = None
    owner_role: str | None = None
    owner_municipality: str | None = None
    method: str | None = None

    def __post_init__(self) -> None:
        if self.year is not None and not 2000 <= self.year <= 2100:
            raise InputError(f"Målåret må være et årstall, ikke {self.year}")

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)
                if getattr(self, f.name) is not None}

    @classmethod
    def from_json(cls, doc: Any) -> BenefitEntry:
        doc = doc if isinstance(doc, dict) else {}
        year = doc.get("year")
        return cls(**{f: (None if doc.get(f) is None else str(doc[f]))
                      for f in EDITABLE if f != "year"},
                   year=None if year is None else int(year))
