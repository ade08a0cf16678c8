"""The project file's error, importable without SQLAlchemy (the CLI catches it before it has
loaded anything else), and `worded`, how db/ words its errors for the user."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

E = TypeVar("E", bound=BaseException)


class ProjectFileError(Exception):
    """A project file that cannot be opened (not a Samdrift project, newer version, ...)."""


def worded(kind: Callable[[str], E], wording: str, **parts: object) -> E:
    """`kind(message)`, the message being `wording` (Norwegian) with `parts` put in. The
    wording and the parts come along (`error.wording`, `error.parts`), so that the app and
    the CLI show the message in the user's language: `desktop.core.errors.message_in`
    renders it through the core's catalogue, db/ knowing nothing of languages."""
    error = kind(wording.format(**parts))
    error.wording = wording  # type: ignore[attr-defined]
    error.parts = {k: str(v) for k, v in parts.items()}  # type: ignore[attr-defined]
    return error
