"""The Edit menu's Undo and Redo follow the undo history of the tab in front.

Each tab with decisions keeps its own QUndoStack (the system catalogue, the scenarios). The
window's two actions act on the history of the current tab, or on the default history when the
tab in front has none, and show that history's next step in their text ("Angre godta …").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QTabWidget, QWidget


@dataclass(frozen=True)
class History:
    stack: QUndoStack
    undo: Callable[[], None]
    redo: Callable[[], None]
    ready: Callable[[], bool] = lambda: True  # e.g. False while the catalogue is busy


class EditHistory(QObject):
    def __init__(self, undo: QAction, redo: QAction, tabs: QTabWidget,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_action, self.redo_action, self.tabs = undo, redo, tabs
        self.histories: dict[QWidget, History] = {}
        self.default: History | None = None
        undo.triggered.connect(lambda: self._run(lambda h: h.undo()))
        redo.triggered.connect(lambda: self._run(lambda h: h.redo()))
        # bound methods, not lambdas: Qt drops the connections when this object goes, so a
        # stack or tab that outlives the window at shutdown does not call into a deleted one
        tabs.currentChanged.connect(self._changed)

    def add(self, tab: QWidget, history: History, *changed: SignalInstance,
            default: bool = False) -> None:
        """`tab`'s history; `changed`: further signals after which its state may differ."""
        self.histories[tab] = history
        if default:
            self.default = history
        for signal in (history.stack.indexChanged, history.stack.cleanChanged, *changed):
            signal.connect(self._changed)
        self.update()

    def _changed(self, *_args: object) -> None:
        if shiboken6.isValid(self.tabs) and shiboken6.isValid(self.undo_action):
            self.update()

    def current(self) -> History | None:
        return self.histories.get(self.tabs.currentWidget(), self.default)

    def _run(self, step: Callable[[History], None]) -> None:
        history = self.current()
        if history is not None and history.ready():
            step(history)

    def update(self) -> None:
        history = self.current()
        if history is not None and not shiboken6.isValid(history.stack):
            history = None  # its tab is gone (the window is closing)
        ready = history is not None and history.ready()
        stack = history.stack if history is not None else None
        can_undo = ready and stack is not None and stack.canUndo()
        can_redo = ready and stack is not None and stack.canRedo()
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", stack.undoText())
                                 if can_undo and stack is not None else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", stack.redoText())
                                 if can_redo and stack is not None else self.tr("&Redo"))
