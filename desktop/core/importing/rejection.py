"""A file that imports nothing, and the Norwegian wording of the reasons several readers share.

Every rejection is one `RejectedFile` with a stable `code` and one Norwegian message that names
the file (and the sheet and cell where there is one). No reader's own (English) exception text
ever reaches a message.
"""

from __future__ import annotations


class RejectedFile(Exception):
    """A file that imports nothing. `code` is stable; the message is for the user."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def corrupt(file_name: str, detail: str | None = None) -> RejectedFile:
    """A damaged, truncated or inconsistent file; `detail` (Norwegian) says what is wrong."""
    text = f"{file_name}: filen er skadet eller ufullstendig og kan ikke leses"
    return RejectedFile("corrupt", text + (f" ({detail})." if detail else "."))


def password(file_name: str) -> RejectedFile:
    return RejectedFile("password", f"{file_name}: filen er passordbeskyttet. Be kommunen sende "
                        "den uten passord.")


def missing_part(file_name: str, part: str, what: str) -> RejectedFile:
    """A part of the package the reader needs is absent: never import a smaller return."""
    return RejectedFile("part_missing", f"{file_name}: filen mangler {what} (delen «{part}» finnes "
                        "ikke i filen). Den er skadet; be kommunen lagre og sende den på nytt.")


def sheet_place(sheet: str | None, cell: str | None = None) -> str:
    """«arket «X», celle B7» for messages; empty when neither is known."""
    if sheet is None:
        return ""
    return f"arket «{sheet}»" + (f", celle {cell}" if cell else "")
