"""The catalogue tab's selection: what is chosen in the two trees, what to select after a
decision once the lists are read again, and which systems the user had open.

The view owns the widgets; this keeps the state that outlives a reset of their models (a
decision reads the project again and resets both trees) and puts the user back where they were.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView

from desktop.core.catalogue.results import Member
from desktop.ui.catalogue.snapshot import SuggestionItem, SystemItem
from desktop.ui.catalogue.tree_view import CatalogueTree
from desktop.ui.models.roles import ROW_ROLE

if TYPE_CHECKING:
    from desktop.ui.catalogue.view import CatalogueView

SuggestionChoice = tuple[SuggestionItem, tuple[Member, ...] | None]
SystemChoice = tuple[SystemItem, tuple[Member, ...] | None]


def system_key(item: SystemItem) -> tuple[Any, ...]:
    if item.system_id is not None:
        return ("id", item.system_id)
    return ("name", item.row.product, item.row.vendor, item.row.service_area)


class CatalogueSelection(QObject):
    def __init__(self, view: CatalogueView) -> None:
        super().__init__(view)
        self.view = view
        self.next_suggestion: str | None = None  # to select once the lists are read again
        self.next_position: int | None = None
        self.next_system: tuple[Any, ...] | None = None
        self.expanded: set[tuple[Any, ...]] = set()  # systems the user has open
        self._restoring = 0  # generation of the systems' selection to restore

    def current_top_row(self, tree: CatalogueTree) -> int | None:
        index = tree.currentIndex()
        if not index.isValid():
            return None
        return index.parent().row() if index.parent().isValid() else index.row()

    def current_suggestion_id(self) -> str | None:
        item = self.top_item(self.view.suggestions.currentIndex())
        return item.id if isinstance(item, SuggestionItem) else None

    def current_system_key(self) -> tuple[Any, ...] | None:
        item = self.top_item(self.view.systems.currentIndex())
        return system_key(item) if isinstance(item, SystemItem) else None

    @staticmethod
    def top_item(index: QModelIndex) -> Any:
        if not index.isValid():
            return None
        top = index.parent() if index.parent().isValid() else index
        return top.data(ROW_ROLE)

    def suggestion_choices(self) -> list[SuggestionChoice]:
        """The selected suggestions (None: all their names) or names of suggestions, in the
        order shown; the current row when nothing is selected."""
        return self._choices(self.view.suggestions)  # type: ignore[return-value]

    def system_choices(self) -> list[SystemChoice]:
        return self._choices(self.view.systems)  # type: ignore[return-value]

    def _choices(self, tree: CatalogueTree) -> list[tuple[Any, tuple[Member, ...] | None]]:
        rows = tree.selected_rows()
        if not rows and tree.currentIndex().isValid():
            rows = [tree.currentIndex().siblingAtColumn(0)]
        whole: dict[int, Any] = {}
        parts: dict[int, tuple[Any, list[Member]]] = {}
        for index in rows:
            if index.parent().isValid():
                parent = index.parent()
                member = index.data(ROW_ROLE)
                entry = parts.setdefault(parent.row(), (parent.data(ROW_ROLE), []))
                if isinstance(member, Member):
                    entry[1].append(member)
            else:
                whole[index.row()] = index.data(ROW_ROLE)
        out: list[tuple[int, Any, tuple[Member, ...] | None]] = [
            (row, item, None) for row, item in whole.items()]
        out += [(row, item, tuple(ms)) for row, (item, ms) in parts.items() if row not in whole]
        return [(item, ms) for _, item, ms in sorted(out, key=lambda x: x[0])]

    def plan_next_suggestion(self, choices: list[SuggestionChoice]) -> None:
        """After accepting or rejecting: select the suggestion below the last one acted on
        (or the same one when only some of its names were)."""
        rows = [self._model_row(item) for item, _ in choices]
        rows = [r for r in rows if r >= 0]
        if not rows:
            return
        partial = [item for item, ms in choices
                   if ms is not None and len(ms) < len(item.suggestion.members)]
        self.next_position = min(rows)
        if partial:
            self.next_suggestion = partial[0].id
            return
        acted = set(rows)
        after = [r for r in range(max(rows) + 1, self.view.suggestions_model.visible_count())
                 if r not in acted]
        before = [r for r in range(min(rows) - 1, -1, -1) if r not in acted]
        nxt = after[0] if after else (before[0] if before else None)
        item = self.view.suggestions_model.item_at(nxt) if nxt is not None else None
        self.next_suggestion = item.id if isinstance(item, SuggestionItem) else None

    def _model_row(self, item: SuggestionItem) -> int:
        row = self.view.suggestions_model.row_of(lambda x: x is item)
        return -1 if row is None else row

    def restore(self, current_sug: str | None, sug_position: int | None,
                current_sys: tuple[Any, ...] | None) -> None:
        """After the lists were read again: select what a decision asked for, else what was
        current before (the suggestions now, the systems in the next pass of the loop)."""
        wanted = self.next_suggestion or current_sug
        position = self.next_position if self.next_position is not None else sug_position
        self.next_suggestion = None
        self.next_position = None
        row = self.view.suggestions_model.row_of(lambda x: x.id == wanted) if wanted else None
        model = self.view.suggestions_model
        index = model.top_index(row) if row is not None else QModelIndex()
        if not index.isValid() and model.visible_count():
            index = model.top_index(min(position or 0, model.visible_count() - 1))
        self.set_current(self.view.suggestions, index)

        wanted_sys = self.next_system or current_sys
        self.next_system = None
        # Setting the current row lays the freshly reset tree out, which asks the model about
        # every row (in Python): the systems' turn comes in the next pass of the event loop,
        # so that the GUI does not stall for both lists (and the other work) at once.
        self._restoring += 1
        generation = self._restoring
        QTimer.singleShot(0, self, lambda: self._restore_system(wanted_sys, generation))

    def _restore_system(self, wanted_sys: tuple[Any, ...] | None, generation: int) -> None:
        if generation != self._restoring:  # a newer snapshot was shown since
            return
        row = (self.view.systems_model.row_of(lambda x: system_key(x) == wanted_sys)
               if wanted_sys else None)
        index = self.view.systems_model.top_index(row if row is not None else 0)
        self.set_current(self.view.systems, index)

    @staticmethod
    def set_current(tree: CatalogueTree, index: QModelIndex) -> None:
        if not index.isValid():
            return
        tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        tree.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def select_suggestion(self, suggestion_id: str) -> bool:
        row = self.view.suggestions_model.row_of(lambda x: x.id == suggestion_id)
        if row is None:
            return False
        index = self.view.suggestions_model.top_index(row)
        self.set_current(self.view.suggestions, index)
        return index.isValid()

    def select_system(self, predicate: Callable[[SystemItem], bool]) -> bool:
        row = self.view.systems_model.row_of(predicate)
        if row is None:
            return False
        index = self.view.systems_model.top_index(row)
        self.set_current(self.view.systems, index)
        return index.isValid()

    def remember_expanded(self, index: QModelIndex, expanded: bool) -> None:
        item = index.data(ROW_ROLE)
        if isinstance(item, SystemItem):
            (self.expanded.add if expanded else self.expanded.discard)(
                system_key(item))

    def restore_expanded(self, first: int = 0, last: int | None = None) -> None:
        """Open again the systems the user had open, among the rows the view has (those
        handed out later are seen to as they come: `fetched_systems`)."""
        if not self.expanded:
            return
        keys = set(self.expanded)
        model = self.view.systems_model
        for row in range(first, model.rowCount() if last is None else last + 1):
            if system_key(model.item_at(row)) in keys:
                self.view.systems.expand(model.index(row, 0))

    def fetched_systems(self, parent: QModelIndex, first: int, last: int) -> None:
        if not parent.isValid():
            self.restore_expanded(first, last)

    def toggle_current_system(self) -> None:
        index = self.view.systems.currentIndex().siblingAtColumn(0)
        if index.isValid() and not index.parent().isValid():
            self.view.systems.setExpanded(index, not self.view.systems.isExpanded(index))

