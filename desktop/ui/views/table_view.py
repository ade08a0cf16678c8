"""The table view every tab uses: sortable, row selection, Ctrl+C copies the selection as TSV."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.ui.views.column_widths import content_widths


def selection_as_tsv(view: QTableView) -> str:
    """The selected cells' rectangle as tab-separated text with a header line.

    Only columns that have a selected cell are included; hidden columns are skipped."""
    model = view.model()
    indexes = view.selectionModel().selectedIndexes() if view.selectionModel() else []
    if model is None or not indexes:
        return ""
    rows = sorted({i.row() for i in indexes})
    cols = sorted({i.column() for i in indexes if not view.isColumnHidden(i.column())})
    selected = {(i.row(), i.column()) for i in indexes}

    def clean(value: object) -> str:
        text = "" if value is None else str(value)
        return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")

    lines = ["\t".join(clean(model.headerData(c, Qt.Orientation.Horizontal)) for c in cols)]
    for r in rows:
        lines.append("\t".join(clean(model.index(r, c).data()) if (r, c) in selected else ""
                               for c in cols))
    return "\n".join(lines) + "\n"

MEASURED_COLUMNS = 40  # fit_columns measures at most this many columns by their contents
SAMPLE_ROWS = 40  # ... in this many rows


class DataTableView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)

    def copy_selection(self) -> str:
        text = selection_as_tsv(self)
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def fit_columns(self, max_width: int = 320, sample: int = SAMPLE_ROWS) -> None:
        """Size columns to their header and the first `sample` rows, capped so none takes
        over (measured in one pass: `column_widths`). A wide table (a column per
        municipality, up to 357) measures its first and last columns and gives the others the
        widest measured width."""
        model = self.model()
        if model is None:
            return
        header = self.horizontalHeader()
        count = header.count()
        columns = ([*range(MEASURED_COLUMNS - 1), count - 1] if count > MEASURED_COLUMNS
                   else list(range(count)))
        rows = [model.index(r, 0) for r in range(min(model.rowCount(), sample))]
        widths = content_widths(self, header, rows, columns)
        if count > MEASURED_COLUMNS:
            widest = max(widths[c] for c in columns[1:])
            widths.update(dict.fromkeys(range(MEASURED_COLUMNS - 1, count - 1), widest))
        for col, width in widths.items():
            header.resizeSection(col, min(width, max_width))

    def select_source_row(self, row: int) -> None:
        """Select and show a row given in view-model coordinates."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        index = model.index(row, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def current_row(self) -> QModelIndex:
        return self.currentIndex()
