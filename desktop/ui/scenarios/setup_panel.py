"""The scenario's set-up: participants, cooperation level, organisation form and the rule
that suggests common systems. Every change is asked for (`edit_requested`), never made here."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.scenarios import LEVELS, ORGANISATION_FORMS, TARGET_RULES, Scenario
from desktop.ui.scenarios import edits, labels
from desktop.ui.scenarios.participants_model import ParticipantsCheckModel


class SetupPanel(QWidget):
    edit_requested = Signal(object, str)  # the changed Scenario, what changed (undo text)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scenario: Scenario | None = None
        self.participants = ParticipantsCheckModel(self)
        self.participants.toggle_requested.connect(self._toggle,
                                                   Qt.ConnectionType.QueuedConnection)
        self.participant_list = QListView()
        self.participant_list.setObjectName("scenarioParticipants")
        self.participant_list.setModel(self.participants)
        self.participant_list.setMinimumHeight(120)

        self.level = QComboBox()
        self.level.setObjectName("scenarioLevel")
        for n in LEVELS:
            self.level.addItem(labels.level(n), n)
        self.level.currentIndexChanged.connect(self._level)
        self.level_note = QLabel()
        self.level_note.setObjectName("scenarioLevelNote")
        self.level_note.setWordWrap(True)
        self.level_note.setStyleSheet("color: palette(placeholder-text);")

        self.form = QComboBox()
        self.form.setObjectName("scenarioOrganisation")
        for key in (None, *ORGANISATION_FORMS):
            self.form.addItem(labels.organisation(key), key)
        self.form.currentIndexChanged.connect(self._form)

        self.rule = QComboBox()
        self.rule.setObjectName("scenarioTargetRule")
        for key in TARGET_RULES:
            self.rule.addItem(labels.target_rule(key), key)
        self.rule.currentIndexChanged.connect(self._rule)

        self.missing = QComboBox()
        self.missing.setObjectName("scenarioMissingRule")
        self.missing.addItem(self.tr("Leave them out until they answer"), "exclude")
        self.missing.addItem(self.tr("Include them with an estimate (register population × "
                                     "the others' average)"), "estimate")
        self.missing.setToolTip(self.tr(
            "A participant that has not answered has no figures. Left out, it is listed with "
            "every figure missing; estimated, its figures are marked as estimates wherever "
            "they appear."))
        self.missing.currentIndexChanged.connect(self._missing)

        # long choices ("2 Felles teknisk drift (infrastruktur, …)") must not push the labels
        # out of a narrow pane: a row too narrow for its label and its choice puts the choice
        # under the label (WrapLongRows), at the full width; the longest choice of «without a
        # return» (an estimate, explained in its tooltip) may be elided instead
        for combo in (self.level, self.form, self.rule):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.missing.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.missing.setMinimumContentsLength(16)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Cooperation &level:"), self.level)
        form.addRow("", self.level_note)
        form.addRow(self.tr("&Organisation form:"), self.form)
        form.addRow(self.tr("Common systems &by:"), self.rule)
        form.addRow(self.tr("Without a &return:"), self.missing)
        title = QLabel(self.tr("&Participants (uncheck a municipality to leave it out):"))
        title.setBuddy(self.participant_list)
        title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(title)
        layout.addWidget(self.participant_list, 1)

    def set_municipalities(self, items: list[tuple[str, str, bool]]) -> None:
        self.participants.set_municipalities(items)

    def show_scenario(self, scenario: Scenario | None) -> None:
        self.scenario = scenario
        self.participants.set_checked(scenario.participants if scenario else None)
        with (QSignalBlocker(self.level), QSignalBlocker(self.form), QSignalBlocker(self.rule),
              QSignalBlocker(self.missing)):
            if scenario is not None:
                self.level.setCurrentIndex(self.level.findData(scenario.level))
                self.form.setCurrentIndex(self.form.findData(scenario.organisation_form))
                self.rule.setCurrentIndex(self.rule.findData(scenario.target_rule))
                self.missing.setCurrentIndex(self.missing.findData(scenario.missing))
        for w in (self.level, self.form, self.rule, self.missing, self.participant_list):
            w.setEnabled(scenario is not None)
        self._note()

    def _note(self) -> None:
        level = self.scenario.level if self.scenario else 0
        if level >= 4:
            text = self.tr("Levels 4 and 5 are recorded as qualitative: their gains are in "
                           "quality and ways of working. The costs are those of level 3; what "
                           "moves to the common unit is in the responsibility matrix (Beyond "
                           "the money).")
        elif level == 3:
            text = self.tr("Each service area gets one common system (see Common systems).")
        elif level == 2:
            text = self.tr("Common systems are only suggested at this level.")
        else:
            text = ""
        self.level_note.setText(text)
        self.level_note.setVisible(bool(text))

    def _ask(self, changed: Scenario, text: str) -> None:
        if self.scenario is not None and changed != self.scenario:
            self.edit_requested.emit(changed, text)

    def _level(self, _i: int) -> None:
        if self.scenario is not None:
            n = int(self.level.currentData())
            self._ask(dataclasses.replace(self.scenario, level=n),
                      self.tr("change level to %1").replace("%1", str(n)))

    def _form(self, _i: int) -> None:
        if self.scenario is not None:
            key = self.form.currentData()
            self._ask(dataclasses.replace(self.scenario, organisation_form=key),
                      self.tr("change organisation form"))

    def _rule(self, _i: int) -> None:
        if self.scenario is not None:
            self._ask(dataclasses.replace(self.scenario, target_rule=self.rule.currentData()),
                      self.tr("change rule for common systems"))

    def _missing(self, _i: int) -> None:
        if self.scenario is not None:
            self._ask(dataclasses.replace(self.scenario, missing=self.missing.currentData()),
                      self.tr("change what happens to participants without a return"))

    def _toggle(self, number: str, on: bool) -> None:
        if self.scenario is None:
            return
        try:
            changed = edits.with_participant(self.scenario, number, on,
                                             self.participants.order())
        except ValueError as exc:
            self.failed.emit(str(exc))
            self.participants.set_checked(self.scenario.participants)
            return
        name = self.participants.name_of(number)
        text = (self.tr("add %1") if on else self.tr("remove %1")).replace("%1", name)
        self._ask(changed, text)
