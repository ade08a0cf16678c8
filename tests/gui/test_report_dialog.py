"""Fil → Rapport…: choose scenarios, write the recommendation (kept in the project), preview and
print, save as PDF, Excel and Word off the GUI thread; cancelling leaves no half-written file."""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop.core.project.api import ProjectApi
from desktop.core.reports.document import Report
from desktop.core.reports.errors import Cancelled
from desktop.core.reports.store import load_chosen_scenarios, load_recommendation
from desktop.core.scenarios.scenario import Scenario
from desktop.core.scenarios.store import save_scenario
from desktop.ui.reports.dialog import ReportDialog, preview_available
from tests.gui.shots import shot
from tests.unit.reports.sample_report import sample_report

Progress = Callable[[int, int, str], bool]


class FakeBuild:
    """Stands for the core's build_report: records what it was asked, reports progress."""

    def __init__(self, block: bool = False) -> None:
        self.calls: list[tuple[tuple[str, ...], str]] = []
        self.block = block
        self.started = threading.Event()

    def __call__(self, api: ProjectApi, scenarios: Sequence[str], recommendation: str,
                 progress: Progress) -> Report:
        self.calls.append((tuple(scenarios), recommendation))
        self.started.set()
        for step in range(3):
            if not progress(step, 3, f"Steg {step + 1}"):
                raise Cancelled()
        while self.block:  # until the user cancels
            if not progress(2, 3, "Venter"):
                raise Cancelled()
            threading.Event().wait(0.02)
        return sample_report(recommendation)


@pytest.fixture
def project(factory: Any) -> ProjectApi:
    api: ProjectApi = factory.api
    save_scenario(api.db, Scenario("Felles drift", ("4216", "4218"), level=2))
    save_scenario(api.db, Scenario("Birkenes alene", ("4216",), level=2))
    save_scenario(api.db, Scenario("Alle tre", ("4216", "4218", "1018"), level=3))
    return api


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: shown.append(text))
    return shown


def _dialog(qtbot: Any, api: ProjectApi, build: FakeBuild | None = None) -> ReportDialog:
    dialog = ReportDialog(api.location, "Testprosjekt", build=build or FakeBuild())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _accept_and_wait(qtbot: Any, dialog: ReportDialog) -> None:
    dialog.save_timer.start()
    dialog.accept()
    assert dialog.save_jobs  # saved on the writer thread
    qtbot.waitUntil(lambda: not dialog.save_jobs, timeout=10000)


def _export(qtbot: Any, dialog: ReportDialog, fmt: str, out: Path,
            monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(dialog, "choose_path", lambda _fmt: out)
    with qtbot.waitSignal(dialog.runner.finished, timeout=60000) as blocker:
        assert dialog.export(fmt)  # type: ignore[arg-type]
    return blocker.args[0]


def test_recommendation_and_chosen_scenarios_survive_reopening(qtbot: Any, project: ProjectApi,
                                                               factory: Any) -> None:
    dialog = _dialog(qtbot, project)
    assert dialog.scenarios.names() == ["Alle tre", "Birkenes alene", "Felles drift"]
    assert dialog.scenarios.chosen() == dialog.scenarios.names()  # first time: all of them
    assert dialog.recommendation.toPlainText() == ""
    dialog.scenarios.set_checked("Birkenes alene", False)
    qtbot.keyClicks(dialog.recommendation, "Vi anbefaler «Felles drift».")
    _accept_and_wait(qtbot, dialog)

    factory.close()  # the project is closed and opened again
    api = ProjectApi.open(factory.path)
    try:
        assert load_recommendation(api.db) == "Vi anbefaler «Felles drift»."
        assert load_chosen_scenarios(api.db) == ["Alle tre", "Felles drift"]
        again = _dialog(qtbot, api)
        assert again.recommendation.toPlainText() == "Vi anbefaler «Felles drift»."
        assert again.scenarios.chosen() == ["Alle tre", "Felles drift"]
        again.reject()
    finally:
        api.close()


def test_excel_and_word_are_written_through_the_worker(qtbot: Any, project: ProjectApi,
                                                       tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    build = FakeBuild()
    dialog = _dialog(qtbot, project, build)
    dialog.scenarios.set_checked("Alle tre", False)
    dialog.recommendation.setPlainText("Anbefalt: Felles drift")
    out_dir = tmp_path / "ut"
    out_dir.mkdir()
    outcome = _export(qtbot, dialog, "xlsx", out_dir / "rapport.xlsx", monkeypatch)
    assert outcome.path == out_dir / "rapport.xlsx" and outcome.error is None
    assert build.calls == [(("Birkenes alene", "Felles drift"), "Anbefalt: Felles drift")]
    wb = openpyxl.load_workbook(outcome.path)
    assert wb.sheetnames[:2] == ["Sammendrag", "Sammenligning"]
    assert dialog.status_label.text() == f"Lagret {out_dir / 'rapport.xlsx'}."

    outcome = _export(qtbot, dialog, "docx", out_dir / "saksframlegg.docx", monkeypatch)
    import docx

    texts = [p.text for p in docx.Document(str(outcome.path)).paragraphs]
    assert "Anbefalt: Felles drift" in texts
    assert sorted(p.name for p in out_dir.iterdir()) == ["rapport.xlsx", "saksframlegg.docx"]
    assert all(b.isEnabled() for b in (dialog.pdf_button, dialog.xlsx_button))


def test_cancel_leaves_the_earlier_file_and_no_partial_file(qtbot: Any, project: ProjectApi,
                                                            tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    build = FakeBuild(block=True)
    dialog = _dialog(qtbot, project, build)
    target = tmp_path / "rapport.xlsx"
    target.write_bytes(b"the earlier report")
    monkeypatch.setattr(dialog, "choose_path", lambda _fmt: target)
    with qtbot.waitSignal(dialog.runner.finished, timeout=30000) as blocker:
        assert dialog.export("xlsx")
        assert build.started.wait(10)
        assert not dialog.xlsx_button.isEnabled()  # one report at a time
        progress = dialog.runner.progress
        assert progress is not None
        [cancel] = progress.findChildren(QPushButton)
        assert cancel.text() == "Avbryt"
        cancel.click()
    outcome = blocker.args[0]
    assert outcome.cancelled and outcome.path is None
    assert target.read_bytes() == b"the earlier report"
    assert [p.name for p in tmp_path.iterdir() if p.name != "test.samdrift"
            and not p.name.startswith(("test.samdrift", ".test.samdrift"))] == ["rapport.xlsx"]
    assert dialog.status_label.text() == "Avbrutt; ingen fil ble skrevet."


def test_closing_the_dialog_while_building_cancels_and_still_saves_the_text(
        qtbot: Any, project: ProjectApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = FakeBuild(block=True)
    dialog = ReportDialog(project.location, "Testprosjekt", build=build)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    monkeypatch.setattr(dialog, "choose_path", lambda _fmt: tmp_path / "rapport.pdf")
    assert dialog.export("pdf")
    job = dialog.runner.job
    assert job is not None and build.started.wait(10)
    dialog.recommendation.setPlainText("Skrevet rett før lukking")
    with qtbot.waitSignal(job.finished, timeout=30000) as blocker:
        dialog.close()  # deleted on close; the job goes on until it sees the cancel
        del dialog
    assert blocker.args[0].cancelled
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"
            or ".partial" in p.name] == []
    qtbot.waitUntil(lambda: load_recommendation(project.db) == "Skrevet rett før lukking",
                    timeout=10000)


def test_a_folder_that_cannot_be_written_gives_a_clear_message(qtbot: Any, project: ProjectApi,
                                                               tmp_path: Path,
                                                               warnings: list[str],
                                                               monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    dialog = _dialog(qtbot, project)
    missing = tmp_path / "finnes-ikke" / "rapport.docx"
    outcome = _export(qtbot, dialog, "docx", missing, monkeypatch)
    assert isinstance(outcome.error, OSError)
    assert len(warnings) == 1 and warnings[0].startswith(f"Kunne ikke skrive «{missing}»")


def test_no_scenario_chosen_is_refused_with_a_message(qtbot: Any, project: ProjectApi,
                                                      warnings: list[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    build = FakeBuild()
    dialog = _dialog(qtbot, project, build)
    dialog.scenarios.set_all(False)
    monkeypatch.setattr(dialog, "choose_path", lambda _fmt: pytest.fail("asked for a file"))
    assert not dialog.export("pdf")
    assert warnings == ["Velg minst ett scenario for rapporten."]
    assert build.calls == []


@pytest.mark.skipif(not preview_available(), reason="QtPdf (PySide6-Addons) is not installed")
def test_print_preview_paints_every_page_on_a4(qtbot: Any, project: ProjectApi,
                                               tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from desktop.ui.reports.printing import a4_printer, on_white, paint_pdf

    dialog = _dialog(qtbot, project)
    with qtbot.waitSignal(dialog.runner.finished, timeout=60000) as blocker:
        assert dialog.preview()
    outcome = blocker.args[0]
    assert outcome.error is None, outcome.traceback
    assert outcome.pdf is not None and outcome.pdf.startswith(b"%PDF")
    preview = dialog.preview_dialog
    assert preview is not None and preview.isVisible()
    document = dialog._preview_keep[1]
    pages = document.pageCount()  # type: ignore[attr-defined]
    assert pages >= 2
    printer = a4_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert paint_pdf(document, printer) == pages  # type: ignore[arg-type]
    corner = on_white(document.render(0, QSize(60, 85))).pixelColor(0, 0)  # type: ignore
    assert corner == QColor("white")  # paper, not the transparent (black) background
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True,
                              check=True)
        assert f"Pages:           {pages}" in info.stdout
        assert "(A4)" in info.stdout
    preview.close()


def test_the_core_builds_the_workbook_of_the_chosen_scenarios(qtbot: Any, project: ProjectApi,
                                                             filled: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    pytest.importorskip("desktop.core.reports.content")
    project.import_files([filled])  # Birkenes has answered; Iveland has not (left out)
    dialog = ReportDialog(project.location, "Testprosjekt")  # the real build_report
    qtbot.addWidget(dialog)
    dialog.scenarios.set_all(False)
    dialog.scenarios.set_checked("Felles drift", True)
    dialog.recommendation.setPlainText("=SUM(A1) er ikke en formel")
    outcome = _export(qtbot, dialog, "xlsx", tmp_path / "rapport.xlsx", monkeypatch)
    assert outcome.error is None, outcome.traceback
    wb = openpyxl.load_workbook(tmp_path / "rapport.xlsx")
    summary = [c for row in wb["Sammendrag"].iter_rows() for c in row if c.value]
    assert "Felles drift" in [c.value for c in summary]
    [recommendation] = [c for c in summary if c.value == "=SUM(A1) er ikke en formel"]
    assert recommendation.data_type == "s"
    assert len(wb.sheetnames) > 5


def test_file_menu_opens_the_report_dialog(qtbot: Any, window: Any) -> None:
    action = window.actions_.report
    assert action.text() == "&Rapport…" and action.isEnabled()
    assert action in window.actions_.file_menu.actions()
    assert action.shortcut().matches(Qt.Key.Key_P | Qt.KeyboardModifier.ControlModifier)
    action.trigger()
    dialog = window.report_dialog
    assert isinstance(dialog, ReportDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Rapport"
    assert dialog.preview_button.text() == "&Forhåndsvis og skriv ut…"
    dialog.reject()


def test_dialog_screenshot(qtbot: Any, project: ProjectApi, shots_dir: Path) -> None:
    dialog = _dialog(qtbot, project)
    dialog.scenarios.set_checked("Birkenes alene", False)
    dialog.recommendation.setPlainText(
        "Styringsgruppen anbefaler at Birkenes, Lillesand og Søgne går videre med «Felles "
        "drift» til et forprosjekt våren 2027.\n\nFelles fagsystemer utredes i forprosjektet.")
    dialog.resize(860, 520)
    QApplication.processEvents()
    qtbot.wait(50)
    shot(dialog, shots_dir / "rapport-dialog.png", "Styringsgruppen anbefaler",
         "&Forhåndsvis og skriv ut…")
    dialog.reject()


@pytest.fixture(autouse=True)
def _no_dialog_left(qtbot: Any) -> Iterator[None]:
    yield
    QApplication.processEvents()


def test_after_saving_the_pdf_can_be_opened(qtbot: Any, project: ProjectApi, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
                        or True)
    dialog = _dialog(qtbot, project)
    assert not dialog.open_button.isVisible()
    outcome = _export(qtbot, dialog, "pdf", tmp_path / "rapport.pdf", monkeypatch)
    assert outcome.path == tmp_path / "rapport.pdf"
    assert dialog.open_button.isVisible() and dialog.open_button.text() == "Å&pne PDF"
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path / "rapport.pdf")]


def test_staff_names_are_an_option_off_by_default(qtbot: Any, project: ProjectApi,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    options: list[dict[str, Any]] = []

    def build(api: ProjectApi, scenarios: Sequence[str], recommendation: str,
              progress: Progress, **kwargs: Any) -> Report:
        options.append(kwargs)
        return sample_report()

    dialog = ReportDialog(project.location, "Testprosjekt", build=build)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.staff_names.isChecked()
    _export(qtbot, dialog, "xlsx", tmp_path / "a.xlsx", monkeypatch)
    dialog.staff_names.setChecked(True)
    _export(qtbot, dialog, "xlsx", tmp_path / "b.xlsx", monkeypatch)
    assert options == [{}, {"staff_names": True}]
