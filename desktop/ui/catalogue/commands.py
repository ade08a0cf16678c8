"""The commands of the "System catalogue" tab: what the user asks for (accept, split, move,
rename, merge, word lists, the matrix as CSV), turned into a call on the controller.

A command reads what is chosen in the view (`CatalogueView.suggestion_choices`,
`system_choices`), asks what it must (a name, a target, a threshold: `dialogs`), tells the
view what to select once the lists are read again, and hands the decision to
`CatalogueController`, whose undo stack runs it on the writer thread through the facade. The
view only builds widgets and keeps the selection; the texts keep the view's translation
context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop.core.catalogue.results import Member, Suggestion
from desktop.core.catalogue.units import UnitRef
from desktop.ui.catalogue import dialogs
from desktop.ui.catalogue.models import Target
from desktop.ui.catalogue.snapshot import SystemItem
from desktop.ui.i18n import plural

if TYPE_CHECKING:
    from desktop.ui.catalogue.controller import CatalogueController
    from desktop.ui.catalogue.view import CatalogueView

SUGGESTIONS, SYSTEMS = "suggestions", "systems"


# the texts keep the context they were translated in when the view held these commands
translate = QCoreApplication.translate


class CatalogueCommands:
    """The tab's command handlers; `view.commands`, connected to the tab's actions."""

    def __init__(self, view: CatalogueView, controller: CatalogueController) -> None:
        self.view = view
        self.controller = controller

    # --- decisions ---------------------------------------------------------------------
    def _ready(self) -> bool:
        self.view.activate_requested.emit()
        return self.controller.snapshot is not None and not self.controller.busy

    def _suggestion_items(self) -> list[tuple[Suggestion, tuple[Member, ...] | None]]:
        return [(item.suggestion, ms) for item, ms in self.view.suggestion_choices()]

    def accept(self) -> None:
        if not self._ready() or self.view.active_pane != SUGGESTIONS:
            return
        choices = self.view.suggestion_choices()
        self.view._plan_next_suggestion(choices)
        if not self.controller.accept([(i.suggestion, ms) for i, ms in choices]):
            self.view._select_suggestion = self.view._select_position = None

    def reject(self) -> None:
        if not self._ready() or self.view.active_pane != SUGGESTIONS:
            return
        choices = self.view.suggestion_choices()
        self.view._plan_next_suggestion(choices)
        if not self.controller.reject([(i.suggestion, ms) for i, ms in choices]):
            self.view._select_suggestion = self.view._select_position = None

    def split(self) -> None:
        if not self._ready():
            return
        if self.view.active_pane == SUGGESTIONS:
            choices = self.view.suggestion_choices()
            if len(choices) != 1 or choices[0][1] is None:
                self._explain(
                    translate(
                        "CatalogueView",
                        "Select the names of one suggestion to split off (open "
                        "it with →, then select names with Shift+↓).",
                    )
                )
                return
            item, members = choices[0]
            assert members is not None
            name = dialogs.ask_text(
                self.view,
                translate("CatalogueView", "Split off"),
                plural(
                    translate(
                        "CatalogueView",
                        "Name of the new system for %n name(s):",
                        None,
                        len(members),
                    ),
                    len(members),
                ),
                members[0].name,
            )
            if name and name.strip():
                self.view._select_suggestion = item.id
                self.controller.split_suggestion(item.suggestion, members, name.strip())
            return
        picked = self.view.system_choices()
        if len(picked) != 1 or not picked[0][1] or not picked[0][0].decided:
            self._explain(
                translate(
                    "CatalogueView",
                    "Select the names of one system to split off (open it with "
                    "→, then select names with Shift+↓).",
                )
            )
            return
        system, chosen = picked[0]
        assert chosen is not None and system.system_id is not None
        if len(chosen) == len(system.members):
            self._explain(
                translate(
                    "CatalogueView",
                    "Those are all the names of the system: rename it instead (F2).",
                )
            )
            return
        name = dialogs.ask_text(
            self.view,
            translate("CatalogueView", "Split off"),
            plural(
                translate(
                    "CatalogueView", "Name of the new system for %n name(s):", None, len(chosen)
                ),
                len(chosen),
            ),
            chosen[0].name,
        )
        if name and name.strip():
            self.controller.split_system(
                system.system_id, chosen, name.strip(), done=self._select_new_system
            )

    def forget(self) -> None:
        """The selected names (or every name of the selected systems) go back to the
        suggestions."""
        if not self._ready():
            return
        names: list[Member] = []
        for system, ms in self.view.system_choices() if self.view.active_pane == SYSTEMS else []:
            if system.decided:
                names += list(ms or system.members)
        if not names:
            self._explain(
                translate(
                    "CatalogueView",
                    "Select decided systems, or names of them, in the list of systems.",
                )
            )
            return
        self.controller.forget(names)

    def _select_new_system(self, value: Any) -> None:
        changes = value if isinstance(value, list) else [value]
        sid = next((cs.system_id for cs in changes if getattr(cs, "system_id", None)), None)
        if sid is not None:
            self.view._select_system = ("id", sid)

    def move_names(self) -> None:
        if not self._ready():
            return
        snap = self.controller.snapshot
        assert snap is not None
        names: list[Member | UnitRef] = []
        source: int | None = None
        if self.view.active_pane == SUGGESTIONS:
            for item, ms in self.view.suggestion_choices():
                names += list(item.suggestion.members if ms is None else ms)
        elif self.view.active_pane == SYSTEMS:
            choices = self.view.system_choices()
            for system, ms in choices:
                if ms:
                    names += list(ms)
                elif system.decided:
                    names += list(system.members)
                elif system.ref is not None:
                    names.append(system.ref)
            if len(choices) == 1:
                source = choices[0][0].system_id
        if not names:
            self._explain(
                translate("CatalogueView", "Select the names (or suggestions, or systems) to move.")
            )
            return
        text = plural(
            translate(
                "CatalogueView",
                "Move %n name(s) to this system or catalogue product:",
                None,
                len(names),
            ),
            len(names),
        )
        target = dialogs.pick_target(
            self.view, self.targets(exclude=source), translate("CatalogueView", "Move to"), text
        )
        if target is None:
            return
        if self.view.active_pane == SUGGESTIONS:
            self.view._plan_next_suggestion(self.view.suggestion_choices())
        if target.system_id is not None:
            self.view._select_system = ("id", target.system_id)
        self.controller.move(
            names,
            target.key,
            target.product,
            done=self._select_new_system if target.system_id is None else None,
        )

    def targets(self, exclude: int | None = None) -> list[Target]:
        """The project's decided systems, then the catalogue products it does not have."""
        snap = self.controller.snapshot
        if snap is None:
            return []
        out = [
            Target(x.system_id, x.row.product, x.row.vendor, x.row.service_area, x.installations)
            for x in snap.systems
            if x.system_id is not None and x.system_id != exclude
        ]
        have = {x.row.catalogue_key for x in snap.systems if x.row.catalogue_key}
        out += [
            Target(None, p.name, p.vendor, p.service_area, 0)
            for p in snap.products
            if p.name not in have
        ]
        return out

    def _one_system(self) -> SystemItem | None:
        choices = self.view.system_choices() if self.view.active_pane == SYSTEMS else []
        if len(choices) == 1 and choices[0][0].decided:
            return choices[0][0]
        self._explain(
            translate("CatalogueView", "Select one decided system in the list of systems.")
        )
        return None

    def _decided_systems(self) -> list[SystemItem]:
        choices = self.view.system_choices() if self.view.active_pane == SYSTEMS else []
        systems = [x for x, ms in choices if x.decided and ms is None]
        if not systems:
            self._explain(
                translate(
                    "CatalogueView", "Select one or more decided systems in the list of systems."
                )
            )
        return systems

    def rename(self) -> None:
        if not self._ready():
            return
        system = self._one_system()
        if system is None or system.system_id is None:
            return
        name = dialogs.ask_text(
            self.view,
            translate("CatalogueView", "Rename"),
            translate("CatalogueView", "New name of the system:"),
            system.row.product,
        )
        if name is not None and name.strip() and name.strip() != system.row.product:
            self.view._select_system = ("id", system.system_id)
            self.controller.rename(system.system_id, name.strip())

    def set_vendor(self) -> None:
        if not self._ready():
            return
        systems = self._decided_systems()
        if not systems:
            return
        vendor = dialogs.ask_text(
            self.view,
            translate("CatalogueView", "Set vendor"),
            plural(
                translate(
                    "CatalogueView", "Vendor of %n system(s) (empty: unknown):", None, len(systems)
                ),
                len(systems),
            ),
            systems[0].row.vendor or "",
        )
        if vendor is not None:
            self.controller.set_vendor(
                [x.system_id for x in systems if x.system_id], vendor.strip() or None
            )

    def set_service_area(self) -> None:
        if not self._ready():
            return
        systems = self._decided_systems()
        if not systems:
            return
        ok, area = dialogs.ask_service_area(
            self.view, translate("CatalogueView", "Set service area"), systems[0].row.service_area
        )
        if ok:
            self.controller.set_service_area([x.system_id for x in systems if x.system_id], area)

    def merge(self) -> None:
        if not self._ready():
            return
        systems = self._decided_systems()
        if len(systems) < 2:
            if systems:
                self._explain(
                    translate(
                        "CatalogueView",
                        "Select two or more systems to merge (Ctrl+click or Shift+↓).",
                    )
                )
            return
        current = self.view._top_item(self.view.systems.currentIndex())
        target = current if current in systems else systems[0]
        assert target.system_id is not None
        self.view._select_system = ("id", target.system_id)
        self.controller.merge(
            target.system_id,
            [x.system_id for x in systems if x.system_id is not None],
            target.row.product,
        )

    def accept_above(self) -> None:
        if not self._ready():
            return
        snap = self.controller.snapshot
        assert snap is not None
        threshold = dialogs.ask_threshold(self.view, snap.suggestions, self.controller.threshold)
        if threshold is not None:
            self.controller.accept_above(threshold)

    def auto(self) -> None:
        self.view.activate_requested.emit()
        if not self.controller.busy:
            self.controller.auto()

    def export_dictionary(self) -> None:
        self.view.activate_requested.emit()
        if self.controller.busy or self.controller.path is None:
            return
        path = dialogs.save_file(
            self.view,
            translate("CatalogueView", "Export word list"),
            f"{self.controller.path.stem} - ordliste.json",
            self._word_list_filter(),
        )
        if path is not None:
            if path.suffix.lower() != ".json":
                path = path.with_name(path.name + ".json")
            self.controller.export_dictionary(path)

    def import_dictionary(self) -> None:
        self.view.activate_requested.emit()
        if self.controller.busy or self.controller.path is None:
            return
        path = dialogs.open_file(
            self.view, translate("CatalogueView", "Import word list"), self._word_list_filter()
        )
        if path is not None:
            self.controller.import_dictionary(path)

    def _word_list_filter(self) -> str:
        return ";;".join(
            [
                translate("CatalogueView", "Samdrift word lists (*.json)"),
                translate("CatalogueView", "All files (*)"),
            ]
        )

    def export_matrix(self) -> None:
        self.view.activate_requested.emit()
        if self.controller.busy or self.controller.path is None:
            return
        path = dialogs.save_file(
            self.view,
            translate("CatalogueView", "Export matrix"),
            f"{self.controller.path.stem} - systemmatrise.csv",
            ";;".join(
                [
                    translate("CatalogueView", "CSV for Excel (*.csv)"),
                    translate("CatalogueView", "All files (*)"),
                ]
            ),
        )
        if path is None:
            return
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        header = self.view.matrix.horizontalHeader()
        key = self.view.matrix_model.sort_key_of(header.sortIndicatorSection())
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        self.controller.export_matrix(path, key, descending)

    def _explain(self, text: str) -> None:
        self.view.show_message(text)

    # --- undo ------------------------------------------------------------------------------
    def undo(self) -> None:
        self.view.activate_requested.emit()
        self.controller.undo()

    def redo(self) -> None:
        self.view.activate_requested.emit()
        self.controller.redo()
