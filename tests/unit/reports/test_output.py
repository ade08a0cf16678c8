"""Writing a report file never leaves half a file: a cancelled or failed write keeps what was
at the target and leaves no temporary file behind."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop.core.reports.document import Report
from desktop.core.reports.errors import Cancelled
from desktop.core.reports.output import Format, write_report_file
from tests.unit.reports.sample_report import sample_report


def _half_written(report: Report, fmt: Format, path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 half")


def _failing(report: Report, fmt: Format, path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 half")
    raise OSError(28, "No space left on device")


def test_writes_through_a_temporary_file(tmp_path: Path) -> None:
    out = write_report_file(sample_report(), "xlsx", tmp_path / "rapport.xlsx")
    assert openpyxl.load_workbook(out).sheetnames[0] == "Sammendrag"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.xlsx"]


def test_cancelled_while_writing_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "rapport.xlsx"
    target.write_bytes(b"the earlier report")
    with pytest.raises(Cancelled):
        write_report_file(sample_report(), "xlsx", target, cancelled=lambda: True,
                          renderer=_half_written)
    assert target.read_bytes() == b"the earlier report"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.xlsx"]


def test_a_failed_write_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(OSError, match="No space"):
        write_report_file(sample_report(), "docx", tmp_path / "s.docx", renderer=_failing)
    assert list(tmp_path.iterdir()) == []
