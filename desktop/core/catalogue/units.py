"""Units of deduplication: installations grouped by how their name, vendor and area read.

Two installations are one unit when their names have the same key (after normalisation) and
their vendor and service area read the same. A decision is taken per unit and applies to every
installation of it, in this return and in the next (`UnitRef` is what a decision stores).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple
from weakref import WeakKeyDictionary

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
    names: dict[str, int] = field(default_factory=dict)  # as written -> installations
    vendors: dict[str, int] = field(default_factory=dict)  # vendor display -> installations

    @property
    def name(self) -> str:
        """The most common spelling, as written (the first seen of the most common)."""
        return max(self.names, key=self.names.__getitem__) if self.names else self.norm.text

    @property
    def vendor(self) -> str | None:
        return max(self.vendors, key=self.vendors.__getitem__) if self.vendors else None

    def spellings(self) -> tuple[str, ...]:
        """Every spelling as written, the most common first."""
        return tuple(sorted(self.names, key=self.names.__getitem__, reverse=True))

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


RowKey = tuple[str | None, str | None, str | None]  # name, vendor, service area as stored
Reading = tuple[UnitRef, Normalized, str, str | None]  # unit, its name, as written, vendor shown

# How each stored (name, vendor, area) reads, kept per normaliser for the life of the process:
# normalising is pure, and a project is read again after every decision.
_READINGS: WeakKeyDictionary[Normalizer, dict[RowKey, Reading | None]] = WeakKeyDictionary()
_MAX_READINGS = 400_000


def readings(normalizer: Normalizer) -> dict[RowKey, Reading | None]:
    memo = _READINGS.get(normalizer)
    if memo is None or len(memo) > _MAX_READINGS:
        memo = _READINGS[normalizer] = {}
    return memo


def read_key(normalizer: Normalizer, memo: dict[RowKey, Reading | None], key: RowKey
             ) -> Reading | None:
    """How one stored row reads (None without a name); remembered in `memo`."""
    name, vendor, area = key
    if not name or not name.strip():
        memo[key] = None
        return None
    ref, norm, vendor_display = unit_ref(normalizer, name, vendor, area)
    hit = memo[key] = (ref, norm, tidy(name), vendor_display)
    return hit


def row_refs(rows: Iterable[RowKey], normalizer: Normalizer) -> list[UnitRef | None]:
    """Each row's unit (None without a name), without building the units."""
    memo = readings(normalizer)
    out: list[UnitRef | None] = []
    for key in rows:
        hit = memo[key] if key in memo else read_key(normalizer, memo, key)
        out.append(hit[0] if hit is not None else None)
    return out


def build_units(rows: Iterable[RowKey], normalizer: Normalizer
                ) -> tuple[dict[UnitRef, Unit], list[UnitRef | None]]:
    """Units of (name, vendor, service area) rows, and each row's unit (None without a name)."""
    units: dict[UnitRef, Unit] = {}
    refs: list[UnitRef | None] = []
    memo = readings(normalizer)
    for key in rows:
        hit = memo[key] if key in memo else read_key(normalizer, memo, key)
        if hit is None:
            refs.append(None)
            continue
        ref, norm, written, vendor_display = hit
        unit = units.get(ref)
        if unit is None:
            unit = units[ref] = Unit(ref, norm)
        unit.count += 1
        unit.names[written] = unit.names.get(written, 0) + 1
        if vendor_display:
            unit.vendors[vendor_display] = unit.vendors.get(vendor_display, 0) + 1
        refs.append(ref)
    return units, refs
