"""A data tab (Systems, Staffing, Bought services, Infrastructure) over one record kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.ui import tones
from desktop.ui.i18n import plural
from desktop.ui.models.record_filter import RecordsFilterProxy
from desktop.ui.models.records import NUMERIC_KINDS, RecordsModel
from desktop.ui.views import fit
from desktop.ui.views.empty_state import EmptyState
from desktop.ui.views.table_view import DataTableView


class RecordsView(QWidget):
    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.model = RecordsModel(kind, self)
        self.proxy = RecordsFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setObjectName(f"{kind}Search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter all columns…"))
        fit.room_for_placeholder(self.search)
        self.search.textChanged.connect(self.proxy.set_text)
        self.municipality = QComboBox()
        self.municipality.setObjectName(f"{kind}Municipality")
        self.municipality.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.municipality.currentIndexChanged.connect(
            lambda _i: self.proxy.set_municipality(self.municipality.currentData()))
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.municipality)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count)

        self.table = DataTableView()
        self.table.setObjectName(f"{kind}Table")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.layoutChanged):
            signal.connect(self._update_count)
        legend = QLabel(self.tr(
            "<i>Italic</i>: value interpreted from what the municipality typed. "
            "<span style='background:%1'>&nbsp;Yellow&nbsp;</span>: something was typed "
            "but no value could be stored. Hover over a cell to see what was typed. "
            "Ctrl+C copies the selected rows.").replace("%1", tones.CHANGED_BACKGROUND.name()))
        legend.setObjectName("recordsLegend")
        legend.setWordWrap(True)
        legend.setStyleSheet("color: palette(placeholder-text);")
        corrected = QLabel(self.tr(
            "<span style='background:%1'>&nbsp;Blue&nbsp;</span>: corrected after import "
            "(the tooltip says from what, by whom and why). Double-click a value or right-click "
            "for Correct value…, Open original file and Export…").replace(
            "%1", tones.CORRECTED_BACKGROUND.name()))
        corrected.setObjectName("correctedLegend")
        corrected.setWordWrap(True)
        corrected.setStyleSheet("color: palette(placeholder-text);")

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(filters)
        body_layout.addWidget(self.table)
        body_layout.addWidget(legend)
        body_layout.addWidget(corrected)
        self.empty = EmptyState(body, self.tr(
            "No answers imported yet. Drag files here or choose Import answers…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)

    def set_rows(self, rows: list[dict[str, Any]], municipalities: list[tuple[str, str]],
                 any_imported: bool = True) -> None:
        """`municipalities`: (number, name) of the participants, for the filter."""
        current = self.municipality.currentData()
        self.municipality.blockSignals(True)
        self.municipality.clear()
        self.municipality.addItem(self.tr("All municipalities"), None)
        for number, name in municipalities:
            self.municipality.addItem(f"{name} ({number})", number)
        self.municipality.setCurrentIndex(max(0, self.municipality.findData(current)))
        self.municipality.blockSignals(False)
        self.proxy.set_municipality(self.municipality.currentData())
        self.model.set_rows(rows)
        self.empty.set_message(self.tr(
            "No answers imported yet. Drag files here or choose Import answers…")
            if not any_imported else self.tr("The imported answers have no rows on this sheet."))
        self.empty.set_empty(not rows)
        self.table.fit_columns()
        # the text columns give way (elided, whole on hover) so that the numbers fit: a
        # right-aligned amount cut at the edge («132 00») reads as another amount; the
        # columns the municipality added give way first
        columns = self.model.columns
        text = [i for i, c in enumerate(columns) if i and c.kind not in NUMERIC_KINDS]
        extra = next(i for i, c in enumerate(columns) if c.key == "extra")
        self.table.set_elastic(text, floor=110, first=extra)
        self.table.setProperty(fit.WIDE, 2)  # a sheet's many columns scroll sideways
        self._update_count()

    def show_municipality(self, number: str | None) -> None:
        self.search.clear()
        self.municipality.setCurrentIndex(max(0, self.municipality.findData(number)))

    def clear_filters(self) -> None:
        self.search.clear()
        self.municipality.setCurrentIndex(0)

    def select_record(self, file_name: str, sheet: str | None, row: int,
                      municipality: str | None = None) -> bool:
        """Select the record read from this file, sheet and spreadsheet row; False if none."""
        source_row = self.model.find_row(file_name, sheet, row, municipality)
        if source_row is None:
            return False
        source_index = self.model.index(source_row, 0)
        if not self.proxy.mapFromSource(source_index).isValid():
            self.clear_filters()
        proxy_index = self.proxy.mapFromSource(source_index)
        self.table.select_source_row(proxy_index.row())
        self.table.setFocus()
        return True

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(plural(self.tr("%n row(s)", None, total), total))
        else:
            self.count.setText(self.tr("%1 of %2 rows").replace("%1", str(shown)).replace(
                "%2", str(total)))
