"""Noticing what other processes changed in the project (another app, the CLI, a colleague on
the same PostgreSQL database), as the same change sets one's own operations give.

Every committed write adds a `change_log` row naming its process (db/session.py). A
`ProjectWatcher` remembers the newest row it has seen; `poll()` returns the changes of the rows
added since by other processes (`origin`: who made them), or `NONE`. On a SQLite file it first
looks at the file's size and modification time, so an idle poll reads nothing. Qt-free: the
app polls it from a timer (desktop/ui/workers/change_watcher.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event, select

from db.models import ChangeLog
from db.session import ProjectDatabase, current_process, open_database
from desktop.core.errors import StorageProblem
from desktop.core.project.changes import NONE, Changes, Data


@dataclass(frozen=True)
class OtherChange:
    """One change by someone else: for a message («Kari endret katalogen 10:42»)."""

    made_by: str
    at: dt.datetime
    changes: Changes


def changes_of(row: ChangeLog) -> Changes:
    known = {d.value for d in Data}
    kinds = frozenset(Data(k) for k in row.kinds if k in known)
    ids = {Data(k): frozenset(map(str, v)) for k, v in (row.ids or {}).items() if k in known}
    return Changes(kinds, ids, row.made_by)


class ProjectWatcher:
    def __init__(self, target: str | Path) -> None:
        self.db: ProjectDatabase = open_database(target)
        if self.db.engine.dialect.name == "sqlite":  # never hold up the caller (a GUI timer)
            event.listen(self.db.engine, "connect", _short_wait)
        self.me = current_process()
        self.last_id = self._newest()
        self._stamp = self._file_stamp()
        self.seen: list[OtherChange] = []  # what the last poll found

    def _file_stamp(self) -> tuple[int, int] | None:
        path = self.db.path
        if path is None:
            return None
        try:
            st = path.stat()
        except OSError:
            return None
        return (st.st_size, st.st_mtime_ns)

    def _newest(self) -> int:
        from sqlalchemy import func

        with self.db.reading() as s:
            return int(s.scalar(select(func.max(ChangeLog.id))) or 0)

    def poll(self) -> Changes:
        """What other processes changed since the last poll (NONE: nothing, or the project is
        busy being written right now: the next poll sees it)."""
        self.seen = []
        stamp = self._file_stamp()
        if self.db.path is not None and stamp == self._stamp:
            return NONE
        try:
            with self.db.reading() as s:
                rows = list(s.scalars(select(ChangeLog).where(ChangeLog.id > self.last_id)
                                      .order_by(ChangeLog.id)))
        except StorageProblem:
            return NONE
        self._stamp = stamp
        out = NONE
        for row in rows:
            self.last_id = max(self.last_id, row.id)
            if row.process == self.me:
                continue
            changes = changes_of(row)
            self.seen.append(OtherChange(row.made_by, row.at, changes))
            out = out | changes
        return out

    def close(self) -> None:
        self.db.close()


def _short_wait(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA busy_timeout=200")
