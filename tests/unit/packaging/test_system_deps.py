"""`build/install-system-deps.sh`, which every `make` target runs first: on a machine that has
everything it runs no apt-get (a second `make test` must not call apt, and would fail offline);
on one that lacks something it asks apt for exactly that.

The machine is simulated with stub tools on PATH: `ldconfig` and `fc-list` print long listings
(as on a desktop, long enough that a `| grep -q` under pipefail sees its writer killed by
SIGPIPE, the bug that made 7 of 8 runs call apt-get), the programs the script looks for exist,
and `apt-get` only writes down that it was called.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "build" / "install-system-deps.sh"
LIBS = ("libEGL.so.1", "libGL.so.1", "libxkbcommon.so.0", "libfontconfig.so.1",
        "libdbus-1.so.3", "libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libxcb-icccm.so.4")

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")


def _stub(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    path.chmod(0o755)


def _machine(tmp_path: Path, libs: tuple[str, ...]) -> tuple[dict[str, str], Path]:
    stubs = tmp_path / "bin"
    stubs.mkdir()
    calls = tmp_path / "apt-calls"
    filler = "\n".join(f"\tlibfiller{i}.so.1 (libc6,x86-64) => /usr/lib/libfiller{i}.so.1"
                       for i in range(20000))
    (tmp_path / "ldconfig.txt").write_text(
        "\n".join(f"\t{lib} (libc6,x86-64) => /usr/lib/{lib}" for lib in libs) + "\n" + filler,
        encoding="utf-8")
    (tmp_path / "fc-list.txt").write_text(
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf: DejaVu Sans:style=Book\n"
        + "\n".join(f"/usr/share/fonts/x/Font{i}.ttf: Font {i}" for i in range(20000)),
        encoding="utf-8")
    _stub(stubs, "ldconfig", f"cat '{tmp_path / 'ldconfig.txt'}'")
    _stub(stubs, "fc-list", f"cat '{tmp_path / 'fc-list.txt'}'")
    for program in ("soffice", "pdftoppm", "initdb"):
        _stub(stubs, program, "exit 0")
    _stub(stubs, "apt-get", f"echo \"$@\" >> '{calls}'; exit 0")
    _stub(stubs, "python3", f"exec '{sys.executable}' \"$@\"")
    _stub(stubs, "id", "echo 0")  # as root: the script would call apt-get itself
    env = {**os.environ, "PATH": f"{stubs}:/usr/bin:/bin"}
    return env, calls


def _run(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(SCRIPT)], env=env, capture_output=True, text=True,
                          timeout=60, check=False)


def test_a_machine_that_has_everything_runs_no_apt_get(tmp_path: Path) -> None:
    env, calls = _machine(tmp_path, LIBS)
    for _ in range(8):
        done = _run(env)
        assert done.returncode == 0, done.stderr
    assert not calls.exists(), calls.read_text(encoding="utf-8")


def test_a_missing_library_is_asked_of_apt_by_its_package(tmp_path: Path) -> None:
    env, calls = _machine(tmp_path, tuple(lib for lib in LIBS if lib != "libEGL.so.1"))
    done = _run(env)
    assert done.returncode == 0, done.stderr
    asked = calls.read_text(encoding="utf-8")
    assert "install" in asked and "libegl1" in asked
    assert "libgl1" not in asked.split()  # only what is missing
