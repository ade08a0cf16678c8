"""The table view every tab uses: sortable, row selection, Ctrl+C copies the selection as TSV."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QHelpEvent, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip, QWidget

from desktop.ui.views.column_widths import content_widths
from desktop.ui.views.one_line import OneLineDelegate


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
WRAP_LINES = 3  # a wrapped cell's most lines
WORD_PADDING = 14  # a cell's margins around a wrapped word


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
        self._elastic: tuple[int, ...] = ()  # text columns that give way (set_elastic)
        self._floor = 80
        self._first: tuple[int, ...] = ()
        self._natural: dict[int, int] = {}  # each column's width for its contents
        self._words: dict[int, int] = {}  # a wrapped column's longest word (set_elastic)

    def set_elastic(self, columns: Sequence[int], floor: int = 80,
                    first: int | Sequence[int] | None = None) -> None:
        """Columns of text that give way so that the others (values) stay in view: when the
        columns are wider than the view, these shrink (down to `floor` pixels or their title,
        the text elided, whole in a tooltip); when there is room to spare, the first of them
        takes it. The other columns keep the width of their contents. `first`: a column (or
        columns, in turn) that gives way before the others do (a source note before the
        parameter's name). When the text wraps, a column is not made narrower than its longest
        word (up to the width of its contents), so that a word is wrapped whole rather than
        cut: «Kompetan…»."""
        self._elastic = tuple(columns)
        self._floor = floor
        self._first = ((first,) if isinstance(first, int) else
                       tuple(first) if first is not None else ())
        self._words = self._longest_words(self._elastic) if self.wordWrap() else {}
        self._spread()

    def _longest_words(self, columns: Sequence[int]) -> dict[int, int]:
        model = self.model()
        if model is None:
            return {}
        metrics = self.fontMetrics()
        rows = range(min(model.rowCount(), SAMPLE_ROWS))
        widest: dict[int, int] = {}
        for col in columns:
            if isinstance(self.itemDelegateForColumn(col), OneLineDelegate):
                continue  # elided on one line, not wrapped
            words = {w for r in rows for w in str(model.index(r, col).data() or "").split()}
            if words:
                widest[col] = max(metrics.horizontalAdvance(w) for w in words) + WORD_PADDING
        return widest

    def _spread(self) -> None:
        if not self._elastic or not self._natural:
            return
        header = self.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        elastic = [c for c in self._elastic if c in shown]
        if not elastic:
            return
        room = self.viewport().width() - sum(
            self._natural.get(c, header.sectionSize(c)) for c in shown if c not in elastic)
        natural = {c: self._natural.get(c, header.sectionSize(c)) for c in elastic}
        total = sum(natural.values())
        if room >= total:
            widths = dict(natural)
            widths[elastic[0]] += room - total
        else:
            floors = {c: min(natural[c], max(self._floor, self._words.get(c, 0),
                                               header.sectionSizeFromContents(c).width()))
                      for c in elastic}
            give = total - max(room, sum(floors.values()))
            for lead in self._first:  # these give way first, in turn, to their floors
                if lead in natural:
                    first = min(give, natural[lead] - floors[lead])
                    natural[lead] -= first
                    give -= first
            slack = {c: natural[c] - floors[c] for c in elastic}
            spare = sum(slack.values()) or 1
            widths = {c: natural[c] - give * slack[c] // spare for c in elastic}
            over = sum(widths.values()) - max(room, sum(floors.values()))
            for c in sorted(elastic, key=lambda c: -slack[c]):  # rounding: not a pixel over
                cut = min(over, widths[c] - floors[c])
                widths[c] -= cut
                over -= cut
        for col, width in widths.items():
            if header.sectionSize(col) != width:
                header.resizeSection(col, width)
        if self.wordWrap():  # a wrapped text column: its rows as tall as their text, at most
            self.resizeRowsToContents()  # WRAP_LINES lines (then elided, whole on hover)
            most = self.fontMetrics().lineSpacing() * WRAP_LINES + 8
            for row in range(self.model().rowCount() if self.model() else 0):
                if self.rowHeight(row) > most:
                    self.setRowHeight(row, most)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._spread()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        """A cell whose text is elided shows it whole as its tooltip (unless the model has
        a tooltip of its own); the text columns are spread again when the room changes."""
        if event.type() == QEvent.Type.Resize and self._elastic:
            # a scroll bar that came or went changed the room without resizing the view
            QTimer.singleShot(0, self, self._spread)
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.indexAt(event.pos())
            if index.isValid() and index.data(Qt.ItemDataRole.ToolTipRole) is None:
                text = str(index.data() or "")
                rect = self.visualRect(index)
                if text and self.fontMetrics().horizontalAdvance(text) + 12 > rect.width():
                    QToolTip.showText(event.globalPos(), text, self.viewport(), rect)
                    return True
        return super().viewportEvent(event)

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
        self._natural = {col: min(width, max_width) for col, width in widths.items()}
        for col, width in self._natural.items():
            header.resizeSection(col, width)
        self._spread()

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
