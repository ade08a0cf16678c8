"""Table model of import issues (IssueRow) and the proxy that filters them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.core.importing.messages import shown
from desktop.core.project.results import IssueRow
from desktop.ui import icons, tones
from desktop.ui.cells import cell_sort_key
from desktop.ui.formatting import sort_key
from desktop.ui.models.roles import MUNICIPALITY_ROLE, ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex

SEVERITY, MUNICIPALITY, FILE, SHEET, CELL, VALUE, MESSAGE = range(7)
SEVERITIES = ("error", "warning", "info")
_RANK = {s: i for i, s in enumerate(SEVERITIES)}
_COLORS = {"error": icons.RED, "warning": icons.ORANGE, "info": icons.BLUE}


def severity_text(severity: str) -> str:
    if severity == "error":
        return QCoreApplication.translate("IssuesModel", "Error")
    if severity == "warning":
        return QCoreApplication.translate("IssuesModel", "Warning")
    if severity == "info":
        return QCoreApplication.translate("IssuesModel", "Info")
    return severity


class IssuesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[IssueRow] = []

    def headers(self) -> list[str]:
        return [self.tr("Severity"), self.tr("Municipality"), self.tr("File"), self.tr("Sheet"),
                self.tr("Cell"), self.tr("Value"), self.tr("Message")]

    def set_rows(self, rows: list[IssueRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> IssueRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
                return self.headers()[section]
            if orientation == Qt.Orientation.Vertical:
                return section + 1
        return None

    def display(self, issue: IssueRow, col: int) -> str:
        if col == SEVERITY:
            return severity_text(issue.severity)
        if col == MUNICIPALITY:
            return issue.municipality_name or issue.municipality or ""
        values = {FILE: issue.file_name, SHEET: issue.sheet, CELL: issue.cell,
                  VALUE: issue.raw_value, MESSAGE: shown(issue.message)}
        return values.get(col) or ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        issue = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(issue, col)
        if role == SORT_ROLE:
            if col == SEVERITY:
                return _RANK.get(issue.severity, len(_RANK))
            if col == CELL:
                return cell_sort_key(issue.cell)
            text = self.display(issue, col)
            return sort_key(text) if text else None
        if role == Qt.ItemDataRole.DecorationRole and col == SEVERITY:
            return icons.dot(_COLORS.get(issue.severity, icons.GREY))
        if role == Qt.ItemDataRole.ToolTipRole and issue.state != "open":
            state = self.tr("Handled") if issue.state == "handled" else self.tr("Accepted as is")
            return f"{state}: {issue.comment}" if issue.comment else state
        if role == Qt.ItemDataRole.ToolTipRole and col in (FILE, VALUE, MESSAGE):
            return self.display(issue, col) or None
        if role == Qt.ItemDataRole.ForegroundRole and issue.state != "open":
            return tones.MUTED.color()
        if role == ROW_ROLE:
            return issue
        if role == MUNICIPALITY_ROLE:
            return issue.municipality
        return None
