"""The targets of "move to": a system of the project or a catalogue product."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from desktop.ui.catalogue.model_common import Index
from desktop.ui.catalogue.sorted_rows_model import SortedRowsModel
from desktop.ui.formatting import sort_key, text_sort_key
from desktop.ui.i18n import plural
from desktop.ui.models.roles import ROW_ROLE, SORT_ROLE


@dataclass(frozen=True)
class Target:
    """Where names can be moved: a system of the project (id) or a catalogue product (name)."""

    system_id: int | None
    product: str
    vendor: str | None
    service_area: str | None
    installations: int  # 0 for a catalogue product the project does not have yet

    @property
    def key(self) -> int | str:
        return self.system_id if self.system_id is not None else self.product


T_PRODUCT, T_VENDOR, T_AREA, T_WHERE = range(4)


class TargetsModel(SortedRowsModel):
    def set_targets(self, targets: Sequence[Target]) -> None:
        self.beginResetModel()
        self._fill(targets)
        self.endResetModel()

    def row_at(self, row: int) -> Target:
        return self._rows[row]  # type: ignore[no-any-return]

    def search_text(self, row: Any) -> str:
        t: Target = row
        return text_sort_key(" ".join(x or "" for x in (t.product, t.vendor, t.service_area)))

    def sort_value(self, row: Any, col: int) -> Any:
        t: Target = row
        if col == T_WHERE:  # the project's systems first, most installations first
            return (t.system_id is None, -t.installations)
        return sort_key({T_PRODUCT: t.product, T_VENDOR: t.vendor,
                         T_AREA: t.service_area}.get(col))

    def headers(self) -> list[str]:
        return [self.tr("System"), self.tr("Vendor"), self.tr("Service area"),
                self.tr("Where")]

    def where(self, t: Target) -> str:
        if t.system_id is None:
            return self.tr("Catalogue (new in this project)")
        return plural(self.tr("This project, %n installation(s)", None, t.installations),
                      t.installations)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < 4:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        t = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {T_PRODUCT: t.product, T_VENDOR: t.vendor or "",
                    T_AREA: t.service_area or "", T_WHERE: self.where(t)}.get(col, "")
        if role == SORT_ROLE:
            return self.sort_value(t, col)
        if role == ROW_ROLE:
            return t
        return None
