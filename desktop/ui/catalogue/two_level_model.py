"""The two-level tree model of the catalogue tab (a suggestion or a system, its names below):
sorted and filtered in the model, handed to the view a chunk at a time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from desktop.core.catalogue.pipeline import DEFAULT_THRESHOLD
from desktop.ui.catalogue.model_common import KEY_ROLE, RIGHT, Index
from desktop.ui.catalogue.sorting import sorted_positions
from desktop.ui.formatting import text_sort_key
from desktop.ui.models.roles import ROW_ROLE, SORT_ROLE

FETCH_CHUNK = 1000  # top-level rows a view gets at a time (more as it is scrolled)


class TwoLevelModel(QAbstractItemModel):
    """Top-level items with children one level down, sorted and filtered here (no proxy) and
    handed to the view `FETCH_CHUNK` rows at a time.

    A tree view lays out every top-level row it has, asking Python about each one (index,
    hasChildren; through a filter proxy, more calls still): at 16 000 systems that froze the
    window for 0.3–0.8 s after every decision. Here the view gets the first rows and asks for
    more (`canFetchMore`/`fetchMore`) as the list is scrolled; a row wanted further down (a
    selection to restore, a system looked for) is fetched by `top_index`. The filter (a key
    and a text, `set_key`/`set_text`) runs over each row's folded text, worked out off the GUI
    thread.

    Items keep the serial number they were given when the model was filled; a child's index
    carries its parent's serial + 1 as internal id (0 for a top-level row), so that sorting
    and filtering only move rows and never change an id."""

    COLUMNS = 9
    NUMERIC: tuple[int, ...] = ()
    BOLD_COLUMN = 0  # the top-level rows' name, in bold

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []  # by serial
        self._children: list[list[Any]] = []  # by serial, as given
        self._sorted_children: dict[int, list[Any]] = {}  # by serial, sorted when first shown
        self._child_count = 0
        self._sorted: list[int] = []  # every serial, in the order of the sort
        self._order: list[int] = []  # row -> serial: the sorted serials the filter lets through
        self._row: list[int] = []  # serial -> row (-1: filtered out)
        self._fetched = 0  # rows the views have been given
        self._sort: tuple[int, bool] | None = None  # column, descending
        self._key: str | None = None
        self._text = ""  # folded
        self.municipalities: dict[str, str] = {}
        self.threshold = DEFAULT_THRESHOLD
        self.text_keys: dict[str, str] = {}  # text -> its sort key, worked out off the GUI thread
        self._bold = QFont()
        self._bold.setBold(True)

    # to define
    def headers(self) -> list[str]:
        raise NotImplementedError

    def children_of(self, item: Any) -> tuple[Any, ...]:
        raise NotImplementedError

    def display(self, item: Any, child: bool, col: int) -> str:
        raise NotImplementedError

    def text_key(self, text: str) -> str:
        """`text_sort_key` of a text, from the snapshot's precomputed keys when it has it."""
        key = self.text_keys.get(text)
        return key if key is not None else text_sort_key(text)

    def sort_value(self, item: Any, child: bool, col: int) -> Any:
        text = self.display(item, child, col)
        return self.text_key(text) if text else None

    def key_of(self, item: Any) -> str | None:
        return None

    def search_text(self, item: Any) -> str:
        """The folded text a filter searches (worked out off the GUI thread)."""
        return str(getattr(item, "search", ""))

    def role_data(self, item: Any, child: bool, col: int, role: int) -> Any:
        return None

    def header_tips(self) -> dict[int, str]:
        return {}

    def alignment(self, item: Any, child: bool, col: int) -> int | None:
        return RIGHT if col in self.NUMERIC else None

    def name_font(self, item: Any) -> QFont:
        return self._bold

    # filling, filtering and reading
    def set_items(self, items: Sequence[Any], municipalities: dict[str, str] | None = None,
                  threshold: float | None = None, text_keys: dict[str, str] | None = None
                  ) -> None:
        """New items, sorted and filtered as before; the views keep as many rows as they had
        fetched (at least `FETCH_CHUNK`)."""
        self.beginResetModel()
        self.text_keys = text_keys if text_keys is not None else {}
        self._items = list(items)
        self._children = [list(self.children_of(i)) for i in self._items]
        self._sorted_children = {}
        self._child_count = sum(map(len, self._children))
        if municipalities is not None:
            self.municipalities = dict(municipalities)
        if threshold is not None:
            self.threshold = threshold
        if self._sort is not None:
            self._sorted = self._sorted_by(*self._sort)
        else:
            self._sorted = list(range(len(self._items)))
        self._show(self._filtered(self._sorted), keep=self._fetched)
        self.endResetModel()

    @property
    def key(self) -> str | None:
        return self._key

    def set_key(self, key: str | None) -> None:
        """Only top-level rows whose key (`key_of`) is this one; None: every row."""
        if key != self._key:
            self._key = key
            self._refilter()

    def set_text(self, text: str) -> None:
        """Only top-level rows whose text (`search_text`, their names included) holds this."""
        folded = text_sort_key(text.strip())
        if folded != self._text:
            self._text = folded
            self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self._show(self._filtered(self._sorted))
        self.endResetModel()

    def _filtered(self, serials: list[int]) -> list[int]:
        key, text, items = self._key, self._text, self._items
        if key is None and not text:
            return list(serials)
        return [s for s in serials
                if (key is None or self.key_of(items[s]) == key)
                and (not text or text in self.search_text(items[s]))]

    def _show(self, order: list[int], keep: int = 0) -> None:
        self._order = order
        self._row = [-1] * len(self._items)
        for row, serial in enumerate(order):
            self._row[serial] = row
        self._fetched = min(len(order), max(FETCH_CHUNK, keep))

    def visible_count(self) -> int:
        """Top-level rows the filter lets through (fetched by the views or not)."""
        return len(self._order)

    def child_count(self) -> int:
        """How many children all the top-level items have together."""
        return self._child_count

    def items(self) -> list[Any]:
        """The top-level items the filter lets through, in the order shown."""
        return [self._items[s] for s in self._order]

    def item_at(self, row: int) -> Any:
        return self._items[self._order[row]]

    def row_of(self, predicate: Any) -> int | None:
        """The row of the first item shown for which `predicate` holds."""
        return next((r for r, s in enumerate(self._order) if predicate(self._items[s])), None)

    def children_at(self, row: int) -> list[Any]:
        return list(self._kids(self._order[row]))

    def top_index(self, row: int, column: int = 0) -> QModelIndex:
        """The index of a shown row, handed to the views first if they do not have it yet."""
        if not 0 <= row < len(self._order):
            return QModelIndex()
        self.fetch_to(row)
        return self.createIndex(row, column, 0)

    def fetch_to(self, row: int) -> None:
        """Give the views the rows up to `row` (and a chunk more)."""
        if row < self._fetched:
            return
        last = min(len(self._order), max(row + 1, self._fetched + FETCH_CHUNK)) - 1
        self.beginInsertRows(QModelIndex(), self._fetched, last)
        self._fetched = last + 1
        self.endInsertRows()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._fetched < len(self._order)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if self.canFetchMore(parent):
            self.fetch_to(self._fetched)

    def municipality_names(self, numbers: Sequence[str]) -> str:
        return ", ".join(self.municipalities.get(n, n) for n in numbers)

    # sorting
    def _sorted_by(self, column: int, descending: bool) -> list[int]:
        """Every serial in this column's order."""
        keys = [self.sort_value(item, False, column) for item in self._items]
        return sorted_positions(keys, descending)

    def _kids(self, serial: int) -> list[Any]:
        """An item's children in the sort's order, sorted when first asked for (most are
        never shown)."""
        kids = self._children[serial]
        if self._sort is None or len(kids) < 2:
            return kids
        done = self._sorted_children.get(serial)
        if done is None:
            column, descending = self._sort
            keys = [self.sort_value(k, True, column) for k in kids]
            done = self._sorted_children[serial] = [
                kids[i] for i in sorted_positions(keys, descending)]
        return done

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMNS:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        ordered = self._sorted_by(column, descending)
        shown = self._filtered(ordered)
        # A selected or current row may move below the rows fetched: fetch that far first.
        new_row = {serial: row for row, serial in enumerate(shown)}
        wanted = [self._order[i.row()] if int(i.internalId()) == 0 else int(i.internalId()) - 1
                  for i in self.persistentIndexList()]
        if wanted:
            self.fetch_to(max(new_row[s] for s in wanted))
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        where = []  # (serial, child or None, column) of each persistent index
        for index in before:
            internal = int(index.internalId())
            if internal == 0:
                where.append((self._order[index.row()], None, index.column()))
            else:
                where.append((internal - 1, self._kids(internal - 1)[index.row()],
                              index.column()))
        self._sort = (column, descending)  # (the children were read above in the old order)
        self._sorted, self._sorted_children = ordered, {}
        self._show(shown, keep=self._fetched)  # the same rows, in their new order
        after = []
        for serial, child, col in where:
            if child is None:
                after.append(self.createIndex(self._row[serial], col, 0))
            else:
                row = next(i for i, k in enumerate(self._kids(serial)) if k is child)
                after.append(self.createIndex(row, col, serial + 1))
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # QAbstractItemModel
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if row < 0 or not 0 <= column < self.COLUMNS:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < self._fetched else QModelIndex()
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() < self._fetched:
            serial = self._order[parent.row()]
            if row < len(self._kids(serial)):
                return self.createIndex(row, column, serial + 1)
        return QModelIndex()

    def parent(self, index: Index | None = None) -> Any:  # type: ignore[override]
        if index is None:  # QObject.parent()
            return super().parent()
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(self._row[int(index.internalId()) - 1], 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return self._fetched
        if parent.internalId() == 0 and parent.column() == 0 \
                and 0 <= parent.row() < self._fetched:
            return len(self._kids(self._order[parent.row()]))
        return 0

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        # asked for every row when a tree is laid out: no second call into Python
        if not parent.isValid():
            return self._fetched > 0
        row = parent.row()
        return (parent.internalId() == 0 and parent.column() == 0
                and 0 <= row < self._fetched and bool(self._children[self._order[row]]))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.header_tips().get(section)
        return None

    def _resolve(self, index: Index) -> tuple[Any, bool] | None:
        if not index.isValid():
            return None
        internal = int(index.internalId())
        row = index.row()
        if internal == 0:
            return (self._items[self._order[row]], False) if row < self._fetched else None
        kids = self._kids(internal - 1) if internal <= len(self._children) else []
        return (kids[row], True) if row < len(kids) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self._resolve(index)
        if found is None:
            return None
        item, child = found
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, child, col)
        if role == SORT_ROLE:
            return self.sort_value(item, child, col)
        if role == ROW_ROLE:
            return item
        if role == KEY_ROLE:
            return None if child else self.key_of(item)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(item, child, col)
        if role == Qt.ItemDataRole.FontRole and not child and col == self.BOLD_COLUMN:
            return self.name_font(item)
        return self.role_data(item, child, col, role)
