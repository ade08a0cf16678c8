"""The "System catalogue" tab: "N installations → M distinct systems", the suggestions to
review (most uncertain first) next to the distinct systems, and the system × municipality
matrix. The view builds the widgets and keeps the selection; what the user asks for is in
`commands.py` (CatalogueCommands, `view.commands`), every decision goes through the
controller's undo stack (`controller.py`), and the lists are read again off the GUI thread
after each one.

Over 400 lines because the tab's three panes, their filters, counts and progress are built and
kept in step here; the selection's state is in `selection.py` (CatalogueSelection), split
further the parts would pass the same dozen widgets back and forth.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.core.catalogue.matrix import NO_AREA
from desktop.core.catalogue.merges import MERGE_LIMIT
from desktop.core.catalogue.results import Summary
from desktop.ui import icons, tones
from desktop.ui.catalogue.actions import CatalogueActions
from desktop.ui.catalogue.commands import CatalogueCommands
from desktop.ui.catalogue.controller import CatalogueController
from desktop.ui.catalogue.models import (
    M_AREA,
    M_COST,
    M_FIRST_MUNICIPALITY,
    M_MUNICIPALITIES,
    M_PRODUCT,
    M_USERS,
    M_VENDOR,
    NO_AREA_KEY,
    S_CONFIDENCE,
    S_MUNICIPALITIES,
    S_NAMES,
    S_PRODUCT,
    S_REASON,
    Y_AREA,
    Y_MUNICIPALITIES,
    Y_PRODUCT,
    Y_SOURCE,
    Y_VENDOR,
    HaystackFilterProxy,
    MatrixModel,
    SuggestionsModel,
    SystemsModel,
)
from desktop.ui.catalogue.selection import (
    CatalogueSelection,
    SuggestionChoice,
    SystemChoice,
    system_key,
)
from desktop.ui.catalogue.snapshot import CatalogueSnapshot, SystemItem
from desktop.ui.catalogue.tree_view import CatalogueTree
from desktop.ui.formatting import format_integer
from desktop.ui.i18n import plural
from desktop.ui.views import fit
from desktop.ui.views.empty_state import EmptyState
from desktop.ui.views.table_view import DataTableView
from desktop.ui.workers.executor import WRITE, pool

SUGGESTIONS, SYSTEMS, MATRIX = "suggestions", "systems", "matrix"
NBSP = "\u00a0"
EXPAND_ALL_LIMIT = 5000  # names; above this a project opens with its suggestions closed
LOW_HEIGHT = 620  # logical pixels: below this the per-area breakdown is a tool tip


class CatalogueView(QWidget):
    # An action was chosen from the menu while another tab was shown: show this one.
    activate_requested = Signal()
    # A line for the window's status bar (what the last operation did).
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueView")
        self.controller = CatalogueController(self)
        self.commands = CatalogueCommands(self, self.controller)
        self.actions_ = CatalogueActions(self)
        self.active_pane = SUGGESTIONS
        self.last_apply_seconds = 0.0
        self._fitted = False

        # the trees show their models directly: they sort, filter and fetch rows themselves
        self.suggestions_model = SuggestionsModel(self)
        self.systems_model = SystemsModel(self)
        self.matrix_model = MatrixModel(self)
        self.matrix_proxy = HaystackFilterProxy(self)
        self.matrix_proxy.setSourceModel(self.matrix_model)

        self._build_header()
        self._build_review()
        self._build_matrix()
        self.selection = CatalogueSelection(self)
        a = self.actions_
        for tree, actions in ((self.suggestions, (a.accept, a.reject, a.split, a.move)),
                              (self.systems, (a.move, a.split, a.forget, a.rename, a.vendor,
                                              a.area, a.merge))):
            tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            tree.addActions(list(actions))
        self.subtabs = QTabWidget()
        self.subtabs.setObjectName("catalogueSubtabs")
        self.subtabs.setDocumentMode(True)
        self.subtabs.addTab(self.review, self.tr("Review"))
        self.subtabs.addTab(self.matrix_page, self.tr("Matrix"))
        self.subtabs.currentChanged.connect(self._subtab_changed)

        self.toolbar = QToolBar(self.tr("Catalogue"))
        self.toolbar.setObjectName("catalogueToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (a.accept, a.reject, a.split, a.move, a.rename):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (a.accept_above, a.auto):
            self.toolbar.addAction(action)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.header)
        body_layout.addWidget(self.toolbar)
        body_layout.addWidget(self.subtabs, 1)
        self.empty = EmptyState(body, self.tr("Reading the system catalogue…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        self.empty.set_empty(True)
        self._connect()
        self.update_actions()

    # --- building --------------------------------------------------------------------------
    def _build_header(self) -> None:
        self.header = QWidget()
        self.headline = QLabel()
        self.headline.setObjectName("catalogueHeadline")
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.headline.setFont(font)
        self.busy_label = QLabel()
        self.busy_label.setObjectName("catalogueBusyLabel")
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("catalogueProgressBar")
        self.progress_bar.setRange(0, 0)  # busy until the job first reports
        self.progress_bar.setMaximumWidth(160)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("catalogueCancelButton")
        self.cancel_button.setToolTip(self.tr("Stop the automatic run; nothing is stored"))
        self.cancel_button.clicked.connect(self.cancel_work)
        self.busy_label.hide()
        self.progress_bar.hide()
        self.cancel_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.headline)
        top.addStretch(1)
        top.addWidget(self.busy_label)
        top.addWidget(self.progress_bar)
        top.addWidget(self.cancel_button)
        self.areas = QLabel()
        self.areas.setObjectName("catalogueAreas")
        self.areas.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("catalogueNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.message = QLabel()
        self.message.setObjectName("catalogueMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {tones.SUCCESS.name()};")
        self.message.hide()
        layout = QVBoxLayout(self.header)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.areas)
        layout.addWidget(self.note)
        layout.addWidget(self.message)

    def _search(self, name: str, placeholder: str) -> QLineEdit:
        search = QLineEdit()
        search.setObjectName(name)
        search.setClearButtonEnabled(True)
        search.setPlaceholderText(placeholder)
        return search

    def _build_review(self) -> None:
        # suggestions
        self.suggestions_title = QLabel()
        self.suggestions_title.setObjectName("suggestionsTitle")
        self.suggestions_title.setStyleSheet("font-weight: 600;")
        self.kind = QComboBox()
        self.kind.setObjectName("suggestionKind")
        self.kind.addItem(self.tr("All suggestions"), None)
        self.kind.addItem(self.tr("Catalogue products"), "catalogue")
        self.kind.addItem(self.tr("Project systems"), "system")
        self.kind.addItem(self.tr("New systems"), "new")
        self.kind.addItem(self.tr("Systems that may be one"), "merge")
        self.kind.setMinimumWidth(120)  # gives way to the filter field in a narrow pane
        self.suggestions_search = self._search("suggestionsSearch",
                                               self.tr("Filter suggestions and names…"))
        fit.room_for_placeholder(self.suggestions_search)
        self.show_names = QCheckBox(self.tr("Show the names"))
        self.show_names.setObjectName("showNames")
        self.show_names.setChecked(True)
        self.show_names.setToolTip(self.tr(
            "Show the names of every suggestion below it (→ and ← open and close one)"))
        filters = QHBoxLayout()
        filters.addWidget(self.kind)
        filters.addWidget(self.suggestions_search, 1)
        filters.addWidget(self.show_names)
        self.suggestions = CatalogueTree()
        self.suggestions.setObjectName("suggestionsTree")
        self.suggestions.setModel(self.suggestions_model)
        self.suggestions.sortByColumn(S_CONFIDENCE, Qt.SortOrder.AscendingOrder)
        self.suggestions_empty = EmptyState(self.suggestions)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addWidget(self.suggestions_title)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.suggestions_empty, 1)

        # systems
        self.systems_title = QLabel()
        self.systems_title.setObjectName("systemsTitle")
        self.systems_title.setStyleSheet("font-weight: 600;")
        self.area = QComboBox()
        self.area.setObjectName("systemsArea")
        self.area.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.area.setMinimumWidth(160)  # gives way to the filter field in a narrow pane
        self.systems_search = self._search("systemsSearch",
                                           self.tr("Filter systems, vendors, names…"))
        fit.room_for_placeholder(self.systems_search)
        filters = QHBoxLayout()
        filters.addWidget(self.area)
        filters.addWidget(self.systems_search, 1)
        self.systems = CatalogueTree()
        self.systems.setObjectName("systemsTree")
        self.systems.setModel(self.systems_model)
        self.systems.sortByColumn(Y_PRODUCT, Qt.SortOrder.AscendingOrder)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        right_layout.addWidget(self.systems_title)
        right_layout.addLayout(filters)
        right_layout.addWidget(self.systems, 1)
        self.systems_legend = QLabel(self.tr(
            "<span style='color:%1'>●</span> automatic or catalogue · "
            "<span style='color:%2'>●</span> decided by you · "
            "<span style='color:%3'>●</span> from a word list · "
            "<span style='color:%4'>●</span> <i>not decided</i> (a system of its own "
            "until decided). → shows a system's names.").replace("%1", icons.GREEN)
            .replace("%2", icons.BLUE).replace("%3", icons.PURPLE).replace("%4", icons.GREY))
        self.systems_legend.setObjectName("systemsLegend")
        self.systems_legend.setWordWrap(True)
        right_layout.addWidget(self.systems_legend)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("catalogueSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 11)
        self.splitter.setStretchFactor(1, 10)
        self.splitter.setChildrenCollapsible(False)
        self.keys = QLabel(self.tr(
            "Keys: A or Enter accepts · R or Delete rejects · S splits off · M moves · U back "
            "to suggestions · F2 renames · V vendor · T service area · Ctrl+Z undoes · Ctrl+1 "
            "/ Ctrl+2 switch lists · Ctrl+F filters. Decisions are saved in the project at "
            "once; they can be undone until the project is closed."))
        self.keys.setObjectName("catalogueKeys")
        self.keys.setWordWrap(True)
        self.keys.setStyleSheet("color: palette(placeholder-text);")
        self.review = QWidget()
        layout = QVBoxLayout(self.review)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.keys)

    def _build_matrix(self) -> None:
        self.matrix_area = QComboBox()
        self.matrix_area.setObjectName("matrixArea")
        self.matrix_area.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.matrix_search = self._search("matrixSearch", self.tr("Filter systems…"))
        self.matrix_count = QLabel()
        self.export_button = QPushButton(self.tr("Export matrix…"))
        self.export_button.setObjectName("exportMatrixButton")
        self.export_button.clicked.connect(self.commands.export_matrix)
        filters = QHBoxLayout()
        filters.addWidget(self.matrix_area)
        filters.addWidget(self.matrix_search, 1)
        filters.addWidget(self.matrix_count)
        filters.addWidget(self.export_button)
        self.matrix = DataTableView()
        self.matrix.setObjectName("matrixTable")
        self.matrix.setModel(self.matrix_proxy)
        self.matrix.sortByColumn(M_PRODUCT, Qt.SortOrder.AscendingOrder)
        legend = QLabel(self.tr(
            "Each municipality's cell: users · cost per year, for the installations in use. "
            "«?»: not given; «in use»: neither given; empty: the municipality does not run "
            "the system. Click a column header to sort; the export keeps that order (all "
            "systems, whatever the filter)."))
        legend.setObjectName("matrixLegend")
        legend.setWordWrap(True)
        legend.setStyleSheet("color: palette(placeholder-text);")
        self.matrix_page = QWidget()
        layout = QVBoxLayout(self.matrix_page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.matrix, 1)
        layout.addWidget(legend)

    def _connect(self) -> None:
        c = self.controller
        c.loaded.connect(self.apply_snapshot)
        c.busy_changed.connect(self._busy_changed)
        c.progress.connect(self._progress)
        c.message.connect(self.show_message)
        c.stack.indexChanged.connect(lambda _i: self.update_actions())
        a, k = self.actions_, self.commands
        handlers: dict[QAction, Callable[[], Any]] = {
            a.accept: k.accept, a.reject: k.reject, a.split: k.split, a.move: k.move_names,
            a.forget: k.forget, a.rename: k.rename, a.vendor: k.set_vendor,
            a.area: k.set_service_area, a.merge: k.merge, a.accept_above: k.accept_above,
            a.auto: k.auto, a.export_dictionary: k.export_dictionary,
            a.import_dictionary: k.import_dictionary, a.export_matrix: k.export_matrix,
            a.focus_suggestions: lambda: self.focus_pane(SUGGESTIONS),
            a.focus_systems: lambda: self.focus_pane(SYSTEMS),
            a.focus_matrix: lambda: self.focus_pane(MATRIX), a.find: self.focus_filter}
        for action, handler in handlers.items():
            action.triggered.connect(lambda _checked=False, h=handler: h())
        self.suggestions.enter_pressed.connect(k.accept)
        self.systems.enter_pressed.connect(self.selection.toggle_current_system)
        self.suggestions.focused.connect(lambda: self._set_pane(SUGGESTIONS))
        self.systems.focused.connect(lambda: self._set_pane(SYSTEMS))
        self.matrix.installEventFilter(self)
        self.suggestions.selectionModel().selectionChanged.connect(
            lambda *_: self._selection_changed(SUGGESTIONS))
        self.systems.selectionModel().selectionChanged.connect(
            lambda *_: self._selection_changed(SYSTEMS))
        self.systems.expanded.connect(lambda i: self.selection.remember_expanded(i, True))
        self.systems.collapsed.connect(lambda i: self.selection.remember_expanded(i, False))
        self.kind.currentIndexChanged.connect(
            lambda _i: self._refilter(self.suggestions_model, key=self.kind.currentData()))
        self.suggestions_search.textChanged.connect(
            lambda text: self._refilter(self.suggestions_model, text=text))
        self.show_names.toggled.connect(self._show_names)
        self.suggestions_model.rowsInserted.connect(self._fetched_suggestions)
        self.systems_model.rowsInserted.connect(self.selection.fetched_systems)
        self.area.currentIndexChanged.connect(
            lambda _i: self._refilter(self.systems_model, key=self.area.currentData()))
        self.systems_search.textChanged.connect(
            lambda text: self._refilter(self.systems_model, text=text))
        self.matrix_area.currentIndexChanged.connect(
            lambda _i: self._refilter(self.matrix_proxy, key=self.matrix_area.currentData()))
        self.matrix_search.textChanged.connect(
            lambda text: self._refilter(self.matrix_proxy, text=text))
        for search, tree in ((self.suggestions_search, self.suggestions),
                             (self.systems_search, self.systems)):
            search.returnPressed.connect(lambda t=tree: t.setFocus())

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
        if watched is self.matrix and event.type() == event.Type.FocusIn:
            self._set_pane(MATRIX)
        return super().eventFilter(watched, event)

    # --- project and loading ---------------------------------------------------------------
    def set_project(self, path: Path | None) -> None:
        self._fitted = False
        self.selection.expanded.clear()
        self.message.hide()
        self.reset_filters()  # a filter typed for one project hid rows of the next
        self.controller.set_project(path)  # the window's refresh() reads it if shown

    def reset_filters(self) -> None:
        for search in (self.suggestions_search, self.systems_search, self.matrix_search):
            search.clear()
        for combo in (self.kind, self.area, self.matrix_area):
            combo.setCurrentIndex(0)

    def refresh(self) -> None:
        """The project changed (an import): read it again now if shown, else when shown."""
        self.controller.invalidate()
        if self.isVisible():
            self.controller.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.controller.ensure_loaded()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_header()

    def _fit_header(self) -> None:
        self.areas.setVisible(bool(self.areas.text()) and self.height() >= LOW_HEIGHT)

    def shutdown(self) -> None:
        """The window closes: stop reading, wait for the writer thread."""
        self.controller.cancel_loading()
        if self.controller.busy:
            pool(WRITE).waitForDone(60000)

    def apply_snapshot(self, snapshot: CatalogueSnapshot | None) -> None:
        start = time.perf_counter()
        current_sug = self.selection.current_suggestion_id()
        current_sys = self.selection.current_system_key()
        sug_position = self.selection.current_top_row(self.suggestions)
        if snapshot is None:
            self.suggestions_model.set_items([])
            self.systems_model.set_items([])
            self.matrix_model.set_matrix(None)
            self.empty.set_message(self.tr("Reading the system catalogue…")
                                   if self.controller.path is not None else "")
            self.empty.set_empty(True)
            self.update_actions()
            return
        # Show the lists, the header's texts and the filters before filling the models: a
        # change of size lays out a freshly reset tree, which walks every row through Python
        # (twice over if it came before `expandAll`).
        nothing = snapshot.summary.installations == 0 and not snapshot.systems
        self.empty.set_message(self.tr(
            "No systems to deduplicate yet. Import the municipalities' answers first (Import "
            "answers… or drag the files onto the window); their systems show up here."))
        self.empty.set_empty(nothing)
        self.suggestions_empty.set_message(self.tr(
            "No suggestions waiting: every name is decided.\nYou can still split, move, merge "
            "or rename the systems on the right; Ctrl+Z undoes a decision."))
        self.suggestions_empty.set_empty(not snapshot.suggestions)
        self._fill_area_filters(snapshot)
        self._show_summary(snapshot.summary, snapshot.merges_left_out)
        if not self._fitted and not nothing:
            self._fit_splitter()
        self.suggestions_model.set_items(snapshot.suggestions, snapshot.municipalities,
                                         snapshot.threshold, snapshot.text_keys)
        self.systems_model.set_items(snapshot.systems, snapshot.municipalities,
                                     snapshot.threshold, snapshot.text_keys)
        self.matrix_model.set_matrix(snapshot.matrix, snapshot.text_keys)
        if not self._fitted and self.suggestions_model.child_count() > EXPAND_ALL_LIMIT:
            self._collapse_large_list(sum(len(x.suggestion.members)
                                          for x in snapshot.suggestions))
        if self.show_names.isChecked():
            self.suggestions.expandAll()
        self.selection.restore_expanded()
        self.selection.restore(current_sug, sug_position, current_sys)
        if not self._fitted and not nothing:
            self._fit_columns()
            self._fitted = True
            focus = QApplication.focusWidget()
            if self.isVisible() and (focus is None or not self.isAncestorOf(focus)):
                self.suggestions.setFocus()
        self._update_counts()
        self.update_actions()
        self.last_apply_seconds = time.perf_counter() - start

    def _fit_columns(self) -> None:
        self.suggestions.fit_columns({S_CONFIDENCE: 118, S_PRODUCT: 160, S_REASON: 200}, 260)
        for col, most in ((S_NAMES, 200), (S_MUNICIPALITIES, 150), (S_REASON, 260)):
            self.suggestions.setColumnWidth(col, min(self.suggestions.columnWidth(col), most))
        # the confidence and the suggested system in view; the names and reasons scroll
        self.suggestions.setProperty(fit.WIDE, 2)
        self.systems.setProperty(fit.WIDE, 2)  # the system and its installations
        self.systems.fit_columns({Y_PRODUCT: 180, Y_SOURCE: 110}, 240)
        header = self.systems.header()
        for col, most in ((Y_VENDOR, 120), (Y_AREA, 150), (Y_MUNICIPALITIES, 90)):
            most = max(most, header.sectionSizeFromContents(col).width())  # the title whole
            self.systems.setColumnWidth(col, min(self.systems.columnWidth(col), most))
        widths = {M_PRODUCT: 220, M_VENDOR: 130, M_AREA: 170, M_MUNICIPALITIES: 90,
                  M_USERS: 80, M_COST: 120}
        for col, width in widths.items():
            self.matrix.setColumnWidth(col, width)
        for col in range(M_FIRST_MUNICIPALITY, self.matrix_model.columnCount()):
            self.matrix.setColumnWidth(col, 135)

    def _fit_splitter(self) -> None:
        """The lists side by side, 11:9 (before they are filled: resizing a tree lays it out).
        """
        total = sum(self.splitter.sizes())
        if total > 0:
            self.splitter.setSizes([total * 11 // 20, total * 9 // 20])

    def _fill_area_filters(self, snapshot: CatalogueSnapshot) -> None:
        areas = sorted({x.row.service_area for x in snapshot.systems if x.row.service_area})
        for combo in (self.area, self.matrix_area):
            current = combo.currentData()
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItem(self.tr("All service areas"), None)
                for area in areas:
                    combo.addItem(area, area)
                combo.addItem(self.tr("No service area"), NO_AREA_KEY)
                combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None
                                      else 0)
        # the models are reset (and filtered again) next: refilter only if the key changed
        filters: tuple[tuple[SystemsModel | HaystackFilterProxy, QComboBox], ...] = (
            (self.systems_model, self.area), (self.matrix_proxy, self.matrix_area))
        for proxy, combo in filters:
            if proxy.key != combo.currentData():
                proxy.set_key(combo.currentData())

    def _count(self, text: str, n: int) -> str:
        """A translated "%n thing(s)" with the number written the Norwegian way."""
        return plural(text, n).replace(str(n), format_integer(n), 1)

    def _show_summary(self, s: Summary, merges_left_out: bool = False) -> None:
        inst = self._count(self.tr("%n installation(s)", None, s.installations), s.installations)
        systems = self._count(self.tr("%n distinct system(s)", None, s.systems), s.systems)
        self.headline.setText(f"{inst} → {systems}")
        parts = []
        for a in s.by_area:
            name = self.tr("No service area") if a.service_area == NO_AREA else a.service_area
            parts.append(f"{name}{NBSP}{format_integer(a.installations)}{NBSP}→{NBSP}"
                         f"{format_integer(a.systems)}".replace(" ", NBSP))
        self.areas.setText(self.tr("Per service area (installations → systems): %1")
                           .replace("%1", "  ·  ".join(parts)) if parts else "")
        # on a low screen (a laptop at 150 %) the breakdown took the lists' rows: the
        # headline carries it as a tool tip instead
        self.headline.setToolTip(self.areas.text())
        self._fit_header()
        notes = []
        if s.undecided_names:
            notes.append(self._count(self.tr(
                "%n name(s) not decided yet, each counted as a system of its own",
                None, s.undecided_names), s.undecided_names))
        if s.not_in_use:
            notes.append(self._count(self.tr(
                "%n installation(s) no longer in use, not counted", None, s.not_in_use),
                s.not_in_use))
        if s.without_name:
            notes.append(self._count(self.tr(
                "%n row(s) without a system name, not counted", None, s.without_name),
                s.without_name))
        if merges_left_out:
            notes.append(self.tr("Systems that may be one product are not looked for in a "
                                 "project of more than %1 decided names")
                         .replace("%1", format_integer(MERGE_LIMIT)))
        self.note.setText(". ".join(notes) + "." if notes else "")
        self.note.setVisible(bool(notes))

    def _update_counts(self) -> None:
        snap = self.controller.snapshot
        n_sug = len(snap.suggestions) if snap else 0
        names = sum(len(x.suggestion.members) for x in snap.suggestions) if snap else 0
        shown = self.suggestions_model.visible_count()
        text = self._count(self.tr("Suggestions: %n", None, n_sug), n_sug)
        if n_sug:
            text += " " + self._count(self.tr("(%n name(s))", None, names), names)
        if shown != n_sug:
            text += " – " + self.tr("%1 shown").replace("%1", format_integer(shown))
        self.suggestions_title.setText(text)
        n_sys = len(snap.systems) if snap else 0
        decided = sum(1 for x in snap.systems if x.decided) if snap else 0
        text = self._count(self.tr("Systems: %n", None, n_sys), n_sys)
        if n_sys != decided:
            text += " " + self.tr("(%1 decided)").replace("%1", format_integer(decided))
        shown = self.systems_model.visible_count()
        if shown != n_sys:
            text += " – " + self.tr("%1 shown").replace("%1", format_integer(shown))
        self.systems_title.setText(text)
        rows, shown = self.matrix_model.rowCount(), self.matrix_proxy.rowCount()
        self.matrix_count.setText(self._count(self.tr("%n system(s)", None, rows), rows)
                                  if rows == shown else self.tr("%1 of %2 systems").replace(
            "%1", format_integer(shown)).replace("%2", format_integer(rows)))

    def _busy_changed(self, busy: bool) -> None:
        self.busy_label.setText(self.controller.busy_text)
        self.busy_label.setVisible(busy)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(busy)
        self.cancel_button.setVisible(False)
        self.update_actions()

    def _progress(self, done: int, total: int, text: str, cancellable: bool) -> None:
        """The running job's progress: the bar, and Cancel while the work can be stopped."""
        if not self.controller.busy:
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.progress_bar.setToolTip(text)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(cancellable)

    def cancel_work(self) -> None:
        if self.controller.cancel_work():
            self.cancel_button.setEnabled(False)
            self.busy_label.setText(self.tr("Cancelling…"))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.status_message.emit(text)

    # --- selection (selection.py) -----------------------------------------------------------
    def suggestion_choices(self) -> list[SuggestionChoice]:
        """The selected suggestions (None: all their names) or names of suggestions, in the
        order shown; the current row when nothing is selected."""
        return self.selection.suggestion_choices()

    def system_choices(self) -> list[SystemChoice]:
        return self.selection.system_choices()

    def select_suggestion(self, suggestion_id: str) -> bool:
        return self.selection.select_suggestion(suggestion_id)

    def select_system(self, predicate: Callable[[SystemItem], bool]) -> bool:
        return self.selection.select_system(predicate)

    def _collapse_large_list(self, count: int) -> None:
        """A project opened with very many names shows its suggestions closed: laying out
        every name below its suggestion walks each of them through Python after every
        decision (≈ 0.5 s at 40 000). The user can still tick «Show the names»."""
        with QSignalBlocker(self.show_names):
            self.show_names.setChecked(False)
        self.show_names.setToolTip(self.tr(
            "%1 names: they are shown below a suggestion when you open it (→). Tick to show "
            "all of them; with this many, every change of the list takes longer.").replace(
            "%1", format_integer(count)))

    def _fetched_suggestions(self, parent: QModelIndex, first: int, last: int) -> None:
        """Rows the model handed out as the list was scrolled show their names too."""
        if self.show_names.isChecked() and not parent.isValid():
            for row in range(first, last + 1):
                self.suggestions.expand(self.suggestions_model.index(row, 0))

    def _show_names(self, show: bool) -> None:
        if show:
            self.suggestions.expandAll()
        else:
            self.suggestions.collapseAll()

    def _refilter(self, target: SuggestionsModel | SystemsModel | HaystackFilterProxy, *,
                  key: Any = ..., text: Any = ...) -> None:
        """Filter a list; a tree's model starts afresh, so its current row (if still shown)
        and its open rows are put back."""
        current_sug = self.selection.current_suggestion_id()
        current_sys = self.selection.current_system_key()
        if key is not ...:
            target.set_key(key)
        if text is not ...:
            target.set_text(text)
        if target is self.suggestions_model:
            if self.show_names.isChecked():
                self.suggestions.expandAll()
            self.suggestions.scrollToTop()  # the hits from the top (or the current row, below)
            if current_sug is not None:
                self.select_suggestion(current_sug)
        elif target is self.systems_model:
            self.selection.restore_expanded()
            self.systems.scrollToTop()
            if current_sys is not None:
                self.select_system(lambda x: system_key(x) == current_sys)
        self._update_counts()

    def _set_pane(self, pane: str) -> None:
        if pane != self.active_pane:
            self.active_pane = pane
            self.update_actions()

    def _selection_changed(self, pane: str) -> None:
        if pane == self.active_pane:
            self.update_actions()

    def _subtab_changed(self, index: int) -> None:
        self._set_pane(MATRIX if index == 1 else (
            SYSTEMS if self.systems.hasFocus() else SUGGESTIONS))

    def focus_pane(self, pane: str) -> None:
        self.activate_requested.emit()
        if pane == MATRIX:
            self.subtabs.setCurrentWidget(self.matrix_page)
            self.matrix.setFocus()
        else:
            self.subtabs.setCurrentWidget(self.review)
            tree = self.suggestions if pane == SUGGESTIONS else self.systems
            tree.setFocus()
            if not tree.currentIndex().isValid() and tree.model().rowCount():
                self.selection.set_current(tree, tree.model().index(0, 0))
        self._set_pane(pane)

    def focus_filter(self) -> None:
        search = {SUGGESTIONS: self.suggestions_search, SYSTEMS: self.systems_search,
                  MATRIX: self.matrix_search}[self.active_pane]
        search.setFocus()
        search.selectAll()

    # --- what the actions may do now -------------------------------------------------------
    def update_actions(self) -> None:
        a = self.actions_
        c = self.controller
        ready = c.path is not None and not c.busy
        loaded = ready and c.snapshot is not None
        sug = self.suggestion_choices() if loaded and self.active_pane == SUGGESTIONS else []
        sys_ = self.system_choices() if loaded and self.active_pane == SYSTEMS else []
        decided = [x for x, ms in sys_ if x.decided and ms is None]
        sys_members = [(x, ms) for x, ms in sys_ if ms]
        a.accept.setEnabled(bool(sug))
        a.reject.setEnabled(bool(sug))
        a.split.setEnabled(
            (len(sug) == 1 and sug[0][1] is not None)
            or (len(sys_members) == 1 and not decided and sys_members[0][0].decided))
        a.move.setEnabled(bool(sug) or any(x.decided or x.ref is not None or ms
                                           for x, ms in sys_))
        a.forget.setEnabled(any(x.decided for x, _ in sys_))
        a.rename.setEnabled(len(sys_) == 1 and sys_[0][0].decided)
        a.vendor.setEnabled(bool(decided))
        a.area.setEnabled(bool(decided))
        a.merge.setEnabled(len(decided) >= 2)
        for action in (*a.bulk, *a.files):
            action.setEnabled(ready)
        a.accept_above.setEnabled(loaded)
        for action in a.navigation:
            action.setEnabled(c.path is not None)
