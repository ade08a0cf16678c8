"""The "Issues" tab: what is wrong in each imported file, filterable, with a jump to the data."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.importing.messages import shown
from desktop.core.project.results import IssueRow
from desktop.ui.i18n import plural
from desktop.ui.models.issue_filter import IssuesFilterProxy
from desktop.ui.models.issues import (
    CELL,
    FILE,
    MESSAGE,
    SEVERITY,
    VALUE,
    IssuesModel,
    severity_text,
)
from desktop.ui.models.roles import ROW_ROLE
from desktop.ui.views import fit
from desktop.ui.views.empty_state import EmptyState
from desktop.ui.views.table_view import DataTableView


class IssuesView(QWidget):
    # An issue the user activated (double-click / Enter): the window jumps to its data row.
    jump_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = IssuesModel(self)
        self.proxy = IssuesFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.severity = QComboBox()
        self.severity.setObjectName("severityFilter")
        self.severity.addItem(self.tr("All severities"), None)
        self.severity.addItem(self.tr("Errors"), "error")
        self.severity.addItem(self.tr("Warnings"), "warning")
        self.severity.addItem(self.tr("Info"), "info")
        self.severity.currentIndexChanged.connect(
            lambda _i: self.proxy.set_severity(self.severity.currentData()))
        self.state = QComboBox()
        self.state.setObjectName("issueStateFilter")
        self.state.addItem(self.tr("All states"), None)
        self.state.addItem(self.tr("Open"), "open")
        self.state.addItem(self.tr("Handled"), "handled")
        self.state.addItem(self.tr("Accepted as is"), "accepted")
        self.state.currentIndexChanged.connect(
            lambda _i: self.proxy.set_state(self.state.currentData()))
        self.search = QLineEdit()
        self.search.setObjectName("issuesSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter: municipality, file, message…"))
        fit.room_for_placeholder(self.search)
        self.search.textChanged.connect(self.proxy.set_text)
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.severity)
        filters.addWidget(self.state)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count)

        self.table = DataTableView()
        self.table.setObjectName("issuesTable")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(SEVERITY, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.show_details(current.data(ROW_ROLE)))
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        self.details = QLabel()
        self.details.setObjectName("issueDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMargin(8)
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.setMinimumHeight(60)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(filters)
        body_layout.addWidget(splitter)
        self.empty = EmptyState(body, self.tr(
            "No answers imported yet. Drag files here or choose Import answers…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        self.show_details(None)

    def set_rows(self, rows: list[IssueRow], any_imported: bool = True) -> None:
        self.model.set_rows(rows)
        if not any_imported:
            self.empty.set_message(self.tr(
                "No answers imported yet. Drag files here or choose Import answers…"))
        else:
            self.empty.set_message(self.tr(
                "No issues: every imported file was read without problems."))
        self.empty.set_empty(not rows)
        self.table.fit_columns(260)
        self.table.setColumnWidth(CELL, max(self.table.columnWidth(CELL), 50))
        # the message matters most: the file name (the municipality says whose) and the raw
        # value (quoted in the message) give way first
        self.table.set_elastic((MESSAGE, VALUE, FILE), floor=120, first=(FILE, VALUE))
        self._update_count()
        self.show_details(None)

    def set_severity(self, severity: str | None) -> None:
        self.severity.setCurrentIndex(max(0, self.severity.findData(severity)))

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("%1 of %2").replace("%1", str(shown)).replace(
            "%2", str(total)) if shown != total else plural(
            self.tr("%n issue(s)", None, total), total))

    def _activated(self, index: QModelIndex) -> None:
        issue = index.data(ROW_ROLE)
        if isinstance(issue, IssueRow):
            self.jump_requested.emit(issue)

    def show_details(self, issue: IssueRow | None, note: str | None = None) -> None:
        if not isinstance(issue, IssueRow):
            self.details.setText(self.tr(
                "Select an issue to see it here. Double-click or press Enter to go to the row "
                "in the data."))
            return
        e = html.escape
        where = " · ".join(e(p) for p in (issue.municipality_name or issue.municipality,
                                          issue.file_name, issue.sheet, issue.cell) if p)
        text = f"<b>{e(severity_text(issue.severity))}</b>: {e(shown(issue.message))}<br>{where}"
        if issue.raw_value:
            text += "<br>" + e(self.tr("Value in the file: «%1»").replace("%1", issue.raw_value))
        if note:
            text += f"<br><i>{e(note)}</i>"
        self.details.setText(text)
