"""A failure in background work is shown by its kind: a user error as a plain message, a bug as
the bug dialog with the traceback (never as a message that blames the user)."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.core.errors import InputError, is_user_error
from desktop.core.importing.norwegian import Unreadable
from desktop.ui import main_window


def _capture(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    plain: list[str] = []
    bugs: list[str] = []
    monkeypatch.setattr("desktop.ui.errors.QMessageBox.warning",
                        lambda parent, title, text: plain.append(text))
    monkeypatch.setattr("desktop.ui.dialogs.crash.CrashDialog.exec",
                        lambda self: bugs.append(self.details.toPlainText()) or 0)
    return plain, bugs


def _read_tables_raising(qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch,
                         exc: BaseException) -> None:
    def broken(_api: Any) -> Any:
        raise exc

    monkeypatch.setattr(main_window, "read_tables", broken)
    qtbot.waitUntil(lambda: window._tables_task is None, timeout=30000)
    window.reload_tables()
    qtbot.waitUntil(lambda: window._tables_task is None, timeout=30000)


def test_a_user_error_in_a_worker_is_a_message(qtbot: Any, window: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    plain, bugs = _capture(monkeypatch)
    _read_tables_raising(qtbot, window, monkeypatch,
                         InputError("Kommunenummeret må ha fire sifre"))
    assert plain == ["Kommunenummeret må ha fire sifre"] and bugs == []


@pytest.mark.parametrize("exc", [KeyError("municipality"), Unreadable("not_a_number")],
                         ids=["KeyError", "core-exception-not-a-UserError"])
def test_a_bug_in_a_worker_is_the_bug_dialog(qtbot: Any, window: Any,
                                             monkeypatch: pytest.MonkeyPatch,
                                             exc: BaseException) -> None:
    # Unreadable is defined in desktop.core but is no UserError: deciding by the raising
    # module's name showed it as the user's fault
    plain, bugs = _capture(monkeypatch)
    _read_tables_raising(qtbot, window, monkeypatch, exc)
    assert plain == [] and len(bugs) == 1
    assert type(exc).__name__ in bugs[0] and "in broken" in bugs[0]


def test_kinds() -> None:
    assert is_user_error(InputError("x")) and is_user_error(FileNotFoundError("x"))
    assert not is_user_error(Unreadable("negative")) and not is_user_error(TypeError())
