"""The catalogue's small dialogs: where to move names (searchable), a threshold, a name, a
service area, files. Each is behind a plain function the view calls (and tests replace)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.questionnaire.spec import SERVICE_AREAS
from desktop.ui import file_dialogs, settings
from desktop.ui.catalogue.models import (
    T_AREA,
    T_PRODUCT,
    T_WHERE,
    HaystackFilterProxy,
    Target,
    TargetsModel,
)
from desktop.ui.catalogue.snapshot import SuggestionItem, accepted_above
from desktop.ui.i18n import plural
from desktop.ui.models.roles import ROW_ROLE
from desktop.ui.views import fit
from desktop.ui.views.table_view import DataTableView

_STEPS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10,
          Qt.Key.Key_PageUp: -10}


class TargetPicker(QDialog):
    """Choose a system of the project or a catalogue product: type to search, arrows to move,
    Enter to choose."""

    def __init__(self, targets: Sequence[Target], title: str, text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetPicker")
        self.setWindowTitle(title)
        fit.resize_on_screen(self, 880, 500)
        self.model = TargetsModel(self)
        self.model.set_targets(targets)
        self.proxy = HaystackFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("targetSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search systems and catalogue products…"))
        self.table = DataTableView()
        self.table.setObjectName("targetTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionMode(DataTableView.SelectionMode.SingleSelection)
        self.table.sortByColumn(T_WHERE, Qt.SortOrder.AscendingOrder)
        self.table.fit_columns(200)
        self.table.setColumnWidth(T_AREA, min(self.table.columnWidth(T_AREA), 170))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        label = QLabel(text)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.table.activated.connect(lambda _i: self.accept())
        self._filter("")
        self.search.setFocus()

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.proxy.rowCount():
            self.table.select_source_row(0)
        self.ok.setEnabled(self.proxy.rowCount() > 0)
        n = self.proxy.rowCount()
        self.count.setText(plural(self.tr("%n match(es)", None, n), n))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            step = _STEPS.get(Qt.Key(event.key())) if isinstance(event, QKeyEvent) else None
            if step is not None and self.proxy.rowCount():
                row = self.table.currentIndex().row()
                row = min(max(row + step, 0), self.proxy.rowCount() - 1)
                self.table.selectionModel().setCurrentIndex(
                    self.proxy.index(row, T_PRODUCT),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return True
        return super().eventFilter(watched, event)

    def chosen(self) -> Target | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        target = index.data(ROW_ROLE)
        return target if isinstance(target, Target) else None


def pick_target(parent: QWidget, targets: Sequence[Target], title: str, text: str
                ) -> Target | None:
    dialog = TargetPicker(targets, title, text, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()


class ThresholdDialog(QDialog):
    """Accept every suggested name at or above a confidence; shows how many that is."""

    def __init__(self, suggestions: Sequence[SuggestionItem], threshold: float,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thresholdDialog")
        self.setWindowTitle(self.tr("Accept all above a threshold"))
        self.setMinimumWidth(440)
        self.suggestions = list(suggestions)
        self.spin = QDoubleSpinBox()
        self.spin.setObjectName("thresholdSpin")
        self.spin.setRange(0.0, 100.0)
        self.spin.setDecimals(0)
        self.spin.setSingleStep(5.0)
        self.spin.setSuffix("\u00a0%")
        self.spin.setValue(round(threshold * 100))
        self.effect = QLabel()
        self.effect.setObjectName("thresholdEffect")
        self.effect.setWordWrap(True)
        text = QLabel(self.tr(
            "Accept every suggested name whose confidence is at least this high. The decisions "
            "are marked as yours; you can undo them with Ctrl+Z. The default is the threshold "
            "measured on the labelled test names."))
        text.setWordWrap(True)
        label = QLabel(self.tr("&Confidence at least:"))
        label.setBuddy(self.spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(label)
        layout.addWidget(self.spin)
        layout.addWidget(self.effect)
        layout.addWidget(buttons)
        self.spin.valueChanged.connect(self._update)
        self._update()
        self.spin.setFocus()
        self.spin.selectAll()

    def value(self) -> float:
        return self.spin.value() / 100.0

    def _update(self) -> None:
        names, count = accepted_above(self.suggestions, self.value())
        self.effect.setText(self.tr("%1 names in %2 suggestions will be accepted.")
                            .replace("%1", str(names)).replace("%2", str(count)))


def ask_threshold(parent: QWidget, suggestions: Sequence[SuggestionItem], threshold: float
                  ) -> float | None:
    dialog = ThresholdDialog(suggestions, threshold, parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """A line of text, or None when cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def ask_service_area(parent: QWidget, title: str, current: str | None
                     ) -> tuple[bool, str | None]:
    """(chosen, area): an area of list A, or None for none."""
    items = [QCoreApplication.translate("CatalogueDialogs", "(no service area)"),
             *SERVICE_AREAS]
    index = items.index(current) if current in items else 0
    label = QCoreApplication.translate("CatalogueDialogs", "Service area (list A):")
    value, ok = QInputDialog.getItem(parent, title, label, items, index, False)
    if not ok:
        return False, None
    return True, (None if value == items[0] else value)


def save_file(parent: QWidget, title: str, name: str, file_filter: str) -> Path | None:
    start = settings.get(settings.PROJECT_DIR)
    path, _ = file_dialogs.get_save_file_name(parent, title, str(Path(start) / name) if start
                                          else name, file_filter)
    return Path(path) if path else None


def open_file(parent: QWidget, title: str, file_filter: str) -> Path | None:
    path, _ = file_dialogs.get_open_file_name(parent, title, settings.get(settings.PROJECT_DIR),
                                          file_filter)
    return Path(path) if path else None
