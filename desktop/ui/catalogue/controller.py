"""The catalogue's decisions as undoable commands, run off the GUI thread one at a time.

Every decision is a `DecisionCommand` on the catalogue's `QUndoStack`: its first `redo` runs the
core operation (accept, reject, …) and keeps the `ChangeSet`s it returns, a later `redo` calls
`api.redo` with them and `undo` calls `api.undo`. The core saves each decision in the project at
once (SQLite), so the undo history only lasts as long as the project is open.

A decision, an undo or a reload is a `CatalogueJob` on the writer thread; while one runs the
controller is busy and takes no other (the actions are disabled), so the change sets a command
holds are always those of the state the next job starts from.

Over 400 lines because it holds one method per kind of decision (each a few lines: the work
on the facade and the status text), which the view's commands (`commands.py`) call by name.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from desktop.core.catalogue.pipeline import DEFAULT_THRESHOLD
from desktop.core.catalogue.results import ChangeSet, Member, Suggestion
from desktop.core.catalogue.units import UnitRef
from desktop.core.errors import Cancelled as WorkCancelled
from desktop.core.errors import is_user_error
from desktop.core.project.api import ProjectApi
from desktop.ui import errors
from desktop.ui.catalogue.snapshot import CatalogueSnapshot
from desktop.ui.catalogue.texts import percent_text
from desktop.ui.catalogue.worker import CatalogueJob, JobOutcome, ProgressWork, Work
from desktop.ui.formatting import format_integer
from desktop.ui.i18n import plural

Done = Callable[[Any], None]
Failed = Callable[[BaseException, str], None]


@dataclass(frozen=True)
class Operation:
    """One decision: `work` runs on the writer thread and returns a value, `changes` picks the
    change sets out of it, `done` runs on the GUI thread afterwards (messages, selection)."""

    text: str  # for the Edit menu: "Undo <text>"
    work: Work | None
    changes: Callable[[Any], list[ChangeSet]]
    done: Done | None = None
    busy_text: str = ""
    nothing_changed: str = ""  # the message when the operation changed nothing
    progress_work: ProgressWork | None = None  # instead of `work`: reports, can be cancelled


def _as_list(value: Any) -> list[ChangeSet]:
    if isinstance(value, ChangeSet):
        return [value]
    return [cs for cs in value if isinstance(cs, ChangeSet)]


class DecisionCommand(QUndoCommand):
    def __init__(self, controller: CatalogueController, op: Operation) -> None:
        super().__init__(op.text)
        self.controller = controller
        self.op = op
        self.changes: list[ChangeSet] | None = None

    def redo(self) -> None:
        if self.changes is None:
            self.controller.start(self.op.work, self._did, self._failed,
                                  busy_text=self.op.busy_text,
                                  progress_work=self.op.progress_work)
            return
        changes = list(self.changes)

        def again(p: ProjectApi) -> None:
            for cs in changes:
                p.catalogue.redo(cs)

        self.controller.start(again, None, self.controller.history_failed, busy_text=(
            QCoreApplication.translate("CatalogueController", "Redoing…")))

    def undo(self) -> None:
        changes = list(self.changes or [])

        def back(p: ProjectApi) -> None:
            for cs in reversed(changes):
                p.catalogue.undo(cs)

        self.controller.start(back, None, self.controller.history_failed, busy_text=(
            QCoreApplication.translate("CatalogueController", "Undoing…")))

    def _did(self, value: Any) -> None:
        self.changes = self.op.changes(value)
        if self.op.done is not None:
            self.op.done(value)
        if all(cs.empty for cs in self.changes):
            if self.op.nothing_changed:
                self.controller.message.emit(self.op.nothing_changed)
            self.controller.drop(self)

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.controller.drop(self)
        if isinstance(exc, WorkCancelled):
            self.controller.message.emit(QCoreApplication.translate(
                "CatalogueController", "%1 was cancelled; nothing was stored.")
                .replace("%1", self.op.text))
            return
        self.controller.show_error(exc, tb)


class CatalogueController(QObject):
    loaded = Signal(object)  # CatalogueSnapshot | None (None: no project)
    busy_changed = Signal(bool)
    message = Signal(str)  # what the last operation did, for the user
    progress = Signal(int, int, str, bool)  # done, total, text, whether it can be cancelled

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.stack = QUndoStack(self)
        self.stack.setObjectName("catalogueUndoStack")
        self.path: Path | None = None
        self.snapshot: CatalogueSnapshot | None = None
        self.threshold = DEFAULT_THRESHOLD
        self.busy_text = ""
        self.stale = True
        self.job: CatalogueJob | None = None
        self._job_reloads = False
        self._writing = False
        self._reload_wanted = False
        self._generation = 0
        self._callbacks: tuple[Done | None, Failed | None] = (None, None)

    # --- state -----------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.job is not None

    @property
    def writing(self) -> bool:
        """A decision or an undo is being written (quitting now would lose nothing, but the
        window waits for it as it does for an import)."""
        return self.job is not None and self._writing

    def set_project(self, path: Path | None) -> None:
        """Another project (or none): a new, empty history; a running load is dropped."""
        self._generation += 1
        self.cancel_loading()
        self.stack.clear()
        self.path = path
        self.snapshot = None
        self.stale = True
        self._reload_wanted = False
        self.loaded.emit(None)

    def invalidate(self) -> None:
        """The project changed outside the catalogue (an import): read it again when shown."""
        self.stale = True

    def reload(self) -> bool:
        """Read the catalogue again (off the GUI thread); after the running job if busy."""
        if self.path is None:
            return False
        if self.busy:
            self._reload_wanted = True
            return True
        return self.start(None, None, None, busy_text=self.tr("Reading the system catalogue…"))

    def ensure_loaded(self) -> None:
        if self.stale:
            self.reload()

    def cancel_loading(self) -> None:
        if self.job is not None and not self._writing:
            self.job.cancel()

    def cancel_work(self) -> bool:
        """The user cancels the running work (`auto`): it stops and stores nothing. Only
        work that reports progress can be cancelled; False when there is none."""
        if self.job is None or self.job.progress_work is None:
            return False
        self.job.cancel()
        return True

    # --- jobs ------------------------------------------------------------------------------
    def start(self, work: Work | None, done: Done | None, failed: Failed | None, *,
              reload: bool = True, busy_text: str = "",
              progress_work: ProgressWork | None = None) -> bool:
        if self.path is None or self.job is not None:
            return False
        job = CatalogueJob(self.path, work, reload, self.threshold, tag=self._generation,
                           progress_work=progress_work)
        self.job = job
        self._writing = work is not None or progress_work is not None
        self._job_reloads = reload
        self._callbacks = (done, failed)
        self.busy_text = busy_text
        if reload:
            self.stale = False
        self._reload_wanted = False
        self.busy_changed.emit(True)
        job.start(self._finished, self._progress, owner=self)
        return True

    def _progress(self, done: int, total: int, text: str, cancellable: bool) -> None:
        if self.job is not None:
            self.progress.emit(done, total, text, cancellable)

    def _finished(self, outcome: JobOutcome, generation: int) -> None:
        if generation != self._generation:  # the project changed while it ran
            self.job = None
            self._writing = False
            self._callbacks = (None, None)
            self.busy_changed.emit(False)
            if self._reload_wanted:
                self.reload()
            return
        done, failed = self._callbacks
        self._callbacks = (None, None)
        self.job = None
        self._writing = False
        self.busy_text = ""
        if outcome.error is not None and outcome.work_failed:
            if failed is not None:
                failed(outcome.error, outcome.traceback)
            else:
                self.show_error(outcome.error, outcome.traceback)
        else:
            if done is not None:
                done(outcome.value)
            if outcome.error is not None:
                self.show_error(outcome.error, outcome.traceback)
        if outcome.snapshot is not None:
            self.snapshot = outcome.snapshot
        elif self._job_reloads:
            self.stale = True
        self.busy_changed.emit(False)
        if outcome.snapshot is not None:
            self.loaded.emit(outcome.snapshot)
        if self._reload_wanted or (outcome.cancelled and self.path is not None):
            self.reload()

    def show_error(self, exc: BaseException, tb: str) -> None:
        if is_user_error(exc):  # the core's "Ukjent system", "ikke et tjenesteområde"
            errors.show_user_error(self._parent, str(exc))
        else:
            errors.show_error(self._parent, exc, tb)

    def history_failed(self, exc: BaseException, tb: str) -> None:
        self.stack.clear()
        self.show_error(exc, tb)
        self.message.emit(self.tr("Undo failed; the undo history was cleared."))
        self._reload_wanted = True

    def drop(self, command: DecisionCommand) -> None:
        """Take a command that changed nothing (or failed) off the stack, without undoing."""
        if self.stack.count() and self.stack.command(self.stack.index() - 1) is command:
            command.setObsolete(True)
            self.stack.undo()

    def push(self, op: Operation) -> bool:
        if self.path is None or self.busy:
            return False
        self.stack.push(DecisionCommand(self, op))
        return True

    def undo(self) -> None:
        if not self.busy and self.stack.canUndo():
            self.stack.undo()

    def redo(self) -> None:
        if not self.busy and self.stack.canRedo():
            self.stack.redo()

    # --- decisions -------------------------------------------------------------------------
    def accept(self, items: Sequence[tuple[Suggestion, Sequence[Member] | None]],
               done: Done | None = None) -> bool:
        """Accept suggestions (or some of their members)."""
        chosen = [(s, tuple(m) if m is not None else None) for s, m in items]
        if not chosen:
            return False

        def work(p: ProjectApi) -> list[ChangeSet]:
            return [p.catalogue.accept(s, m) for s, m in chosen]

        n = len(chosen)
        text = self._text(self.tr("Accept «%1»"),
                          plural(self.tr("Accept %n suggestion(s)", None, n), n),
                          [s.product for s, _ in chosen])
        return self.push(Operation(text, work, _as_list, done))

    def reject(self, items: Sequence[tuple[Suggestion, Sequence[Member] | None]],
               done: Done | None = None) -> bool:
        """Reject suggestions: their names are not suggested for that system again. The only
        name of a new system is rejected as its alternative ("is not Compilo")."""
        chosen = [(s, tuple(m) if m is not None else None) for s, m in items]
        if not chosen:
            return False

        def work(p: ProjectApi) -> list[ChangeSet]:
            out = []
            for s, m in chosen:
                names = s.members if m is None else m
                if s.kind == "new" and s.alternative is not None and len(names) == 1 \
                        and names[0].leader:
                    out.append(p.catalogue.reject_alternative(s))
                else:
                    out.append(p.catalogue.reject(s, m))
            return out

        n = len(chosen)
        text = self._text(self.tr("Reject «%1»"),
                          plural(self.tr("Reject %n suggestion(s)", None, n), n),
                          [s.product for s, _ in chosen])
        return self.push(Operation(
            text, work, _as_list, done,
            nothing_changed=self.tr("Nothing to reject: the names are a system of their own "
                                    "already, or were rejected before. Move them (M) if they "
                                    "belong elsewhere.")))

    def split_suggestion(self, suggestion: Suggestion, members: Sequence[Member],
                         product: str, done: Done | None = None) -> bool:
        """These names of a suggestion become a new system of their own, named `product`."""
        chosen = tuple(members)
        vendor = _most_common([(m.vendor, m.installations) for m in chosen])
        area = _most_common([(m.service_area, m.installations) for m in chosen])
        own = dataclasses.replace(suggestion, id=f"split:{suggestion.id}", kind="new",
                                  product=product, vendor=vendor, service_area=area,
                                  catalogue_key=None, system_id=None, members=chosen,
                                  alternative=None)
        return self.push(Operation(self.tr("Split off «%1»").replace("%1", product),
                                   lambda p: p.catalogue.accept(own, chosen, product=product),
                                   _as_list, done))

    def split_system(self, system_id: int, members: Sequence[Member], product: str,
                     done: Done | None = None) -> bool:
        chosen = tuple(members)
        return self.push(Operation(self.tr("Split off «%1»").replace("%1", product),
                                   lambda p: p.catalogue.split(system_id, chosen, product),
                                   _as_list, done))

    def move(self, members: Sequence[Member | UnitRef], target: int | str, target_name: str,
             done: Done | None = None) -> bool:
        """Put names in a system of the project (an id) or a catalogue product (its name)."""
        chosen = tuple(members)
        if not chosen:
            return False

        def work(p: ProjectApi) -> list[ChangeSet]:
            return [p.catalogue.move_member(m, target) for m in chosen]

        return self.push(Operation(self.tr("Move to «%1»").replace("%1", target_name), work,
                                   _as_list, done))

    def forget(self, members: Sequence[Member], done: Done | None = None) -> bool:
        """Take back the decisions of these names: they are suggested again."""
        chosen = tuple(members)
        if not chosen:
            return False
        text = self._text(self.tr("Back to suggestions: «%1»"),
                          plural(self.tr("Back to suggestions: %n name(s)", None, len(chosen)),
                                 len(chosen)), [m.name for m in chosen])
        return self.push(Operation(
            text, lambda p: p.catalogue.forget(chosen), _as_list, done,
            nothing_changed=self.tr("Those names have no decision of their own: they follow "
                                    "the decision of another spelling. Move them (M) if they "
                                    "belong elsewhere.")))

    def merge(self, target_id: int, source_ids: Sequence[int], target_name: str,
              done: Done | None = None) -> bool:
        sources = tuple(x for x in source_ids if x != target_id)
        if not sources:
            return False
        return self.push(Operation(self.tr("Merge into «%1»").replace("%1", target_name),
                                   lambda p: p.catalogue.merge(target_id, sources), _as_list, done))

    def rename(self, system_id: int, product: str, done: Done | None = None) -> bool:
        return self.push(Operation(self.tr("Rename to «%1»").replace("%1", product.strip()),
                                   lambda p: p.catalogue.rename(system_id, product), _as_list,
                                   done))

    def set_vendor(self, system_ids: Sequence[int], vendor: str | None,
                   done: Done | None = None) -> bool:
        ids = tuple(system_ids)

        def work(p: ProjectApi) -> list[ChangeSet]:
            return [p.catalogue.set_vendor(sid, vendor) for sid in ids]

        text = (self.tr("Set vendor «%1»").replace("%1", vendor) if vendor
                else self.tr("Clear vendor"))
        return bool(ids) and self.push(Operation(text, work, _as_list, done))

    def set_service_area(self, system_ids: Sequence[int], area: str | None,
                         done: Done | None = None) -> bool:
        ids = tuple(system_ids)

        def work(p: ProjectApi) -> list[ChangeSet]:
            return [p.catalogue.set_service_area(sid, area) for sid in ids]

        text = (self.tr("Set service area «%1»").replace("%1", area) if area
                else self.tr("Clear service area"))
        return bool(ids) and self.push(Operation(text, work, _as_list, done))

    def accept_above(self, threshold: float, done: Done | None = None) -> bool:
        percent = percent_text(threshold)
        return self.push(Operation(
            self.tr("Accept all at or above %1").replace("%1", percent),
            lambda p: p.catalogue.accept_above(threshold), _as_list, done,
            busy_text=self.tr("Accepting every suggestion at or above %1…").replace(
                "%1", percent),
            nothing_changed=self.tr("No suggested name has a confidence of %1 or more.")
            .replace("%1", percent)))

    def auto(self, threshold: float | None = None) -> bool:
        value = self.threshold if threshold is None else threshold

        def done(result: Any) -> None:
            self.message.emit(self.tr(
                "Automatic deduplication: %1 names decided, %2 systems created, %3 names left "
                "for review.").replace("%1", format_integer(result.accepted_names))
                .replace("%2", format_integer(result.systems_created))
                .replace("%3", format_integer(result.left_for_review)))

        return self.push(Operation(
            self.tr("Automatic deduplication"), None, lambda r: [r.changes], done,
            busy_text=self.tr("Deduplicating automatically (catalogue matches and suggestions "
                              "at or above %1)…").replace("%1", percent_text(value)),
            progress_work=lambda p, progress: p.catalogue.auto(value, progress)))

    def import_dictionary(self, path: Path) -> bool:
        def done(report: Any) -> None:
            self.message.emit(self.tr(
                "Word list imported: %1 names added, %2 changed, %3 of your own decisions "
                "kept, %4 systems created, %5 rejections.")
                .replace("%1", format_integer(report.decisions_added))
                .replace("%2", format_integer(report.decisions_replaced))
                .replace("%3", format_integer(report.kept_user_decisions))
                .replace("%4", format_integer(report.systems_created))
                .replace("%5", format_integer(report.rejections_added)))

        return self.push(Operation(
            self.tr("Import word list %1").replace("%1", path.name),
            lambda p: p.catalogue.import_dictionary(path), lambda r: [r.changes], done,
            busy_text=self.tr("Importing the word list…"),
            nothing_changed=self.tr("The word list added nothing to this project.")))

    # --- files (not decisions: nothing to undo) --------------------------------------------
    def export_dictionary(self, path: Path) -> bool:
        return self.start(lambda p: p.catalogue.export_dictionary(path),
                          lambda p: self.message.emit(
                              self.tr("Word list written to %1.").replace("%1", str(p))),
                          None, reload=False, busy_text=self.tr("Writing the word list…"))

    def export_matrix(self, path: Path, sort: str = "product", descending: bool = False
                      ) -> bool:
        return self.start(lambda p: p.catalogue.export_matrix(path, sort, descending),
                          lambda p: self.message.emit(
                              self.tr("Matrix written to %1.").replace("%1", str(p))),
                          None, reload=False, busy_text=self.tr("Writing the matrix…"))

    def _text(self, one: str, many: str, products: list[str]) -> str:
        return one.replace("%1", products[0]) if len(products) == 1 else many


def _most_common(values: list[tuple[str | None, int]]) -> str | None:
    c: Counter[str] = Counter()
    for v, n in values:
        if v:
            c[v] += n
    return c.most_common(1)[0][0] if c else None
