"""The catalogue's actions: the "Catalogue" menu, the tab's toolbar and context menus.

The single-key shortcuts (A, R, S, M, U, V, T, Delete, F2) work while the focus is in the
catalogue tab only (typing in a search field is not taken for a shortcut: a line edit keeps its
letters). Enter accepts in the suggestions list (handled by the list itself).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

TAB_ONLY = Qt.ShortcutContext.WidgetWithChildrenShortcut


class CatalogueActions(QObject):
    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)

        def action(text: str, shortcuts: tuple[str | QKeySequence.StandardKey, ...], name: str,
                   tip: str = "") -> QAction:
            a = QAction(text, owner)
            a.setObjectName(name)
            a.setShortcuts([QKeySequence(s) for s in shortcuts])
            a.setShortcutContext(TAB_ONLY)
            if tip:
                keys = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                a.setStatusTip(tip)
                a.setToolTip(f"{tip} ({keys})" if keys else tip)
            owner.addAction(a)
            return a

        self.accept = action(self.tr("&Accept"), ("A",), "actionCatalogueAccept", self.tr(
            "Accept the selected suggestions, or only the selected names of one (also Enter)"))
        self.reject = action(self.tr("&Reject"), ("R", QKeySequence.StandardKey.Delete),
                             "actionCatalogueReject", self.tr(
                                 "Reject the selected suggestions: the names are not suggested "
                                 "for that system again"))
        self.split = action(self.tr("&Split off…"), ("S",), "actionCatalogueSplit", self.tr(
            "Make the selected names a new system of their own"))
        self.move = action(self.tr("&Move to…"), ("M",), "actionCatalogueMove", self.tr(
            "Put the selected names in another system or a catalogue product"))
        self.forget = action(self.tr("Back to s&uggestions"), ("U",), "actionCatalogueForget",
                             self.tr("Take back the decision of the selected names: they are "
                                     "suggested again, and an automatic run may decide them "
                                     "afresh"))
        self.rename = action(self.tr("Re&name…"), ("F2",), "actionCatalogueRename", self.tr(
            "Give the system another name"))
        self.vendor = action(self.tr("Set &vendor…"), ("V",), "actionCatalogueVendor",
                             self.tr("Set the vendor of the selected systems"))
        self.area = action(self.tr("Set service &area…"), ("T",), "actionCatalogueArea",
                           self.tr("Set the service area (list A) of the selected systems"))
        self.merge = action(self.tr("Mer&ge systems"), ("Ctrl+M",), "actionCatalogueMerge",
                            self.tr("Make the selected systems one (the current one keeps its "
                                    "name, vendor and service area)"))
        self.accept_above = action(self.tr("Accept all a&bove threshold…"), ("Ctrl+Shift+A",),
                                   "actionCatalogueAcceptAbove", self.tr(
                                       "Accept every suggested name with at least a given "
                                       "confidence"))
        self.auto = action(self.tr("Run au&tomatically"), ("Ctrl+K",), "actionCatalogueAuto",
                           self.tr("Accept catalogue matches and suggestions at or above the "
                                   "measured threshold; the rest stays for review"))
        self.export_dictionary = action(
            self.tr("E&xport word list…"), ("Ctrl+Shift+E",), "actionCatalogueExportDictionary",
            self.tr("Save the names this project has learned, to reuse them in the next "
                    "pre-study"))
        self.import_dictionary = action(
            self.tr("&Import word list…"), ("Ctrl+Shift+I",), "actionCatalogueImportDictionary",
            self.tr("Apply the names of an exported word list to this project (your own "
                    "decisions are kept)"))
        self.export_matrix = action(self.tr("Export &matrix…"), ("Ctrl+E",),
                                    "actionCatalogueExportMatrix", self.tr(
                                        "Save the system × municipality matrix as CSV for "
                                        "Excel"))
        self.focus_suggestions = action(self.tr("Go to suggestions"), ("Ctrl+1",),
                                        "actionCatalogueFocusSuggestions")
        self.focus_systems = action(self.tr("Go to systems"), ("Ctrl+2",),
                                    "actionCatalogueFocusSystems")
        self.focus_matrix = action(self.tr("Go to the matrix"), ("Ctrl+3",),
                                   "actionCatalogueFocusMatrix")
        self.find = action(self.tr("Filter the list"), (QKeySequence.StandardKey.Find,),
                           "actionCatalogueFind")

        self.decisions = (self.accept, self.reject, self.split, self.move, self.forget,
                          self.rename, self.vendor, self.area, self.merge)
        self.bulk = (self.accept_above, self.auto)
        self.files = (self.export_dictionary, self.import_dictionary, self.export_matrix)
        self.navigation = (self.focus_suggestions, self.focus_systems, self.focus_matrix,
                           self.find)

    def fill_menu(self, menu: QMenu) -> None:
        for group in (self.decisions[:2], self.decisions[2:], self.bulk, self.files):
            for a in group:
                menu.addAction(a)
            menu.addSeparator()
        for a in self.navigation[:3]:
            menu.addAction(a)

    def all(self) -> tuple[QAction, ...]:
        return self.decisions + self.bulk + self.files + self.navigation
