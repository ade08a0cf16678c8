"""Importing files off the GUI thread.

The worker opens its own ProjectApi (its own engine and sessions, never shared with the GUI
thread), and hands back plain ImportResult dataclasses through queued signals. All imports run
on one single-thread pool, so there is only ever one writer to the project file.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from desktop.core.project.api import ProjectApi
from desktop.core.project.results import ImportResult
from desktop.ui.workers.job import CancellableJob

_writer_pool: QThreadPool | None = None


def writer_pool() -> QThreadPool:
    """The one thread that writes to project files."""
    global _writer_pool
    if _writer_pool is None:
        _writer_pool = QThreadPool()
        _writer_pool.setMaxThreadCount(1)
    return _writer_pool


def run_import(project: str | Path, paths: Sequence[str | Path], municipality: str | None,
               progress: Callable[[int, int, str], None],
               cancelled: Callable[[], bool]) -> list[ImportResult]:
    """The import itself, Qt-free: its own connection to the project for this unit of work."""
    api = ProjectApi.open(project)
    try:
        return api.import_files(list(paths), municipality=municipality, progress=progress,
                                cancelled=cancelled)
    finally:
        api.close()


class ImportSignals(QObject):
    progress = Signal(int, int, str)  # done, total, current file name
    finished = Signal(object)  # list[ImportResult]
    failed = Signal(object, str)  # the exception, its traceback text


class ImportWorker(CancellableJob):
    def __init__(self, project: str | Path, paths: Sequence[str | Path],
                 municipality: str | None = None) -> None:
        super().__init__()
        self.project = str(project)
        self.paths = [str(p) for p in paths]
        self.municipality = municipality
        self.signals = ImportSignals()

    def run(self) -> None:
        try:
            results = run_import(self.project, self.paths, self.municipality,
                                 self.signals.progress.emit, self.is_cancelled)
        except Exception as exc:  # handed to the GUI thread, shown there
            self.signals.failed.emit(exc, traceback.format_exc())
            return
        self.signals.finished.emit(results)

    def start(self) -> None:
        writer_pool().start(self)
