"""Choosing participants: search the register by name or number, current or former."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.register.municipalities import Municipality, Register, default_register
from desktop.ui.models.municipalities import MunicipalityListModel


class MunicipalityPicker(QWidget):
    changed = Signal()

    def __init__(self, register: Register | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register or default_register()
        self.search = QLineEdit()
        self.search.setObjectName("municipalitySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name or number, e.g. Søgne or 1018"))
        self.results_model = MunicipalityListModel(self)
        self.results = QListView()
        self.results.setObjectName("municipalityResults")
        self.results.setModel(self.results_model)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chosen_model = MunicipalityListModel(self, with_details=False)
        self.chosen = QListView()
        self.chosen.setObjectName("chosenMunicipalities")
        self.chosen.setModel(self.chosen_model)
        self.chosen.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.chosen.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        add = QPushButton(self.tr("Add →"))
        add.setAutoDefault(False)
        add.setObjectName("addMunicipality")
        remove = QPushButton(self.tr("← Remove"))
        remove.setAutoDefault(False)
        remove.setObjectName("removeMunicipality")
        self.count = QLabel()

        buttons = QVBoxLayout()
        buttons.addStretch()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Municipalities (current and former):")), 0, 0)
        grid.addWidget(QLabel(self.tr("Participants:")), 0, 2)
        grid.addWidget(self.search, 1, 0)
        grid.addWidget(self.count, 1, 2)
        grid.addWidget(self.results, 2, 0)
        grid.addLayout(buttons, 2, 1)
        grid.addWidget(self.chosen, 2, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)

        self.search.textChanged.connect(self.update_results)
        self.search.returnPressed.connect(self._add_first)
        self.results.doubleClicked.connect(lambda index: self.add_rows([index.row()]))
        self.chosen.doubleClicked.connect(lambda index: self.remove_rows([index.row()]))
        add.clicked.connect(lambda: self.add_rows(self._selected(self.results)))
        remove.clicked.connect(lambda: self.remove_rows(self._selected(self.chosen)))
        self.update_results("")
        self._update_count()

    @staticmethod
    def _selected(view: QListView) -> list[int]:
        return sorted({i.row() for i in view.selectionModel().selectedIndexes()})

    def update_results(self, text: str) -> None:
        self.results_model.set_items(self.register.search(text, limit=60))
        if self.results_model.rowCount():
            self.results.setCurrentIndex(self.results_model.index(0))

    def _add_first(self) -> None:
        rows = self._selected(self.results) or ([0] if self.results_model.rowCount() else [])
        self.add_rows(rows)
        self.search.selectAll()

    def add(self, m: Municipality) -> None:
        if self.chosen_model.append(m):
            self._update_count()
            self.changed.emit()

    def add_rows(self, rows: list[int]) -> None:
        items = self.results_model.items()
        for row in rows:
            if 0 <= row < len(items):
                self.add(items[row])

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(rows, reverse=True):
            self.chosen_model.remove(row)
        self._update_count()
        self.changed.emit()

    def numbers(self) -> list[str]:
        return [m.number for m in self.chosen_model.items()]

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n chosen", None, self.chosen_model.rowCount()))

    def current_index(self) -> QModelIndex:
        return self.results.currentIndex()
