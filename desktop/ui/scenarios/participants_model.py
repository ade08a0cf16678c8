"""The project's municipalities as a checkable list: checked ones take part in the scenario.
Checking asks for the change (`toggle_requested`); the list shows the scenario as saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtCore import Signal as _Signal

from desktop.ui import tones
from desktop.ui.models.roles import MUNICIPALITY_ROLE

Index = QModelIndex | QPersistentModelIndex


class ParticipantsCheckModel(QAbstractListModel):
    toggle_requested = _Signal(str, bool)  # municipality number, take part

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, str, bool]] = []  # number, name, answered
        self._checked: set[str] = set()
        self.editable = True

    def set_municipalities(self, items: list[tuple[str, str, bool]]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def set_checked(self, numbers: tuple[str, ...] | None) -> None:
        self._checked = set(numbers or ())
        self.editable = numbers is not None
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def order(self) -> list[str]:
        return [n for n, _nm, _a in self._items]

    def name_of(self, number: str) -> str:
        return next((nm for n, nm, _a in self._items if n == number), number)

    def checked(self) -> list[str]:
        return [n for n, _nm, _a in self._items if n in self._checked]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        number, name, answered = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{name} ({number})"
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if number in self._checked
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.ToolTipRole and not answered:
            return self.tr("Has not answered: its figures are missing in the scenario")
        if role == Qt.ItemDataRole.ForegroundRole and not answered:
            return tones.MUTED.color()
        if role == MUNICIPALITY_ROLE:
            return number
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not self.editable:
            return False
        number = self._items[index.row()][0]
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) \
            else value
        if on == (number in self._checked):
            return False
        self.toggle_requested.emit(number, on)
        return True
