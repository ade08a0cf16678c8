"""The common system of each slot (level 3): the rule's suggestion or the user's choice. The
«Common system» column is edited with a list of the participants' systems in that slot
(targets_delegate.py); the model asks for the change (`target_requested`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from desktop.core.scenarios import TargetChoice
from desktop.core.scenarios.targets import shown_reason
from desktop.ui import tones
from desktop.ui.i18n import plural
from desktop.ui.scenarios import numbers
from desktop.ui.scenarios.candidates import Candidate
from desktop.ui.scenarios.table_model import Column, ColumnsModel, Index, bold_font

SLOT, SYSTEM, RULE, MUNICIPALITIES, INSTALLATIONS, REASON = range(6)
SUGGESTED = "@suggested"  # the choice that removes the user's override
NO_SYSTEM = "@none"  # the choice of no common system in the slot


class TargetSystemsModel(ColumnsModel):
    target_requested = Signal(str, object, bool)  # slot, system key or None, back to suggestion

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Service area"), lambda c: c.slot),
            Column(self.tr("Common system"), self._system,
                   tooltip=lambda c: self.tr("Double-click to choose another system")),
            Column(self.tr("Chosen by"), self._rule),
            Column(self.tr("Municipalities"), lambda c: str(c.municipalities),
                   lambda c: c.municipalities, True),
            Column(self.tr("Installations"), lambda c: str(c.installations),
                   lambda c: c.installations, True),
            Column(self.tr("Reason"), lambda c: shown_reason(c.reason),
                   tooltip=lambda c: shown_reason(c.reason)),
        ]
        self.candidates: dict[str, tuple[Candidate, ...]] = {}
        self.applied = True

    def set_targets(self, targets: tuple[TargetChoice, ...],
                    candidates: dict[str, tuple[Candidate, ...]], applied: bool) -> None:
        self.candidates = candidates
        self.applied = applied
        self.set_rows(targets)

    def _system(self, c: TargetChoice) -> str:
        return c.product or self.tr("– no common system –")

    def _rule(self, c: TargetChoice) -> str:
        return {"most_users": self.tr("Most users"),
                "lowest_cost_per_user": self.tr("Lowest cost per user"),
                "override": self.tr("You"),
                "none": self.tr("No common system")}.get(c.rule, c.rule)

    def choices(self, row: int) -> list[tuple[str, Any]]:
        """(text, data) of what can be chosen for a row: the suggestion, each system, none."""
        c: TargetChoice = self._rows[row]
        out: list[tuple[str, Any]] = [(self.tr("Suggested by the rule"), SUGGESTED)]
        for cand in self.candidates.get(c.slot, ()):
            users = "" if cand.users is None else ", " + self.tr("%1 users").replace(
                "%1", numbers.plain(cand.users, 0))
            count = plural(self.tr("%n municipality(ies)", None, cand.municipalities),
                           cand.municipalities)
            out.append((f"{cand.product} ({count}{users})", cand.key))
        out.append((self.tr("No common system"), NO_SYSTEM))
        return out

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == SYSTEM:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != SYSTEM:
            return False
        c: TargetChoice = self._rows[index.row()]
        value = None if value == NO_SYSTEM else value
        if value == SUGGESTED:
            if c.rule not in ("override", "none"):
                return False
            self.target_requested.emit(c.slot, None, True)
        elif value != c.system_key or c.rule not in ("override", "none"):
            self.target_requested.emit(c.slot, value, False)
        else:
            return False
        return True

    def font(self, item: Any, col: int) -> Any:
        return bold_font() if col == SYSTEM and item.rule == "override" else None

    def foreground(self, item: Any, col: int) -> Any:
        return None if self.applied and item.applied else tones.MUTED.color()
