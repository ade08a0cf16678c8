"""The catalogue through the facade: `api.catalogue.accept(…)` and the rest of
`desktop.core.catalogue.api`, bound to the project, each decision recorded as a change to the
catalogue (so every view that counts systems follows it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
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
from desktop.core.errors import Conflict
from desktop.core.project.changes import Changes, Data

if TYPE_CHECKING:
    from db.session import ProjectDatabase
    from desktop.core.project.api import ProjectApi


def _when(at: dt.datetime) -> str:
    """A change log time (UTC) as the user's local time: `03.12.2026 10:42`."""
    from desktop.core import formatting as fmt

    return fmt.timestamp(at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None))


def _base(based_on: int | None, suggestion: Suggestion) -> int | None:
    return based_on if based_on is not None else (suggestion.revision or None)


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
        """Everything a review shows; `revision` (and each suggestion's) is the change log
        as it was read, for a decision's `based_on`."""
        rev = self._api.revision()
        out = catalogue.overview(self._db, threshold, progress,
                                 with_suggestions=with_suggestions, with_members=with_members)
        return replace(out, revision=rev,
                       suggestions=tuple(replace(x, revision=rev) for x in out.suggestions))

    def suggest(self, threshold: float = DEFAULT_THRESHOLD,
                progress: Progress | None = None) -> list[Suggestion]:
        rev = self._api.revision()
        return [replace(x, revision=rev)
                for x in catalogue.suggest(self._db, threshold, progress)]

    def _checked(self, out: ChangeSet, based_on: int | None) -> ChangeSet:
        """Refuse (and take back) a decision on systems someone else changed after
        `based_on` (a revision: when the deciding window read the catalogue)."""
        if based_on is None or out.empty:
            return out
        touched = _systems_of(out)
        for other in self._api.changes_since(based_on):
            if Data.CATALOGUE not in other.changes.kinds:
                continue
            theirs = other.changes.ids_of(Data.CATALOGUE)
            if theirs and not theirs & touched:  # (no ids told: it may be any system)
                continue
            catalogue.undo(self._db, out)
            raise Conflict(
                f"{other.made_by} endret de samme systemene {_when(other.at)}, etter at du "
                "leste katalogen. Beslutningen er ikke lagret; katalogen leses på nytt, se "
                "over og bestem igjen.",
                english=f"{other.made_by} changed the same systems at {_when(other.at)}, after "
                "you read the catalogue. The decision was not saved.")
        return out

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

    # A decision with `based_on` (a revision: `Overview.revision`, `Suggestion.revision`) is
    # refused with Conflict when someone else changed its names or systems since; a decision
    # on a suggestion is based on the revision the suggestion was read at.
    def accept(self, suggestion: Suggestion, members: Sequence[Member] | None = None,
               product: str | None = None, *, based_on: int | None = None) -> ChangeSet:
        out = catalogue.accept(self._db, suggestion, members, product=product)
        return self._done(out, _base(based_on, suggestion))

    def reject(self, suggestion: Suggestion, members: Sequence[Member] | None = None, *,
               based_on: int | None = None) -> ChangeSet:
        out = catalogue.reject(self._db, suggestion, members)
        return self._done(out, _base(based_on, suggestion))

    def reject_alternative(self, suggestion: Suggestion, *, based_on: int | None = None
                           ) -> ChangeSet:
        out = catalogue.reject_alternative(self._db, suggestion)
        return self._done(out, _base(based_on, suggestion))

    def split(self, system_id: int, members: Sequence[Member | UnitRef],
              product: str | None = None, *, based_on: int | None = None) -> ChangeSet:
        return self._done(catalogue.split(self._db, system_id, members, product), based_on)

    def move_member(self, member: Member | UnitRef, target: int | str, *,
                    based_on: int | None = None) -> ChangeSet:
        return self._done(catalogue.move_member(self._db, member, target), based_on)

    def merge(self, target_id: int, source_ids: Sequence[int], *,
              based_on: int | None = None) -> ChangeSet:
        return self._done(catalogue.merge(self._db, target_id, source_ids), based_on)

    def forget(self, members: Sequence[Member | UnitRef], *,
               based_on: int | None = None) -> ChangeSet:
        return self._done(catalogue.forget(self._db, members), based_on)

    def rename(self, system_id: int, product: str, *, based_on: int | None = None
               ) -> ChangeSet:
        return self._done(catalogue.rename(self._db, system_id, product), based_on)

    def set_vendor(self, system_id: int, vendor: str | None, *,
                   based_on: int | None = None) -> ChangeSet:
        return self._done(catalogue.set_vendor(self._db, system_id, vendor), based_on)

    def set_service_area(self, system_id: int, service_area: str | None, *,
                         based_on: int | None = None) -> ChangeSet:
        return self._done(catalogue.set_service_area(self._db, system_id, service_area),
                          based_on)

    def _done(self, out: ChangeSet, based_on: int | None) -> ChangeSet:
        out = self._checked(out, based_on)
        self._decided(out)
        return out

    def import_dictionary(self, path: str | Path) -> DictionaryReport:
        out = catalogue.import_dictionary(self._db, path)
        self._decided(out)
        return out

    def undo(self, change_set: ChangeSet) -> None:
        """Take a decision back; refused (Conflict) when its rows are no longer as it left
        them (someone changed them since)."""
        try:
            catalogue.undo(self._db, change_set)
        except Conflict as exc:
            raise self._who(exc) from None
        self._decided(change_set)

    def redo(self, change_set: ChangeSet) -> None:
        try:
            catalogue.redo(self._db, change_set)
        except Conflict as exc:
            raise self._who(exc) from None
        self._decided(change_set)

    def _who(self, exc: Conflict) -> Conflict:
        last = self._api.last_change_by_others()
        if last is None:
            return exc
        return Conflict(f"{exc.message} (Sist endret av {last.made_by} {_when(last.at)}.)",
                        english=exc.english)
