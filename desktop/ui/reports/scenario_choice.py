"""Choosing the scenarios of the report: a checkable list of the saved scenarios."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ScenarioChoice(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setObjectName("reportScenarios")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.empty = QLabel(self.tr(
            "The project has no saved scenarios. The report then shows the survey without "
            "scenarios."))
        self.empty.setObjectName("reportNoScenarios")
        self.empty.setWordWrap(True)
        self.all_button = QPushButton(self.tr("Choose &all"))
        self.none_button = QPushButton(self.tr("Choose &none"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.all_button.clicked.connect(lambda: self.set_all(True))
        self.none_button.clicked.connect(lambda: self.set_all(False))
        self.model.itemChanged.connect(lambda _item: self.changed.emit())

    def set_scenarios(self, names: Sequence[str], chosen: Sequence[str]) -> None:
        """The saved scenarios in order, those in `chosen` checked."""
        wanted = set(chosen)
        self.model.blockSignals(True)
        self.model.clear()
        for name in names:
            item = QStandardItem(name)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked if name in wanted
                               else Qt.CheckState.Unchecked)
            item.setEditable(False)
            self.model.appendRow(item)
        self.model.blockSignals(False)
        has_any = bool(names)
        self.view.setVisible(has_any)
        self.empty.setVisible(not has_any)
        self.all_button.setEnabled(has_any)
        self.none_button.setEnabled(has_any)

    def names(self) -> list[str]:
        return [self.model.item(r).text() for r in range(self.model.rowCount())]

    def chosen(self) -> list[str]:
        return [self.model.item(r).text() for r in range(self.model.rowCount())
                if self.model.item(r).checkState() == Qt.CheckState.Checked]

    def set_checked(self, name: str, checked: bool) -> None:
        for r in range(self.model.rowCount()):
            item = self.model.item(r)
            if item.text() == name:
                item.setCheckState(Qt.CheckState.Checked if checked
                                   else Qt.CheckState.Unchecked)

    def set_all(self, checked: bool) -> None:
        self.model.blockSignals(True)
        for r in range(self.model.rowCount()):
            self.model.item(r).setCheckState(Qt.CheckState.Checked if checked
                                             else Qt.CheckState.Unchecked)
        self.model.blockSignals(False)
        self.view.viewport().update()
        self.changed.emit()
