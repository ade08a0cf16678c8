"""«Rapport»: choose the scenarios, write the recommendation (kept in the project), then preview
and print, or save the report as PDF, Excel or Word.

The report is built and written off the GUI thread (worker.py); the recommendation and the
chosen scenarios are saved on the writer thread shortly after each change and on closing.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.project.api import ProjectApi
from desktop.core.reports.output import SUFFIXES, Format
from desktop.ui import errors, file_dialogs
from desktop.ui.reports.runner import ReportRunner
from desktop.ui.reports.save_job import save_report_settings
from desktop.ui.reports.scenario_choice import ScenarioChoice
from desktop.ui.reports.worker import Build, ReportOutcome, ReportRequest
from desktop.ui.views import fit
from desktop.ui.workers.executor import Task

SAVE_DELAY_MS = 800


def preview_available() -> bool:
    return importlib.util.find_spec("PySide6.QtPdf") is not None


def safe_file_stem(name: str) -> str:
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "", name).strip(" .")
    return stem or "Rapport"


class ReportDialog(QDialog):
    def __init__(self, project: str | Path, project_name: str = "",
                 parent: QWidget | None = None, build: Build | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Report"))
        fit.resize_on_screen(self, 860, 560)
        self.project = str(project)  # the jobs open their own connections
        with ProjectApi.open(project, checks=False) as api:  # what the dialog starts from
            names = [s.name for s in api.scenarios.saved()]
            stored = api.reports.stored_choice()
            recommendation = api.reports.recommendation()
            folder = api.path.parent if api.path is not None else Path.home()
        self.folder = folder
        self.project_name = project_name
        self.runner = ReportRunner(self, build)
        self.runner.finished.connect(self._on_finished)
        self.save_jobs: list[Task] = []
        self.last_written: Path | None = None
        self.preview_dialog: QDialog | None = None
        self._preview_keep: tuple[object, ...] = ()

        intro = QLabel(self.tr(
            "Choose the scenarios the report compares and write the recommendation of the "
            "steering group. The report is made from the project's data as they are now."))
        intro.setWordWrap(True)
        self.scenarios = ScenarioChoice()
        self.scenarios.set_scenarios(names, names if stored is None else stored)  # first: all
        self.recommendation = QPlainTextEdit()
        self.recommendation.setObjectName("reportRecommendation")
        self.recommendation.setPlaceholderText(self.tr(
            "Write the recommendation here. It is saved in the project and comes first in the "
            "report."))
        self.recommendation.setPlainText(recommendation)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("reportSavedLabel")
        self.status_label = QLabel()
        self.status_label.setObjectName("reportStatusLabel")
        self.status_label.setWordWrap(True)

        left = QGroupBox(self.tr("Scenarios"))
        QVBoxLayout(left).addWidget(self.scenarios)
        right = QGroupBox(self.tr("Recommendation"))
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.recommendation, 1)
        right_layout.addWidget(self.saved_label)
        self.staff_names = QCheckBox(self.tr("Name the staff in the vulnerability chapter"))
        self.staff_names.setObjectName("reportStaffNames")
        self.staff_names.setToolTip(self.tr(
            "Off: the report says «One person is system owner for 6 systems» instead of the "
            "person's name (the report usually goes to politicians)."))
        right_layout.addWidget(self.staff_names)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.preview_button = self._button(self.tr("&Preview and print…"), "reportPreview")
        self.preview_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.preview_button.setDefault(True)
        if not preview_available():
            self.preview_button.setEnabled(False)
            self.preview_button.setToolTip(self.tr(
                "Print preview needs the Qt PDF module, which is missing from this "
                "installation. Save the report as PDF and print it from a PDF reader."))
        self.pdf_button = self._button(self.tr("Save P&DF…"), "reportSavePdf")
        self.xlsx_button = self._button(self.tr("Save &Excel…"), "reportSaveExcel")
        self.docx_button = self._button(self.tr("Save &Word…"), "reportSaveWord")
        self.docx_button.setToolTip(self.tr(
            "The summary for the case presentation: recommendation, key figures and the "
            "comparison of the scenarios"))
        close = self._button(self.tr("Close"), "reportClose")
        # after saving: open what was written in the system's viewer
        self.open_button = self._button(self.tr("&Open file"), "reportOpenFile")
        self.open_button.hide()
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.pdf_button, self.xlsx_button, self.docx_button):
            buttons.addWidget(b)
        buttons.addStretch()
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_settings)
        self.recommendation.textChanged.connect(self._changed)
        self.scenarios.changed.connect(self._changed)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.docx_button.clicked.connect(lambda: self.export("docx"))
        close.clicked.connect(self.accept)
        self.open_button.clicked.connect(self.open_written)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    # --- the settings kept in the project ---------------------------------------------------
    def _changed(self) -> None:
        self.saved_label.setText("")
        self.save_timer.start()

    def save_settings(self) -> Task:
        """Save the recommendation and the chosen scenarios on the writer thread."""
        self.save_timer.stop()
        job = save_report_settings(self.project, self.recommendation.toPlainText(),
                                   self.scenarios.chosen(), finished=lambda _v: self._on_saved(),
                                   failed=self._on_save_failed, owner=self)
        self.save_jobs.append(job)
        return job

    def _on_saved(self) -> None:
        self._forget_finished_saves()
        self.saved_label.setText(self.tr("Saved in the project."))

    def _on_save_failed(self, exc: BaseException, tb_text: str) -> None:
        self._forget_finished_saves()
        self.saved_label.setText(self.tr("Not saved."))
        errors.show_error(self, exc, tb_text)

    def _forget_finished_saves(self) -> None:
        self.save_jobs = self.save_jobs[1:]  # the writer thread runs them in order

    def done(self, result: int) -> None:
        if self.runner.busy:
            self.runner.cancel()
        if self.save_timer.isActive():
            self.save_settings()
        super().done(result)

    # --- building ---------------------------------------------------------------------------
    def request(self, fmt: Format, out: Path | None) -> ReportRequest:
        return ReportRequest(self.project, tuple(self.scenarios.chosen()),
                             self.recommendation.toPlainText(), fmt, out,
                             self.staff_names.isChecked())

    def _set_busy(self, busy: bool) -> None:
        for b in (self.preview_button, self.pdf_button, self.xlsx_button, self.docx_button):
            b.setEnabled(not busy and (b is not self.preview_button or preview_available()))

    def suggested_path(self, fmt: Format) -> Path:
        return self.folder / f"{safe_file_stem(self.project_name)} – rapport{SUFFIXES[fmt]}"

    def choose_path(self, fmt: Format) -> Path | None:
        """Ask where to save (tests replace this)."""
        titles = {"pdf": self.tr("Save the report as PDF"),
                  "xlsx": self.tr("Save the report's tables as Excel"),
                  "docx": self.tr("Save the summary as Word")}
        filters = {"pdf": self.tr("PDF documents (*.pdf)"),
                   "xlsx": self.tr("Excel workbooks (*.xlsx)"),
                   "docx": self.tr("Word documents (*.docx)")}
        path, _ = file_dialogs.get_save_file_name(self, titles[fmt], str(self.suggested_path(fmt)),
                                              filters[fmt])
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix.lower() == SUFFIXES[fmt] else \
            chosen.with_name(chosen.name + SUFFIXES[fmt])

    def export(self, fmt: Format) -> bool:
        if not self._scenarios_chosen():
            return False
        out = self.choose_path(fmt)
        if out is None:
            return False
        return self._start(self.request(fmt, out))

    def preview(self) -> bool:
        if not preview_available() or not self._scenarios_chosen():
            return False
        return self._start(self.request("pdf", None))

    def _scenarios_chosen(self) -> bool:
        """At least one scenario is chosen, or there are none to choose (the core takes no
        names to mean every saved scenario)."""
        if self.scenarios.names() and not self.scenarios.chosen():
            errors.show_user_error(self, self.tr(
                "Choose at least one scenario for the report."), self.tr("Report"))
            return False
        return True

    def _start(self, request: ReportRequest) -> bool:
        self.save_settings()
        self.status_label.setText("")
        if self.runner.start(request) is None:
            return False
        self._set_busy(True)
        return True

    def _on_finished(self, outcome: ReportOutcome) -> None:
        self._set_busy(False)
        if outcome.path is not None:
            self.last_written = outcome.path
            self.status_label.setText(self.tr("Saved %1.").replace("%1", str(outcome.path)))
            self.open_button.setText({".pdf": self.tr("&Open PDF"),
                                      ".xlsx": self.tr("&Open in Excel"),
                                      ".docx": self.tr("&Open in Word")}.get(
                outcome.path.suffix.lower(), self.tr("&Open file")))
            self.open_button.show()
        elif outcome.pdf is not None:
            self.show_preview(outcome.pdf)
        elif outcome.cancelled:
            self.status_label.setText(self.tr("Cancelled; no file was written."))

    def open_written(self) -> bool:
        """Open the file just saved with the program the system uses for it."""
        path = self.last_written
        if path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def show_preview(self, pdf: bytes) -> None:
        from desktop.ui.reports.preview import open_preview

        try:
            self.preview_dialog, self._preview_keep = open_preview(
                pdf, self, self.tr("Print preview"))
        except Exception as exc:
            errors.show_error(self, exc)


def open_report_dialog(parent: QWidget, project: ProjectApi | None) -> ReportDialog | None:
    """Fil → Rapport…: the dialog for the open project (window-modal, deleted on close)."""
    if project is None:
        return None
    dialog = ReportDialog(project.location, str(project.info().get("name") or ""), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
