"""The main window: a project's participants, issues and data in tabs; import by drag and drop.

Every change to the project, made anywhere in the app (an import, a catalogue decision, a
scenario, a setting) or noticed from outside, reaches `data_changed` as a change set from the
app's executor; each tab then reads again, off the GUI thread, what depends on what changed.
Nothing waits for the user to press F5 (which still reads everything again).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
)

from desktop.core.project.api import RECORD_KINDS, ProjectApi
from desktop.core.project.changes import CATALOGUE, ISSUES, RECORDS, STATUS, Changes, affects
from desktop.core.project.results import (
    IssueRow,
    ParticipantStatus,
    ReturnStatus,
    UncleanShutdown,
)
from desktop.core.register.municipalities import default_register
from desktop.ui import dragdrop, errors, i18n, icons, settings
from desktop.ui.actions import MainActions
from desktop.ui.catalogue.view import CatalogueView
from desktop.ui.history import EditHistory, History
from desktop.ui.import_controller import ImportController
from desktop.ui.issue_jump import jump_target
from desktop.ui.project_commands import ProjectCommands
from desktop.ui.scenarios.view import ScenariosView
from desktop.ui.views.elided_label import ElidedLabel
from desktop.ui.views.issues_view import IssuesView
from desktop.ui.views.participants_view import ParticipantsView
from desktop.ui.views.records_view import RecordsView
from desktop.ui.views.welcome import WelcomeView
from desktop.ui.workers.change_watcher import ChangeWatcher
from desktop.ui.workers.executor import READ, WRITE, Task, app_executor, wait_for_all


@dataclass(frozen=True)
class Tables:
    """What the participants, issues and data tabs show, read in one go."""

    info: dict[str, Any]
    statuses: list[ParticipantStatus]
    issues: list[IssueRow]
    records: dict[str, list[dict[str, Any]]]


def read_tables(api: ProjectApi) -> Tables:
    return Tables(api.info(), api.status(), api.issues(),
                  {kind: api.records(kind) for kind in RECORD_KINDS})


class MainWindow(QMainWindow):
    tables_loaded = Signal()  # the participants, issues and data tabs show the project anew

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(icons.app_icon())
        self.project: ProjectApi | None = None
        self._tables_task: Task | None = None
        self._tables_again = False
        self._unsubscribe: Any = None
        self.successor: MainWindow | None = None  # the window that replaced this one
        self._demo_task: Task | None = None
        self.startup_checks_task: Task | None = None  # the opened project's, off the GUI thread
        self._watcher: ChangeWatcher | None = None
        self.resize(1200, 760)
        self.setAcceptDrops(True)

        self.welcome = WelcomeView()
        self.participants = ParticipantsView()
        self.issues = IssuesView()
        self.records = {kind: RecordsView(kind) for kind in RECORD_KINDS}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.participants, self.tr("Participants"))
        self.tabs.addTab(self.issues, self.tr("Issues"))
        titles = {"installation": self.tr("Systems"), "staffing": self.tr("Staffing"),
                  "bought_service": self.tr("Bought services"),
                  "infrastructure": self.tr("Infrastructure")}
        for kind, view in self.records.items():
            self.tabs.addTab(view, titles[kind])
        self.catalogue = CatalogueView()
        self.tabs.addTab(self.catalogue, self.tr("System catalogue"))
        self.scenarios = ScenariosView()
        self.tabs.addTab(self.scenarios, self.tr("Scenarios"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)

        self.name_label = QLabel()
        self.name_label.setObjectName("projectNameLabel")
        self.name_label.setStyleSheet("font-weight: 600;")
        self.path_label = ElidedLabel()  # a long path shortened in the middle
        self.path_label.setObjectName("projectPathLabel")
        self.year_label = QLabel()
        self.year_label.setObjectName("registerYearLabel")
        self.statusBar().addWidget(self.name_label)
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.year_label)

        self.actions_ = MainActions(self)
        self.commands = ProjectCommands(self, self)
        self.importer = ImportController(self, lambda: self.project.path if self.project else None,
                                         self.participants.model.rows)
        from desktop.ui.survey_controller import SurveyController

        self.survey = SurveyController(self)
        self.survey.message.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self._connect()
        self._update_recent()
        self._show_project_state()
        self._restore()

    # --- wiring ----------------------------------------------------------------------------
    def _connect(self) -> None:
        a = self.actions_
        a.new_project.triggered.connect(self.commands.new_project)
        a.open_project.triggered.connect(self.commands.open_dialog)
        a.save_as.triggered.connect(self.commands.save_as)
        a.backups.triggered.connect(self.commands.show_backups)
        a.generate.triggered.connect(self.commands.generate_templates)
        a.import_answers.triggered.connect(self.importer.choose_and_import)
        a.report.triggered.connect(self.show_report)
        a.refresh.triggered.connect(self.refresh)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self._about)
        a.guide.triggered.connect(self.show_guide)
        a.languages.triggered.connect(lambda action: self.set_language(action.data()))
        self.welcome.new_requested.connect(self.commands.new_project)
        self.welcome.open_requested.connect(self.commands.open_dialog)
        self.welcome.recent_requested.connect(self.open_project)
        self.welcome.demo_requested.connect(self.open_demo)
        app_executor().changed.connect(self.data_changed)
        self.issues.jump_requested.connect(self.jump_to_issue)
        self.participants.municipality_activated.connect(self.show_municipality)
        self.catalogue.actions_.fill_menu(a.catalogue_menu)
        a.catalogue_menu.addSeparator()
        a.catalogue_menu.addAction(self.tr("Note on the system…"), self.survey.note_on_system
                                   ).setObjectName("actionSystemNote")
        self.history = EditHistory(a.undo, a.redo, self.tabs, self)
        c = self.catalogue.controller
        self.history.add(self.catalogue,
                         History(c.stack, self.catalogue.commands.undo,
                                 self.catalogue.commands.redo, lambda: not c.busy),
                         c.busy_changed, c.loaded, default=True)
        s = self.scenarios.controller.stack
        self.history.add(self.scenarios, History(s, s.undo, s.redo))
        u = self.survey.stack
        for tab in (self.participants, self.issues, *self.records.values()):
            self.history.add(tab, History(u, u.undo, u.redo))
        self.catalogue.activate_requested.connect(
            lambda: self.tabs.setCurrentWidget(self.catalogue))
        self.catalogue.status_message.connect(
            lambda text: self.statusBar().showMessage(text, 10000))

    def _restore(self) -> None:
        geometry = settings.get(settings.GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        self.fit_to_screen()
        state = settings.get(settings.STATE)
        if state:
            self.restoreState(state)
        self.tabs.setCurrentIndex(min(max(settings.get(settings.LAST_TAB), 0),
                                      self.tabs.count() - 1))

    def fit_to_screen(self) -> None:
        """Never larger than the screen it is on, and on it (a geometry saved on a bigger
        screen, or at another scaling, is restored larger than a laptop's screen)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        frame = self.frameGeometry()
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        width = min(self.width(), area.width() - extra_w)
        height = min(self.height(), area.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        x = min(max(frame.x(), area.x()), area.right() - frame.width() + 1)
        y = min(max(frame.y(), area.y()), area.bottom() - frame.height() + 1)
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.importer.busy:
            QMessageBox.information(self, self.tr("Import running"), self.tr(
                "Wait until the import has finished (or cancel it) before quitting."))
            event.ignore()
            return
        if self.catalogue.controller.writing:
            QMessageBox.information(self, self.tr("Saving a decision"), self.tr(
                "Wait until the system catalogue has saved the last decision before quitting."))
            event.ignore()
            return
        self.catalogue.shutdown()
        self.scenarios.shutdown()
        wait_for_all(60000)  # reads and writes still running end before the window goes
        settings.put(settings.GEOMETRY, self.saveGeometry())
        settings.put(settings.STATE, self.saveState())
        settings.put(settings.LAST_TAB, self.tabs.currentIndex())
        self.set_project(None)
        super().closeEvent(event)

    # --- project ---------------------------------------------------------------------------
    def open_project(self, path: str | Path) -> bool:
        try:
            api = ProjectApi.open(path, checks=False)  # the checks read the whole file: below
        except Exception as exc:
            if not errors.is_user_error(exc):
                raise  # a bug: the excepthook shows the bug dialog
            errors.show_user_error(self, errors.user_text(exc),
                                   self.tr("Could not open the project"))
            if not Path(path).exists():
                settings.remove_recent_project(str(path))
                self._update_recent()
            return False
        self.set_project(api)
        self.startup_checks_task = app_executor().submit(
            lambda _ctx: api.startup_checks(), project=None, pool_name=READ,
            finished=lambda found: self._checked(api, found),
            failed=lambda exc, tb: errors.show_error(self, exc, tb), owner=self)
        if api.open_elsewhere:
            QMessageBox.information(self, self.tr("Project open elsewhere"), self.tr(
                "The project is also open on %1. You can both work in it: changes made there "
                "appear here within a few seconds, and a catalogue decision on names someone "
                "else has changed since you looked is refused with a message saying who did it. "
                "Backups cannot be restored while it is open there.")
                .replace("%1", ", ".join(api.open_elsewhere)))
        backup = api.upgrade_backup
        if backup is not None:
            QMessageBox.information(self, self.tr("Project upgraded"), self.tr(
                "The project file was upgraded to this version of Samdrift. A copy of the old "
                "file was saved as %1.").replace("%1", str(backup)))
        return True

    def _checked(self, api: ProjectApi, found: UncleanShutdown | None) -> None:
        """The integrity check after an unclean shutdown has run (off the GUI thread)."""
        if found is not None and api is self.project:
            QMessageBox.warning(self, self.tr("Project not closed cleanly"), found.message)

    def project_created(self) -> None:
        """A new project starts where its work starts: the participants."""
        self.tabs.setCurrentWidget(self.participants)

    def open_demo(self) -> Task | None:
        """The welcome screen's «Åpne demo»: the demo project in the user's data folder,
        built there first when it is not (a demo left half-built is built again)."""
        from desktop.core.demo.build import build_demo
        from desktop.core.demo.data import PROJECT_FILE

        folder = demo_folder()
        project = folder / PROJECT_FILE
        if project.exists():
            self.open_project(project)
            return None
        if self._demo_task is not None:
            return self._demo_task
        if folder.exists():  # our own folder, without a project: an interrupted build
            import shutil

            shutil.rmtree(folder)
        self.welcome.demo.setEnabled(False)
        self.statusBar().showMessage(self.tr("Building the demo project…"))

        def ended() -> None:
            self._demo_task = None
            self.welcome.demo.setEnabled(True)
            self.statusBar().clearMessage()

        self._demo_task = app_executor().submit(
            lambda _ctx: build_demo(folder, scenarios=True), project=None, pool_name=WRITE,
            finished=self.open_project, failed=lambda exc, tb: errors.show_error(self, exc, tb),
            ended=ended, owner=self)
        return self._demo_task

    def set_project(self, api: ProjectApi | None) -> None:
        if self.project is not None:
            if self._unsubscribe is not None:
                self._unsubscribe()
                self._unsubscribe = None
            if self._watcher is not None:
                self._watcher.stop()
                self._watcher = None
            self.project.close()
        self.project = api
        if api is not None:  # writes on the GUI thread's own connection are announced too
            self._unsubscribe = api.subscribe(
                lambda changes: app_executor().announce(replace(changes, origin="window")))
            # other processes' changes (another app, the CLI, a colleague) refresh the views
            # through the same path as one's own
            self._watcher = ChangeWatcher(api.location, self)
            self._watcher.changed.connect(self.data_changed)
        self.catalogue.set_project(api.path if api is not None else None)
        self.scenarios.set_project(api.path if api is not None else None)
        if api is not None and api.path is not None:
            settings.add_recent_project(api.path)
            self._update_recent()
        self._show_project_state()
        self.refresh()

    def _show_project_state(self) -> None:
        is_open = self.project is not None
        self.actions_.set_project_open(is_open)
        self.stack.setCurrentWidget(self.tabs if is_open else self.welcome)
        for label in (self.name_label, self.path_label, self.year_label):
            label.setVisible(is_open)
        if not is_open:
            self.setWindowTitle("Samdrift")

    def _update_recent(self) -> None:
        paths = settings.recent_projects()
        for action in self.actions_.fill_recent(paths):
            action.triggered.connect(partial(self.open_project, str(action.data())))
        self.welcome.set_recent(paths)

    def refresh(self) -> None:
        """Read everything the views show from the project again (plain data): on opening a
        project, and Vis → Oppdater (F5)."""
        api = self.project
        if api is None:
            return
        self.show_tables(read_tables(api))
        self.catalogue.refresh()
        self.scenarios.refresh()

    def data_changed(self, changes: Changes) -> None:
        """What changed in the project (from the executor): each tab reads again, off the GUI
        thread, what depends on it."""
        if self.project is None:
            return
        if affects(changes, STATUS | ISSUES | RECORDS):
            self.reload_tables()
        if affects(changes, CATALOGUE) and changes.origin != "catalogue":
            self.catalogue.refresh()
        self.scenarios.data_changed(changes)

    def reload_tables(self) -> None:
        """Read the participants, issues and data tabs again on a worker thread."""
        if self.project is None:
            return
        if self._tables_task is not None:  # read again when the running read ends
            self._tables_again = True
            return
        project = self.project

        def shown(tables: Tables) -> None:
            if project is self.project:
                self.show_tables(tables)

        def ended() -> None:
            self._tables_task = None
            if self._tables_again:
                self._tables_again = False
                self.reload_tables()

        self._tables_task = app_executor().submit(
            lambda ctx: read_tables(ctx.api), project=project.location, pool_name=READ,
            finished=shown, failed=lambda exc, tb: errors.show_error(self, exc, tb),
            ended=ended, owner=self)

    def show_tables(self, tables: Tables) -> None:
        api = self.project
        if api is None:
            return
        info, statuses = tables.info, tables.statuses
        register = default_register()
        merged = {p.merged_into: (m.name if (m := register.get(p.merged_into)) else p.merged_into)
                  for p in statuses if p.merged_into}
        self.participants.set_rows(statuses, merged)
        self.participants.set_project_note(info.get("note"))
        any_imported = any(p.status in (ReturnStatus.RETURNED, ReturnStatus.IMPORTED_WITH_ISSUES)
                           for p in statuses)
        self.issues.set_rows(tables.issues, any_imported)
        municipalities = [(p.number, p.name) for p in statuses]
        for kind, view in self.records.items():
            view.set_rows(tables.records[kind], municipalities, any_imported)
        name = str(info.get("name") or "")
        self.setWindowTitle(f"{name} – Samdrift" if name else "Samdrift")
        self.name_label.setText(name)
        self.path_label.set_full_text(f"–  {api.path}" if api.path else "")
        self.path_label.setToolTip(str(api.path or ""))
        year = info.get("register_year") or register.year
        self.year_label.setText(self.tr("Population figures from %1").replace("%1", str(year))
                                if year else "")
        self.tables_loaded.emit()

    def show_report(self) -> None:
        """Fil → Rapport…: scenarios, recommendation, preview and print, PDF/Excel/Word."""
        from desktop.ui.reports.dialog import open_report_dialog

        self.report_dialog = open_report_dialog(self, self.project)

    def show_municipality(self, number: str) -> None:
        """The data tabs filtered to one municipality, showing its systems."""
        for view in self.records.values():
            view.show_municipality(number)
        self.tabs.setCurrentWidget(self.records["installation"])

    # --- issues → data ---------------------------------------------------------------------
    def jump_to_issue(self, issue: IssueRow) -> bool:
        """Show the data row an issue is about; if there is none, explain in the details."""
        target = jump_target(issue)
        if target is not None:
            view = self.records[target.kind]
            if view.select_record(target.file_name, target.sheet, target.row,
                                  target.municipality):
                self.tabs.setCurrentWidget(view)
                return True
        if issue.sheet and issue.cell:
            note = self.tr("This cell has no row in the data tabs; the value is shown above.")
        else:
            note = self.tr("This issue concerns the whole file, not one cell.")
        self.issues.show_details(issue, note)
        return False

    # --- drag and drop ---------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dragdrop.local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dragdrop.local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dragdrop.local_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.handle_dropped(paths)

    def handle_dropped(self, paths: list[str]) -> None:
        project_file = dragdrop.project_file_in(paths)
        if project_file is not None:
            self.open_project(project_file)
        elif self.project is None:
            self.importer.confirm_drop_without_project()
        else:
            self.importer.import_paths(paths)

    # --- settings --------------------------------------------------------------------------
    def set_language(self, language: str) -> MainWindow | None:
        """Switch the language at once: the window is made again in the new language, with
        the same project open on the same tab, the same size and place."""
        if language == settings.language():
            return None
        if self.importer.busy or self.catalogue.controller.writing:
            QMessageBox.information(self, "Samdrift", self.tr(
                "Wait until the import or the last catalogue decision has finished, then "
                "choose the language again."))
            self.actions_.check_language(settings.language())
            return None
        settings.put(settings.LANGUAGE, language)
        path = self.project.path if self.project is not None else None
        tab, geometry = self.tabs.currentIndex(), self.saveGeometry()
        app = QApplication.instance()
        if app is not None:
            i18n.switch_language(app, language)
        window = MainWindow()
        window.restoreGeometry(geometry)
        window.fit_to_screen()
        window.show()  # before this one closes, so that the app does not quit
        self.successor = window
        self.close()
        if path is not None and window.open_project(path):
            window.tabs.setCurrentIndex(tab)
        return window

    def show_guide(self) -> None:
        """Hjelp → Veiledning: the guide for a project leader (docs/veiledning.md)."""
        from desktop.ui.guide import open_guide

        self.guide_dialog = open_guide(self)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Samdrift"), self.tr(
            "Samdrift %1 – pre-studies of inter-municipal IT cooperation.\n"
            "Questionnaires, import of the answers, the system catalogue, scenarios and the "
            "report.").replace("%1", app_version()))


def app_version() -> str:
    """The installed version (pyproject.toml's), or «utviklerversjon» when not installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("samdrift")
    except PackageNotFoundError:
        return QApplication.translate("MainWindow", "development version")


def demo_folder() -> Path:
    """Where «Åpne demo» keeps the demo project: the user's data folder (platformdirs)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("Samdrift", "Samdrift")) / "Demo"
