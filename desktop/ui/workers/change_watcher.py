"""The app's eye on other processes' changes: polls a `ProjectWatcher` every few seconds from a
timer on the GUI thread (an idle poll of a file is one `stat`) and emits `changed(Changes)`,
which MainWindow sends through the same `data_changed` path as its own operations."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.project.api import ProjectApi
from desktop.core.project.changes import Changes

log = logging.getLogger("samdrift.watch")

INTERVAL_MS = 2000


class ChangeWatcher(QObject):
    changed = Signal(object)  # Changes, origin: the user who made them

    def __init__(self, target: str | Path, parent: QObject | None = None,
                 interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._watcher: Any = ProjectApi.watch(target)  # a ProjectWatcher (core)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    def poll(self) -> Changes | None:
        if self._watcher is None:
            return None
        try:
            changes = self._watcher.poll()
        except Exception:  # a watcher never takes the app down; the next poll tries again
            log.warning("polling the project for others' changes failed", exc_info=True)
            return None
        if changes:
            self.changed.emit(changes)
        return changes

    def stop(self) -> None:
        self._timer.stop()
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None
