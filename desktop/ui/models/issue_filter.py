"""The proxy that filters and sorts the issues table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex

from desktop.ui.formatting import text_sort_key
from desktop.ui.models.issues import IssuesModel
from desktop.ui.models.typed_sort_proxy import TypedSortProxy

Index = QModelIndex | QPersistentModelIndex


class IssuesFilterProxy(TypedSortProxy):
    """Filters by severity (None: all) and by free text in any column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._severity: str | None = None
        self._text = ""

    def set_severity(self, severity: str | None) -> None:
        def change() -> None:
            self._severity = severity

        self.refilter(change)

    def set_text(self, text: str) -> None:
        def change() -> None:
            self._text = text_sort_key(text.strip())

        self.refilter(change)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, IssuesModel) or source_parent.isValid():
            return True
        issue = model.row_at(source_row)
        if self._severity and issue.severity != self._severity:
            return False
        if self._text:
            haystack = " ".join(model.display(issue, c) for c in range(model.columnCount()))
            return self._text in text_sort_key(haystack)
        return True
