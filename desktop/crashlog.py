"""Where the full traceback of a bug goes, for the app and the CLI alike (Qt-free, no db).

One file, `crash.log`, in the user's log folder (platformdirs: under `~/.local/state/Samdrift`
on Linux, `%LOCALAPPDATA%\\Samdrift` on Windows); tests redirect it with `XDG_STATE_HOME`.
"""

from __future__ import annotations

import traceback
from pathlib import Path


def crash_log_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("Samdrift", "Samdrift")) / "crash.log"


def write_crash_log(text: str) -> Path | None:
    """Append `text` to the crash log; its path, or None when it cannot be written."""
    path = crash_log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(text + "\n" + "-" * 70 + "\n")
    except OSError:
        return None
    return path


def format_traceback(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def where(exc: BaseException) -> str:
    """The innermost frame of `exc` as `file:line in function` (the pointer a bug report needs
    first)."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return "?"
    last = frames[-1]
    return f"{last.filename}:{last.lineno} in {last.name}"
