"""The "Participants" tab: each municipality and how far its questionnaire has come."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.core.project.results import ParticipantStatus, ReturnStatus
from desktop.ui.models.participants import (
    CONTACT,
    DEADLINE,
    FILE,
    NAME,
    OVERDUE,
    STATUS,
    ParticipantsModel,
)
from desktop.ui.models.roles import MUNICIPALITY_ROLE
from desktop.ui.models.typed_sort_proxy import TypedSortProxy
from desktop.ui.views import fit
from desktop.ui.views.empty_state import EmptyState
from desktop.ui.views.table_view import DataTableView


class ParticipantsView(QWidget):
    # A participant the user activated (double-click / Enter): show its data.
    municipality_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ParticipantsModel(self)
        self.proxy = TypedSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = DataTableView()
        self.table.setObjectName("participantsTable")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # the follow-up (who has not answered, by when) next to the status, in view on a
        # laptop; the file and the import's counts further on
        header = self.table.horizontalHeader()
        for offset, col in enumerate(range(CONTACT, OVERDUE + 1)):
            header.moveSection(header.visualIndex(col), header.visualIndex(STATUS) + 1 + offset)
        self.table.setProperty(fit.WIDE, header.visualIndex(OVERDUE) + 1)
        self.table.activated.connect(
            lambda index: self.municipality_activated.emit(index.data(MUNICIPALITY_ROLE)))
        self.summary = QLabel()
        self.summary.setObjectName("participantsSummary")
        self.summary.setWordWrap(True)
        self.empty = EmptyState(self.table, self.tr(
            "The project has no participants yet."))
        self.note = QLabel()
        self.note.setObjectName("projectNote")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(self.empty)

    def set_rows(self, rows: list[ParticipantStatus],
                 merged_names: dict[str, str] | None = None) -> None:
        self.model.set_rows(rows, merged_names)
        self.empty.set_empty(not rows)
        # no deadline set: the deadline columns would be empty and take the room the
        # contact and file names need
        no_deadline = not any(p.deadline for p in rows)
        for column in (DEADLINE, OVERDUE):
            self.table.setColumnHidden(column, no_deadline)
        self.table.fit_columns()
        self.table.set_elastic((FILE, NAME, CONTACT), floor=80)
        self.summary.setText(self._summary(rows))

    def _summary(self, rows: list[ParticipantStatus]) -> str:
        if not rows:
            return ""
        answered = sum(1 for p in rows if p.status in (ReturnStatus.RETURNED,
                                                        ReturnStatus.IMPORTED_WITH_ISSUES))
        sent = sum(1 for p in rows if p.status is not ReturnStatus.NOT_SENT)
        if sent == 0:
            return self.tr("No questionnaires written yet. Choose Generate questionnaires… to "
                           "write one spreadsheet per municipality.")
        text = self.tr("%1 of %2 municipalities have answered.").replace(
            "%1", str(answered)).replace("%2", str(len(rows)))
        if answered == 0:
            text += " " + self.tr("Drag returned files here or choose Import answers…")
        else:
            text += " " + self.tr("Double-click a municipality to see its data.")
        overdue = sum(1 for p in rows if p.overdue_days and not p.removed)
        if overdue:
            text += " " + self.tr("%1 overdue: right-click → Reminder (purring)…").replace(
                "%1", str(overdue))
        return text

    def set_project_note(self, note: str | None) -> None:
        """The user's note on the project, above the table (right-click → Project note…)."""
        self.note.setText(self.tr("Note: %1").replace("%1", note) if note else "")
        self.note.setVisible(bool(note))
