"""The scenario tab's state: the project's data, the saved scenarios, the one being edited,
its undo history, and the computations that follow every change.

- Reading the project and computing run on the app's executor (its compute thread); every
  edit asks for a new result, rapid edits are coalesced (a short delay, and a running
  computation is stopped between stages), and only the answer to the latest request is shown.
- Changes are commands on `stack` (commands.py); each is written to the project at once
  through the facade on the writer thread that imports and catalogue decisions use, so there
  is one writer.
- When the project's data changes elsewhere (an import, a catalogue decision, another app),
  `data_changed` marks what is shown as out of date (`stale`) and reads the project again; the
  results are never shown as current until they are computed on the new data.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from desktop.core.project.api import ProjectApi
from desktop.core.project.changes import WORKSPACE, Changes, Data, affects
from desktop.core.project.scenario_ops import Workspace
from desktop.core.scenarios import Scenario
from desktop.core.scenarios.evaluation import ScenarioEvaluation as Evaluation
from desktop.core.scenarios.evaluation import evaluate, evaluate_all
from desktop.core.scenarios.inputs import normalise_name
from desktop.ui.scenarios.commands import (
    CreateCommand,
    DeleteCommand,
    EditCommand,
    RenameCommand,
)
from desktop.ui.workers.executor import COMPUTE, WRITE, Context, Task, app_executor

DEBOUNCE_MS = 120
MAX_COMPARED = 4


class ScenarioController(QObject):
    loaded = Signal()  # the workspace (project data, baseline) was read again, or cleared
    scenarios_changed = Signal()  # a scenario was added, removed, renamed or changed
    current_changed = Signal(object)  # the Scenario being edited, or None
    evaluating = Signal(bool)  # a computation of the current scenario runs
    stage = Signal(int, int, str)  # step, steps, what (evaluation.STAGES)
    evaluated = Signal(object)  # Evaluation of the current scenario (partial, then complete)
    comparing = Signal(bool)
    compared = Signal(object)  # tuple[Evaluation, ...]
    failed = Signal(str)  # a message for the user
    stale_changed = Signal(bool)  # what is shown was computed on data changed since

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.stack.setObjectName("scenarioUndoStack")
        self.path: Path | None = None
        self.workspace: Workspace | None = None
        self.scenarios: dict[str, Scenario] = {}
        self.current: str | None = None
        self.evaluation: Evaluation | None = None
        self.comparison: tuple[Evaluation, ...] = ()
        self._generation = 0  # bumped per project: answers for another project are dropped
        self._tag = 0  # the latest request for the current scenario
        self._compare_tag = 0
        self._jobs: dict[int, Task] = {}  # running compute tasks by tag
        self._eval_job: Task | None = None
        self._compare_job: Task | None = None
        self._relaunch = False
        self._compare_names: tuple[str, ...] = ()
        self._writes: list[Task] = []
        self.stale = False  # what is shown was computed on data that has changed since
        self._loading = False
        self._reload_again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._launch)

    # --- state -----------------------------------------------------------------------------
    @property
    def idle(self) -> bool:
        """Nothing is being read, computed or written (for tests and for closing)."""
        return (not self._writes and not self._jobs and not self._timer.isActive()
                and not self._loading)

    @property
    def writing(self) -> bool:
        return bool(self._writes)

    def scenario(self, name: str | None = None) -> Scenario | None:
        name = self.current if name is None else name
        return None if name is None else self.scenarios.get(name)

    def names(self) -> list[str]:
        return list(self.scenarios)

    def participants(self) -> list[tuple[str, str, bool]]:
        """(number, name, answered) of every participant of the project."""
        if self.workspace is None:
            return []
        return [(m.number, m.name, m.answered) for m in self.workspace.project.municipalities]

    def name_problem(self, name: str, ignore: str | None = None) -> str | None:
        """Why a name cannot be used ("" ok): empty, too long, or taken (case and spacing do
        not make a name different). The text is a key for the view to translate."""
        name = name.strip()
        if not name:
            return "empty"
        if len(name) > 200:
            return "long"
        wanted = normalise_name(name)
        for other in self.scenarios:
            if other != ignore and normalise_name(other) == wanted:
                return "taken"
        return None

    def free_name(self, base: str) -> str:
        """`base`, or `base 2`, `base 3`, … whichever is not taken."""
        name, n = base, 1
        while self.name_problem(name) is not None:
            n += 1
            name = f"{base} {n}"
        return name

    # --- the project -----------------------------------------------------------------------
    def set_project(self, path: Path | None) -> None:
        self._generation += 1
        self._timer.stop()
        for job in self._jobs.values():
            job.cancel()
        self.stack.clear()
        self.path = path
        self.workspace = None
        self.scenarios = {}
        self.current = None
        self.evaluation = None
        self.comparison = ()
        self.loaded.emit()
        self.scenarios_changed.emit()
        self.current_changed.emit(None)
        if path is not None:
            self.reload()

    def data_changed(self, changes: Changes) -> None:
        """The project's data changed (an import, a catalogue decision, a setting, another
        app): what is shown is out of date until it is computed again on the new data."""
        if self.path is None:
            return
        own = changes.origin == "scenarios"
        if affects(changes, WORKSPACE | {Data.SETTINGS}) or (
                not own and affects(changes, {Data.SCENARIOS})):
            self._set_stale(True)
            self.reload()

    def _set_stale(self, stale: bool) -> None:
        if stale != self.stale:
            self.stale = stale
            self.stale_changed.emit(stale)

    def reload(self) -> None:
        """Read the project again (after an import, or when a write failed)."""
        if self.path is None:
            return
        if self._loading:  # read again when the running read ends
            self._reload_again = True
            return
        path, generation = self.path, self._generation
        self._loading = True
        self._reload_again = False

        def work(_stage: Any, _partial: Any, _cancelled: Any) -> Workspace:
            with ProjectApi.open(path, backup=False) as api:
                return api.scenarios.workspace()

        self._run(work, lambda ws: self._loaded(ws, generation),
                  lambda msg: self._load_failed(msg, generation))

    def _loaded(self, workspace: Workspace, generation: int) -> None:
        self._loading = False
        if generation != self._generation or self._reload_again:
            self._reload_again = False
            self.reload()
            return
        self.workspace = workspace
        self.scenarios = {s.name: s for s in workspace.saved}
        if self.current not in self.scenarios:
            self.current = next(iter(self.scenarios), None)
        if self.current is None:
            self._set_stale(False)  # nothing computed is shown
        self.loaded.emit()
        self.scenarios_changed.emit()
        self.current_changed.emit(self.scenario())
        self._request()
        if self._compare_names:
            self.compare(self._compare_names)

    def _load_failed(self, message: str, generation: int) -> None:
        self._loading = False
        if generation != self._generation or self._reload_again:
            self._reload_again = False
            self.reload()
        elif generation == self._generation:
            self.failed.emit(message)

    # --- choosing and changing scenarios ---------------------------------------------------
    def select(self, name: str | None) -> None:
        if name == self.current or (name is not None and name not in self.scenarios):
            return
        self.current = name
        self.evaluation = None
        self.current_changed.emit(self.scenario())
        self._request()

    def default_scenario(self, name: str) -> Scenario:
        numbers = tuple(n for n, _nm, _a in self.participants())
        return Scenario(name.strip(), numbers, level=2, organisation_form="vertskommune")

    def create(self, name: str, text: str) -> None:
        self.stack.push(CreateCommand(self, self.default_scenario(name), text))

    def duplicate(self, name: str, new_name: str, text: str) -> None:
        source = self.scenarios[name]
        self.stack.push(CreateCommand(self, dataclasses.replace(source, name=new_name.strip()),
                                      text))

    def rename(self, name: str, new_name: str, text: str) -> None:
        if new_name.strip() != name:
            self.stack.push(RenameCommand(self, name, new_name.strip(), text))

    def delete(self, name: str, text: str) -> None:
        self.stack.push(DeleteCommand(self, self.scenarios[name], text))

    def edit(self, after: Scenario, text: str) -> None:
        """Change the current scenario (its name stays)."""
        before = self.scenario(after.name)
        if before is None or before == after:
            return
        self.stack.push(EditCommand(self, before, after, text))

    # --- what the commands do --------------------------------------------------------------
    def put(self, scenario: Scenario, created: bool = False) -> None:
        """Add or replace a scenario, show it, save it."""
        self.scenarios[scenario.name] = scenario
        if created:
            self.scenarios = dict(sorted(self.scenarios.items(),
                                         key=lambda kv: (kv[0].casefold(), kv[0])))
        self._write(lambda p: p.scenarios.save(scenario))
        self.scenarios_changed.emit()
        if self.current != scenario.name:
            self.current = scenario.name
        self.current_changed.emit(scenario)
        self._request()

    def remove(self, name: str) -> None:
        names = list(self.scenarios)
        at = names.index(name)
        del self.scenarios[name]
        self._write(lambda p: p.scenarios.delete(name))
        self.scenarios_changed.emit()
        if self.current == name:
            rest = list(self.scenarios)
            self.current = rest[min(at, len(rest) - 1)] if rest else None
            self.current_changed.emit(self.scenario())
            self._request()

    def rename_to(self, old: str, new: str) -> None:
        scenario = dataclasses.replace(self.scenarios.pop(old), name=new)
        self.scenarios[new] = scenario
        self.scenarios = dict(sorted(self.scenarios.items(),
                                     key=lambda kv: (kv[0].casefold(), kv[0])))
        self._write(lambda p: p.scenarios.rename(old, new))
        self.scenarios_changed.emit()
        if self.current in (old, new):
            self.current = new
            self.current_changed.emit(scenario)
            self._request()
        if old in self._compare_names:
            self._compare_names = tuple(new if n == old else n for n in self._compare_names)

    def _write(self, work: Callable[[ProjectApi], Any]) -> None:
        if self.path is None:
            return
        generation = self._generation

        holder: list[Task] = []

        def ended() -> None:
            self._writes = [t for t in self._writes if t not in holder]

        def failed(exc: BaseException, _tb: str) -> None:
            if generation != self._generation:
                return
            # the project and the history no longer agree: show what the project holds
            self.stack.clear()
            self.failed.emit(str(exc))
            self.reload()

        # `ended` is connected before the work starts (a write may end before submit returns;
        # its queued signal is then delivered once this returns to the event loop)
        task = app_executor().submit(lambda ctx: work(ctx.api), project=self.path,
                                     pool_name=WRITE, origin="scenarios", failed=failed,
                                     ended=ended, owner=self)
        holder.append(task)
        self._writes.append(task)

    # --- computing -------------------------------------------------------------------------
    def _run(self, work: Callable[..., Any], done: Callable[[Any], None],
             failed: Callable[[str], None], partial: Callable[[Any], None] | None = None,
             stage: Callable[[int, int, str], None] | None = None) -> Task:
        """Run `work(stage, partial, cancelled)` on the compute thread; `done(None)` when it
        was superseded."""
        self._tag += 1
        tag = self._tag

        def run(ctx: Context) -> Any:
            return work(ctx.progress, ctx.partial, ctx.cancelled)

        def end() -> None:
            self._jobs.pop(tag, None)

        def finished(value: Any) -> None:
            end()
            done(value)

        def broke(exc: BaseException, _tb: str) -> None:
            end()
            failed(str(exc) or type(exc).__name__)

        def superseded() -> None:
            end()
            done(None)

        task = app_executor().submit(
            run, project=None, pool_name=COMPUTE, origin="scenarios", finished=finished,
            failed=broke, cancelled=superseded, partial=partial, progressed=stage, owner=self)
        self._jobs[tag] = task
        return task

    def _request(self) -> None:
        """The current scenario changed: compute it shortly (rapid edits give one run)."""
        self.evaluation = None
        if self.scenario() is None or self.workspace is None:
            self.evaluated.emit(None)
            return
        self._timer.start()

    def _launch(self) -> None:
        if self._eval_job is not None:  # stop it between stages; start again when it ends
            self._eval_job.cancel()
            self._relaunch = True
            return
        scenario, workspace = self.scenario(), self.workspace
        if scenario is None or workspace is None:
            return
        project = workspace.project

        def work(stage: Any, partial: Any, cancelled: Any) -> Evaluation:
            return evaluate(project, scenario, workspace.simulation, stage=stage,
                            partial=partial, cancelled=cancelled)

        def current(value: Evaluation | None) -> bool:
            """Computed for the scenario shown, on the data as it is now."""
            return (value is not None and value.scenario == self.scenario()
                    and workspace is self.workspace and not self._loading)

        def show(value: Evaluation | None) -> None:
            if current(value):
                self._set_stale(False)
                self.evaluation = value
                self.evaluated.emit(value)

        def done(value: Evaluation | None) -> None:
            self._eval_job = None
            show(value)
            if self._relaunch or (value is not None and not current(value)
                                  and not self._loading):  # a load ends with a new request
                self._relaunch = False
                self._launch()
            else:
                self.evaluating.emit(False)

        def broke(message: str) -> None:
            self._eval_job = None
            self.evaluating.emit(False)
            self.failed.emit(message)

        self.evaluating.emit(True)
        self._eval_job = self._run(work, done, broke, partial=show,
                                   stage=lambda i, n, what: self.stage.emit(i, n, what))

    def compare(self, names: Sequence[str]) -> None:
        """Compute 2–4 saved scenarios for the comparison (fewer: an empty comparison)."""
        self._compare_names = tuple(n for n in names if n in self.scenarios)[:MAX_COMPARED]
        self._compare_tag += 1
        ctag = self._compare_tag
        if self._compare_job is not None:
            self._compare_job.cancel()
        scenarios = [self.scenarios[n] for n in self._compare_names]
        if len(scenarios) < 2 or self.workspace is None:
            self.comparison = ()
            self.comparing.emit(False)
            self.compared.emit(())
            return
        project, simulation = self.workspace.project, self.workspace.simulation

        def work(stage: Any, _partial: Any, cancelled: Any) -> tuple[Evaluation, ...]:
            return evaluate_all(project, scenarios, simulation, stage=stage,
                                cancelled=cancelled)

        def done(value: tuple[Evaluation, ...] | None) -> None:
            if ctag != self._compare_tag:
                return
            self._compare_job = None
            self.comparing.emit(False)
            if value is not None:
                self.comparison = value
                self.compared.emit(value)

        def broke(message: str) -> None:
            if ctag == self._compare_tag:
                self._compare_job = None
                self.comparing.emit(False)
            self.failed.emit(message)

        self.comparing.emit(True)
        self._compare_job = self._run(work, done, broke)

    def stop(self) -> None:
        """Stop computing (the next change starts again)."""
        self._timer.stop()
        for job in self._jobs.values():
            job.cancel()

    def shutdown(self) -> None:
        """The window closes: stop computing, let the last changes be written."""
        self.stop()
        from desktop.ui.workers.executor import pool

        pool(COMPUTE).waitForDone(30000)
        if self._writes:
            pool(WRITE).waitForDone(60000)
