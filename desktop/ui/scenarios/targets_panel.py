"""Common systems per service area (level 3): the computed targets, overridable per slot."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout, QWidget

from desktop.core.scenarios import ProjectData, Scenario, ScenarioResult
from desktop.ui.scenarios import edits
from desktop.ui.scenarios.candidates import candidates
from desktop.ui.scenarios.targets_delegate import TargetDelegate
from desktop.ui.scenarios.targets_model import (
    MUNICIPALITIES,
    REASON,
    RULE,
    SLOT,
    SYSTEM,
    TargetSystemsModel,
)
from desktop.ui.views.one_line import OneLineDelegate
from desktop.ui.views.table_view import DataTableView


class TargetsPanel(QWidget):
    edit_requested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scenario: Scenario | None = None
        self.project: ProjectData | None = None
        self.model = TargetSystemsModel(self)
        self.model.target_requested.connect(self._target, Qt.ConnectionType.QueuedConnection)
        self.table = DataTableView()
        self.table.setObjectName("targetTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.table.setItemDelegateForColumn(SYSTEM, TargetDelegate(self.model, self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.note = QLabel()
        self.note.setObjectName("targetNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self._fitted = False
        self.show_result(None, None)

    def show_result(self, scenario: Scenario | None, result: ScenarioResult | None) -> None:
        self.scenario = scenario
        if result is None or self.project is None or scenario is None:
            self.model.set_targets((), {}, True)
            self.note.setText(self.tr("The common systems are shown when the scenario has been "
                                      "computed."))
            return
        applied = scenario.level >= 3
        self.model.set_targets(result.targets, candidates(self.project, scenario.participants),
                               applied)
        if applied:
            self.note.setText(self.tr("One system per service area, suggested by the rule; "
                                      "double-click a common system to choose another or none."))
        else:
            self.note.setText(self.tr("Common systems apply from level 3; below that these are "
                                      "suggestions only (grey). You can still choose them now."))
        if not self._fitted and self.model.rowCount():
            self.table.fit_columns(260)
            # on a laptop the short texts wrap in whole words instead of all reading «Ikke
            # felle…»; the reason stays on one line (elided, whole on hover)
            self.table.setWordWrap(True)
            self.table.setItemDelegateForColumn(REASON, OneLineDelegate(self.table))
            self.table.set_elastic((REASON, SLOT, SYSTEM, MUNICIPALITIES, RULE), floor=70,
                                   first=REASON)
            self._fitted = True

    def _target(self, slot: str, key: str | None, suggested: bool) -> None:
        if self.scenario is None:
            return
        changed = edits.with_target(self.scenario, slot, key, suggested)
        if suggested:
            text = self.tr("suggested system for %1")
        elif key is None:
            text = self.tr("no common system for %1")
        else:
            text = self.tr("common system for %1")
        self.edit_requested.emit(changed, text.replace("%1", slot))
