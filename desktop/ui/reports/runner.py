"""Running one report job with a progress dialog that can cancel, and saying plainly what went
wrong when it fails."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.ui import errors
from desktop.ui.reports.worker import Build, ReportOutcome, ReportRequest, start_report
from desktop.ui.workers.executor import Task


class ReportRunner(QObject):
    # On the GUI thread when a job has ended: the ReportOutcome (written, cancelled or failed;
    # failures have been shown to the user already).
    finished = Signal(object)

    def __init__(self, parent: QWidget, build: Build | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self.build = build  # None: the core's build_report
        self.job: Task | None = None
        self.progress: QProgressDialog | None = None
        self.show_errors = True

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start(self, request: ReportRequest) -> Task | None:
        if self.job is not None:
            return None
        callbacks: dict[str, Any] = {"progressed": self._on_progress,
                                     "finished": self._on_finished, "owner": self}
        job = (start_report(request, **callbacks) if self.build is None
               else start_report(request, self.build, **callbacks))
        self.job = job
        self.progress = self._progress_dialog(job)
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progress_dialog(self, job: Task) -> QProgressDialog:
        dialog = QProgressDialog(self.tr("Building the report…"), self.tr("Cancel"), 0, 0,
                                 self._parent)
        dialog.setObjectName("reportProgress")
        dialog.setWindowTitle(self.tr("Report"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def cancel() -> None:
            job.cancel()
            dialog.setLabelText(self.tr("Cancelling…"))

        dialog.canceled.connect(cancel)
        return dialog

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.progress is None or (self.job is not None and self.job.is_cancelled()):
            return
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progress.setLabelText(text or self.tr("Writing the file…"))

    def _on_finished(self, outcome: ReportOutcome) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()  # closing a progress dialog emits canceled
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.job = None
        if outcome.error is not None and self.show_errors:
            self.show_failure(outcome)
        self.finished.emit(outcome)

    def failure_text(self, outcome: ReportOutcome) -> str | None:
        """A message for an error the user can act on; None for a bug."""
        exc = outcome.error
        out = outcome.request.out
        if isinstance(exc, PermissionError) and out is not None:
            return self.tr("Could not write %1. The file may be open in another program (such "
                           "as Excel or Word), or you may not have permission to write in that "
                           "folder.").replace("%1", f"«{out}»")
        if isinstance(exc, OSError) and out is not None:
            reason = exc.strerror or str(exc)
            return self.tr("Could not write %1: %2").replace("%1", f"«{out}»").replace(
                "%2", reason)
        if exc is not None and errors.is_user_error(exc):
            return str(exc)
        return None

    def show_failure(self, outcome: ReportOutcome) -> None:
        assert outcome.error is not None
        text = self.failure_text(outcome)
        if text is not None:
            errors.show_user_error(self._parent, text, self.tr("The report was not made"))
        else:
            errors.show_error(self._parent, outcome.error, outcome.traceback)
