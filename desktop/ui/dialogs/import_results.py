"""After an import: one line per file with its outcome and message, what a replacing file
changed, and for a file that does not say which municipality it is from, a way to choose."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.project.results import ImportResult, Outcome, ParticipantStatus
from desktop.ui import icons
from desktop.ui import import_texts as texts
from desktop.ui.views import fit

RESULT_ROLE = Qt.ItemDataRole.UserRole + 10
_COLORS = {Outcome.IMPORTED: icons.GREEN, Outcome.REPLACED: icons.BLUE,
           Outcome.UNCHANGED: icons.GREY, Outcome.OLDER: icons.GREY,
           Outcome.REJECTED: icons.RED}


def _item(text: str, tooltip: str | None = None) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if tooltip:
        item.setToolTip(tooltip)
    return item


class ImportResultsDialog(QDialog):
    # (file path, municipality number): import this file again as that municipality's answer
    reimport_requested = Signal(str, str)

    def __init__(self, results: list[ImportResult], participants: list[ParticipantStatus],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import results"))
        fit.resize_on_screen(self, 1000, 480)
        self.results = results
        self.participants = participants
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Result"), self.tr("Municipality"), self.tr("File"), self.tr("Message")])
        for result in results:
            self.model.appendRow(self._row(result))
        self.tree = QTreeView()
        self.tree.setObjectName("importResultsTree")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(1, 150)
        self.tree.setColumnWidth(2, 300)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        summary = QLabel(texts.summary_text(results) if results else self.tr(
            "No spreadsheet files were found (.xlsx, .xlsm, .ods, .xls)."))
        summary.setObjectName("importSummary")
        summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.choose_button = QPushButton(self.tr("Choose municipality…"))
        self.choose_button.setObjectName("chooseMunicipality")
        self.choose_button.setEnabled(False)
        self.choose_button.clicked.connect(self.choose_municipality)
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        first = self.first_needing_municipality()
        if first is not None:
            self.tree.setCurrentIndex(self.model.index(first, 0))

    def _row(self, result: ImportResult) -> list[QStandardItem]:
        status = _item(texts.outcome_text(result.outcome))
        status.setIcon(icons.dot(_COLORS[result.outcome]))
        status.setData(result, RESULT_ROLE)
        municipality = result.municipality_name or result.municipality or ""
        message = texts.result_message(result)
        row = [status, _item(municipality), _item(result.file_name, result.path),
               _item(message, message)]
        details: list[str] = []
        if result.counts and result.outcome in (Outcome.IMPORTED, Outcome.REPLACED):
            details.append(self.tr("Read: %1").replace("%1", texts.counts_text(result.counts)))
        if result.outcome is Outcome.REPLACED:
            details.append(self.tr("Changes: %1").replace(
                "%1", texts.changes_summary(result.changes)) if result.changes
                else self.tr("No changes in the data"))
            details += ["    " + texts.change_text(c) for c in result.changes]
        if not result.rejected and (issues := texts.issues_text(result)):
            details.append(self.tr("Issues: %1 (see the Issues tab)").replace("%1", issues))
        if result.corrections:
            details.append(self.tr("Your corrections of this municipality's values:"))
            details += ["    " + line for line in result.corrections]
        for text in details:
            status.appendRow([_item(""), _item(""), _item(""), _item(text, text)])
        return row

    def result_at(self, row: int) -> ImportResult:
        value = self.model.item(row, 0).data(RESULT_ROLE)
        assert isinstance(value, ImportResult)
        return value

    def first_needing_municipality(self) -> int | None:
        for row in range(self.model.rowCount()):
            if texts.needs_municipality(self.result_at(row)):
                return row
        return None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        top = current.parent() if current.parent().isValid() else current
        self.choose_button.setEnabled(
            top.isValid() and texts.needs_municipality(self.result_at(top.row())))

    def selected_result(self) -> ImportResult | None:
        current = self.tree.currentIndex()
        if not current.isValid():
            return None
        top = current.parent() if current.parent().isValid() else current
        return self.result_at(top.row())

    def choose_municipality(self) -> None:
        result = self.selected_result()
        if result is None or not texts.needs_municipality(result):
            return
        choices = [f"{p.name} ({p.number})" for p in self.participants]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Choose municipality"),
            self.tr("Which municipality is %1 from?").replace("%1", result.file_name),
            choices, 0, False)
        if ok and choice:
            number = self.participants[choices.index(choice)].number
            self.reimport_requested.emit(result.path, number)
            self.accept()
