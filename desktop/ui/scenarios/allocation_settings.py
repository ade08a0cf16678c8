"""The allocation the group negotiates: the key of each price-model category and an optional
transition (a cap on the increase for the first years, paid by those who gain). Shows the
scenario's choice and asks for changes (`changed`); it never changes the scenario itself."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QWidget,
)

from desktop.core.scenarios.allocation import CATEGORIES, KEYS, ONE_TIME_CATEGORY, PriceModel
from desktop.core.scenarios.scenario import Scenario


class AllocationSettings(QWidget):
    # keys (category -> key), transition cap (a share, or None), transition years
    changed = Signal(object, object, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {"common_infrastructure": self.tr("Common infrastructure by"),
                  "per_location": self.tr("Per location by"),
                  "per_user": self.tr("Per user by"),
                  ONE_TIME_CATEGORY: self.tr("Common one-time costs by")}
        key_text = {"inhabitants": self.tr("inhabitants"), "it_users": self.tr("IT users"),
                    "installations": self.tr("installations"), "locations": self.tr("locations"),
                    "equal": self.tr("equal shares"),
                    "use": self.tr("actual use (servers, locations, users)")}
        self.keys: dict[str, QComboBox] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        # beside the editor on a laptop the pane is narrow: a row too narrow for its label and
        # its choice puts the choice under the label, and a long choice gives way
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for category in (*CATEGORIES, ONE_TIME_CATEGORY):
            box = QComboBox()
            box.setObjectName(f"allocationKey_{category}")
            for key in KEYS:
                box.addItem(key_text[key], key)
            box.currentIndexChanged.connect(self._changed)
            box.setMinimumWidth(140)
            self.keys[category] = box
            form.addRow(labels[category] + ":", box)
        self.transition = QCheckBox(self.tr("Transition: nobody pays more than"))
        self.transition.setObjectName("allocationTransition")
        self.cap = QDoubleSpinBox()
        self.cap.setObjectName("allocationTransitionCap")
        self.cap.setRange(0, 100)
        self.cap.setDecimals(1)
        self.cap.setSuffix(self.tr(" % above today in the first"))
        self.cap.setValue(2.0)
        self.years = QSpinBox()
        self.years.setObjectName("allocationTransitionYears")
        self.years.setRange(1, 10)
        self.years.setValue(3)
        self.years.setSuffix(self.tr(" years"))
        self.years.setPrefix("")
        row = QHBoxLayout()
        row.addWidget(self.cap)
        row.addWidget(self.years)
        row.addStretch(1)
        form.addRow(self.transition)
        form.addRow(row)
        self.transition.toggled.connect(self._changed)
        self.cap.valueChanged.connect(self._changed)
        self.years.valueChanged.connect(self._changed)
        self.show_scenario(None)

    def show_scenario(self, scenario: Scenario | None) -> None:
        blockers = [QSignalBlocker(w) for w in (*self.keys.values(), self.transition,
                                                 self.cap, self.years)]
        model = PriceModel.of(scenario.allocation_keys if scenario else {})
        for category, box in self.keys.items():
            rule = getattr(model, category)
            key = next(iter(rule.keys))
            box.setCurrentIndex(box.findData(key))
        on = scenario is not None and scenario.transition_cap is not None
        self.transition.setChecked(on)
        if on and scenario is not None and scenario.transition_cap is not None:
            self.cap.setValue(scenario.transition_cap * 100)
            self.years.setValue(scenario.transition_years)
        self.cap.setEnabled(on)
        self.years.setEnabled(on)
        del blockers
        self.setEnabled(scenario is not None)

    def _changed(self, *_args: object) -> None:
        keys = {c: str(box.currentData()) for c, box in self.keys.items()}
        on = self.transition.isChecked()
        self.cap.setEnabled(on)
        self.years.setEnabled(on)
        self.changed.emit(keys, self.cap.value() / 100 if on else None, self.years.value())
