"""A throw-away PostgreSQL server for the tests (and .ci/run's twin in shell): initdb in a
temporary folder, a free port on 127.0.0.1, trust authentication, stopped at the end. As root
it runs as the `postgres` user (PostgreSQL refuses to run as root) in a folder that user owns.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


class Unavailable(Exception):
    """Why no server could be started (the reason the PostgreSQL runs are skipped)."""


def _binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    url: str  # of the `postgres` maintenance database
    folder: Path
    _as: list[str]
    _pg_ctl: str

    def stop(self) -> None:
        subprocess.run([*self._as, self._pg_ctl, "-D", str(self.folder / "data"), "-m",
                        "immediate", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server() -> Server:
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    if not initdb or not pg_ctl:
        raise Unavailable("PostgreSQL is not installed (no initdb); `make system-deps` "
                          "installs it where apt can")
    folder = Path(tempfile.mkdtemp(prefix="samdrift-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        try:
            import pwd

            pw = pwd.getpwnam("postgres")
        except KeyError as exc:
            raise Unavailable("running as root and there is no `postgres` user to run the "
                              "server as") from exc
        if not runuser:
            raise Unavailable("running as root without runuser")
        os.chown(folder, pw.pw_uid, pw.pw_gid)
        run_as = [runuser, "-u", "postgres", "--"]
    port = free_port()
    data = folder / "data"
    done = subprocess.run([*run_as, initdb, "-D", str(data), "-U", "samdrift", "--auth=trust",
                           "-E", "UTF8", "--no-locale", "--no-sync"],
                          capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        raise Unavailable(f"initdb failed: {done.stderr.strip()[-300:]}")
    options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
    done = subprocess.run([*run_as, pg_ctl, "-D", str(data), "-o", options, "-l",
                           str(folder / "server.log"), "-w", "-t", "60", "start"],
                          capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        log = (folder / "server.log").read_text(errors="replace")[-300:] \
            if (folder / "server.log").exists() else done.stderr
        shutil.rmtree(folder, ignore_errors=True)
        raise Unavailable(f"the server did not start: {log.strip()}")
    return Server(f"postgresql+psycopg://samdrift@127.0.0.1:{port}/postgres", folder, run_as,
                  pg_ctl)
