"""A proxy that sorts by the typed SORT_ROLE value, empty values last in either order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.ui.models.roles import SORT_ROLE

Index = QModelIndex | QPersistentModelIndex


class TypedSortProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def lessThan(self, left: Index, right: Index) -> bool:
        a: Any = left.data(SORT_ROLE)
        b: Any = right.data(SORT_ROLE)
        if a is None or b is None:
            # empty values last whatever the sort order
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            if a is None and b is None:
                return False
            return (a is None) if descending else (b is None)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def refilter(self, change: Callable[[], None]) -> None:
        """Apply a change to the filter state and re-run the row filter."""
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()
