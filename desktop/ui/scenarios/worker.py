"""Scenario computations off the GUI thread.

A `ComputeJob` runs a Qt-free function (evaluation.py) on the scenario tab's own one-thread
pool (reading only: the project's data is read with its own connection, writes go through the
writer thread) and hands back plain data through queued signals, tagged with the request it
answers so that the owner can drop answers to requests that have been superseded.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from desktop.core.scenarios.evaluation import Superseded
from desktop.ui.workers.job import CancellableJob

# work(stage, partial, cancelled) -> value
Work = Callable[[Callable[[int, int, str], None], Callable[[object], None],
                 Callable[[], bool]], Any]

_pool: QThreadPool | None = None


def compute_pool() -> QThreadPool:
    """The one thread that computes scenarios (one request at a time, the latest wins)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


class ComputeSignals(QObject):
    stage = Signal(int, int, int, str)  # tag, step, steps, what
    partial = Signal(int, object)  # tag, a first part of the value
    finished = Signal(int, object)  # tag, the value
    failed = Signal(int, object, str)  # tag, exception, traceback
    superseded = Signal(int)  # tag: stopped because a newer request came


class ComputeJob(CancellableJob):
    def __init__(self, tag: int, work: Work) -> None:
        super().__init__()
        self.tag = tag
        self.work = work
        self.signals = ComputeSignals()

    def run(self) -> None:
        tag = self.tag
        try:
            value = self.work(lambda i, n, what: self.signals.stage.emit(tag, i, n, what),
                              lambda part: self.signals.partial.emit(tag, part),
                              self.is_cancelled)
        except Superseded:
            self.signals.superseded.emit(tag)
            return
        except Exception as exc:  # handed to the GUI thread, shown there
            self.signals.failed.emit(tag, exc, traceback.format_exc())
            return
        self.signals.finished.emit(tag, value)

    def start(self) -> None:
        compute_pool().start(self)
