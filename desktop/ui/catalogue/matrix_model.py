"""The system × municipality matrix of the catalogue tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from desktop.core.catalogue.results import Matrix, MatrixRow
from desktop.ui.catalogue.model_common import NO_AREA_KEY, RIGHT, Index
from desktop.ui.catalogue.sorted_rows_model import SortedRowsModel
from desktop.ui.formatting import format_amount, format_integer, text_sort_key
from desktop.ui.i18n import plural
from desktop.ui.models.roles import ROW_ROLE, SORT_ROLE

M_PRODUCT, M_VENDOR, M_AREA, M_MUNICIPALITIES, M_USERS, M_COST = range(6)
M_FIRST_MUNICIPALITY = 6
MATRIX_SORT_KEYS = ("product", "vendor", "service_area", "municipalities", "users",
                    "annual_cost")


class MatrixModel(SortedRowsModel):
    """Systems × municipalities: who runs what, with users and cost per year."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._municipalities: list[tuple[str, str]] = []
        self.text_keys: dict[str, str] = {}  # text -> its sort key, worked out off the GUI thread

    def set_matrix(self, matrix: Matrix | None, text_keys: dict[str, str] | None = None
                   ) -> None:
        self.beginResetModel()
        self.text_keys = text_keys if text_keys is not None else {}
        self._municipalities = list(matrix.municipalities) if matrix else []
        self._fill(matrix.rows if matrix else [])
        self.endResetModel()

    def sort_value(self, row: Any, col: int) -> Any:
        r: MatrixRow = row
        if col >= M_FIRST_MUNICIPALITY:
            m = self.municipality_at(col)
            c = r.cells.get(m[0]) if m is not None else None
            return None if c is None else (c.annual_cost or 0, c.users or 0)
        if col == M_MUNICIPALITIES:
            return r.municipalities
        if col == M_USERS:
            return r.users
        if col == M_COST:
            return r.annual_cost
        text = r.product if col == M_PRODUCT else r.vendor if col == M_VENDOR else (
            r.service_area if col == M_AREA else None)
        if not text:
            return None
        key = self.text_keys.get(text)
        return key if key is not None else text_sort_key(text)

    def search_text(self, row: Any) -> str:
        r: MatrixRow = row
        return text_sort_key(" ".join(x or "" for x in (r.product, r.vendor, r.service_area)))

    def row_at(self, row: int) -> MatrixRow:
        return self._rows[row]  # type: ignore[no-any-return]

    def municipality_at(self, col: int) -> tuple[str, str] | None:
        i = col - M_FIRST_MUNICIPALITY
        return self._municipalities[i] if 0 <= i < len(self._municipalities) else None

    def sort_key_of(self, col: int) -> str:
        """The core's sort key of a column (`api.export_matrix`)."""
        if 0 <= col < M_FIRST_MUNICIPALITY:
            return MATRIX_SORT_KEYS[col]
        m = self.municipality_at(col)
        return m[0] if m else "product"

    def headers(self) -> list[str]:
        return [self.tr("System"), self.tr("Vendor"), self.tr("Service area"),
                self.tr("Municipalities"), self.tr("Users"), self.tr("Cost per year")]

    def filter_key(self, row: int) -> str | None:
        return self._rows[row].service_area or NO_AREA_KEY

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else M_FIRST_MUNICIPALITY + len(self._municipalities)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
                return section + 1
            return None
        m = self.municipality_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if m is not None:
                return m[1]
            return self.headers()[section] if 0 <= section < M_FIRST_MUNICIPALITY else None
        if role == Qt.ItemDataRole.ToolTipRole and m is not None:
            return self.tr("%1 (%2): users · cost per year").replace("%1", m[1]).replace(
                "%2", m[0])
        return None

    def cell_text(self, row: MatrixRow, number: str) -> str:
        c = row.cells.get(number)
        if c is None:
            return ""
        if c.users is None and c.annual_cost is None:
            return self.tr("in use")
        users = format_integer(c.users) if c.users is not None else "?"
        cost = format_amount(c.annual_cost) if c.annual_cost is not None else "?"
        return f"{users} · {cost}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        m = self.municipality_at(col)
        if role == Qt.ItemDataRole.DisplayRole:
            if m is not None:
                return self.cell_text(r, m[0])
            if col == M_PRODUCT:
                return r.product
            if col == M_VENDOR:
                return r.vendor or ""
            if col == M_AREA:
                return r.service_area or ""
            if col == M_MUNICIPALITIES:
                return format_integer(r.municipalities)
            if col == M_USERS:
                return format_integer(r.users)
            return format_amount(r.annual_cost) if col == M_COST else ""
        if role == SORT_ROLE:
            return self.sort_value(r, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= M_MUNICIPALITIES:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and m is not None:
            c = r.cells.get(m[0])
            if c is None:
                return None
            users = (plural(self.tr("%n user(s)", None, c.users), c.users)
                     if c.users is not None
                     else self.tr("users not given"))
            cost = (self.tr("%1 per year").replace("%1", format_amount(c.annual_cost))
                    if c.annual_cost is not None else self.tr("cost not given"))
            runs = plural(self.tr("%1 runs %2: %3, %4 (%n installation(s))", None,
                                  c.installations), c.installations)
            return runs.replace("%1", m[1]).replace("%2", r.product).replace(
                "%3", users).replace("%4", cost)
        if role == ROW_ROLE:
            return r
        return None
