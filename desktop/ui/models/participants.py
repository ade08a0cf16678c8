"""Table model of the participants and the return status of each."""

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
from PySide6.QtGui import QColor

from desktop.core.project.results import ParticipantStatus, ReturnStatus
from desktop.ui import icons, tones
from desktop.ui.formatting import format_integer, format_utc_as_local, sort_key
from desktop.ui.i18n import plural
from desktop.ui.models.roles import MUNICIPALITY_ROLE, ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex

NUMBER, NAME, POPULATION, STATUS, RECEIVED, FILE, SYSTEMS, ERRORS, WARNINGS = range(9)
CONTACT, SENT, DEADLINE, OVERDUE = range(9, 13)
NUMERIC = (POPULATION, SYSTEMS, ERRORS, WARNINGS, OVERDUE)


def status_text(p: ParticipantStatus) -> str:
    if p.status is ReturnStatus.NOT_SENT:
        return QCoreApplication.translate("ParticipantsModel", "Not sent")
    if p.status is ReturnStatus.SENT:
        return QCoreApplication.translate("ParticipantsModel", "Sent")
    if p.status is ReturnStatus.RETURNED:
        return QCoreApplication.translate("ParticipantsModel", "Received")
    return QCoreApplication.translate("ParticipantsModel", "Imported with %n issue(s)", None,
                                      p.issues)


def status_color(p: ParticipantStatus) -> str:
    if p.status is ReturnStatus.NOT_SENT:
        return icons.GREY
    if p.status is ReturnStatus.SENT:
        return icons.BLUE
    if p.status is ReturnStatus.RETURNED:
        return icons.GREEN
    return icons.RED if p.errors else icons.ORANGE


# order of the statuses when sorting by the status column
_STATUS_RANK = {ReturnStatus.NOT_SENT: 0, ReturnStatus.SENT: 1,
                ReturnStatus.IMPORTED_WITH_ISSUES: 2, ReturnStatus.RETURNED: 3}


class ParticipantsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantStatus] = []
        self._merged_names: dict[str, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Municipality"), self.tr("Population"),
                self.tr("Status"), self.tr("Last received"), self.tr("File"),
                self.tr("Systems"), self.tr("Errors"), self.tr("Warnings"),
                self.tr("Contact"), self.tr("Sent"), self.tr("Deadline"),
                self.tr("Days overdue")]

    def set_rows(self, rows: list[ParticipantStatus],
                 merged_names: dict[str, str] | None = None) -> None:
        """`merged_names`: current names of the municipalities former participants are part of."""
        self.beginResetModel()
        self._rows = list(rows)
        self._merged_names = dict(merged_names or {})
        self.endResetModel()

    def rows(self) -> list[ParticipantStatus]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ToolTipRole and section == POPULATION
                and orientation == Qt.Orientation.Horizontal):
            return self.tr("From the municipality register (Statistics Norway), the year the "
                           "status bar names")
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
                return self.headers()[section]
            if orientation == Qt.Orientation.Vertical:
                return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(p, col)
        if role == SORT_ROLE:
            return self._sort_value(p, col)
        if role == Qt.ItemDataRole.DecorationRole and col == STATUS:
            return icons.dot(status_color(p))
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == ERRORS and p.errors:
                return QColor(icons.RED)
            if col == WARNINGS and p.warnings:
                return QColor(icons.ORANGE).darker(120)
            if col == OVERDUE and p.overdue_days:
                return QColor(icons.RED)
            if p.removed:
                return tones.MUTED.color()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(p, col)
        if role == ROW_ROLE:
            return p
        if role == MUNICIPALITY_ROLE:
            return p.number
        return None

    def _display(self, p: ParticipantStatus, col: int) -> str:
        if col == NUMBER:
            return p.number
        if col == NAME:
            return f"{p.name} ✎" if p.note else p.name
        if col == POPULATION:
            return format_integer(p.population)
        if col == STATUS:
            return status_text(p)
        if col == RECEIVED:
            return format_utc_as_local(p.received_at)
        if col == FILE:
            return p.file_name or ""
        has_return = p.received_at is not None or p.file_name is not None
        if col == SYSTEMS:
            return str(p.installations) if has_return else ""
        if col == ERRORS:
            return str(p.errors) if has_return else ""
        if col == WARNINGS:
            return str(p.warnings) if has_return else ""
        if col == CONTACT:
            return " · ".join(x for x in (p.contact_person, p.email, p.phone) if x)
        if col == SENT:
            return format_utc_as_local(p.sent_at) if p.sent_at else ""
        if col == DEADLINE:
            return p.deadline.strftime("%d.%m.%Y") if p.deadline else ""
        if col == OVERDUE:
            return str(p.overdue_days) if p.overdue_days else ""
        return ""

    def _sort_value(self, p: ParticipantStatus, col: int) -> Any:
        values: dict[int, Any] = {
            NUMBER: p.number, NAME: sort_key(p.name), POPULATION: p.population,
            STATUS: (_STATUS_RANK[p.status] * 100000 + p.issues),
            RECEIVED: p.received_at.isoformat() if p.received_at else None,
            FILE: sort_key(p.file_name) if p.file_name else None,
            SYSTEMS: p.installations, ERRORS: p.errors, WARNINGS: p.warnings,
            CONTACT: sort_key(p.contact_person or p.email or "") or None,
            SENT: p.sent_at.isoformat() if p.sent_at else None,
            DEADLINE: p.deadline.isoformat() if p.deadline else None,
            OVERDUE: p.overdue_days or None,
        }
        return values.get(col)

    def _tooltip(self, p: ParticipantStatus, col: int) -> str | None:
        if col == POPULATION:
            merged = (self._merged_names.get(p.merged_into, p.merged_into)
                      if p.merged_into else None)
            return (self.tr("From the municipality register (Statistics Norway). A former "
                            "municipality has no figure of its own: it is part of %1 now.")
                    .replace("%1", merged) if p.population is None and merged else
                    self.tr("From the municipality register (Statistics Norway). The "
                            "scenarios use the figure the municipality gave in its "
                            "questionnaire (Today's situation)."))
        if col == NAME:
            parts = [p.name]
            if p.note:
                parts.append(self.tr("Note: %1").replace("%1", p.note))
            if p.county:
                parts.append(p.county)
            if p.merged_into:
                merged = self._merged_names.get(p.merged_into, p.merged_into)
                parts.append(self.tr("Former municipality, now part of %1").replace(
                    "%1", merged))
            return " – ".join(parts)
        if col == STATUS:
            if p.status is ReturnStatus.SENT and p.sent_at:
                return self.tr("Questionnaire written %1").replace("%1",
                                                                   format_utc_as_local(p.sent_at))
            if p.superseded:
                return plural(self.tr("This return replaced %n earlier return(s)", None,
                                      p.superseded), p.superseded)
        if col == FILE and p.file_name:
            return p.file_name
        if p.removed:
            return self.tr("Removed from the project: its answers are kept as history and left "
                           "out of every figure")
        if col == OVERDUE and p.reminders:
            return plural(self.tr("%n reminder(s) sent", None, p.reminders), p.reminders)
        return None
