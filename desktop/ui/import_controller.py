"""The import flow: choose files (or receive dropped ones), import them on the writer thread
with a cancellable progress dialog, show the results, offer to choose the municipality of a
file that does not say. What the import changed reaches the views through the app's executor
(its change sets), not through this controller."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.core.project.results import ImportResult, ParticipantStatus
from desktop.ui import errors, file_dialogs, settings
from desktop.ui.dialogs.import_results import ImportResultsDialog
from desktop.ui.workers.executor import Task
from desktop.ui.workers.import_worker import start_import


class ImportController(QObject):
    # Emitted on the GUI thread after every import, with the results (plain data).
    imported = Signal(object)

    def __init__(self, parent: QWidget, project_path: Callable[[], Path | None],
                 participants: Callable[[], list[ParticipantStatus]]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._project_path = project_path
        self._participants = participants
        self.worker: Task | None = None
        self.progress: QProgressDialog | None = None
        self.results_dialog: ImportResultsDialog | None = None
        self.show_results = True

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def file_filter(self) -> str:
        return ";;".join([
            self.tr("Spreadsheets (*.xlsx *.xlsm *.ods *.xls)"),
            self.tr("All files (*)"),
        ])

    def choose_and_import(self) -> None:
        paths, _ = file_dialogs.get_open_file_names(
            self._parent, self.tr("Import answers"), settings.get(settings.IMPORT_DIR),
            self.file_filter())
        if paths:
            settings.put(settings.IMPORT_DIR, str(Path(paths[0]).parent))
            self.import_paths(paths)

    def import_paths(self, paths: Sequence[str | Path],
                     municipality: str | None = None) -> Task | None:
        project = self._project_path()
        if project is None:
            errors.show_user_error(self._parent, self.tr(
                "Open or create a project before importing answers."))
            return None
        if self.worker is not None:
            errors.show_user_error(self._parent, self.tr(
                "An import is already running. Wait until it has finished."))
            return None
        self.worker = worker = start_import(project, paths, municipality,
                                            progressed=self._on_progress,
                                            finished=self._on_finished,
                                            failed=self._on_failed, cancelled=self._on_cancelled,
                                            owner=self)
        self.progress = self._progress_dialog(worker)
        return worker

    def _progress_dialog(self, worker: Task) -> QProgressDialog:
        dialog = QProgressDialog(self.tr("Reading files…"), self.tr("Cancel"), 0, 0,
                                 self._parent)
        dialog.setWindowTitle(self.tr("Importing answers"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def cancel() -> None:
            worker.cancel()
            dialog.setLabelText(self.tr("Stopping after the current file…"))

        dialog.canceled.connect(cancel)
        return dialog

    def _on_progress(self, done: int, total: int, name: str) -> None:
        if self.progress is None:
            return
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, total))
        if name and not (self.worker and self.worker.is_cancelled()):
            self.progress.setLabelText(self.tr("Importing %1 (%2 of %3)…").replace(
                "%1", name).replace("%2", str(done + 1)).replace("%3", str(total)))

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()  # closing a progress dialog emits canceled
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.worker = None

    def _on_finished(self, results: list[ImportResult]) -> None:
        self._finish()
        self.imported.emit(results)
        if self.show_results:
            self.show_results_dialog(results)

    def _on_cancelled(self) -> None:  # a cancel between files returns results, not this
        self._finish()
        self.imported.emit([])

    def _on_failed(self, exc: BaseException, tb_text: str) -> None:
        self._finish()
        self.imported.emit([])  # files before the failing one may be imported
        errors.show_error(self._parent, exc, tb_text)

    def show_results_dialog(self, results: list[ImportResult]) -> ImportResultsDialog:
        dialog = ImportResultsDialog(results, self._participants(), self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reimport_requested.connect(
            lambda path, number: self.import_paths([path], municipality=number))
        self.results_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "results_dialog", None))
        dialog.open()
        return dialog

    def confirm_drop_without_project(self) -> None:
        QMessageBox.information(self._parent, self.tr("Import answers"), self.tr(
            "Open or create a project first, then drop the returned questionnaires here."))
