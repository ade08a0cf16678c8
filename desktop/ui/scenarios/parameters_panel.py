"""Every parameter of the model: a filterable table (by group, text, changed only) and a
details pane with where the default comes from; reset one or all to the defaults."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.scenarios import Scenario
from desktop.core.scenarios.parameters import PARAMETERS, ParameterSet
from desktop.ui import tones
from desktop.ui.models.roles import ROW_ROLE
from desktop.ui.scenarios import edits, numbers
from desktop.ui.scenarios.parameter_proxy import ParameterFilterProxy
from desktop.ui.scenarios.parameters_model import (
    CERTAIN,
    GROUP,
    LABEL,
    SOURCE,
    UNIT,
    ParameterRow,
    ParametersModel,
)
from desktop.ui.views import fit
from desktop.ui.views.one_line import OneLineDelegate
from desktop.ui.views.table_view import DataTableView


class ParametersPanel(QWidget):
    edit_requested = Signal(object, str)  # the changed Scenario, what changed
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scenario: Scenario | None = None
        self.model = ParametersModel(self)
        self.model.edit_requested.connect(self._edit, Qt.ConnectionType.QueuedConnection)
        self.proxy = ParameterFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.group = QComboBox()
        self.group.setObjectName("parameterGroup")
        self.group.addItem(self.tr("All groups"), None)
        for group in dict.fromkeys(p.group for p in PARAMETERS):
            self.group.addItem(group, group)
        self.group.currentIndexChanged.connect(
            lambda _i: self.proxy.set_key(self.group.currentData()))
        self.search = QLineEdit()
        self.search.setObjectName("parameterSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter parameters…"))
        fit.room_for_placeholder(self.search)
        self.group.setMinimumWidth(120)  # a long group name gives way to the filter field
        self.search.textChanged.connect(self.proxy.set_text)
        self.changed_only = QCheckBox(self.tr("Changed only"))
        self.changed_only.setObjectName("parameterChangedOnly")
        self.changed_only.toggled.connect(self.proxy.set_changed_only)
        filters = QHBoxLayout()
        filters.addWidget(self.group)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.changed_only)

        self.table = DataTableView()
        self.table.setObjectName("parameterTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setColumnHidden(GROUP, True)
        self.table.setProperty(fit.WIDE, CERTAIN)  # the name, the value and its range in view
        self.table.selectionModel().selectionChanged.connect(self._selected)

        self.details = QLabel()
        self.details.setObjectName("parameterDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reset = QPushButton(self.tr("&Reset to default"))
        self.reset.setObjectName("parameterReset")
        self.reset.clicked.connect(self.reset_current)
        self.reset_everything = QPushButton(self.tr("Reset &all"))
        self.reset_everything.setObjectName("parameterResetAll")
        self.reset_everything.clicked.connect(self.reset_all)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset)
        buttons.addWidget(self.reset_everything)
        buttons.addStretch(1)
        pane = QWidget()
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.addWidget(self.details, 1)
        pane_layout.addLayout(buttons)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(pane)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        hint = QLabel(self.tr("Double-click a value, low or high to change it (percentages in "
                              "percent: 5 is 5 %); changed values are bold on yellow."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(hint)
        layout.addWidget(split, 1)
        self._fitted = False
        self.one_line = OneLineDelegate(self.table)
        self.show_scenario(None)

    def show_scenario(self, scenario: Scenario | None, used: ParameterSet | None = None
                      ) -> None:
        """The scenario's parameters; `used`: what its last computation used (the survey's
        cost per FTE where Bemanning gives it)."""
        key = self.current_key()
        self.scenario = scenario
        self.model.set_scenario(scenario, used)
        if not self._fitted and scenario is not None:
            self.table.fit_columns(250)
            # on a laptop the name and the unit wrap (whole words) rather than being cut to
            # «Lønnsharmoniserin…» and «kr (engan»; the source note gives way first
            self.table.setWordWrap(True)
            for column in (SOURCE, GROUP):
                self.table.setItemDelegateForColumn(column, self.one_line)
            self.table.set_elastic((SOURCE, GROUP, LABEL, UNIT), floor=60, first=SOURCE)
            self._fitted = True
        if key is not None:
            self.select(key)
        self._show_details()
        self.reset_everything.setEnabled(bool(scenario and (scenario.overrides
                                                            or scenario.ranges)))

    def select(self, key: str) -> None:
        source = self.model.index(self.model.row_of(key), LABEL)
        index = self.proxy.mapFromSource(source)
        if index.isValid():
            self.table.select_source_row(index.row())

    def current_row(self) -> ParameterRow | None:
        index = self.table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, ParameterRow) else None

    def current_key(self) -> str | None:
        row = self.current_row()
        return row.spec.key if row else None

    def _selected(self, _a: QItemSelection, _b: QItemSelection) -> None:
        self._show_details()

    def _show_details(self) -> None:
        row = self.current_row()
        self.reset.setEnabled(bool(row and row.changed and self.scenario))
        if row is None:
            self.details.setText(self.tr("Choose a parameter to see where its default comes "
                                         "from."))
            return
        s = row.spec
        fmt = numbers.parameter
        lines = [f"<b>{s.label}</b> <span style='color:gray'>({s.group})</span>",
                 self.tr("Value: %1 %2 · default %3").replace("%1", fmt(s, row.value))
                 .replace("%2", "" if s.percent else s.unit).replace("%3", fmt(s, s.default))]
        if row.low is not None:
            lines.append(self.tr("Range for Monte Carlo and the tornado: %1 – %2").replace(
                "%1", fmt(s, row.low)).replace("%2", fmt(s, row.high)))
        lines.append(self.tr("Source: %1").replace("%1", s.source))
        if row.changed:
            lines.append(f"<span style='color:{tones.CHANGED_FOREGROUND.name()}'>" + self.tr(
                "Changed in this scenario.") + "</span>")
        self.details.setText("<br>".join(lines))

    def _edit(self, key: str, field: str, text: str) -> None:
        if self.scenario is None:
            return
        try:
            if field == "fixed":
                changed = edits.with_fixed(self.scenario, key, text == "1")
            else:
                changed = edits.with_parameter(self.scenario, key, field, text)
        except ValueError as exc:
            self.failed.emit(str(exc))
            return
        label = next(p.label for p in PARAMETERS if p.key == key)
        if field == "fixed":
            what = (self.tr("hold %1 certain") if text == "1"
                    else self.tr("make %1 uncertain again"))
        elif field == "value":
            what = self.tr("change %1")
        elif field == "low":
            what = self.tr("change low of %1")
        else:
            what = self.tr("change high of %1")
        what = what.replace("%1", label)
        if changed != self.scenario:
            self.edit_requested.emit(changed, what)

    def reset_current(self) -> None:
        row = self.current_row()
        if row is None or self.scenario is None or not row.changed:
            return
        self.edit_requested.emit(edits.reset_parameter(self.scenario, row.spec.key),
                                 self.tr("reset %1").replace("%1", row.spec.label))

    def reset_all(self) -> None:
        if self.scenario is not None and (self.scenario.overrides or self.scenario.ranges
                                          or self.scenario.fixed):
            self.edit_requested.emit(edits.reset_all(self.scenario),
                                     self.tr("reset all parameters"))
