"""A list model of municipalities from the register, for the picker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.core.register.municipalities import Municipality
from desktop.ui.formatting import format_integer
from desktop.ui.models.roles import MUNICIPALITY_ROLE, ROW_ROLE

Index = QModelIndex | QPersistentModelIndex


def municipality_text(m: Municipality) -> str:
    """`Kristiansand (4204)`, or for a former one `Søgne (1018, del av Kristiansand fra 2020)`."""
    if m.is_former:
        year = (m.changed or "")[:4]
        if year:
            text = QCoreApplication.translate("MunicipalityListModel",
                                              "%1 (%2, part of %3 since %4)")
        else:
            text = QCoreApplication.translate("MunicipalityListModel", "%1 (%2, part of %3)")
        return (text.replace("%1", m.name).replace("%2", m.number)
                .replace("%3", m.merged_into_name or m.merged_into or "").replace("%4", year))
    return f"{m.name} ({m.number})"


def municipality_details(m: Municipality) -> str:
    """County and population: `Agder · 116 000 innbyggere`."""
    parts = []
    if m.county:
        parts.append(m.county)
    if m.population is not None:
        parts.append(QCoreApplication.translate("MunicipalityListModel", "%1 inhabitants")
                     .replace("%1", format_integer(m.population)))
    if m.is_former:
        parts.append(QCoreApplication.translate("MunicipalityListModel", "former municipality"))
    return " · ".join(parts)


class MunicipalityListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None, with_details: bool = True) -> None:
        super().__init__(parent)
        self._items: list[Municipality] = []
        self._with_details = with_details

    def set_items(self, items: list[Municipality]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[Municipality]:
        return list(self._items)

    def append(self, m: Municipality) -> bool:
        if any(x.number == m.number for x in self._items):
            return False
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(m)
        self.endInsertRows()
        return True

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        m = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            details = municipality_details(m) if self._with_details else ""
            text = municipality_text(m)
            return f"{text} – {details}" if details and not m.is_former else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return municipality_details(m) or None
        if role == ROW_ROLE:
            return m
        if role == MUNICIPALITY_ROLE:
            return m.number
        return None
