"""Running the survey in the app: context menus on the data, issue and participant tables
(«Kopier», «Eksporter…», «Rett verdi…», «Åpne originalfil», issue states, participants added
and removed, «Send…», «Purring…»), the correction dialog, and their undo history.

Every write goes through the project facade (`api.survey`) on the executor's write pool; the
views refresh from the change sets the writes record (MainWindow.data_changed).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import tr as core_tr
from desktop.core.project.results import IssueRow, ParticipantStatus
from desktop.ui import errors, file_dialogs, settings
from desktop.ui.models.roles import ROW_ROLE
from desktop.ui.survey_dialogs import ContactDialog, ListDialog, NoteDialog, SendDialog, shown
from desktop.ui.workers.executor import READ, WRITE, app_executor

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.views.records_view import RecordsView

USER = settings.Setting("survey/user", str, "", "The name a correction or a note is "
                        "recorded with (empty: the OS user name).")


def open_url(url: QUrl) -> bool:
    """Open a file or folder with the system's program (replaced in tests)."""
    return bool(QDesktopServices.openUrl(url))


def user_name() -> str:
    from desktop.core.project.survey_ops import os_user

    return str(settings.get(USER)) or os_user()


def _number_shown(text: str, value: Any) -> bool:
    """Whether `text` is the number `value` as shown (`1 234 567 kr`, `2,5`, `−3`)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not text:
        return False
    plain = (text.replace("kr", "").replace("\u00a0", "").replace("\u202f", "")
             .replace(" ", "").replace("−", "-").replace(",", "."))
    try:
        return abs(float(plain) - float(value)) < 1e-9 * max(1.0, abs(float(value)))
    except ValueError:
        return False


def table_contents(view: QTableView) -> tuple[list[str], list[list[str | int | float]]]:
    """The headers and the rows of a view as shown (sorted and filtered): the displayed text,
    and numbers as numbers where the cell shows its number."""
    from desktop.ui.models.roles import SORT_ROLE

    model = view.model()
    cols = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in cols]
    rows: list[list[str | int | float]] = []
    for r in range(model.rowCount()):
        row: list[str | int | float] = []
        for c in cols:
            index = model.index(r, c)
            text = str(index.data() or "")
            value = index.data(SORT_ROLE)
            row.append(value if _number_shown(text, value) else text)
        rows.append(row)
    return headers, rows


class CorrectionDialog(QDialog):
    """«Rett verdi»: the new value and why; the value as read stays in the project."""

    def __init__(self, where: str, current: str, raw: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(self.tr("Correct value"))
        form = QFormLayout()
        form.addRow(self.tr("Cell:"), QLabel(where))
        form.addRow(self.tr("Value now:"), QLabel(current or self.tr("(empty)")))
        if raw:
            form.addRow(self.tr("Typed by the municipality:"), QLabel(f"«{raw}»"))
        self.value = QLineEdit(current)
        self.value.setObjectName("correctionValue")
        self.reason = QLineEdit()
        self.reason.setObjectName("correctionReason")
        self.reason.setPlaceholderText(self.tr("E.g. confirmed by phone"))
        form.addRow(self.tr("New value:"), self.value)
        form.addRow(self.tr("Reason:"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        note = QLabel(self.tr("The value as read and what the municipality typed are kept; "
                              "the correction is recorded with your name, the time and the "
                              "reason."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)


class _Step(QUndoCommand):
    """A write already done (first redo does nothing); undo and redo run `back` / `again` on
    the write pool."""

    def __init__(self, text: str, back: Callable[[Any], Any], again: Callable[[Any], Any],
                 run: Callable[[Callable[[Any], Any]], None]) -> None:
        super().__init__(text)
        self.back, self.again, self.run, self.first = back, again, run, True

    def redo(self) -> None:
        if self.first:
            self.first = False
            return
        self.run(self.again)

    def undo(self) -> None:
        self.run(self.back)


class SurveyController(QObject):
    message = Signal(str)  # for the status bar
    done = Signal()  # a write of this controller ended (tests wait for it)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.stack = QUndoStack(self)
        for view in window.records.values():
            self._menu_on(view.table, partial(self._records_menu, view))
            view.table.doubleClicked.connect(partial(self._double_clicked, view))
        self._menu_on(window.issues.table, self._issues_menu)
        self._menu_on(window.participants.table, self._participants_menu)

    # --- plumbing ------------------------------------------------------------------------
    def _menu_on(self, table: QTableView, show: Callable[[QPoint], None]) -> None:
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(show)

    @property
    def location(self) -> str | None:
        api = self.window.project
        return api.location if api is not None else None

    def write(self, work: Callable[[Any], Any], finished: Callable[[Any], None] | None = None
              ) -> None:
        """`work(api)` on the write pool; errors shown; `done` emitted at the end."""
        if self.location is None:
            return
        app_executor().submit(lambda ctx: work(ctx.api), project=self.location,
                              pool_name=WRITE, origin="survey",
                              finished=finished or (lambda _r: None),
                              failed=lambda exc, tb: errors.show_error(self.window, exc, tb),
                              ended=self.done.emit, owner=self)

    def _menu(self, table: QTableView) -> QMenu:
        menu = QMenu(table)
        menu.addAction(self.tr("Copy"), table.copy_selection  # type: ignore[attr-defined]
                       ).setObjectName("copyAction")
        menu.addAction(self.tr("Export…"), lambda: self.export_table(table)
                       ).setObjectName("exportAction")
        return menu

    # --- export --------------------------------------------------------------------------
    def export_table(self, table: QTableView, path: str | None = None) -> Path | None:
        from desktop.core.survey.table_export import write_table

        if path is None:
            path, _ = file_dialogs.get_save_file_name(
                self.window, self.tr("Export table"), str(Path.home() / "tabell.xlsx"),
                self.tr("Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)"))
            if not path:
                return None
        headers, rows = table_contents(table)
        title = self.window.tabs.tabText(self.window.tabs.currentIndex()) or "Tabell"
        try:
            out = write_table(Path(path), headers, rows, title)
        except (ValueError, OSError) as exc:
            errors.show_user_error(self.window, errors.user_text(exc))
            return None
        self.message.emit(self.tr("Exported %1 rows to %2").replace("%1", str(len(rows)))
                          .replace("%2", str(out)))
        return out

    # --- the data tabs -------------------------------------------------------------------
    def _records_menu(self, view: RecordsView, pos: QPoint) -> None:
        index = view.table.indexAt(pos)
        menu = self._menu(view.table)
        if index.isValid():
            menu.addSeparator()
            fix = menu.addAction(self.tr("Correct value…"),
                                 lambda: self.correct_record(view, index))
            fix.setObjectName("correctAction")
            fix.setEnabled(self.correctable(view, index) is not None)
            record = index.data(ROW_ROLE)
            menu.addAction(self.tr("Open original file"),
                           lambda: self.open_original(str(record.get("municipality"))))
        menu.popup(view.table.viewport().mapToGlobal(pos))

    def _double_clicked(self, view: RecordsView, index: QModelIndex) -> None:
        """Double-clicking a value opens «Rett verdi…» on it."""
        if self.correctable(view, index) is not None:
            self.correct_record(view, index)

    def correctable(self, view: RecordsView, index: QModelIndex) -> str | None:
        """The field key of a cell that can be corrected, None for the other columns."""
        source = view.proxy.mapToSource(index)
        key = view.model.columns[source.column()].key
        return key if any(f.key == key for f in view.model.sheet.fields) else None

    def correct_record(self, view: RecordsView, index: QModelIndex,
                       answer: tuple[str, str] | None = None) -> None:
        """«Rett verdi…» on a data cell; `answer` (value, reason) instead of the dialog."""
        key = self.correctable(view, index)
        if key is None:
            return
        record: dict[str, Any] = index.data(ROW_ROLE)
        label = next(f.label for f in view.model.sheet.fields if f.key == key)
        where = (self.tr("%1: sheet %2, row %3, %4")
                 .replace("%1", str(record.get("municipality_name")))
                 .replace("%2", str(record.get("sheet"))).replace("%3", str(record.get("row")))
                 .replace("%4", label))
        raw = (record.get("raw") or {}).get(key)
        number = str(record.get("municipality"))
        self._ask_and_correct(where, str(index.data() or ""), raw, answer, dict(
            number=number, kind=view.kind, sheet=record.get("sheet"), row=record.get("row"),
            field=key))

    def correct_issue(self, issue: IssueRow, answer: tuple[str, str] | None = None) -> None:
        if not (issue.sheet and issue.cell and issue.municipality):
            return
        where = f"{issue.municipality_name}: {issue.sheet}!{issue.cell}"
        self._ask_and_correct(where, "", issue.raw_value, answer, dict(
            number=issue.municipality, cell=f"{issue.sheet}!{issue.cell}"))

    def _ask_and_correct(self, where: str, current: str, raw: str | None,
                         answer: tuple[str, str] | None, place: dict[str, Any]) -> None:
        if answer is None:
            dialog = CorrectionDialog(where, current, raw, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            answer = (dialog.value.text(), dialog.reason.text())
        value, reason = answer
        by = user_name()
        number = place.pop("number")

        def work(api: Any) -> Any:
            return api.survey.correct(number, value, reason, by=by, **place)

        def corrected(c: Any) -> None:
            text = self.tr("correct %1").replace("%1", c.cell)
            self.stack.push(_Step(
                text, lambda api: api.survey.withdraw_correction(c.id),
                lambda api: api.survey.reinstate_correction(c.id), self.write))
            self.message.emit(self.tr("%1 corrected to %2").replace("%1", c.cell)
                              .replace("%2", value or self.tr("(empty)")))

        self.write(work, corrected)

    # --- original file ---------------------------------------------------------------------
    def open_original(self, number: str) -> None:
        if self.location is None:
            return

        def opened(found: tuple[str, bytes]) -> None:
            name, data = found
            folder = Path(tempfile.mkdtemp(prefix="samdrift-"))
            path = folder / Path(name).name
            path.write_bytes(data)
            open_url(QUrl.fromLocalFile(str(path)))
            self.message.emit(self.tr("Opened a copy of %1").replace("%1", name))

        app_executor().submit(lambda ctx: ctx.api.survey.original(number),
                              project=self.location, pool_name=READ, finished=opened,
                              failed=lambda exc, tb: errors.show_error(self.window, exc, tb),
                              owner=self)

    # --- issues --------------------------------------------------------------------------
    def _issues_menu(self, pos: QPoint) -> None:
        table = self.window.issues.table
        index = table.indexAt(pos)
        menu = self._menu(table)
        if index.isValid():
            issue: IssueRow = index.data(ROW_ROLE)
            menu.addSeparator()
            if issue.sheet and issue.cell:
                menu.addAction(self.tr("Correct value…"), lambda: self.correct_issue(issue))
            menu.addAction(self.tr("Mark as handled…"),
                           lambda: self.set_issue_state(issue, "handled"))
            menu.addAction(self.tr("Accept as is…"),
                           lambda: self.set_issue_state(issue, "accepted"))
            if issue.state != "open":
                menu.addAction(self.tr("Open again"), lambda: self.set_issue_state(issue, "open",
                                                                                   ""))
            if issue.municipality:
                menu.addAction(self.tr("Open original file"),
                               lambda: self.open_original(str(issue.municipality)))
        menu.popup(table.viewport().mapToGlobal(pos))

    def set_issue_state(self, issue: IssueRow, state: str, comment: str | None = None) -> None:
        if issue.id is None:
            return
        if comment is None:
            comment, ok = QInputDialog.getText(self.window, self.tr("Issue"), self.tr(
                "Comment (what was done, or why it is accepted):"), text=issue.comment)
            if not ok:
                return
        by, issue_id, before, before_comment = user_name(), issue.id, issue.state, issue.comment
        texts = {"handled": self.tr("mark issue handled"),
                 "accepted": self.tr("accept issue"), "open": self.tr("open issue again")}

        def pushed(_previous: Any) -> None:
            self.stack.push(_Step(
                texts[state],
                lambda api: api.survey.set_issue_state(issue_id, before, before_comment, by),
                lambda api: api.survey.set_issue_state(issue_id, state, comment, by),
                self.write))

        self.write(lambda api: api.survey.set_issue_state(issue_id, state, comment, by), pushed)

    # --- participants ----------------------------------------------------------------------
    def _participants_menu(self, pos: QPoint) -> None:
        table = self.window.participants.table
        index = table.indexAt(pos)
        menu = self._menu(table)
        menu.addSeparator()
        menu.addAction(self.tr("Add municipality…"), self.add_participant)
        p: ParticipantStatus | None = index.data(ROW_ROLE) if index.isValid() else None
        if p is not None:
            menu.addAction(self.tr("Remove %1…").replace("%1", p.name),
                           lambda: self.remove_participant(p))
            if p.file_name:
                menu.addAction(self.tr("Open original file"),
                               lambda: self.open_original(p.number))
        if p is not None:
            menu.addAction(self.tr("Contact…"), lambda: self.edit_contact(p))
            menu.addAction(self.tr("Note…"), lambda: self.edit_note(
                "participant", p.number, self.tr("Note on %1").replace("%1", p.name)))
            menu.addAction(self.tr("History…"), lambda: self.show_history(p))
        menu.addSeparator()
        menu.addAction(self.tr("Send…"), self.send)
        menu.addAction(self.tr("Reminder (purring)…"), self.remind)
        menu.addAction(self.tr("Corrections…"), self.show_corrections)
        menu.addAction(self.tr("Project note…"), lambda: self.edit_note(
            "project", None, self.tr("Note on the project")))
        menu.addAction(self.tr("Your name in the trail…"), self.edit_user_name)
        menu.popup(table.viewport().mapToGlobal(pos))

    def add_participant(self, ref: str | None = None) -> None:
        if ref is None:
            ref, ok = QInputDialog.getText(self.window, self.tr("Add municipality"),
                                           self.tr("Municipality number or name:"))
            if not ok or not ref.strip():
                return
        by = user_name()

        def added(numbers: list[str]) -> None:
            if not numbers:
                return  # already a participant: nothing done, nothing to undo
            self.stack.push(_Step(
                self.tr("add %1").replace("%1", ", ".join(numbers)),
                lambda api: [api.survey.remove_participant(n, by) for n in numbers],
                lambda api: api.survey.add_participants(numbers, by), self.write))
            self.message.emit(self.tr("Added %1; write its questionnaire with File → Generate "
                                      "questionnaires").replace("%1", ", ".join(numbers)))

        self.write(lambda api: api.survey.add_participants([ref], by), added)

    def remove_participant(self, p: ParticipantStatus, confirmed: bool = False) -> None:
        if not confirmed and QMessageBox.question(
                self.window, self.tr("Remove municipality"), self.tr(
                    "Remove %1 from the project? Its answers are kept as history but left out "
                    "of today's situation, every scenario and the report.").replace(
                    "%1", p.name)) != QMessageBox.StandardButton.Yes:
            return
        by = user_name()

        def removed(warning: str) -> None:
            # undone by taking it in again: its returns come back into the figures
            self.stack.push(_Step(
                self.tr("remove %1").replace("%1", p.name),
                lambda api: api.survey.add_participants([p.number], by),
                lambda api: api.survey.remove_participant(p.number, by), self.write))
            self.message.emit(warning)

        self.write(lambda api: api.survey.remove_participant(p.number, by), removed)

    def _statuses(self) -> list[ParticipantStatus]:
        return self.window.participants.model.rows()

    def send(self, folder: str | None = None, deadline: dt.date | None = None,
             text: str | None = None) -> None:
        """«Send…»: e-mail drafts with the questionnaires; arguments instead of the dialog."""
        if folder is None:
            api = self.window.project
            if api is None:
                return
            dialog = SendDialog(api.survey.email_template(), self._statuses(), False,
                                self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            folder, deadline, text = (dialog.folder.text(), dialog.chosen_deadline(),
                                      dialog.text.toPlainText())
        by, due, where = user_name(), deadline, folder

        def work(api: Any) -> Any:
            if text is not None:
                api.survey.save_email_template(text)
            return api.survey.send(where, deadline=due, by=by)

        self.write(work, lambda drafts: self._drafts_written(where, drafts))

    def remind(self, folder: str | None = None, text: str | None = None) -> None:
        """«Purring…»: who is overdue, by how many days, and a reminder draft for each."""
        if folder is None:
            api = self.window.project
            if api is None:
                return
            dialog = SendDialog(api.survey.email_template(reminder=True), self._statuses(),
                                True, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            folder, text = dialog.folder.text(), dialog.text.toPlainText()
        by, where = user_name(), folder

        def work(api: Any) -> Any:
            if text is not None:
                api.survey.save_email_template(text, reminder=True)
            return api.survey.remind(where, by=by)

        self.write(work, lambda drafts: self._drafts_written(where, drafts))

    def edit_contact(self, p: ParticipantStatus) -> None:
        dialog = ContactDialog(p, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        person, email, phone = dialog.person.text(), dialog.email.text(), dialog.phone.text()
        by = user_name()
        self.write(lambda api: api.survey.set_contact(p.number, person=person, email=email,
                                                      phone=phone, by=by))

    def edit_note(self, kind: str, target: str | None, title: str) -> None:
        api = self.window.project
        if api is None:
            return
        wanted = "" if kind == "project" else (target or "")
        note = next((n for n in api.survey.notes() if n.target_kind == kind
                     and n.target == wanted), None)
        dialog = NoteDialog(title, note.text if note else "", note.in_report if note else False,
                            self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        text, in_report, by = dialog.text.toPlainText(), dialog.in_report.isChecked(), user_name()
        self.write(lambda api: api.survey.set_note(kind, target, text, in_report=in_report,
                                                   by=by))

    def note_on_system(self) -> None:
        """Katalog → «Notat om systemet…»: a note on the system selected in the catalogue."""
        system = self.window.catalogue.commands._one_system()
        if system is None or system.system_id is None:
            return
        self.edit_note("system", str(system.system_id),
                       self.tr("Note on %1").replace("%1", system.row.product))

    def show_history(self, p: ParticipantStatus) -> ListDialog | None:
        from desktop.core import formatting as fmt
        from desktop.core.survey.texts import EVENT_TEXT

        api = self.window.project
        if api is None:
            return None
        rows = [[fmt.timestamp(e.at), core_tr(EVENT_TEXT.get(e.kind, e.kind)), e.text, e.by]
                for e in api.survey.history(p.number)]
        dialog = ListDialog(self.tr("History of %1").replace("%1", p.name),
                            [self.tr("When"), self.tr("What"), self.tr("Details"),
                             self.tr("By")], rows, self.window)
        dialog.open()
        return dialog

    def show_corrections(self) -> ListDialog | None:
        """The corrections with their trail; a correction in conflict with a newer file is
        settled here (keep the correction, or the file's value); one in force can be undone."""
        from desktop.core import formatting as fmt
        from desktop.core.survey.texts import CORRECTION_STATE_TEXT as STATE_TEXT

        api = self.window.project
        if api is None:
            return None
        items = api.survey.corrections()
        rows = [[f"{c.municipality} {c.municipality_name}", c.cell, c.field_label,
                 shown(c.from_value), shown(c.to_value), core_tr(STATE_TEXT.get(c.state, c.state))
                 + (f" ({shown(c.file_value)})" if c.state == "conflict" else ""), c.by,
                 fmt.timestamp(c.at), c.reason] for c in items]
        dialog = ListDialog(self.tr("Corrections"), [
            self.tr("Municipality"), self.tr("Cell"), self.tr("Field"), self.tr("From"),
            self.tr("To"), self.tr("State"), self.tr("By"), self.tr("When"), self.tr("Reason")],
            rows, self.window)

        def act(keep: str | None) -> None:
            row = dialog.current_row()
            if not 0 <= row < len(items):
                return
            c = items[row]
            if keep is None and c.state == "active":
                self.write(lambda api: api.survey.withdraw_correction(c.id))
            elif keep is not None and c.state == "conflict":
                self.write(lambda api: api.survey.choose_correction(c.id, keep))
            dialog.accept()

        for text, keep in ((self.tr("Keep the correction"), "correction"),
                           (self.tr("Use the file's value"), "file"),
                           (self.tr("Undo the correction"), None)):
            button = QPushButton(text)
            button.clicked.connect(partial(act, keep))
            dialog.button_row.insertWidget(dialog.button_row.count() - 1, button)
        dialog.open()
        return dialog

    def _drafts_written(self, folder: str, drafts: list[Any]) -> None:
        self.message.emit(self.tr("%1 e-mail drafts written to %2 (nothing is sent); open "
                                  "them in your mail program").replace("%1", str(len(drafts)))
                          .replace("%2", folder))
        if drafts:
            open_url(QUrl.fromLocalFile(folder))

    def edit_user_name(self) -> None:
        name, ok = QInputDialog.getText(self.window, self.tr("Your name in the trail"), self.tr(
            "Corrections and issue states are recorded with this name:"), text=user_name())
        if ok:
            settings.put(USER, name.strip())
