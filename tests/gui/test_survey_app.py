"""Running the survey in the app: a value corrected from the data tab (marked, undoable), an
issue marked handled (filtered, counted), participants added and removed, tables exported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui import survey_controller
from desktop.ui.models.roles import ROW_ROLE
from desktop.ui.tones import CORRECTED_BACKGROUND
from tests.gui.conftest import import_and_wait


def _wait_written(qtbot: Any, win: Any) -> None:
    qtbot.waitUntil(lambda: win._tables_task is None, timeout=30000)


def _users_cell(win: Any) -> Any:
    view = win.records["installation"]
    col = view.model.column_of("users")
    for r in range(view.proxy.rowCount()):
        index = view.proxy.index(r, col)
        if index.data(ROW_ROLE)["name"] == "Gerica":
            return view, index
    raise AssertionError("no Gerica row")


def test_a_value_corrected_in_the_data_tab_is_marked_and_can_be_undone(
        qtbot: Any, window: Any, filled: Path, monkeypatch: Any) -> None:
    import_and_wait(qtbot, window, [filled])
    window.tabs.setCurrentWidget(window.records["installation"])
    view, index = _users_cell(window)
    before = index.data()
    assert index.data(ROW_ROLE)["corrections"] == {}

    def answered(dialog: survey_controller.CorrectionDialog) -> int:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled(), "no correction without a reason"
        dialog.value.setText("175")
        dialog.reason.setText("Bekreftet på telefon")
        assert ok.isEnabled()
        return int(survey_controller.QDialog.DialogCode.Accepted)

    monkeypatch.setattr(survey_controller.CorrectionDialog, "exec", answered)
    with qtbot.waitSignal(window.survey.done, timeout=30000):
        window.survey.correct_record(view, index)
    qtbot.waitUntil(lambda: _users_cell(window)[1].data() == "175", timeout=30000)
    _, index = _users_cell(window)
    assert QColor(index.data(survey_controller.Qt.ItemDataRole.BackgroundRole)) == \
        CORRECTED_BACKGROUND.color()
    tip = index.data(survey_controller.Qt.ItemDataRole.ToolTipRole)
    assert "Bekreftet på telefon" in tip and "Rettet fra" in tip
    with window.project as api:
        [c] = api.survey.corrections()
    assert (c.to_value, c.reason) == (175, "Bekreftet på telefon")

    assert window.actions_.undo.isEnabled()
    with qtbot.waitSignal(window.survey.done, timeout=30000):
        window.actions_.undo.trigger()
    qtbot.waitUntil(lambda: _users_cell(window)[1].data() == before, timeout=30000)
    assert _users_cell(window)[1].data(ROW_ROLE)["corrections"] == {}
    with qtbot.waitSignal(window.survey.done, timeout=30000):
        window.actions_.redo.trigger()
    qtbot.waitUntil(lambda: _users_cell(window)[1].data() == "175", timeout=30000)


def test_an_issue_marked_handled_leaves_the_open_count_and_the_open_filter(
        qtbot: Any, window: Any, filled: Path) -> None:
    import_and_wait(qtbot, window, [filled])
    issues = window.issues
    [birkenes] = [p for p in window.participants.model.rows() if p.number == "4216"]
    open_before = birkenes.errors + birkenes.warnings
    issue = next(i for i in issues.model._rows if i.severity in ("error", "warning"))
    with qtbot.waitSignal(window.survey.done, timeout=30000):
        window.survey.set_issue_state(issue, "handled", "Ringt kommunen")
    _wait_written(qtbot, window)
    qtbot.waitUntil(lambda: next(p for p in window.participants.model.rows()
                                 if p.number == "4216").issues == open_before - 1,
                    timeout=30000)
    issues.state.setCurrentIndex(issues.state.findData("open"))
    shown = {issues.proxy.index(r, 0).data(ROW_ROLE).id for r in range(issues.proxy.rowCount())}
    assert issue.id not in shown
    issues.state.setCurrentIndex(issues.state.findData("handled"))
    [done] = [issues.proxy.index(r, 0).data(ROW_ROLE) for r in range(issues.proxy.rowCount())]
    assert (done.id, done.comment) == (issue.id, "Ringt kommunen")
    with qtbot.waitSignal(window.survey.done, timeout=30000):
        window.actions_.undo.trigger() if window.tabs.currentWidget() in (
            window.issues, window.participants) else window.survey.stack.undo()
    qtbot.waitUntil(lambda: next(p for p in window.participants.model.rows()
                                 if p.number == "4216").issues == open_before, timeout=30000)


def test_participants_added_and_removed_in_the_app(qtbot: Any, window: Any, filled: Path,
                                                   monkeypatch: Any) -> None:
    import_and_wait(qtbot, window, [filled])
    with qtbot.waitSignal(window.survey.done, timeout=30000):
        window.survey.add_participant("4223")
    qtbot.waitUntil(lambda: "4223" in {p.number for p in window.participants.model.rows()},
                    timeout=30000)
    [birkenes] = [p for p in window.participants.model.rows() if p.number == "4216"]
    with qtbot.waitSignal(window.survey.done, timeout=30000):
        window.survey.remove_participant(birkenes, confirmed=True)
    qtbot.waitUntil(lambda: window.records["installation"].model.rowCount() == 0,
                    timeout=30000)
    assert next(p for p in window.participants.model.rows() if p.number == "4216").removed
    assert "fjernet" in window.statusBar().currentMessage()

    window.tabs.setCurrentWidget(window.participants)
    assert window.actions_.undo.isEnabled()
    with qtbot.waitSignal(window.survey.done, timeout=30000):
        window.actions_.undo.trigger()  # the removal: Birkenes' answers count again
    qtbot.waitUntil(lambda: window.records["installation"].model.rowCount() > 0,
                    timeout=30000)
    assert not next(p for p in window.participants.model.rows() if p.number == "4216").removed
    with qtbot.waitSignal(window.survey.done, timeout=30000):
        window.actions_.undo.trigger()  # the addition
    qtbot.waitUntil(lambda: "4223" not in {p.number for p in window.participants.model.rows()},
                    timeout=30000)
    with qtbot.waitSignal(window.survey.done, timeout=30000):
        window.actions_.redo.trigger()
    qtbot.waitUntil(lambda: "4223" in {p.number for p in window.participants.model.rows()},
                    timeout=30000)


def test_tables_export_formula_safe_and_the_original_opens(
        qtbot: Any, window: Any, filled: Path, tmp_path: Path, monkeypatch: Any) -> None:
    import_and_wait(qtbot, window, [filled])
    window.tabs.setCurrentWidget(window.issues)
    out = window.survey.export_table(window.issues.table, str(tmp_path / "avvik.xlsx"))
    assert out is not None
    ws = load_workbook(out).active
    assert ws.cell(1, 1).value == "Alvorlighet" or ws.cell(1, 1).value
    assert ws.max_row == window.issues.proxy.rowCount() + 1
    csv_out = window.survey.export_table(window.records["installation"].table,
                                         str(tmp_path / "systemer.csv"))
    assert csv_out is not None and "Gerica" in csv_out.read_text(encoding="utf-8-sig")

    opened: list[QUrl] = []
    monkeypatch.setattr(survey_controller, "open_url", lambda url: opened.append(url) or True)
    window.survey.open_original("4216")
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    path = Path(opened[0].toLocalFile())
    assert path.name == "birkenes.xlsx" and path.read_bytes() == filled.read_bytes()


def test_send_from_the_app_writes_drafts_with_the_edited_text_and_the_history_shows_it(
        qtbot: Any, window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from desktop.ui import survey_dialogs

    monkeypatch.setattr(survey_controller, "open_url", lambda url: True)

    def filled_in(dialog: survey_dialogs.SendDialog) -> int:
        dialog.folder.setText(str(tmp_path / "utkast"))
        dialog.text.setPlainText("Hei {kontaktperson} i {kommune}, frist {frist}.")
        return int(survey_controller.QDialog.DialogCode.Accepted)

    monkeypatch.setattr(survey_dialogs.SendDialog, "exec", filled_in)
    with qtbot.waitSignal(window.survey.done, timeout=30000):
        window.survey.send()
    drafts = sorted((tmp_path / "utkast").glob("*.eml"))
    assert len(drafts) == 3
    assert b"Hei kontaktperson for IT i Birkenes" in b"".join(
        d.read_bytes() for d in drafts).replace(b"=\n", b"")
    qtbot.waitUntil(lambda: all(p.deadline for p in window.participants.model.rows()),
                    timeout=30000)
    [birkenes] = [p for p in window.participants.model.rows() if p.number == "4216"]
    dialog = window.survey.show_history(birkenes)
    assert dialog is not None and dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "sendt"
    dialog.close()


def test_exported_numbers_are_numbers_and_formula_like_text_stays_text(
        qtbot: Any, window: Any, factory: Any, tmp_path: Path) -> None:
    path = factory.filled("4216", "formel.xlsx", installation=[
        {"name": "@Plan og bygg", "service_area": "Skole", "hosting": "Egen drift",
         "users": 1200, "annual_cost": 1234567}])
    import_and_wait(qtbot, window, [path])
    table = window.records["installation"].table
    ws = load_workbook(window.survey.export_table(table, str(tmp_path / "s.xlsx"))).active
    header = [c.value for c in ws[1]]
    row = {h: c for h, c in zip(header, ws[2], strict=True)}
    assert row["Brukere (antall)"].value == 1200
    assert row["Lisens og vedlikehold (NOK/år)"].value == 1234567
    assert row["Systemnavn"].data_type == "s", (row["Systemnavn"].value, header)
    assert row["Systemnavn"].value == "@Plan og bygg"
    text = window.survey.export_table(table, str(tmp_path / "s.csv")).read_text("utf-8-sig")
    assert "'@Plan og bygg" in text and ";1200;" in text


def test_notes_show_where_they_belong(qtbot: Any, window: Any, monkeypatch: Any) -> None:
    from desktop.ui import survey_dialogs

    answers = iter(["Styringsgruppen møtes i mars", "Ny IT-sjef fra januar"])

    def written(dialog: survey_dialogs.NoteDialog) -> int:
        dialog.text.setPlainText(next(answers))
        return int(survey_controller.QDialog.DialogCode.Accepted)

    monkeypatch.setattr(survey_dialogs.NoteDialog, "exec", written)
    with qtbot.waitSignal(window.survey.done, timeout=30000):
        window.survey.edit_note("project", None, "Prosjekt")
    qtbot.waitUntil(lambda: "Styringsgruppen" in window.participants.note.text(), timeout=30000)
    with qtbot.waitSignal(window.survey.done, timeout=30000):
        window.survey.edit_note("participant", "4216", "Birkenes")
    qtbot.waitUntil(lambda: next(p for p in window.participants.model.rows()
                                 if p.number == "4216").note == "Ny IT-sjef fra januar",
                    timeout=30000)


def test_double_clicking_a_value_opens_the_correction(qtbot: Any, window: Any, filled: Path,
                                                       monkeypatch: Any) -> None:
    import_and_wait(qtbot, window, [filled])
    window.tabs.setCurrentWidget(window.records["installation"])
    view, index = _users_cell(window)
    asked: list[str] = []

    def cancelled(dialog: survey_controller.CorrectionDialog) -> int:
        asked.append(dialog.value.text())
        return int(survey_controller.QDialog.DialogCode.Rejected)

    monkeypatch.setattr(survey_controller.CorrectionDialog, "exec", cancelled)
    from PySide6.QtCore import Qt

    view.table.scrollTo(index)
    center = view.table.visualRect(index).center()
    qtbot.waitExposed(view.table)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert asked == [index.data()]
