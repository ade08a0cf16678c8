"""The municipality register: all current Norwegian municipalities and the former ones.

Current municipalities come from SSB's classification 131 with population on 1 January of the
register year (`desktop/resources/register/kommuner.csv`); former numbers from SSB's change table
(`kommuner-tidligere-nummer.csv`), so a pre-study can pick e.g. 1018 Søgne, part of 4204
Kristiansand since 2020.
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from desktop.core.errors import NotFound
from desktop.paths import resource


@dataclass(frozen=True)
class Municipality:
    number: str
    name: str
    county: str | None
    population: int | None
    # Set for a former municipality: the current municipality it is part of, and since when.
    merged_into: str | None = None
    merged_into_name: str | None = None
    changed: str | None = None

    @property
    def is_former(self) -> bool:
        return self.merged_into is not None


class UnknownMunicipality(NotFound):
    def __init__(self, ref: str, candidates: list[Municipality] | None = None) -> None:
        self.ref = ref
        self.candidates = candidates or []
        if self.candidates:
            names = ", ".join(f"{m.number} {m.name}" for m in self.candidates)
            msg = f"«{ref}» kan være flere kommuner: {names}. Bruk kommunenummeret."
        else:
            msg = f"Finner ingen kommune med nummer eller navn «{ref}»."
        super().__init__(msg)


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


class Register:
    def __init__(self, current: list[Municipality], former: list[Municipality], year: int | None):
        self.current = current
        self.former = former
        self.year = year
        self._by_number: dict[str, Municipality] = {m.number: m for m in current}
        for m in former:
            self._by_number.setdefault(m.number, m)

    @classmethod
    def load(cls, folder: Path | None = None) -> Register:
        folder = folder or resource("register")
        current: list[Municipality] = []
        year: int | None = None
        with (folder / "kommuner.csv").open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                pop = row.get("innbyggere") or ""
                current.append(Municipality(row["kommunenummer"].zfill(4), row["navn"],
                                            row.get("fylke") or None,
                                            int(pop) if pop.isdigit() else None))
                if row.get("aar", "").isdigit():
                    year = int(row["aar"])
        current_numbers = {m.number for m in current}
        names = {m.number: m.name for m in current}
        former: dict[str, Municipality] = {}
        with (folder / "kommuner-tidligere-nummer.csv").open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                old = row["tidligere_kommunenummer"].zfill(4)
                if old in current_numbers:
                    continue  # a number still in use names the current municipality
                target = row["kommunenummer"].zfill(4)
                prev = former.get(old)
                # keep the newest change for a number that was reused or changed twice
                if prev is None or (row["endringsdato"] or "") > (prev.changed or ""):
                    former[old] = Municipality(old, row["tidligere_navn"], None, None,
                                               target, names.get(target, row["navn"]),
                                               row["endringsdato"] or None)
        return cls(current, sorted(former.values(), key=lambda m: m.number), year)

    def get(self, number: str) -> Municipality | None:
        return self._by_number.get(number.strip().zfill(4)) if number.strip().isdigit() else None

    def lookup(self, ref: str) -> Municipality:
        """A municipality by number (current or former) or by name (current first)."""
        ref = ref.strip()
        if ref.isdigit():
            m = self.get(ref)
            if m is None:
                raise UnknownMunicipality(ref)
            return m
        key = _fold(ref)
        for pool in (self.current, self.former):
            hits = [m for m in pool if _fold(m.name) == key
                    or any(_fold(part) == key for part in m.name.split(" - "))]
            if len(hits) == 1:
                return hits[0]
            if len(hits) > 1:
                raise UnknownMunicipality(ref, hits)
        raise UnknownMunicipality(ref)

    def search(self, text: str, limit: int = 20) -> list[Municipality]:
        """Municipalities whose number or name starts with or contains `text` (for pickers)."""
        key = _fold(text)
        if not key:
            return self.current[:limit]
        starts = [m for m in self.current + self.former
                  if m.number.startswith(key) or _fold(m.name).startswith(key)]
        contains = [m for m in self.current + self.former
                    if key in _fold(m.name) and m not in starts]
        return (starts + contains)[:limit]


@lru_cache(maxsize=1)
def default_register() -> Register:
    return Register.load()
