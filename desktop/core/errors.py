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
        self.given_english = english
        self.english = english or message

    def text(self, language: str = "nb") -> str:
        return message_in(self, language)


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


def message_in(exc: BaseException, language: str) -> str:
    """A user error's message in `language` ("nb" or "en"): the English text it was given, or
    its wording (db.errors.worded) translated by the core's catalogue with its parts put in;
    the Norwegian message otherwise (and when the translation does not fit its parts)."""
    message = exc.message if isinstance(exc, UserError) else str(exc)
    if language != "en":
        return message
    given = getattr(exc, "given_english", None)
    if given:
        return str(given)
    wording, parts = getattr(exc, "wording", None), getattr(exc, "parts", None)
    if isinstance(wording, str) and isinstance(parts, dict):
        from desktop.core.i18n import catalogue

        try:
            return catalogue(language).gettext(wording).format(**parts)
        except (KeyError, IndexError, ValueError):
            return message
    return message
