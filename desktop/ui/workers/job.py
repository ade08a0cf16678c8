"""The base of the app's background jobs: a QRunnable its owner keeps alive until it has
finished, with a thread-safe cancel flag the core polls between steps."""

from __future__ import annotations

import threading

from PySide6.QtCore import QRunnable


class CancellableJob(QRunnable):
    def __init__(self) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps the Python object alive until finished
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()
