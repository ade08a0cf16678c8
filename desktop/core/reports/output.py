"""Writing a report to a file in one of its formats, never leaving half a file behind.

The renderer writes to a temporary file beside the target; only a complete file is renamed
over the target. When writing fails or the user cancels, the temporary file is removed and
an existing file at the target is left as it was.
"""

from __future__ import annotations

import io
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from desktop.core.errors import InputError
from desktop.core.i18n import norwegian
from desktop.core.reports.document import Report
from desktop.core.reports.errors import Cancelled

Format = Literal["pdf", "xlsx", "docx"]
SUFFIXES: dict[Format, str] = {"pdf": ".pdf", "xlsx": ".xlsx", "docx": ".docx"}


def render(report: Report, fmt: Format, path: Path) -> None:
    """Write `report` as `fmt` to `path` (renderers are imported when needed), in Norwegian
    whatever the user's language."""
    with norwegian():
        _render(report, fmt, path)


def _render(report: Report, fmt: Format, path: Path) -> None:
    if fmt == "pdf":
        from desktop.core.reports.pdf import write_pdf

        write_pdf(report, path)
    elif fmt == "xlsx":
        from desktop.core.reports.xlsx import write_xlsx

        write_xlsx(report, path)
    elif fmt == "docx":
        from desktop.core.reports.docx import write_docx

        write_docx(report, path)
    else:
        raise InputError(f"Ukjent format: {fmt}")


def pdf_bytes(report: Report) -> bytes:
    """The report as a PDF in memory (for the print preview)."""
    from desktop.core.reports.pdf import write_pdf

    buffer = io.BytesIO()
    with norwegian():
        write_pdf(report, buffer)
    return buffer.getvalue()


def partial_path(path: Path) -> Path:
    """A temporary name beside `path` for the file being written."""
    return path.with_name(f".{path.stem}.{uuid.uuid4().hex[:8]}.partial{path.suffix}")


def write_report_file(report: Report, fmt: Format, path: Path,
                      cancelled: Callable[[], bool] = lambda: False,
                      renderer: Callable[[Report, Format, Path], None] = render) -> Path:
    """Write the report to `path` through a temporary file; Cancelled when the user cancelled
    before the file was complete (the target is then untouched)."""
    path = Path(path)
    tmp = partial_path(path)
    try:
        renderer(report, fmt, tmp)
        if cancelled():
            raise Cancelled()
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
