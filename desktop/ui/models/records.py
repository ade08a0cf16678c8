"""A generic table model of one record kind (installations, staffing, …) from ProjectApi.records.

Columns come from the questionnaire spec; values are shown the Norwegian way, sorted by their
typed value, empty when missing (never 0), italic when interpreted, with the raw text the
municipality typed in the tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.core.questionnaire.spec import TABLE_SHEETS, Kind, Sheet, normalize_label
from desktop.ui import tones
from desktop.ui.formatting import format_value, sort_key
from desktop.ui.models.roles import MUNICIPALITY_ROLE, ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
Record = dict[str, Any]

NUMERIC_KINDS = (Kind.INTEGER, Kind.DECIMAL, Kind.AMOUNT)


def sheet_for_kind(kind: str) -> Sheet:
    for sheet in TABLE_SHEETS:
        if sheet.record == kind:
            return sheet
    raise KeyError(kind)


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: Kind


def raw_text(record: Record, key: str) -> str | None:
    raw = record.get("raw")
    if isinstance(raw, dict):
        value = raw.get(key)
        return None if value is None else str(value)
    return None


def is_interpreted(record: Record, key: str) -> bool:
    flags = record.get("interpreted")
    if isinstance(flags, dict):
        return bool(flags.get(key))
    if isinstance(flags, list | tuple | set | frozenset):
        return key in flags
    return False


def correction_of(record: Record, key: str) -> dict[str, Any] | None:
    """The active correction of a record's field (see ProjectApi.records), if any."""
    fixed = record.get("corrections")
    if isinstance(fixed, dict):
        value = fixed.get(key)
        return value if isinstance(value, dict) else None
    return None


def extra_text(extra: Any) -> str:
    """Values the municipality put in columns the questionnaire does not have."""
    if isinstance(extra, dict):
        return "; ".join(f"{k}: {v}" for k, v in extra.items() if v not in (None, ""))
    return "" if extra is None else str(extra)


class RecordsModel(QAbstractTableModel):
    def __init__(self, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.sheet = sheet_for_kind(kind)
        self.columns: list[Column] = [Column("municipality_name", self.tr("Municipality"),
                                             Kind.TEXT)]
        self.columns += [Column(f.key, f.label, f.kind) for f in self.sheet.fields]
        self.columns += [Column("extra", self.tr("Other columns"), Kind.TEXT),
                         Column("file_name", self.tr("File"), Kind.TEXT),
                         Column("row", self.tr("Row"), Kind.INTEGER)]
        self._rows: list[Record] = []

    def set_rows(self, rows: list[Record]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Record:
        return self._rows[row]

    def column_of(self, key: str) -> int:
        for i, c in enumerate(self.columns):
            if c.key == key:
                return i
        raise KeyError(key)

    def find_row(self, file_name: str, sheet: str | None, row: int,
                 municipality: str | None = None) -> int | None:
        """The model row of the record read from this file, sheet and spreadsheet row."""
        wanted_sheet = normalize_label(sheet) if sheet else None
        for i, r in enumerate(self._rows):
            if r.get("file_name") != file_name or r.get("row") != row:
                continue
            if wanted_sheet and normalize_label(str(r.get("sheet") or "")) != wanted_sheet:
                continue
            if municipality and r.get("municipality") not in (None, municipality):
                continue
            return i
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].label
            if role == Qt.ItemDataRole.ToolTipRole:
                field = next((f for f in self.sheet.fields
                              if f.key == self.columns[section].key), None)
                return field.help or None if field else None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def display(self, record: Record, col: int) -> str:
        column = self.columns[col]
        value = record.get(column.key)
        if column.key == "municipality_name":
            value = value or record.get("municipality")
        if column.key == "row":
            return "" if value is None else str(value)
        if column.key == "extra":
            return extra_text(value)
        return format_value(column.kind, value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, index.column())
        if role == SORT_ROLE:
            if column.key == "extra":
                return sort_key(extra_text(record.get("extra")) or None)
            return sort_key(record.get(column.key))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, index.column())
        if role == Qt.ItemDataRole.FontRole and is_interpreted(record, column.key) \
                and not correction_of(record, column.key):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and correction_of(record, column.key):
            return tones.CORRECTED_BACKGROUND.color()
        if role == Qt.ItemDataRole.BackgroundRole and self._unreadable(record, column.key):
            return tones.CHANGED_BACKGROUND.color()
        if role == Qt.ItemDataRole.ForegroundRole and record.get("in_use") is False:
            return tones.MUTED.color()
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in NUMERIC_KINDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return record
        if role == MUNICIPALITY_ROLE:
            return record.get("municipality")
        return None

    def _unreadable(self, record: Record, key: str) -> bool:
        raw = raw_text(record, key)
        return record.get(key) is None and bool(raw and raw.strip())

    def _tooltip(self, record: Record, col: int) -> str | None:
        column = self.columns[col]
        raw = raw_text(record, column.key)
        shown = self.display(record, col)
        lines: list[str] = []
        fixed = correction_of(record, column.key)
        if fixed is not None:
            before = format_value(column.kind, fixed.get("from")) or self.tr("(empty)")
            lines.append(self.tr("Corrected from %1 by %2: %3").replace("%1", before)
                         .replace("%2", str(fixed.get("by") or "")).replace(
                             "%3", str(fixed.get("reason") or "")))
        if raw is not None and raw.strip():
            if is_interpreted(record, column.key):
                lines.append(self.tr("Interpreted from «%1»").replace("%1", raw))
            elif record.get(column.key) is None:
                lines.append(self.tr("Typed «%1»; no value stored").replace("%1", raw))
            elif raw.strip() != shown:
                lines.append(self.tr("Typed as «%1»").replace("%1", raw))
        elif shown and len(shown) > 40:
            lines.append(shown)
        if record.get("in_use") is False and col == 1:
            lines.append(self.tr("No longer in use, according to the municipality"))
        return "\n".join(lines) or None
