"""The main window's actions, menus and toolbar."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

from desktop.ui import icons, settings


class MainActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        style = window.style()
        icon = style.standardIcon
        SP = QStyle.StandardPixmap

        def action(text: str,
                   shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                   name: str = "") -> QAction:
            a = QAction(text, window)
            a.setObjectName(name)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            return a

        self.new_project = action(self.tr("&New project…"), QKeySequence.StandardKey.New,
                                  "actionNewProject")
        self.new_project.setIcon(icon(SP.SP_FileIcon))
        self.open_project = action(self.tr("&Open…"), QKeySequence.StandardKey.Open,
                                   "actionOpenProject")
        self.open_project.setIcon(icon(SP.SP_DialogOpenButton))
        self.save_as = action(self.tr("Save &as…"), QKeySequence.StandardKey.SaveAs,
                              "actionSaveAs")
        self.backups = action(self.tr("&Backups…"), None, "actionBackups")
        self.generate = action(self.tr("&Generate questionnaires…"), "Ctrl+G",
                               "actionGenerate")
        self.generate.setIcon(icon(SP.SP_FileDialogNewFolder))
        self.generate.setToolTip(self.tr("Write one questionnaire spreadsheet per participant"))
        self.import_answers = action(self.tr("&Import answers…"), "Ctrl+I", "actionImport")
        self.import_answers.setIcon(icons.import_icon())
        self.import_answers.setToolTip(self.tr(
            "Import returned questionnaires (you can also drag files onto the window)"))
        self.report = action(self.tr("&Report…"), QKeySequence.StandardKey.Print, "actionReport")
        self.report.setToolTip(self.tr(
            "Preview and print the report, or save it as PDF, Excel or Word"))
        self.refresh = action(self.tr("&Refresh"), QKeySequence.StandardKey.Refresh,
                              "actionRefresh")
        self.quit = action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, "actionQuit")
        self.about = action(self.tr("&About Samdrift"), None, "actionAbout")
        self.guide = action(self.tr("&Guide"), QKeySequence.StandardKey.HelpContents,
                            "actionGuide")
        # Undo and redo of the system catalogue's decisions (texts follow its undo stack).
        self.undo = action(self.tr("&Undo"), QKeySequence.StandardKey.Undo, "actionUndo")
        self.redo = action(self.tr("&Redo"), QKeySequence.StandardKey.Redo, "actionRedo")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        history_tip = self.tr("Decisions in the system catalogue are saved in the project at "
                              "once; they can be undone until the project is closed.")
        for a in (self.undo, self.redo):
            a.setStatusTip(history_tip)
            a.setToolTip(history_tip)
            a.setEnabled(False)

        self.languages = QActionGroup(window)
        self.languages.setExclusive(True)
        self.language_nb = action("Norsk bokmål", None, "actionLanguageNb")
        self.language_en = action("English", None, "actionLanguageEn")
        for a, code in ((self.language_nb, "nb"), (self.language_en, "en")):
            a.setCheckable(True)
            a.setData(code)
            a.setChecked(settings.language() == code)
            self.languages.addAction(a)

        self.project_actions = (self.save_as, self.backups, self.generate, self.import_answers,
                                self.refresh, self.report)

        menu_bar = window.menuBar()
        self.file_menu = menu_bar.addMenu(self.tr("&File"))
        self.file_menu.setObjectName("menuFile")
        self.file_menu.addAction(self.new_project)
        self.file_menu.addAction(self.open_project)
        self.recent_menu = QMenu(self.tr("Recent projects"), window)
        self.recent_menu.setObjectName("menuRecent")
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.save_as)
        self.file_menu.addAction(self.backups)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.generate)
        self.file_menu.addAction(self.import_answers)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.report)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)

        self.edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        self.edit_menu.setObjectName("menuEdit")
        self.edit_menu.addAction(self.undo)
        self.edit_menu.addAction(self.redo)

        self.view_menu = menu_bar.addMenu(self.tr("&View"))
        self.view_menu.setObjectName("menuView")
        self.view_menu.addAction(self.refresh)
        self.language_menu = QMenu(self.tr("&Language"), window)
        self.language_menu.setObjectName("menuLanguage")
        self.language_menu.addAction(self.language_nb)
        self.language_menu.addAction(self.language_en)
        self.view_menu.addMenu(self.language_menu)

        # Filled by the system catalogue tab (desktop/ui/catalogue/actions.py).
        self.catalogue_menu = menu_bar.addMenu(self.tr("&Catalogue"))
        self.catalogue_menu.setObjectName("menuCatalogue")

        self.help_menu = menu_bar.addMenu(self.tr("&Help"))
        self.help_menu.setObjectName("menuHelp")
        self.help_menu.addAction(self.guide)
        self.help_menu.addAction(self.about)

        self.toolbar = QToolBar(self.tr("Main toolbar"), window)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in (self.new_project, self.open_project, self.generate, self.import_answers):
            self.toolbar.addAction(a)
        window.addToolBar(self.toolbar)

    def check_language(self, code: str) -> None:
        for a in (self.language_nb, self.language_en):
            a.setChecked(a.data() == code)

    def set_project_open(self, is_open: bool) -> None:
        for a in self.project_actions:
            a.setEnabled(is_open)

    def fill_recent(self, paths: list[str]) -> list[QAction]:
        """Rebuild the recent-projects menu; returns the actions (data: the path)."""
        self.recent_menu.clear()
        actions = []
        for i, path in enumerate(paths, start=1):
            a = self.recent_menu.addAction(f"&{i} {path}")
            a.setData(path)
            actions.append(a)
        if not paths:
            empty = self.recent_menu.addAction(self.tr("No recent projects"))
            empty.setEnabled(False)
        return actions
