"""Rolling automatic backups of a project file, and noticing a project that was not closed.

Backups: consistent copies (db/copy.py) in the user's data folder (`SAMDRIFT_BACKUP_DIR`
overrides it), one folder per project (by its uuid, so a renamed or moved file keeps its
backups). One is made when a project is opened, after a change, and when it is closed after a
change, each time only if the newest backup is at least 10 minutes old. Kept: the newest 10,
and the newest of each day for 30 days.

Crash detection: an open project has a hidden marker `.NAME.samdrift.HOST.PID.open` beside it,
removed when it is closed. A marker of this host whose process is gone means the project was not
closed cleanly: the next open runs `PRAGMA integrity_check` and says so
(`ProjectApi.unclean_shutdown`). A marker of a live process or of another computer means the
project is open elsewhere (`ProjectApi.open_elsewhere`).
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from desktop.core.i18n import tr
from desktop.core.project.results import UncleanShutdown

MIN_AGE = dt.timedelta(minutes=10)
KEEP_NEWEST = 10
KEEP_DAYS = 30
STAMP = "%Y%m%d-%H%M%S-%f"
# the due-check and the copy as one step: the open checks (a worker thread) and a change (the
# GUI thread) may both find a backup due at the same moment, and only one should be made
_making = threading.Lock()


def backup_root() -> Path:
    override = os.environ.get("SAMDRIFT_BACKUP_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("Samdrift", appauthor=False)) / "backups"


@dataclass(frozen=True)
class Backup:
    number: int  # 1 = the newest
    path: Path
    made_at: dt.datetime
    size: int


def folder_for(uuid: str) -> Path:
    return backup_root() / uuid


def list_backups(uuid: str) -> list[Backup]:
    """The project's backups, newest first, numbered from 1."""
    folder = folder_for(uuid)
    found: list[tuple[dt.datetime, Path]] = []
    if folder.is_dir():
        for p in folder.glob("*.samdrift"):
            try:
                found.append((dt.datetime.strptime(p.stem, STAMP), p))
            except ValueError:
                continue
    found.sort(reverse=True)
    return [Backup(i, p, made, p.stat().st_size) for i, (made, p) in enumerate(found, 1)]


def make_backup(project: Path, uuid: str, *, force: bool = False,
                now: dt.datetime | None = None) -> Path | None:
    """A backup of `project` unless the newest is younger than 10 minutes (or `force`);
    prunes the old ones. Returns the new backup's path, or None."""
    from db.copy import copy_file

    with _making:
        now = now or dt.datetime.now()
        existing = list_backups(uuid)
        if existing and not force and now - existing[0].made_at < MIN_AGE:
            return None
        target = folder_for(uuid) / f"{now.strftime(STAMP)}.samdrift"
        copy_file(project, target)
        prune(uuid, now)
        return target


def prune(uuid: str, now: dt.datetime | None = None) -> list[Path]:
    """Delete backups beyond the newest 10 and one a day for 30 days; returns the deleted."""
    now = now or dt.datetime.now()
    keep: set[Path] = set()
    days: set[dt.date] = set()
    backups = list_backups(uuid)
    for b in backups:
        if b.number <= KEEP_NEWEST:
            keep.add(b.path)
        if now - b.made_at <= dt.timedelta(days=KEEP_DAYS) and b.made_at.date() not in days:
            days.add(b.made_at.date())
            keep.add(b.path)
    gone = [b.path for b in backups if b.path not in keep]
    for p in gone:
        p.unlink(missing_ok=True)
    return gone


# --- open markers -----------------------------------------------------------------------------


def _marker_prefix(project: Path) -> str:
    return f".{project.name}."


def marker_path(project: Path) -> Path:
    return project.with_name(f"{_marker_prefix(project)}{socket.gethostname()}.{os.getpid()}"
                             ".open")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def other_markers(project: Path) -> tuple[list[str], list[Path]]:
    """(where else the project is open: "host (pid)", markers left by crashed processes)."""
    elsewhere: list[str] = []
    stale: list[Path] = []
    mine = marker_path(project)
    host = socket.gethostname()
    prefix = _marker_prefix(project)
    try:
        entries = list(project.parent.iterdir())
    except OSError:
        return [], []
    for p in entries:
        name = p.name
        if p == mine or not name.startswith(prefix) or not name.endswith(".open"):
            continue
        rest = name[len(prefix):-len(".open")]
        their_host, _, pid_text = rest.rpartition(".")
        if not pid_text.isdigit():
            continue
        if their_host == host and not _alive(int(pid_text)):
            stale.append(p)
        else:
            elsewhere.append(tr("{host} (prosess {pid})").format(host=their_host, pid=pid_text))
    return elsewhere, stale


def check_integrity(project: Path) -> UncleanShutdown:
    con = sqlite3.connect(f"file:{quote(str(project))}?mode=ro", uri=True, timeout=30)
    try:
        result = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
    finally:
        con.close()
    if result == ["ok"]:
        return UncleanShutdown(True, tr(
            "Prosjektet {name} ble ikke lukket ordentlig sist (programmet stoppet?). Filen er "
            "kontrollert og er hel; alt som var lagret, er med.").format(name=project.name))
    return UncleanShutdown(False, tr(
        "Prosjektet {name} ble ikke lukket ordentlig sist, og kontrollen fant feil i filen: "
        "{errors}. Sett tilbake en sikkerhetskopi (Fil → Sikkerhetskopier… i programmet, eller "
        "samdrift backup PROSJEKT --list).").format(name=project.name,
                                                   errors="; ".join(result[:3])))


# Every ProjectApi of this process on the same file shares one marker (the app opens one on
# the GUI thread and one per background task): the first places it, the last close removes it.
_held: dict[Path, int] = {}
_held_lock = threading.Lock()


def place_marker(project: Path) -> Path | None:
    """Mark the project open by this process (None: the folder cannot be written)."""
    marker = marker_path(project)
    with _held_lock:
        count = _held.get(marker, 0)
        if count == 0:
            try:
                marker.write_text(f"{dt.datetime.now().isoformat()}\n", encoding="utf-8")
            except OSError:
                return None
        _held[marker] = count + 1
    return marker


def release_marker(marker: Path) -> None:
    """This opening of the project is closed; the marker goes with the process's last one."""
    with _held_lock:
        count = _held.get(marker, 1) - 1
        if count > 0:
            _held[marker] = count
            return
        _held.pop(marker, None)
        marker.unlink(missing_ok=True)
