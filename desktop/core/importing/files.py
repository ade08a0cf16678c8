"""Which paths an import reads, and reading one: regular files only, within a size limit.

A folder gives its spreadsheets (by suffix; not lock or temporary files), in path order. A file
is read only if it is a regular file (not a FIFO, which would block the import, nor a device
such as /dev/zero, which never ends) and at most `MAX_FILE_BYTES`; both are checked before a
byte is read, and again on the opened file. A symbolic link found in a folder is followed only
to a file inside that folder. Every refusal is a RejectedFile with a Norwegian message.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.core.importing.limits import MAX_FILE_BYTES, too_large
from desktop.core.importing.rejection import RejectedFile

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".ods", ".xls"}
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
_OS_ERRORS = {errno.ENOENT: "filen finnes ikke", errno.EACCES: "du har ikke tilgang til filen",
              errno.EPERM: "du har ikke tilgang til filen", errno.EISDIR: "det er en mappe",
              errno.ELOOP: "snarveien peker i ring", errno.ENAMETOOLONG: "navnet er for langt"}


@dataclass(frozen=True)
class Candidate:
    path: Path
    folder: Path | None = None  # the chosen folder it was found in (resolved); None: chosen


def spreadsheet_files(paths: Iterable[str | Path]) -> list[Candidate]:
    """Files as given, and the spreadsheets inside given folders (not lock or temp files)."""
    out: list[Candidate] = []
    for p in map(Path, paths):
        if not p.is_dir():
            out.append(Candidate(p))
            continue
        root = p.resolve()
        found: list[Path] = []
        for dirpath, _dirs, names in os.walk(p, followlinks=False):
            found.extend(Path(dirpath) / n for n in names
                         if Path(n).suffix.lower() in SPREADSHEET_SUFFIXES
                         and not n.startswith(("~$", ".~lock", ".")))
        out.extend(Candidate(f, root) for f in sorted(found))
    return out


def read_regular_file(c: Candidate) -> bytes:
    name = c.path.name
    try:
        if c.folder is not None and c.path.is_symlink():
            target = c.path.resolve()
            if not target.is_relative_to(c.folder):
                raise RejectedFile("outside_folder", f"{name}: er en snarvei til en fil utenfor "
                                   f"mappen som ble valgt ({target}), og blir ikke lest.")
        _check_kind(name, os.stat(c.path))
        fd = os.open(c.path, _OPEN_FLAGS)
        try:
            _check_kind(name, os.fstat(fd))  # the file opened is the one checked
            with os.fdopen(fd, "rb", closefd=False) as fh:
                data = fh.read(MAX_FILE_BYTES + 1)
        finally:
            os.close(fd)
    except OSError as exc:
        reason = _OS_ERRORS.get(exc.errno or 0, "filen kan ikke leses")
        raise RejectedFile("unreadable", f"{name}: kan ikke leses ({reason}).") from exc
    if len(data) > MAX_FILE_BYTES:
        raise too_large(name)
    return data


def _check_kind(name: str, st: os.stat_result) -> None:
    if stat.S_ISREG(st.st_mode):
        if st.st_size > MAX_FILE_BYTES:
            raise too_large(name)
        return
    kind = ("en mappe" if stat.S_ISDIR(st.st_mode) else
            "et navngitt rør (FIFO)" if stat.S_ISFIFO(st.st_mode) else
            "en enhet" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else
            "en sokkel" if stat.S_ISSOCK(st.st_mode) else "noe annet")
    raise RejectedFile("not_regular_file", f"{name}: er ikke en vanlig fil, men {kind}, og "
                       "blir ikke lest.")
