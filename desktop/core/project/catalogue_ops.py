"""The catalogue through the facade: `api.catalogue.accept(…)` and the rest of
`desktop.core.catalogue.api`, bound to the project, each decision recorded as a change to the
catalogue (so every view that counts systems follows it)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.catalogue import api as catalogue
from desktop.core.catalogue.pipeline import DEFAULT_THRESHOLD
from desktop.core.catalogue.progress import Progress
from desktop.core.catalogue.results import (
    ChangeSet,
    DedupSummary,
    DictionaryReport,
    Matrix,
    Member,
    Overview,
    Suggestion,
    Summary,
    SystemRow,
)
from desktop.core.catalogue.units import UnitRef
from desktop.core.project.changes import Changes, Data

if TYPE_CHECKING:
    from db.session import ProjectDatabase
    from desktop.core.project.api import ProjectApi


def _systems_of(cs: ChangeSet) -> frozenset[str]:
    return frozenset(str(rc.id) for rc in cs.rows if rc.table == "distinct_system")


class CatalogueOps:
    """Each method is one unit of work; a decision returns the `ChangeSet` that `undo` takes
    back and `redo` puts again (the catalogue's own undo record)."""

    def __init__(self, api: ProjectApi) -> None:
        self._api = api

    @property
    def _db(self) -> ProjectDatabase:
        return self._api.db

    def _decided(self, result: ChangeSet | list[ChangeSet] | DedupSummary | DictionaryReport
                 ) -> None:
        sets = [result] if isinstance(result, ChangeSet) else (
            list(result) if isinstance(result, list) else [result.changes])
        if any(not cs.empty for cs in sets):
            ids: frozenset[str] = frozenset().union(*(_systems_of(cs) for cs in sets))
            self._api.changed(Changes.of(Data.CATALOGUE, catalogue=ids))

    # --- reading -------------------------------------------------------------------------
    def overview(self, threshold: float = DEFAULT_THRESHOLD, progress: Progress | None = None,
                 *, with_suggestions: bool = True, with_members: bool = True) -> Overview:
        return catalogue.overview(self._db, threshold, progress,
                                  with_suggestions=with_suggestions, with_members=with_members)

    def suggest(self, threshold: float = DEFAULT_THRESHOLD,
                progress: Progress | None = None) -> list[Suggestion]:
        return catalogue.suggest(self._db, threshold, progress)

    def systems(self, with_members: bool = True) -> list[SystemRow]:
        return catalogue.systems(self._db, with_members)

    def summary(self) -> Summary:
        return catalogue.summary(self._db)

    def matrix(self, sort: str = "product", descending: bool = False) -> Matrix:
        return catalogue.matrix(self._db, sort, descending)

    def export_matrix(self, path: str | Path, sort: str = "product",
                      descending: bool = False) -> Path:
        return catalogue.export_matrix(self._db, path, sort, descending)

    def export_dictionary(self, path: str | Path) -> Path:
        return catalogue.export_dictionary(self._db, path)

    # --- deciding ------------------------------------------------------------------------
    def auto(self, threshold: float = DEFAULT_THRESHOLD,
             progress: Progress | None = None) -> DedupSummary:
        out = catalogue.auto(self._db, threshold, progress)
        self._decided(out)
        return out

    def accept_above(self, threshold: float) -> ChangeSet:
        out = catalogue.accept_above(self._db, threshold)
        self._decided(out)
        return out

    def accept(self, suggestion: Suggestion, members: Sequence[Member] | None = None,
               product: str | None = None) -> ChangeSet:
        out = catalogue.accept(self._db, suggestion, members, product=product)
        self._decided(out)
        return out

    def reject(self, suggestion: Suggestion, members: Sequence[Member] | None = None
               ) -> ChangeSet:
        out = catalogue.reject(self._db, suggestion, members)
        self._decided(out)
        return out

    def reject_alternative(self, suggestion: Suggestion) -> ChangeSet:
        out = catalogue.reject_alternative(self._db, suggestion)
        self._decided(out)
        return out

    def split(self, system_id: int, members: Sequence[Member | UnitRef],
              product: str | None = None) -> ChangeSet:
        out = catalogue.split(self._db, system_id, members, product)
        self._decided(out)
        return out

    def move_member(self, member: Member | UnitRef, target: int | str) -> ChangeSet:
        out = catalogue.move_member(self._db, member, target)
        self._decided(out)
        return out

    def merge(self, target_id: int, source_ids: Sequence[int]) -> ChangeSet:
        out = catalogue.merge(self._db, target_id, source_ids)
        self._decided(out)
        return out

    def forget(self, members: Sequence[Member | UnitRef]) -> ChangeSet:
        out = catalogue.forget(self._db, members)
        self._decided(out)
        return out

    def rename(self, system_id: int, product: str) -> ChangeSet:
        out = catalogue.rename(self._db, system_id, product)
        self._decided(out)
        return out

    def set_vendor(self, system_id: int, vendor: str | None) -> ChangeSet:
        out = catalogue.set_vendor(self._db, system_id, vendor)
        self._decided(out)
        return out

    def set_service_area(self, system_id: int, service_area: str | None) -> ChangeSet:
        out = catalogue.set_service_area(self._db, system_id, service_area)
        self._decided(out)
        return out

    def import_dictionary(self, path: str | Path) -> DictionaryReport:
        out = catalogue.import_dictionary(self._db, path)
        self._decided(out)
        return out

    def undo(self, change_set: ChangeSet) -> None:
        catalogue.undo(self._db, change_set)
        self._decided(change_set)

    def redo(self, change_set: ChangeSet) -> None:
        catalogue.redo(self._db, change_set)
        self._decided(change_set)
