"""Item data roles shared by the models and their proxies."""

from __future__ import annotations

from PySide6.QtCore import Qt

# The typed value a column sorts by (numbers as numbers, dates as ISO text, text folded).
SORT_ROLE = Qt.ItemDataRole.UserRole
# The raw Python object behind a row (a ParticipantStatus, an IssueRow, a record dict).
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# The municipality number of a row, for municipality filters.
MUNICIPALITY_ROLE = Qt.ItemDataRole.UserRole + 2
