"""What the database refused, as a message naming the project: disk full, a read-only file or
folder, a file moved or deleted, a lock held too long, a lost server, a missing database, a
refused password. Anything else stays what it is (a bug, shown as one).

`install(engine, where)` turns the driver's errors into `StorageProblem` as SQLAlchemy raises
them (its `handle_error` event), so every caller of the engine gets the message; the
transaction they were in is rolled back, so nothing is half-written.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url

from db.errors import worded
from db.target import display_url
from desktop.core.errors import StorageProblem

# (what the driver says, lower case) -> message; {where} names the file or the database
_SQLITE: tuple[tuple[str, str], ...] = (
    ("database or disk is full",
     "Det er ikke plass til endringen: disken med {where} er full. Ingenting er lagret; "
     "frigjør plass og prøv igjen."),
    ("attempt to write a readonly database",
     "Prosjektet {where} kan bare leses (filen eller mappen den ligger i er skrivebeskyttet). "
     "Ingenting er lagret; lagre en kopi et sted du kan skrive, eller be om skrivetilgang."),
    ("readonly database",
     "Prosjektet {where} kan bare leses. Ingenting er lagret."),
    ("database is locked",
     "Prosjektet {where} er opptatt: et annet program eller en annen bruker har skrevet i det "
     "i mer enn 30 sekunder. Ingenting er lagret; prøv igjen om litt."),
    ("database is busy",
     "Prosjektet {where} er opptatt. Ingenting er lagret; prøv igjen om litt."),
    ("unable to open database file",
     "Kan ikke åpne eller skrive prosjektet {where}: filen er flyttet eller slettet, eller "
     "mappen kan ikke skrives. Ingenting er lagret."),
    ("disk i/o error",
     "Lese- eller skrivefeil på disken med {where} (en nettverksdisk som falt ut, en "
     "minnepinne som ble tatt ut?). Ingenting er lagret; åpne prosjektet igjen."),
    ("file is not a database",
     "{where} er ikke lenger en gyldig prosjektfil (overskrevet av et annet program?)."),
)
# PostgreSQL SQLSTATE (class or code) -> message
_POSTGRES: tuple[tuple[str, str], ...] = (
    ("28P01", "Databasen {where} avviste passordet. Sjekk brukernavn og passord."),
    ("28", "Databasen {where} avviste innloggingen. Sjekk brukernavn og passord."),
    ("3D000", "Databasen {where} finnes ikke. Sjekk navnet, eller be databaseansvarlig "
              "opprette den."),
    ("53100", "Databaseserveren for {where} har ikke mer diskplass. Ingenting er lagret."),
    ("25006", "Databasen {where} kan bare leses. Ingenting er lagret."),
    ("55P03", "Prosjektet {where} er opptatt: en annen bruker har skrevet i det i mer enn 30 "
              "sekunder. Ingenting er lagret; prøv igjen om litt."),
    ("57P01", "Forbindelsen til databaseserveren for {where} ble brutt (serveren ble stoppet). "
              "Ingenting er lagret; prøv igjen."),
    ("08", "Forbindelsen til databaseserveren for {where} er brutt eller kunne ikke opprettes. "
           "Ingenting er lagret; sjekk nettverket og prøv igjen."),
    ("42501", "Databasebrukeren har ikke tilgang til {where}."),
)
# every wording above, for the English catalogue (desktop/core/i18n_texts.py)
WORDINGS = tuple(message for _, message in (*_SQLITE, *_POSTGRES))
_POSTGRES_TEXT: tuple[tuple[str, str], ...] = (
    ("password authentication failed", "28P01"),
    ("does not exist", "3D000"),
    ("connection refused", "08"),
    ("could not connect", "08"),
    ("server closed the connection", "08"),
    ("terminating connection", "57P01"),
    ("connection is closed", "08"),
    ("consuming input failed", "08"),
    ("lock timeout", "55P03"),
)


def where_of(url: str) -> str:
    """The file's path (SQLite) or the URL without its password."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite" and u.database:
        return u.database
    return display_url(url)


def storage_problem(exc: BaseException, where: str) -> StorageProblem | None:
    """The user's message for a refusal of the storage, or None when it is none."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    module = type(orig).__module__ or ""
    if module.startswith("sqlite3") or "sqlite" in module:
        for needle, message in _SQLITE:
            if needle in text:
                return worded(StorageProblem, message, where=where)
        return None
    if module.startswith("psycopg"):
        code = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None) or ""
        if not code:
            code = next((c for needle, c in _POSTGRES_TEXT if needle in text), "")
        if not code and type(orig).__name__ == "OperationalError":
            code = "08"
        for prefix, message in _POSTGRES:
            if code.startswith(prefix):
                return worded(StorageProblem, message, where=where)
        return None
    if isinstance(orig, OSError):
        return os_problem(orig, where)
    return None


def os_problem(exc: OSError, where: str) -> StorageProblem:
    import errno

    if exc.errno == errno.ENOSPC:
        return worded(StorageProblem, "Det er ikke plass på disken med {where}. Ingenting er "
                      "lagret.", where=where)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return worded(StorageProblem, "Ingen skrivetilgang til {where}. Ingenting er lagret.",
                      where=exc.filename or where)
    return worded(StorageProblem, "Kan ikke bruke {where}: {reason}.",
                  where=exc.filename or where, reason=exc.strerror or exc)


def install(engine: Engine, where: str) -> None:
    """Raise `StorageProblem` for what the engine's driver refuses (see module doc)."""

    def handle(ctx: Any) -> None:
        problem = storage_problem(ctx.original_exception, where)
        if problem is not None:
            raise problem from ctx.original_exception

    event.listen(engine, "handle_error", handle)
