"""Progress and cancelling of long catalogue work, without Qt.

A caller passes `progress(done, total, text)`; returning False asks to stop. The work then
raises `Cancelled` at the next check, inside its transaction, so nothing is stored (the same
convention as the report builder's).
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.errors import Cancelled
from desktop.core.i18n import mark, tr

Progress = Callable[[int, int, str], bool]
Tick = Callable[[int, int], None]  # (done, of) within one phase


__all__ = ["Cancelled", "Meter", "Progress", "Tick"]  # Cancelled: the core's one kind


class Meter:
    """One 0–`total` scale over several phases; checks for cancelling at every report."""

    def __init__(self, progress: Progress | None, total: int = 1000) -> None:
        self.progress, self.total = progress, total

    def report(self, done: int, text: str) -> None:
        """`text` (Norwegian, `mark`ed) is shown in the current language."""
        if self.progress is not None and self.progress(min(done, self.total), self.total,
                                                       tr(text)) is False:
            raise Cancelled("Avbrutt")

    def phase(self, text: str, start: float, end: float) -> Tick:
        """A tick for one phase that spans `start`–`end` (fractions of the whole)."""
        self.report(int(start * self.total), text)

        def tick(done: int, of: int) -> None:
            part = done / of if of else 1.0
            self.report(int((start + (end - start) * part) * self.total), text)

        return tick

    def finish(self, text: str = mark("Ferdig")) -> None:
        self.report(self.total, text)
