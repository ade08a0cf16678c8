"""One executor for the app's background work, in the manner of Orange3's ThreadExecutor and
FutureWatcher: `executor.submit(work, project=path, pool=WRITE)` runs `work(context)` on a
worker thread and hands back, on the GUI thread, its progress, a partial value, the value or
the error, through the returned `Task`'s signals.

- `context.api` is a ProjectApi opened for this unit of work on the worker thread (never the
  GUI thread's); `context.progress(done, total, text)` reports and returns False once the task
  is cancelled; `context.partial(value)` hands over a first part; `context.cancelled()` polls.
- Every change the work made through the facade (`api.take_changes()`) is announced on the GUI
  thread by `executor.changed`, after the task's own signal, also when the work failed half
  way (an import stops after some files): views refresh from those change sets.
- Pools: WRITE has one thread, so there is one writer to a project; COMPUTE (the scenario
  tab: one request at a time), REPORT and READ have one thread each, beside it.
- Cancellation: the core's `Cancelled` (and the scenario model's `Superseded`, a kind of it)
  ends the task with `cancelled`, not `failed`.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from desktop.core.errors import Cancelled
from desktop.core.project.api import ProjectApi
from desktop.core.project.changes import NONE, Changes

WRITE, COMPUTE, REPORT, READ = "write", "compute", "report", "read"
_POOLS: dict[str, QThreadPool] = {}


def pool(name: str) -> QThreadPool:
    """The one-thread pool of that name (WRITE: the only writer to project files)."""
    if name not in _POOLS:
        p = QThreadPool()
        p.setMaxThreadCount(1)
        p.setObjectName(f"samdrift-{name}")
        _POOLS[name] = p
    return _POOLS[name]


def wait_for_all(msecs: int = 60000) -> bool:
    return all(p.waitForDone(msecs) for p in _POOLS.values())


class Context:
    """What a piece of work gets on its worker thread."""

    def __init__(self, task: Task, api: ProjectApi | None) -> None:
        self._task = task
        self._api = api

    @property
    def api(self) -> ProjectApi:
        if self._api is None:
            raise RuntimeError("this task was submitted without a project")
        return self._api

    def cancelled(self) -> bool:
        return self._task.is_cancelled()

    def check(self) -> None:
        """Raise Cancelled if the task was cancelled (call between steps)."""
        if self.cancelled():
            raise Cancelled

    def progress(self, done: int, total: int, text: str = "") -> bool:
        """Report progress; False once the task is cancelled (the core's progress callbacks
        stop when told False)."""
        self._task.progressed.emit(int(done), int(total), str(text))
        return not self.cancelled()

    def partial(self, value: object) -> None:
        self._task.partial.emit(value)


Work = Callable[[Context], Any]


class Task(QObject):
    """The GUI thread's handle on submitted work. Exactly one of `finished`, `failed` and
    `cancelled` is emitted, then `ended`."""

    progressed = Signal(int, int, str)
    partial = Signal(object)
    finished = Signal(object)  # the value
    failed = Signal(object, str)  # the exception, its traceback text
    cancelled = Signal()
    changed = Signal(object)  # Changes the work made (before `ended`)
    ended = Signal()

    def __init__(self, work: Work, project: str | Path | None, origin: str | None) -> None:
        super().__init__()
        self.work = work
        self.project = None if project is None else str(project)
        self.origin = origin
        self._cancel = threading.Event()
        self.running = True

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def on(self, *, finished: Callable[[Any], None] | None = None,
           failed: Callable[[BaseException, str], None] | None = None,
           cancelled: Callable[[], None] | None = None,
           progressed: Callable[[int, int, str], None] | None = None,
           partial: Callable[[Any], None] | None = None,
           ended: Callable[[], None] | None = None, owner: QObject | None = None) -> Task:
        """Connect callbacks, each run on the GUI thread (queued: the signals are emitted on
        the worker thread, and a queued call runs in the thread the task lives in). Pass them
        to `Executor.submit`, which connects them before the work starts: connected later,
        a callback misses what a quick task has already emitted. With an
        `owner`, a callback is skipped once the owner is deleted (a dialog closed while its
        work went on)."""
        queued = Qt.ConnectionType.QueuedConnection
        for signal, slot in ((self.finished, finished), (self.failed, failed),
                             (self.cancelled, cancelled), (self.progressed, progressed),
                             (self.partial, partial), (self.ended, ended)):
            if slot is not None:
                signal.connect(slot if owner is None else _guarded(slot, owner), queued)
        return self


def _guarded(slot: Callable[..., Any], owner: QObject) -> Callable[..., None]:
    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            slot(*args)
    return call


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the executor keeps it until it has run
        self.task = task

    def run(self) -> None:
        try:
            self._run()
        except RuntimeError:  # the app quit and deleted the task while the work ran
            if shiboken6.isValid(self.task):
                raise

    def _run(self) -> None:
        task = self.task
        changes: Changes = NONE
        try:
            api = (ProjectApi.open(task.project, backup=False)  # the window's opening made it
                   if task.project is not None else None)
        except Exception as exc:
            task.failed.emit(exc, traceback.format_exc())
            task.ended.emit()
            return
        try:
            try:
                value = task.work(Context(task, api))
            finally:
                if api is not None:
                    changes = api.take_changes()
        except Cancelled:
            self._changed(changes)
            task.cancelled.emit()
        except Exception as exc:  # handed to the GUI thread, shown there by kind
            self._changed(changes)
            task.failed.emit(exc, traceback.format_exc())
        else:
            self._changed(changes)
            task.finished.emit(value)
        finally:
            if api is not None:
                api.close()
            task.ended.emit()

    def _changed(self, changes: Changes) -> None:
        if changes:
            from dataclasses import replace

            self.task.changed.emit(replace(changes, origin=self.task.origin))


class Executor(QObject):
    """Runs work off the GUI thread; `changed` announces every change set work made."""

    changed = Signal(object)  # Changes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: dict[Task, _Runner] = {}

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def submit(self, work: Work, *, project: str | Path | None, pool_name: str = READ,
               origin: str | None = None, **callbacks: Any) -> Task:
        """Run `work(context)` on the pool `pool_name` (WRITE for anything that writes).
        `origin` names who asked (e.g. "catalogue"), so a view can skip its own changes.
        `callbacks` as `Task.on` (finished=…, failed=…, …), connected before the work
        starts so that no signal is missed."""
        task = Task(work, project, origin)
        task.on(**callbacks)
        runner = _Runner(task)
        self._running[task] = runner
        queued = Qt.ConnectionType.QueuedConnection
        task.changed.connect(self.changed.emit, queued)
        task.ended.connect(lambda: self._ended(task), queued)
        pool(pool_name).start(runner)
        return task

    def _ended(self, task: Task) -> None:
        task.running = False
        self._running.pop(task, None)

    def announce(self, changes: Changes) -> None:
        """Changes made without a task (another process, noticed by a watcher)."""
        if changes:
            self.changed.emit(changes)


_APP: Executor | None = None


def app_executor() -> Executor:
    """The app's one executor (made on the GUI thread at first use)."""
    global _APP
    if _APP is None:
        _APP = Executor()
    return _APP


def wait(task: Task, timeout_s: float = 60.0) -> None:
    """Block until the task has ended, processing events (for closing and for tests)."""
    import time

    from PySide6.QtCore import QCoreApplication

    end = time.monotonic() + timeout_s
    while task.running and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.005)
