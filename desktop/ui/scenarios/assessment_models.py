"""The tables of the «Beyond the money» tab: non-priced effects, risks, benefits plan and the
responsibility matrix. Each edit becomes the changed scenario (desktop.core.assessment.edits),
emitted as `edit_requested(scenario, what)`, which the view pushes on the tab's undo stack."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from desktop.core.assessment import edits
from desktop.core.assessment.benefits import Benefit
from desktop.core.assessment.effects import SCOPE, SIGNIFICANCE, score_text
from desktop.core.assessment.prefill import Suggestion
from desktop.core.assessment.responsibility import LOCAL
from desktop.core.assessment.risks import Risk
from desktop.core.assessment.risks import shown as risk_text
from desktop.core.assessment.view import EffectRow, TaskRow
from desktop.core.errors import UserError
from desktop.core.i18n import tr as core_tr
from desktop.core.scenarios import Scenario
from desktop.core.scenarios.parameters import BY_KEY
from desktop.ui import tones
from desktop.ui.scenarios.table_model import Column, ColumnsModel, italic_font

Index = QModelIndex | QPersistentModelIndex


T = QCoreApplication


class EditableModel(ColumnsModel):
    """Columns whose index is in `editable` can be edited; `commit(item, col, value)` returns
    the changed scenario and the undo text."""

    edit_requested = Signal(object, str)
    failed = Signal(str)

    def __init__(
        self, columns: Sequence[Column], editable: dict[int, str], parent: QObject | None = None
    ) -> None:
        super().__init__(columns, parent)
        self.editable = editable  # column -> "int" | "text"
        self.scenario: Scenario | None = None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in self.editable and self.scenario is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            return self.edit_value(self.row_at(index.row()), index.column())
        return super().data(index, role)

    def edit_value(self, item: Any, col: int) -> Any:
        return self.columns[col].text(item)

    def setData(
        self,
        index: Index,
        value: Any,  # noqa: N802
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.scenario is None:
            return False
        kind = self.editable.get(index.column())
        if kind is None:
            return False
        if kind == "text":
            value = str(value or "").strip()
        try:
            if kind == "int":
                value = int(value)
            if value == self.edit_value(self.row_at(index.row()), index.column()):
                return False
            changed, what = self.commit(self.row_at(index.row()), index.column(), value)
        except (UserError, ValueError) as exc:
            self.failed.emit(str(exc))
            return False
        self.edit_requested.emit(changed, what)
        return True

    def commit(self, item: Any, col: int, value: Any) -> tuple[Scenario, str]:
        raise NotImplementedError


def _c(
    header: str,
    text: Callable[[Any], str],
    numeric: bool = False,
    tip: Callable[[Any], str | None] | None = None,
) -> Column:
    return Column(header, text, numeric=numeric, tooltip=tip)


# --- non-priced effects ------------------------------------------------------------------------
EFFECT, SIGNIF, SCOPE_COL, SCORE, STATUS, WHY = range(6)


class EffectsModel(EditableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                _c(T.translate("AssessmentModels", "Effect"), lambda e: e.label),
                _c(
                    T.translate("AssessmentModels", "Significance"),
                    lambda e: core_tr(SIGNIFICANCE.get(e.significance or 0, "–")),
                ),
                _c(
                    T.translate("AssessmentModels", "Scope"),
                    lambda e: "–" if e.scope is None else core_tr(SCOPE[e.scope]),
                ),
                _c(T.translate("AssessmentModels", "Score"), lambda e: score_text(e.score)),
                _c(
                    T.translate("AssessmentModels", "Status"),
                    lambda e: (
                        T.translate("AssessmentModels", "Not assessed")
                        if e.score is None
                        else T.translate("AssessmentModels", "Suggestion")
                        if e.suggested
                        else T.translate("AssessmentModels", "Set")
                    ),
                ),
                _c(
                    T.translate("AssessmentModels", "Justification"),
                    lambda e: e.justification,
                    tip=lambda e: e.basis or None,
                ),
            ],
            {SIGNIF: "int", SCOPE_COL: "int", WHY: "text"},
            parent,
        )

    def edit_value(self, item: EffectRow, col: int) -> Any:
        if col == SIGNIF:
            return item.significance or 2
        if col == SCOPE_COL:
            return item.scope or 0
        return super().edit_value(item, col)

    def foreground(self, item: EffectRow, col: int) -> Any:
        return QBrush(tones.MUTED.color()) if item.suggested else None

    def font(self, item: EffectRow, col: int) -> QFont | None:
        return italic_font() if item.suggested and col == STATUS else None

    def commit(self, item: EffectRow, col: int, value: Any) -> tuple[Scenario, str]:
        assert self.scenario is not None
        hint = (
            Suggestion(item.significance, item.scope, item.justification)
            if item.suggested and item.significance is not None and item.scope is not None
            else None
        )
        field = {SIGNIF: "significance", SCOPE_COL: "scope", WHY: "justification"}[col]
        changed = edits.with_effect(self.scenario, item.key, hint, **{field: value})
        if changed.assessment.effects[item.key].significance is None and field == "scope":
            changed = edits.with_effect(changed, item.key, None, significance=2)
        if changed.assessment.effects[item.key].scope is None and field == "significance":
            changed = edits.with_effect(changed, item.key, None, scope=0)
        return changed, T.translate("AssessmentModels", "assess %1").replace(
            "%1", item.label.lower()
        )


# --- risks -------------------------------------------------------------------------------------
R_NO, R_TITLE, R_CAUSE, R_P, R_C, R_SCORE, R_OWNER, R_MITIGATION, R_PARAMETER = range(9)
RISK_FIELDS = {
    R_TITLE: "title",
    R_CAUSE: "cause",
    R_P: "probability",
    R_C: "consequence",
    R_OWNER: "owner",
    R_MITIGATION: "mitigation",
    R_PARAMETER: "parameter",
}


class RisksModel(EditableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                _c(
                    T.translate("AssessmentModels", "No."),
                    lambda r: str(self.rows().index(r) + 1),
                    numeric=True,
                ),
                _c(T.translate("AssessmentModels", "Risk"), lambda r: risk_text(r.title)),
                _c(T.translate("AssessmentModels", "Cause"), lambda r: risk_text(r.cause)),
                _c(
                    T.translate("AssessmentModels", "Probability"),
                    lambda r: str(r.probability),
                    numeric=True,
                ),
                _c(
                    T.translate("AssessmentModels", "Consequence"),
                    lambda r: str(r.consequence),
                    numeric=True,
                ),
                _c(
                    T.translate("AssessmentModels", "Risk score"),
                    lambda r: f"{r.score} ({core_tr(r.level).lower()})",
                    numeric=True,
                ),
                _c(T.translate("AssessmentModels", "Owner"), lambda r: risk_text(r.owner)),
                _c(T.translate("AssessmentModels", "Mitigation"),
                   lambda r: risk_text(r.mitigation)),
                _c(
                    T.translate("AssessmentModels", "Justifies the range of"),
                    lambda r: BY_KEY[r.parameter].label if r.parameter in BY_KEY else "",
                    tip=lambda r: r.parameter,
                ),
            ],
            {
                R_TITLE: "text",
                R_CAUSE: "text",
                R_P: "int",
                R_C: "int",
                R_OWNER: "text",
                R_MITIGATION: "text",
                R_PARAMETER: "text",
            },
            parent,
        )

    def edit_value(self, item: Risk, col: int) -> Any:
        if col in (R_P, R_C):
            return item.probability if col == R_P else item.consequence
        if col == R_PARAMETER:
            return item.parameter or ""
        return super().edit_value(item, col)

    def background(self, item: Risk, col: int) -> Any:
        if col != R_SCORE:
            return None

        tone = {"Høy": tones.RISK_HIGH, "Middels": tones.RISK_MEDIUM}.get(item.level,
                                                                         tones.RISK_LOW)
        return QBrush(tone.color())

    def commit(self, item: Risk, col: int, value: Any) -> tuple[Scenario, str]:
        assert self.scenario is not None
        if col == R_PARAMETER:
            value = _parameter_key(value)
        changed = edits.with_risk(self.scenario, item.key, **{RISK_FIELDS[col]: value})
        return changed, T.translate("AssessmentModels", "change the risk «%1»").replace(
            "%1", item.title
        )


def _parameter_key(text: str) -> str | None:
    """A parameter given by key or by its label (case forgiven); "" for none."""
    if not text:
        return None
    if text in BY_KEY:
        return text
    found = [k for k, p in BY_KEY.items() if p.label.casefold() == text.casefold()]
    if not found:
        raise ValueError(
            T.translate("AssessmentModels", "No parameter is called «%1»").replace("%1", text)
        )
    return found[0]


# --- benefits plan -----------------------------------------------------------------------------
B_TITLE, B_INDICATOR, B_BASELINE, B_TARGET, B_YEAR, B_ROLE, B_MUNICIPALITY, B_METHOD = range(8)
BENEFIT_FIELDS = {
    B_INDICATOR: "indicator",
    B_TARGET: "target",
    B_YEAR: "year",
    B_ROLE: "owner_role",
    B_MUNICIPALITY: "owner_municipality",
    B_METHOD: "method",
}


class BenefitsModel(EditableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                _c(T.translate("AssessmentModels", "Benefit"), lambda b: b.title),
                _c(T.translate("AssessmentModels", "Indicator"), lambda b: b.indicator),
                _c(T.translate("AssessmentModels", "Baseline (survey)"), lambda b: b.baseline),
                _c(T.translate("AssessmentModels", "Target"), lambda b: b.target),
                _c(
                    T.translate("AssessmentModels", "Year"),
                    lambda b: "" if b.year is None else str(b.year),
                    numeric=True,
                ),
                _c(T.translate("AssessmentModels", "Owner (role)"), lambda b: b.owner_role),
                _c(T.translate("AssessmentModels", "Municipality"), lambda b: b.owner_municipality),
                _c(T.translate("AssessmentModels", "Measured by"), lambda b: b.method),
            ],
            {
                B_INDICATOR: "text",
                B_TARGET: "text",
                B_YEAR: "int",
                B_ROLE: "text",
                B_MUNICIPALITY: "text",
                B_METHOD: "text",
            },
            parent,
        )

    def edit_value(self, item: Benefit, col: int) -> Any:
        if col == B_YEAR:
            return item.year or 2030
        return super().edit_value(item, col)

    def commit(self, item: Benefit, col: int, value: Any) -> tuple[Scenario, str]:
        assert self.scenario is not None
        changed = edits.with_benefit(self.scenario, item.key, **{BENEFIT_FIELDS[col]: value})
        return changed, T.translate("AssessmentModels", "plan the benefit «%1»").replace(
            "%1", item.title
        )


# --- responsibility matrix ---------------------------------------------------------------------
T_TASK, T_LEVEL = 0, 1


def level_text(level: int) -> str:
    return (
        T.translate("AssessmentModels", "Never (local)")
        if level >= LOCAL
        else T.translate("AssessmentModels", "Level %1").replace("%1", str(level))
    )


class TasksModel(EditableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        def cell(lv: int) -> Callable[[TaskRow], str]:
            return lambda t: (
                T.translate("AssessmentModels", "Common unit")
                if lv >= t.level
                else T.translate("AssessmentModels", "Local")
            )

        super().__init__(
            [
                _c(T.translate("AssessmentModels", "Task"), lambda t: t.task),
                _c(
                    T.translate("AssessmentModels", "Moves from"),
                    lambda t: level_text(t.level),
                    tip=lambda t: T.translate("AssessmentModels", "Default: %1").replace(
                        "%1", level_text(t.default)
                    ),
                ),
                *(
                    _c(T.translate("AssessmentModels", "Level %1").replace("%1", str(lv)), cell(lv))
                    for lv in range(1, 6)
                ),
            ],
            {T_LEVEL: "int"},
            parent,
        )
        self.level = 0  # the scenario's level, marked

    def edit_value(self, item: TaskRow, col: int) -> Any:
        return item.level if col == T_LEVEL else super().edit_value(item, col)

    def font(self, item: TaskRow, col: int) -> QFont | None:
        if col == T_LEVEL and item.level != item.default:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def background(self, item: TaskRow, col: int) -> Any:
        if col >= 2 and col - 1 == self.level:
            return QBrush(tones.CURRENT_LEVEL.color())
        return None

    def commit(self, item: TaskRow, col: int, value: Any) -> tuple[Scenario, str]:
        assert self.scenario is not None
        if not 1 <= value <= LOCAL:
            raise ValueError(
                T.translate("AssessmentModels", "The level must be 1–5, or 6 for never (local)")
            )
        changed = edits.with_task_level(self.scenario, item.key, value)
        return changed, T.translate("AssessmentModels", "move «%1»").replace("%1", item.task)
