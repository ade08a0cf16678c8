"""Models of the catalogue tab: suggestions and systems (two-level trees: a suggestion or a
system, its names below), the system × municipality matrix, the targets of "move to".

The models hold the snapshot's plain rows and are filled in one reset. The two trees sort and
filter in their model and hand rows to the view a chunk at a time (`TwoLevelModel`); the matrix
(a table, which lays out only what is on screen) filters in `HaystackFilterProxy`. Both filter
on a folded text worked out once per row, off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.core.catalogue.pipeline import DEFAULT_THRESHOLD
from desktop.core.catalogue.results import Matrix, MatrixRow, Member, Suggestion
from desktop.ui import icons, tones
from desktop.ui.catalogue.snapshot import SuggestionItem, SystemItem
from desktop.ui.catalogue.sorting import sorted_positions
from desktop.ui.catalogue.texts import percent_text
from desktop.ui.formatting import format_amount, format_integer, sort_key, text_sort_key
from desktop.ui.i18n import plural
from desktop.ui.models.filter_proxy import KeyTextFilterProxy
from desktop.ui.models.roles import ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex

# The key a row is filtered by (a suggestion's kind, a system's service area).
KEY_ROLE = Qt.ItemDataRole.UserRole + 10
NO_AREA_KEY = ""
UNDECIDED_FOREGROUND = tones.MUTED
PURPLE = icons.PURPLE  # decisions that came from a word list (dictionary)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def kind_text(kind: str, origin: str | None = None) -> str:
    """What a suggestion proposes: a catalogue product, a system the project has, a new one."""
    translate = QCoreApplication.translate
    if kind == "catalogue":
        return translate("CatalogueTexts", "Catalogue product")
    if kind == "system":
        if origin == "dictionary":
            return translate("CatalogueTexts", "Project system (from word list)")
        return translate("CatalogueTexts", "Project system")
    return translate("CatalogueTexts", "New system")


def origin_text(origin: str) -> str:
    """Where a distinct system came from."""
    texts = {"catalogue": QCoreApplication.translate("CatalogueTexts", "Catalogue"),
             "cluster": QCoreApplication.translate("CatalogueTexts", "Grouped automatically"),
             "user": QCoreApplication.translate("CatalogueTexts", "By you"),
             "dictionary": QCoreApplication.translate("CatalogueTexts", "Word list"),
             "undecided": QCoreApplication.translate("CatalogueTexts", "Not decided")}
    return texts.get(origin, origin)


def source_text(source: str | None) -> str:
    """Who decided a name."""
    texts = {"auto": QCoreApplication.translate("CatalogueTexts", "Automatic"),
             "user": QCoreApplication.translate("CatalogueTexts", "By you"),
             "dictionary": QCoreApplication.translate("CatalogueTexts", "Word list")}
    if source is None:
        return QCoreApplication.translate("CatalogueTexts", "Not decided")
    return texts.get(source, source)


def source_color(source: str | None) -> str:
    return {"auto": icons.GREEN, "user": icons.BLUE, "dictionary": icons.PURPLE}.get(
        source or "", icons.GREY)


def confidence_color(confidence: float, threshold: float) -> str:
    if confidence >= threshold:
        return icons.GREEN
    return icons.ORANGE if confidence >= 0.5 else icons.RED


def joined(values: Sequence[str], sep: str = "; ") -> str:
    return sep.join(values)


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


# --- suggestions --------------------------------------------------------------------------
S_CONFIDENCE, S_PRODUCT, S_NAMES, S_REASON, S_MUNICIPALITIES, S_INSTALLATIONS, S_KIND, \
    S_VENDOR, S_AREA = range(9)


class SuggestionsModel(TwoLevelModel):
    """Suggestions (most uncertain first when sorted by confidence), their names below."""

    NUMERIC = (S_CONFIDENCE, S_INSTALLATIONS)
    BOLD_COLUMN = S_PRODUCT

    def headers(self) -> list[str]:
        return [self.tr("Confidence"), self.tr("Suggested system"), self.tr("Names as written"),
                self.tr("Reason"), self.tr("Municipalities"), self.tr("Inst."),
                self.tr("Suggestion"), self.tr("Vendor"), self.tr("Service area")]

    def header_tips(self) -> dict[int, str]:
        return {S_CONFIDENCE: self.tr("How sure the suggestion is (of its least certain name)"),
                S_INSTALLATIONS: self.tr("Installations"),
                S_KIND: self.tr("What the names are suggested to be")}

    def children_of(self, item: SuggestionItem) -> tuple[Member, ...]:
        """The names of a suggestion; none below a suggestion of one name (its row says it
        all, and acting on it acts on that name)."""
        members = item.suggestion.members
        return members if len(members) > 1 else ()

    def key_of(self, item: SuggestionItem) -> str | None:
        return item.suggestion.kind

    def display(self, item: Any, child: bool, col: int) -> str:
        """One cell's text (worked out for that cell only: views ask for many)."""
        if child:
            m: Member = item
            if col == S_CONFIDENCE:
                return percent_text(m.confidence)
            if col == S_PRODUCT:
                return m.name
            if col == S_NAMES:
                return joined(m.names)
            if col == S_MUNICIPALITIES:
                return self.municipality_names(m.municipalities)
            if col == S_INSTALLATIONS:
                return format_integer(m.installations)
            if col == S_REASON:
                return m.reason
            if col == S_VENDOR:
                return m.vendor or ""
            if col == S_AREA:
                return m.service_area or ""
            return ""
        s: Suggestion = item.suggestion
        if col == S_CONFIDENCE:
            return percent_text(s.confidence)
        if col == S_PRODUCT:
            return s.product
        if col == S_NAMES:
            return joined(item.names)
        if col == S_MUNICIPALITIES:
            return self.municipality_names(item.municipalities)
        if col == S_INSTALLATIONS:
            return format_integer(s.installations)
        if col == S_REASON:
            return s.reason
        if col == S_KIND:
            return kind_text(s.kind, item.target_origin)
        if col == S_VENDOR:
            return s.vendor or ""
        if col == S_AREA:
            return s.service_area or ""
        return ""

    def sort_value(self, item: Any, child: bool, col: int) -> Any:
        if child:
            m: Member = item
            if col == S_CONFIDENCE:
                return (m.confidence, -m.installations, self.text_key(m.name))
            if col == S_MUNICIPALITIES:
                return len(m.municipalities)
            if col == S_INSTALLATIONS:
                return m.installations
            return super().sort_value(item, child, col)
        s = item.suggestion
        if col == S_CONFIDENCE:  # the core's order: least certain, then most installations
            return (s.confidence, -s.installations, self.text_key(s.product))
        if col == S_MUNICIPALITIES:
            return len(item.municipalities)
        if col == S_INSTALLATIONS:
            return s.installations
        return super().sort_value(item, child, col)

    def role_data(self, item: Any, child: bool, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and col == S_CONFIDENCE:
            conf = item.confidence if child else item.suggestion.confidence
            return icons.dot(confidence_color(conf, self.threshold))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, child, col)
        return None

    def _tooltip(self, item: Any, child: bool, col: int) -> str | None:
        if child:
            m: Member = item
            if col in (S_PRODUCT, S_NAMES):
                return self.tr("Written as: %1").replace("%1", joined(m.names))
            if col == S_MUNICIPALITIES:
                return self.municipality_names(m.municipalities) or None
            if col == S_REASON:
                return m.reason or None
            return None
        s = item.suggestion
        if col in (S_PRODUCT, S_KIND, S_REASON):
            lines = [f"{kind_text(s.kind, item.target_origin)}: {s.product}"]
            if s.reason:
                lines.append(s.reason)
            if s.alternative is not None:
                alt = s.alternative
                lines.append(self.tr("It may be «%1» instead (%2): %3").replace(
                    "%1", alt.product).replace("%2", percent_text(alt.confidence)).replace(
                    "%3", alt.reason))
            return "\n".join(lines)
        if col == S_NAMES:
            return joined(item.names, "\n")
        if col == S_MUNICIPALITIES:
            return self.municipality_names(item.municipalities) or None
        return None


# --- systems ------------------------------------------------------------------------------
Y_PRODUCT, Y_INSTALLATIONS, Y_MUNICIPALITIES, Y_USERS, Y_COST, Y_VENDOR, Y_AREA, Y_SOURCE, \
    Y_REASON = range(9)


class SystemsModel(TwoLevelModel):
    """Distinct systems (and undecided names, greyed), the names each is made of below."""

    NUMERIC = (Y_INSTALLATIONS, Y_MUNICIPALITIES, Y_USERS, Y_COST)

    def headers(self) -> list[str]:
        return [self.tr("System"), self.tr("Inst."), self.tr("Municipalities"),
                self.tr("Users"), self.tr("Cost/year"), self.tr("Vendor"),
                self.tr("Service area"), self.tr("Source"), self.tr("Reason")]

    def header_tips(self) -> dict[int, str]:
        return {Y_INSTALLATIONS: self.tr("Installations in use"),
                Y_USERS: self.tr("Users, summed over the installations that give a number"),
                Y_COST: self.tr("Annual cost, summed over the installations that give one"),
                Y_SOURCE: self.tr("Where the system and its names came from; purple: from "
                                  "an imported word list")}

    def name_font(self, item: SystemItem) -> QFont:
        if item.decided:
            return self._bold
        font = QFont()  # an undecided name: italic (and grey)
        font.setItalic(True)
        return font

    def alignment(self, item: Any, child: bool, col: int) -> int | None:
        if child and col == Y_MUNICIPALITIES:  # a name's municipalities are listed
            return None
        return super().alignment(item, child, col)

    def children_of(self, item: SystemItem) -> tuple[Member, ...]:
        return item.members

    def key_of(self, item: SystemItem) -> str | None:
        return item.row.service_area or NO_AREA_KEY

    def display(self, item: Any, child: bool, col: int) -> str:
        """One cell's text (worked out for that cell only: views ask for many)."""
        if child:
            m: Member = item
            if col == Y_PRODUCT:
                return m.name
            if col == Y_VENDOR:
                return m.vendor or ""
            if col == Y_AREA:
                return m.service_area or ""
            if col == Y_INSTALLATIONS:
                return format_integer(m.installations)
            if col == Y_MUNICIPALITIES:
                return self.municipality_names(m.municipalities)
            if col == Y_SOURCE:
                return source_text(m.source)
            if col == Y_REASON:
                return m.reason
            return ""
        x: SystemItem = item
        if col == Y_PRODUCT:
            return x.row.product
        if col == Y_VENDOR:
            return x.row.vendor or ""
        if col == Y_AREA:
            return x.row.service_area or ""
        if col == Y_INSTALLATIONS:
            return format_integer(x.installations)
        if col == Y_MUNICIPALITIES:
            return format_integer(len(x.municipalities))
        if col == Y_USERS:
            return format_integer(x.users)
        if col == Y_COST:
            return format_amount(x.annual_cost)
        if col == Y_SOURCE:
            source = origin_text(x.row.origin)
            if x.from_dictionary and x.row.origin != "dictionary":
                source = QCoreApplication.translate("CatalogueTexts", "%1, word list").replace(
                    "%1", source)
            return source
        if col == Y_REASON:
            return "" if x.decided else joined(x.names)
        return ""

    def sort_value(self, item: Any, child: bool, col: int) -> Any:
        if child:
            m: Member = item
            if col == Y_INSTALLATIONS:
                return m.installations
            if col == Y_MUNICIPALITIES:
                return len(m.municipalities)
            return super().sort_value(item, child, col)
        x: SystemItem = item
        numbers = {Y_INSTALLATIONS: x.installations, Y_MUNICIPALITIES: len(x.municipalities),
                   Y_USERS: x.users, Y_COST: x.annual_cost}
        if col in numbers:
            return numbers[col]
        return super().sort_value(item, child, col)

    def role_data(self, item: Any, child: bool, col: int, role: int) -> Any:
        if child:
            m: Member = item
            if role == Qt.ItemDataRole.DecorationRole and col in (Y_PRODUCT, Y_SOURCE):
                return icons.dot(source_color(m.source))
            if role == Qt.ItemDataRole.ToolTipRole:
                if col in (Y_PRODUCT, Y_SOURCE, Y_REASON):
                    lines = [self.tr("Written as: %1").replace("%1", joined(m.names))]
                    if m.source:
                        lines.append(self.tr("%1, confidence %2").replace(
                            "%1", source_text(m.source)).replace(
                            "%2", percent_text(m.confidence)))
                    if m.reason:
                        lines.append(m.reason)
                    return "\n".join(lines)
                if col == Y_MUNICIPALITIES:
                    return self.municipality_names(m.municipalities) or None
            if role == Qt.ItemDataRole.ForegroundRole and m.source == "dictionary" \
                    and col in (Y_PRODUCT, Y_SOURCE):
                return tones.PURPLE.color()
            return None
        x: SystemItem = item
        if role == Qt.ItemDataRole.DecorationRole and col in (Y_PRODUCT, Y_SOURCE):
            if x.from_dictionary:
                return icons.dot(icons.PURPLE)
            return icons.dot(icons.GREY if not x.decided else (
                icons.BLUE if x.row.origin == "user" else icons.GREEN))
        if role == Qt.ItemDataRole.ForegroundRole:
            if not x.decided:
                return tones.MUTED.color()
            if x.from_dictionary and col in (Y_PRODUCT, Y_SOURCE):
                return tones.PURPLE.color()
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == Y_PRODUCT:
                lines = [x.row.product]
                if not x.decided:
                    lines.append(self.tr("Not decided yet: counted as a system of its own. "
                                         "Written as: %1").replace("%1", joined(x.names)))
                elif x.row.catalogue_key:
                    lines.append(self.tr("Catalogue product: %1").replace(
                        "%1", x.row.catalogue_key))
                if x.not_in_use:
                    lines.append(plural(self.tr(
                        "%n installation(s) no longer in use (not counted)", None,
                        x.not_in_use), x.not_in_use))
                return "\n".join(lines)
            if col == Y_MUNICIPALITIES:
                return self.municipality_names(x.municipalities) or None
            if col == Y_REASON:
                return joined(x.names, "\n") or None
            if col == Y_SOURCE and x.from_dictionary:
                return self.tr("Some or all of its names were decided by an imported word list.")
            if col == Y_PRODUCT and x.from_dictionary:
                return "\n".join([x.row.product, self.tr(
                    "Some or all of its names were decided by an imported word list.")])
        return None


# --- filter proxy --------------------------------------------------------------------------
class HaystackFilterProxy(KeyTextFilterProxy):
    """Top-level rows whose key equals the chosen one (None: all) and whose text contains the
    filter text; children of a shown row are all shown. Sorting is the source model's: a
    header click is passed on to it (the proxy keeps its order). The models give each row's
    key and text themselves (`filter_key`, `haystack`), precomputed for large lists."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    @property
    def key(self) -> str | None:
        return self._key

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if self._key is None and not self._text:  # no filter (called for every row)
            return True
        model: Any = self.sourceModel()
        if model is None or source_parent.isValid() or not hasattr(model, "haystack"):
            return True
        if self._key is not None and model.filter_key(source_row) != self._key:
            return False
        return not self._text or self._text in model.haystack(source_row)


# --- the matrix ---------------------------------------------------------------------------
M_PRODUCT, M_VENDOR, M_AREA, M_MUNICIPALITIES, M_USERS, M_COST = range(6)
M_FIRST_MUNICIPALITY = 6
MATRIX_SORT_KEYS = ("product", "vendor", "service_area", "municipalities", "users",
                    "annual_cost")


class SortedRowsModel(QAbstractTableModel):
    """A flat table that sorts its own rows (see `sorting`); `search` is each row's folded
    filter text, kept in step with the rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._search: list[str | None] = []
        self._sort: tuple[int, bool] | None = None

    def sort_value(self, row: Any, col: int) -> Any:
        raise NotImplementedError

    def search_text(self, row: Any) -> str:
        raise NotImplementedError

    def _fill(self, rows: Sequence[Any]) -> None:
        self._rows = list(rows)
        self._search = [None] * len(self._rows)
        if self._sort is not None:
            self._apply_sort(*self._sort)

    def _apply_sort(self, column: int, descending: bool) -> None:
        order = sorted_positions([self.sort_value(r, column) for r in self._rows], descending)
        self._rows = [self._rows[i] for i in order]
        self._search = [self._search[i] for i in order]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self._sort = (column, descending)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        position = {id(r): i for i, r in enumerate(self._rows)}
        where = [(self._rows[i.row()], i.column()) for i in before]
        self._apply_sort(column, descending)
        position = {id(r): i for i, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.createIndex(position[id(r)], c) for r, c in where])
        self.layoutChanged.emit()

    def haystack(self, row: int) -> str:
        text = self._search[row]
        if text is None:
            text = self._search[row] = self.search_text(self._rows[row])
        return text

    def filter_key(self, row: int) -> str | None:
        return None


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


# --- targets of "move to" -----------------------------------------------------------------
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
