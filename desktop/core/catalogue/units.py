"""Units of deduplication: installations grouped by how their name, vendor and area read.

Two installations are one unit when their names have the same key (after normalisation) and
their vendor and service area read the same. A decision is taken per unit and applies to every
installation of it, in this return and in the next (`UnitRef` is what a decision stores).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from desktop.core.catalogue.normalize import Normalized, Normalizer, tidy


class UnitRef(NamedTuple):
    name_key: str  # compact normalised name
    vendor_key: str  # normalised vendor, "" when unknown
    area_key: str  # service area as listed, "" when missing


@dataclass(slots=True)
class Unit:
    ref: UnitRef
    norm: Normalized  # of the first name seen; names differ only in case, spacing or version
    count: int = 0
    names: Counter[str] = field(default_factory=Counter)  # as written -> installations
    vendors: Counter[str] = field(default_factory=Counter)  # vendor display -> installations

    @property
    def name(self) -> str:
        """The most common spelling, as written."""
        return self.names.most_common(1)[0][0] if self.names else self.norm.text

    @property
    def vendor(self) -> str | None:
        return self.vendors.most_common(1)[0][0] if self.vendors else None

    @property
    def area(self) -> str:
        return self.ref.area_key


def unit_ref(normalizer: Normalizer, name: str, vendor: str | None, area: str | None
             ) -> tuple[UnitRef, Normalized, str | None]:
    """The unit of one installation, its normalised name and its vendor's display name."""
    norm = normalizer.name(name)
    vendor_key, vendor_display = normalizer.vendor(vendor)
    if not vendor_key and norm.vendor:
        vendor_key, vendor_display = normalizer.vendor(norm.vendor)
    return UnitRef(norm.compact, vendor_key, (area or "").strip()), norm, vendor_display


def build_units(rows: Iterable[tuple[str | None, str | None, str | None]],
                normalizer: Normalizer) -> tuple[dict[UnitRef, Unit], list[UnitRef | None]]:
    """Units of (name, vendor, service area) rows, and each row's unit (None without a name)."""
    units: dict[UnitRef, Unit] = {}
    refs: list[UnitRef | None] = []
    memo: dict[tuple[str, str | None, str | None], tuple[Unit, str, str | None]] = {}
    for name, vendor, area in rows:
        if not name or not name.strip():
            refs.append(None)
            continue
        key = (name, vendor, area)
        hit = memo.get(key)
        if hit is None:
            ref, norm, vendor_display = unit_ref(normalizer, name, vendor, area)
            unit = units.get(ref)
            if unit is None:
                unit = units[ref] = Unit(ref, norm)
            hit = memo[key] = (unit, tidy(name), vendor_display)
        unit, written, vendor_display = hit
        unit.count += 1
        unit.names[written] += 1
        if vendor_display:
            unit.vendors[vendor_display] += 1
        refs.append(unit.ref)
    return units, refs
