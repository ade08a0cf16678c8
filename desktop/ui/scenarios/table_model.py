"""A read-only table model whose columns are data (header, text, sort key, alignment), the
base of the scenario tab's tables. Works with the shared proxies (desktop.ui.models:
`row_at`, `display`, SORT_ROLE, ROW_ROLE)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.ui.formatting import sort_key
from desktop.ui.models.roles import ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # default: the text, Norwegian order
    numeric: bool = False
    tooltip: Callable[[Any], str | None] | None = None
    header_tip: str = ""


class ColumnsModel(QAbstractTableModel):
    """Rows are any objects; `columns` say how to show them. Subclasses may override `font`,
    `foreground` and `background` per row and column."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column], rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def display(self, item: Any, col: int) -> str:
        return self.columns[col].text(item)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.header
            if role == Qt.ItemDataRole.ToolTipRole:
                return column.header_tip or None
            if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
                return RIGHT
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self.columns):
            return None
        item = self._rows[index.row()]
        col = index.column()
        column = self.columns[col]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return column.text(item)
        if role == SORT_ROLE:
            if column.sort is not None:
                return column.sort(item)
            text = column.text(item)
            return sort_key(text) if text else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(item) if column.tooltip is not None else None
        if role == Qt.ItemDataRole.FontRole:
            return self.font(item, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(item, col)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(item, col)
        if role == ROW_ROLE:
            return item
        return None

    def font(self, item: Any, col: int) -> QFont | None:
        return None

    def foreground(self, item: Any, col: int) -> Any:
        return None

    def background(self, item: Any, col: int) -> Any:
        return None


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def italic_font() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font
