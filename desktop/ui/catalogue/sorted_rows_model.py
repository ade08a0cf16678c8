"""A flat table that sorts its own rows: the base of the matrix and of the targets of "move
to"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QObject, Qt

from desktop.ui.catalogue.sorting import sorted_positions


class SortedRowsModel(QAbstractTableModel):
    """A flat table that sorts its own rows (see `sorting`); `search` is each row's folded
    filter text, kept in step with the rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._search: list[str | None] = []
        self._sort: tuple[int, bool] | None = None

    def sort_value(self, row: Any, col: int) -> Any:
        raise NotImplementedError

    def search_text(self, row: Any) -> str:
        raise NotImplementedError

    def _fill(self, rows: Sequence[Any]) -> None:
        self._rows = list(rows)
        self._search = [None] * len(self._rows)
        if self._sort is not None:
            self._apply_sort(*self._sort)

    def _apply_sort(self, column: int, descending: bool) -> None:
        order = sorted_positions([self.sort_value(r, column) for r in self._rows], descending)
        self._rows = [self._rows[i] for i in order]
        self._search = [self._search[i] for i in order]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self._sort = (column, descending)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        position = {id(r): i for i, r in enumerate(self._rows)}
        where = [(self._rows[i.row()], i.column()) for i in before]
        self._apply_sort(column, descending)
        position = {id(r): i for i, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.createIndex(position[id(r)], c) for r, c in where])
        self.layoutChanged.emit()

    def haystack(self, row: int) -> str:
        text = self._search[row]
        if text is None:
            text = self._search[row] = self.search_text(self._rows[row])
        return text

    def filter_key(self, row: int) -> str | None:
        return None
