"""Reading and parsing returned files before the project is touched: inline, on a helper
thread, or in a reader process (issue 15).

Reading a file (measuring it against the limits, calamine) and parsing its values the Norwegian
way touch no database. For an import of several files they run in a reader process, so that
they use a second core while the importing process matches, compares and stores the file
before (its one transaction per file stays there); reading on a thread shares the importing
process's interpreter lock, and the two then take turns.

The reader process is started with 'spawn' (nothing inherited from the importing process: the
same on Linux, Windows and macOS, and in the frozen app, whose entry points call
`multiprocessing.freeze_support()`); it imports only the reading modules (not Qt, not the
database layer). It reads the files in order, at most `PROCESS_AHEAD` ahead of the one being
stored (a file above `PROCESS_MAX_BYTES`, 12 times a questionnaire as sent, is read by the
importing process when its turn comes, so that a large file is never held by both at once),
and sends each back as a `Read` (the file's bytes, the parsed return, without the sheets'
rows, which storing does not use) or its rejection (an `ImportResult`). The texts it
writes (issues, rejections) are Norwegian literals, as on the thread: they do not depend on
the UI language, which only the importing process knows; the reader process also sets its
language to Norwegian, so that nothing it writes could be translated.

- Cancelling the import, or an exception while storing, stops the reader process at once
  (terminated if it is reading); nothing it read is stored.
- A reader process that dies (a crash, killed) costs the file it was reading: that file gets
  one clear error (`reader_stopped`) and nothing from it is stored; a new reader process reads
  the files after it. After `MAX_READER_DEATHS` deaths in one import the remaining files are
  rejected the same way (something is wrong on the machine; importing them again is safe).
- If no reader process can be started (a restricted environment), the files are read on the
  helper thread, as before, with a warning in the log.

While the reader process starts (≈ 0.3 s: a new interpreter and these modules) the importing
process reads the first files itself; once it is ready the files go to it. When the importing
process has to wait for a file (the reader's core is busy with other work: the machine is
shared), it reads the next file not yet given to the reader itself meanwhile (at most
`READ_HERE_MAX` held), so that whichever process gets a core reads. An import of fewer
than `PROCESS_MIN_FILES` files is read on the thread: a process would save nothing.
`SAMDRIFT_IMPORT_READER=thread` keeps to the thread (to compare; or where processes misbehave).
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import signal
import time
import traceback
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Protocol, cast

from desktop.core.importing.files import Candidate, read_regular_file
from desktop.core.importing.parse import ParsedReturn, parse_book, sheets_to_read
from desktop.core.importing.readers import Book, RejectedFile, load_book
from desktop.core.project.results import ImportResult, IssueRow, Outcome
from desktop.core.questionnaire.spec import KNOWN_TEMPLATE_VERSIONS

log = logging.getLogger("samdrift.import")

READ_AHEAD_MAX_CELLS = 200_000
PROCESS_MIN_FILES = 4  # fewer files are read on the thread
PROCESS_AHEAD = 2  # files the reader process reads beyond the one being taken
READ_HERE_MAX = 2  # files the importing process reads ahead itself while the reader is behind
PROCESS_MAX_BYTES = 512 * 1024  # larger files are read in the importing process (sent: 40 kB)
MAX_READER_DEATHS = 3  # reader processes that may die in one import before the rest is refused
READER_START_SECONDS = 60.0  # a reader process not ready by then is taken as not startable
WAIT_SLICE_SECONDS = 0.1  # how often a wait for a file looks whether the import was cancelled
STOP_SECONDS = 2.0  # an idle reader process asked to end is terminated after this
READER_ENV = "SAMDRIFT_IMPORT_READER"


@dataclass
class Read:
    """A file read and parsed, before the project is touched."""

    name: str
    path: str
    data: bytes
    book: Book  # its format and saved-at date; the sheets' rows are not kept (parsed is)
    parsed: ParsedReturn
    cells: int  # the cells of the sheets read (what the file held in memory)


def read_file(candidate: Candidate) -> Read | ImportResult:
    """Read and parse one file (no database): the result, or the file's rejection."""
    result, error = _read_logged(candidate)
    if error is not None:
        log.error("import of %s failed\n%s", candidate.path, error)
    return result


def _read_logged(candidate: Candidate) -> tuple[Read | ImportResult, str | None]:
    """`read_file`, with the traceback of a fault of ours as text (a reader process sends it
    to the importing process, whose log it belongs in)."""
    path, name = candidate.path, candidate.path.name
    try:
        return read_bytes(read_regular_file(candidate), name, str(path)), None
    except RejectedFile as exc:
        return rejected(name, path, exc.code, exc.message), None
    except Exception:  # a fault of ours
        return internal_error(name, path), traceback.format_exc()


def read_bytes(data: bytes, file_name: str, path: str) -> Read:
    """Raises RejectedFile when nothing may be imported."""
    book = load_book(data, file_name, sheets_to_read)
    parsed = parse_book(book, file_name)
    ident = parsed.identity
    if ident is not None and ident.template_version not in KNOWN_TEMPLATE_VERSIONS:
        raise RejectedFile("unknown_template", f"{file_name}: ukjent malversjon "
                           f"«{ident.template_version}». Denne versjonen av Samdrift leser "
                           f"{', '.join(sorted(KNOWN_TEMPLATE_VERSIONS))}.")
    cells = sum(len(r) for sheet in book.sheets.values() for r in sheet.rows)
    return Read(file_name, path, data, Book(book.format, {}, book.saved_at), parsed, cells)


def small(read: Read | ImportResult) -> bool:
    """Whether the next file may be read while this one is stored: a questionnaire as sent
    holds about 5 000 cells; the largest file the limits accept holds 2 000 000 (≈ 250 MB)."""
    return not isinstance(read, Read) or read.cells <= READ_AHEAD_MAX_CELLS


def rejected(name: str, path: Path | str, code: str, message: str) -> ImportResult:
    return ImportResult(name, str(path), Outcome.REJECTED, message, code=code,
                        issues=(IssueRow(name, None, None, None, message, "error", code),))


def internal_error(name: str, path: Path | str) -> ImportResult:
    return rejected(name, path, "internal_error", f"{name}: filen kunne ikke importeres "
                    "på grunn av en feil i Samdrift; ingenting fra den er lagret. Meld "
                    "gjerne fra og legg ved filen.")


def reader_stopped(name: str, path: Path | str) -> ImportResult:
    return rejected(name, path, "reader_stopped", f"{name}: lesingen av filen stoppet "
                    "uventet (hjelpeprosessen som leser filene, ble avsluttet); ingenting fra "
                    "den er lagret. Prøv å importere den på nytt.")


class Reader(Protocol):
    """Files read ahead of the import: `start(i)` while file i - 1 is stored (after a small
    file), `take(i)` in order; a file not started is read when taken."""

    def start(self, i: int) -> None: ...

    def take(self, i: int) -> Read | ImportResult | None: ...

    def close(self) -> None: ...


def reader_for(files: Sequence[Candidate], cancelled: Callable[[], bool] | None = None
               ) -> Reader:
    """The reader process for several files, else (or if it cannot start) the thread."""
    if len(files) >= PROCESS_MIN_FILES and os.environ.get(READER_ENV, "") != "thread":
        try:
            return ProcessReader(files, cancelled)
        except Exception as exc:  # noqa: BLE001  # e.g. no processes allowed here
            log.warning("import: no reader process (%s); the files are read on a thread", exc)
    return ThreadReader(files)


class ThreadReader:
    """Files read and parsed on one helper thread, at most one ahead."""

    def __init__(self, files: Sequence[Candidate], first: int = 0) -> None:
        self.files = files
        self.first = first  # files before it are another reader's
        self.pending: dict[int, Future[Read | ImportResult]] = {}
        self.pool: ThreadPoolExecutor | None = None

    def close(self) -> None:
        if self.pool is not None:
            for f in self.pending.values():
                f.cancel()
            self.pool.shutdown(wait=True)  # a file being read is finished, then dropped
            self.pool = None

    def start(self, i: int) -> None:
        if self.first <= i < len(self.files) and i not in self.pending:
            if self.pool is None:
                self.pool = ThreadPoolExecutor(1, thread_name_prefix="samdrift-import-read")
            self.pending[i] = self.pool.submit(read_file, self.files[i])

    def take(self, i: int) -> Read | ImportResult:
        future = self.pending.pop(i, None)
        return future.result() if future is not None else read_file(self.files[i])


class ProcessReader:
    """Files read and parsed in one reader process, in order, at most `PROCESS_AHEAD` ahead
    of the file taken (see the module's docstring for stops, deaths and the fallback).
    `cancelled`: checked while waiting for a file, so that a cancel does not wait for it."""

    def __init__(self, files: Sequence[Candidate],
                 cancelled: Callable[[], bool] | None = None) -> None:
        self.files = files
        self.cancelled = cancelled
        self.sent = 0  # files 0 .. sent - 1 were given to a process (or kept, `here`)
        self.here: set[int] = set()  # files read here when taken: large ones
        self.read_here: dict[int, Read | ImportResult] = {}  # read here while waiting
        self.outstanding = 0  # files given to the process and not yet back
        self.deaths = 0
        self.fallback: Reader | None = None  # a thread, or refusing after too many deaths
        self._spawn()

    def _spawn(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        ours, theirs = ctx.Pipe(duplex=True)
        process = ctx.Process(target=reader_main, args=(theirs,), daemon=True,
                              name="samdrift-import-read")
        try:
            process.start()
        except BaseException:
            ours.close()
            raise
        finally:
            theirs.close()
        self.process, self.conn = process, ours
        self.ready = False
        self.started = time.monotonic()

    def start(self, i: int) -> None:
        """Keep the process busy: the files up to `PROCESS_AHEAD` beyond the one stored."""
        if self.fallback is not None:
            self.fallback.start(i)
        elif self.ready:
            self._send_until(i + PROCESS_AHEAD)

    def _send_until(self, end: int) -> None:
        """The files before `end` to the process, but large ones (read here when taken: the
        two processes would otherwise hold a large file each, the reader's as it reads it and
        the importing process's as it receives it)."""
        while self.sent < min(end, len(self.files)):
            candidate = self.files[self.sent]
            if self.sent in self.read_here or self.sent in self.here:
                pass  # read here already, or to be (after a new process was started)
            elif _size(candidate.path) > PROCESS_MAX_BYTES:
                self.here.add(self.sent)
            else:
                try:
                    self.conn.send((self.sent, candidate))
                except OSError:  # the process has ended: found out when a file is awaited
                    return
                self.outstanding += 1
            self.sent += 1

    def take(self, i: int) -> Read | ImportResult | None:
        """File i, or None when the import was cancelled while waiting for it. Until the
        process is ready (it is starting: imports), the files are read here, which is idle."""
        if self.fallback is None and not self.ready:
            self._look_for_ready(i)
        if self.fallback is not None:
            return self.fallback.take(i)
        if not self.ready:
            self.sent = max(self.sent, i + 1)
            return read_file(self.files[i])
        self.sent = max(self.sent, i)
        self._send_until(i + 1 + PROCESS_AHEAD)
        if i in self.read_here:
            return self.read_here.pop(i)
        if i in self.here:
            self.here.discard(i)
            return read_file(self.files[i])
        return self._receive(i)

    def _read_one_here(self) -> bool:
        """While the reader process is behind (its core is busy with other work): the next
        file not given to it, read here (at most `READ_HERE_MAX` held), so that whichever
        process gets a core reads. False when there is none to read."""
        j = self.sent
        if len(self.read_here) >= READ_HERE_MAX or j >= len(self.files):
            return False
        self.sent = j + 1
        if j in self.here or _size(self.files[j].path) > PROCESS_MAX_BYTES:
            self.here.add(j)  # large: read when taken
        else:
            self.read_here[j] = read_file(self.files[j])
        return True

    def _look_for_ready(self, i: int) -> None:
        """Whether the process has started; if it ended or hangs first, the thread reads from
        file i on."""
        try:
            while not self.ready and self.conn.poll():
                self.ready = self.conn.recv() == "ready"
        except (EOFError, OSError):
            pass
        if self.ready:
            return
        if not self.process.is_alive():
            reason = f"exit code {self.process.exitcode}"
        elif time.monotonic() - self.started > READER_START_SECONDS:
            reason = f"not ready after {READER_START_SECONDS:.0f} s"
        else:
            return
        log.warning("import: the reader process did not start (%s); the files are read on a "
                    "thread", reason)
        self._stop()
        self.fallback = ThreadReader(self.files, first=i)

    def _receive(self, i: int) -> Read | ImportResult | None:
        while True:
            while not self.conn.poll():
                if self.cancelled is not None and self.cancelled():
                    return None
                if not self.process.is_alive():
                    break
                if not self._read_one_here():
                    wait([self.conn, self.process.sentinel], timeout=WAIT_SLICE_SECONDS)
            try:
                message = _recv(self.conn) if self.conn.poll() else None
            except (EOFError, OSError):
                message = None
            except Exception:  # noqa: BLE001  # a result that cannot be unpickled: ours
                log.exception("import of %s: the reader's result cannot be read",
                              self.files[i].path)
                self.outstanding -= 1  # the next result, file i's (they come in order)
                return internal_error(self.files[i].path.name, self.files[i].path)
            if message is None:  # the process ended
                return self._died(i)
            index, result, error = message
            self.outstanding -= 1
            if error is not None:
                log.error("import of %s failed\n%s", self.files[index].path, error)
            if index == i:
                return cast("Read | ImportResult", result)

    def _died(self, i: int) -> ImportResult:
        """File i was being read when the process ended: its error; the files after it are
        read by a new process (or refused, after too many deaths)."""
        candidate = self.files[i]
        log.error("import: the reader process ended (exit code %s) while reading %s",
                  self.process.exitcode, candidate.path)
        self._stop()
        self.deaths += 1
        if self.deaths >= MAX_READER_DEATHS:
            self.fallback = _Refusing(self.files)
        else:
            try:
                self._spawn()
            except Exception as exc:  # noqa: BLE001
                log.warning("import: no new reader process (%s); the rest is refused", exc)
                self.fallback = _Refusing(self.files)
            else:
                self.sent = i + 1
                self.here = {j for j in self.here if j > i}
        return reader_stopped(candidate.path.name, candidate.path)

    def close(self) -> None:
        if self.fallback is not None:
            self.fallback.close()
        if self.process is not None:
            self._stop()

    def _stop(self) -> None:
        """Ends the process: asked to if it is idle, else terminated (it may be reading)."""
        process, conn = self.process, self.conn
        self.process = None  # type: ignore[assignment]
        busy = self.outstanding > 0 and process.is_alive()
        self.outstanding = 0
        try:
            if not busy:
                conn.send(None)
        except (OSError, ValueError):
            pass
        conn.close()
        process.join(timeout=0 if busy else STOP_SECONDS)
        if process.is_alive():
            process.terminate()
            process.join(timeout=STOP_SECONDS)
            if process.is_alive():
                process.kill()
                process.join()
        process.close()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # the reader will say why it cannot be read
        return 0


def _recv(conn: Connection) -> Any:
    """A message from the reader process. A file's parsed return is some thousand small
    objects; the cyclic garbage collector would run a few times while they are unpickled (and
    look through every object of the process each time it runs fully), for nothing: nothing
    unpickled is garbage yet. It is held off meanwhile (for the whole process, briefly)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return conn.recv()
    finally:
        if enabled:
            gc.enable()


class _Refusing:
    """After too many reader deaths: every remaining file is refused with the same error."""

    def __init__(self, files: Sequence[Candidate]) -> None:
        self.files = files

    def start(self, i: int) -> None:
        pass

    def take(self, i: int) -> Read | ImportResult:
        return reader_stopped(self.files[i].path.name, self.files[i].path)

    def close(self) -> None:
        pass


def reader_main(conn: Connection) -> None:
    """The reader process: each file received is read and sent back, in order, until None
    (or the importing process is gone)."""
    from desktop.core import i18n

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the importing process's
    i18n.set_language(i18n.NORWEGIAN)
    try:
        conn.send("ready")
    except OSError:  # the import ended while this process started (it read the files itself)
        os._exit(0)
    with i18n.norwegian():
        while True:
            try:
                message: Any = conn.recv()
            except (EOFError, OSError):
                return
            if message is None:  # done: exit at once (the interpreter's teardown is no use
                conn.close()    # here, and the importing process would wait for it)
                os._exit(0)
            index, candidate = message
            result, error = _read_logged(candidate)
            try:
                conn.send((index, result, error))
            except OSError:  # the importing process is gone
                return
            except Exception:  # noqa: BLE001  # the result cannot be pickled: a fault of ours
                conn.send((index, internal_error(candidate.path.name, candidate.path),
                           traceback.format_exc()))
