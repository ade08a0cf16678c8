"""Errors by kind: what the user can act on, as opposed to bugs.

Like qutebrowser's `KnownError` / `BugError`: the core raises a `UserError` (or one of its
kinds) with a message a user can act on, in Norwegian (an English text may come along for the
English UI). Everything else that escapes the core is a bug: the app shows it as a bug report
with details, the CLI prints a pointer to the traceback and exits 3.

The kinds subclass the built-in exception a caller would have caught before (`InputError` is a
`ValueError`, `NotFound` a `LookupError`), so code that catches those keeps working.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can act on; `str(error)` is the Norwegian message."""

    def __init__(self, message: str, *, english: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.english = english or message

    def text(self, language: str = "nb") -> str:
        return self.english if language == "en" else self.message


class InputError(UserError, ValueError):
    """Bad input: a value, option or name the user typed or chose."""


class FileProblem(UserError):
    """A file the user must fix or choose again (unreadable, wrong kind, not writable)."""


class NotFound(UserError, LookupError):
    """Something asked for by name or number is not in the project."""


class Conflict(UserError):
    """The data changed since it was read (by another window, process or person)."""


class StorageProblem(UserError):
    """The project cannot be written: disk full, read-only file or folder, file gone."""


class Cancelled(Exception):
    """The user cancelled long work; nothing was stored. Not an error to show."""


def is_user_error(exc: BaseException) -> bool:
    """Whether an exception carries a message for the user (else it is a bug)."""
    from db.errors import ProjectFileError  # here: the scenario model loads no db

    # an OSError names its file and says what the system refused (disk full, no access)
    return isinstance(exc, UserError | ProjectFileError | OSError)
