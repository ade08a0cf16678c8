"""The saved scenarios and what can be done with them: new, duplicate, rename, delete, and
undo/redo of every change in the tab."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.scenarios import Scenario
from desktop.ui.scenarios.scenario_list_model import NAME, ScenarioListModel
from desktop.ui.views.table_view import DataTableView


class ListPanel(QWidget):
    selected = Signal(object)  # scenario name or None

    def __init__(self, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ScenarioListModel(self)
        self.table = DataTableView()
        self.table.setObjectName("scenarioList")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().selectionChanged.connect(self._selected)

        self.new = QPushButton(self.tr("&New…"))
        self.new.setObjectName("scenarioNew")
        self.new.setToolTip(self.tr("A new scenario with every participant at level 2"))
        self.duplicate = QPushButton(self.tr("D&uplicate…"))
        self.duplicate.setObjectName("scenarioDuplicate")
        self.rename = QPushButton(self.tr("Rena&me…"))
        self.rename.setObjectName("scenarioRename")
        self.delete = QPushButton(self.tr("&Delete"))
        self.delete.setObjectName("scenarioDelete")
        buttons = QGridLayout()
        buttons.addWidget(self.new, 0, 0)
        buttons.addWidget(self.duplicate, 0, 1)
        buttons.addWidget(self.rename, 1, 0)
        buttons.addWidget(self.delete, 1, 1)

        # short texts on the buttons (the panel stays narrow); what they undo in the tooltip
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setObjectName("scenarioUndo")
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = QAction(self.tr("Redo"), self)
        self.redo_action.setObjectName("scenarioRedo")
        self.redo_action.triggered.connect(stack.redo)
        self.stack = stack
        stack.indexChanged.connect(lambda _i: self._history())
        stack.cleanChanged.connect(lambda _c: self._history())
        history = QHBoxLayout()
        for action in (self.undo_action, self.redo_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            history.addWidget(button)
        self._history()

        title = QLabel(self.tr("Saved scenarios"))
        title.setStyleSheet("font-weight: 600;")
        saved = QLabel(self.tr("Every change is saved in the project at once; undo works until "
                               "the project is closed."))
        saved.setWordWrap(True)
        saved.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(history)
        layout.addWidget(saved)
        self._has_project = False
        self._updating = False

    def _history(self) -> None:
        stack = self.stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setToolTip(
            self.tr("Undo %1 (Ctrl+Z)").replace("%1", stack.undoText()) if stack.canUndo()
            else self.tr("Nothing to undo"))
        self.redo_action.setToolTip(
            self.tr("Redo %1 (Ctrl+Shift+Z)").replace("%1", stack.redoText())
            if stack.canRedo() else self.tr("Nothing to redo"))

    def set_scenarios(self, scenarios: list[Scenario], current: str | None,
                      has_project: bool) -> None:
        self._has_project = has_project
        self.model.set_rows(scenarios)
        self.table.fit_columns(170)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.show_current(current)

    def show_current(self, current: str | None) -> None:
        row = self.model.row_of(current) if current is not None else None
        self._updating = True
        if row is None:
            self.table.clearSelection()
        else:
            self.table.select_source_row(row)
        self._updating = False
        has = current is not None
        self.new.setEnabled(self._has_project)
        for b in (self.duplicate, self.rename, self.delete):
            b.setEnabled(has)

    def _selected(self, _a: QItemSelection, _b: QItemSelection) -> None:
        index = self.table.currentIndex()
        if index.isValid() and not self._updating:
            self.selected.emit(self.model.index(index.row(), NAME).data())
