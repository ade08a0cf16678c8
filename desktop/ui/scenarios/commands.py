"""The user's changes to saved scenarios as undoable commands (QUndoStack).

Each command changes the controller's scenarios at once (the editor and the results follow)
and has the change written to the project on the writer thread; undo writes the state before.
Scenarios are known by name, and the history is linear, so a command's names are always those
of the state it is undone or redone from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from desktop.core.scenarios import Scenario

if TYPE_CHECKING:
    from desktop.ui.scenarios.controller import ScenarioController


class CreateCommand(QUndoCommand):
    """A new scenario (also a duplicate): redo saves it, undo deletes it."""

    def __init__(self, controller: ScenarioController, scenario: Scenario, text: str) -> None:
        super().__init__(text)
        self.controller = controller
        self.scenario = scenario

    def redo(self) -> None:
        self.controller.put(self.scenario, created=True)

    def undo(self) -> None:
        self.controller.remove(self.scenario.name)


class DeleteCommand(QUndoCommand):
    def __init__(self, controller: ScenarioController, scenario: Scenario, text: str) -> None:
        super().__init__(text)
        self.controller = controller
        self.scenario = scenario

    def redo(self) -> None:
        self.controller.remove(self.scenario.name)

    def undo(self) -> None:
        self.controller.put(self.scenario, created=True)


class RenameCommand(QUndoCommand):
    def __init__(self, controller: ScenarioController, old: str, new: str, text: str) -> None:
        super().__init__(text)
        self.controller = controller
        self.old = old
        self.new = new

    def redo(self) -> None:
        self.controller.rename_to(self.old, self.new)

    def undo(self) -> None:
        self.controller.rename_to(self.new, self.old)


class EditCommand(QUndoCommand):
    """A change to what a scenario holds (participants, level, a parameter, …)."""

    def __init__(self, controller: ScenarioController, before: Scenario, after: Scenario,
                 text: str) -> None:
        super().__init__(text)
        self.controller = controller
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.controller.put(self.after)

    def undo(self) -> None:
        self.controller.put(self.before)
