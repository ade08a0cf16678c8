"""Errors of report building a user can act on (messages in Norwegian)."""

from __future__ import annotations

from desktop.core.errors import Cancelled, NotFound

__all__ = ["Cancelled", "UnknownScenario"]  # Cancelled: the core's one kind of cancelling


class UnknownScenario(NotFound, ValueError):
    """A scenario asked for is not saved in the project; the message lists the saved ones."""

    def __init__(self, names: list[str], saved: list[str]) -> None:
        wanted = ", ".join(f"«{n}»" for n in names)
        known = (", ".join(f"«{n}»" for n in saved) if saved
                 else "ingen (lag et med samdrift scenario PROSJEKT --new NAVN …)")
        word = "Scenarioet" if len(names) == 1 else "Scenarioene"
        super().__init__(f"{word} {wanted} finnes ikke i prosjektet. Lagrede scenarioer: "
                         f"{known}.")
        self.names = names
        self.saved = saved
