"""Reading a returned spreadsheet into plain rows, safely.

The format is told by the file's content, not its name (a `.xls` that is really `.xlsx` is
common). Every format is read by calamine (python-calamine: Rust, no entity expansion, formulas
never evaluated: the cached values are read, macros never loaded), which loads the 357 returns
of a national survey about 60 times faster than openpyxl did. Before calamine sees a file it
is measured (`scan_xlsx`, `scan_ods`, `scan_xls` against `limits.py`): a zip container against
a limit on uncompressed size, each sheet to be read against limits on rows, columns, cells and
text, an .xlsx for the parts it needs. Every reader failure becomes one Norwegian message.

openpyxl is no longer used for reading. What calamine does not give is taken from the file by
the same scan that measures it, at no extra pass: formula error values (`#DIV/0!`, which
calamine returns as empty), numbers beyond a float as typed (`1e400`, which it returns as
infinity), merged ranges of an .ods, and the saved-at date (`docProps/core.xml`, `meta.xml`,
the .xls summary information). Sheets the questionnaire does not use are not loaded from an
.xlsx at all. The template writer stays on openpyxl.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from defusedxml import ElementTree as SafeET

from desktop.core.importing.limits import (
    MAX_COMPRESSION_RATIO,
    MAX_FILE_BYTES,
    MAX_UNCOMPRESSED_BYTES,
    Extent,
    too_large,
)
from desktop.core.importing.rejection import RejectedFile, corrupt, password
from desktop.core.importing.scan_ods import scan_ods
from desktop.core.importing.scan_xls import scan_xls
from desktop.core.importing.scan_xlsx import scan_xlsx

__all__ = ["MAX_FILE_BYTES", "MAX_UNCOMPRESSED_BYTES", "Book", "RejectedFile", "SheetData",
           "load_book", "sniff"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
# Which sheets to load, given the workbook's sheet names in order.
SheetChooser = Callable[[Sequence[str]], Collection[str]]


def all_sheets(names: Sequence[str]) -> Collection[str]:
    return names


@dataclass
class SheetData:
    name: str
    # rows[i] is spreadsheet row i + 1, from column A, all rows as long; an empty cell is
    # None or "" (calamine gives "")
    rows: Sequence[Sequence[object]]
    hidden: bool = False
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2


@dataclass
class Book:
    format: str  # xlsx | xlsm | ods | xls
    sheets: dict[str, SheetData]
    saved_at: dt.datetime | None = None


def sniff(data: bytes, file_name: str) -> str:
    """The spreadsheet format of `data`, or RejectedFile saying what it is instead."""
    if not data:
        raise RejectedFile("empty", f"{file_name}: filen er tom (0 byte).")
    if len(data) > MAX_FILE_BYTES:
        raise too_large(file_name)
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise password(file_name)
        return "xls"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _sniff_zip(data, file_name)
    head = data[:8]
    if head.startswith(b"%PDF"):
        kind = "en PDF-fil"
    elif head.startswith(b"\x89PNG") or head.startswith(b"\xff\xd8\xff"):
        kind = "et bilde"
    elif head.lstrip().startswith((b"<", b"{")):
        kind = "en tekst-, HTML- eller XML-fil"
    else:
        kind = "ukjent innhold"
    if data.startswith(b"PK"):
        raise corrupt(file_name)
    raise RejectedFile("not_spreadsheet", f"{file_name}: filen er ikke et regneark ({kind}). "
                       "Bruk .xlsx, .xlsm, .ods eller .xls.")


def _sniff_zip(data: bytes, file_name: str) -> str:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except Exception as exc:  # BadZipFile, an unsupported zip version, a bad header …
        raise corrupt(file_name, "kan ikke pakkes ut") from exc
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if total > MAX_UNCOMPRESSED_BYTES or (info.file_size > 1 << 20
                                              and ratio > MAX_COMPRESSION_RATIO):
            raise RejectedFile("zip_bomb", f"{file_name}: filen pakker seg ut til mer enn "
                               "tillatt størrelse og blir ikke lest (mulig «zip-bombe»).")
    names = {i.filename for i in infos}
    if "mimetype" in names:
        try:
            mime = zf.read("mimetype")[:200].strip()
            manifest = zf.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names \
                else b""
        except Exception as exc:  # a damaged member: zlib, CRC, unsupported compression
            raise corrupt(file_name, "kan ikke pakkes ut") from exc
        if mime == ODS_MIME:
            if b"encryption-data" in manifest:
                raise password(file_name)
            return "ods"
        raise RejectedFile("not_spreadsheet", f"{file_name}: filen er ikke et regneark "
                           f"(«{mime.decode(errors='replace')[:80]}»).")
    if "xl/workbook.xml" in names:
        return "xlsm" if "xl/vbaProject.bin" in names else "xlsx"
    if "xl/workbook.bin" in names:
        raise RejectedFile("unsupported", f"{file_name}: binært Excel-format (.xlsb) støttes "
                           "ikke. Lagre filen som .xlsx.")
    if "word/document.xml" in names:
        raise RejectedFile("not_spreadsheet", f"{file_name}: filen er et Word-dokument, "
                           "ikke et regneark.")
    if "[Content_Types].xml" in names:
        raise RejectedFile("corrupt", f"{file_name}: filen mangler arbeidsboken "
                           "(xl/workbook.xml); den er skadet eller ikke et regneark.")
    raise RejectedFile("not_spreadsheet", f"{file_name}: filen er en zip-fil, ikke et regneark.")


def load_book(data: bytes, file_name: str, wanted: SheetChooser = all_sheets) -> Book:
    """The sheets `wanted` picks, read by calamine once the file is measured to be within the
    limits. RejectedFile, with one Norwegian message, for anything that cannot be read."""
    fmt = sniff(data, file_name)
    with _reader_errors(file_name, [None]):  # a fault of a scan is a file not read, too
        return _measured(data, file_name, fmt, wanted)


def _measured(data: bytes, file_name: str, fmt: str, wanted: SheetChooser) -> Book:
    merged: dict[str, list[tuple[int, int, int, int]]] = {}
    if fmt in ("xlsx", "xlsm"):
        xlsx = scan_xlsx(data, file_name, wanted)
        extents, saved_at, has_values = xlsx.extents, xlsx.saved_at, xlsx.has_values
        chosen: Collection[str] = set(extents)
    elif fmt == "ods":
        ods = scan_ods(data, file_name)
        extents, saved_at, merged = ods.extents, _ods_saved_at(data), ods.merged
        has_values = any(e.values for e in extents.values())
        chosen = set(wanted(list(extents)))
    else:
        xls = scan_xls(data, file_name)
        extents, saved_at = xls.extents, xls.saved_at
        has_values = any(e.values for e in extents.values())
        chosen = set(wanted(list(extents)))
    if not has_values:
        raise RejectedFile("empty", f"{file_name}: regnearket er tomt.")
    return Book(fmt, _read(data, file_name, chosen, extents, merged), saved_at)


def _read(data: bytes, file_name: str, chosen: Collection[str], extents: dict[str, Extent],
          merged: dict[str, list[tuple[int, int, int, int]]]) -> dict[str, SheetData]:
    from python_calamine import CalamineWorkbook

    sheets: dict[str, SheetData] = {}
    place: list[str | None] = [None]
    with _reader_errors(file_name, place), \
            CalamineWorkbook.from_filelike(io.BytesIO(data)) as wb:
        for meta in wb.sheets_metadata:
            name = meta.name
            if name not in chosen or name in sheets:
                continue
            place[0] = name
            sheet = wb.get_sheet_by_name(name)
            rows: list[list[Any]] = sheet.to_python(skip_empty_area=False)
            ranges = merged.get(name) or [
                (r1 + 1, c1 + 1, r2 + 1, c2 + 1)
                for (r1, c1), (r2, c2) in sheet.merged_cell_ranges or []]
            del sheet  # the reader's copy of the sheet
            extent = extents.get(name)
            if extent is not None and extent.raw:
                _put_raw(rows, extent.raw)
            hidden = meta.visible != meta.visible.Visible
            sheets[name] = SheetData(name, rows, hidden, ranges)
    return sheets


def _put_raw(rows: list[list[Any]], raw: dict[tuple[int, int], str]) -> None:
    """Values as the file holds them where calamine cannot give them (error values, 1e400)."""
    for (r, c), text in raw.items():
        if r <= len(rows) and c <= len(rows[r - 1]):
            rows[r - 1][c - 1] = text


@contextmanager
def _reader_errors(file_name: str, place: list[str | None]) -> Iterator[None]:
    """Every reader failure as one Norwegian RejectedFile naming the file and sheet; a Rust
    panic (pyo3's PanicException, a BaseException) included."""
    try:
        yield
    except RejectedFile:
        raise
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as exc:
        kind, text = type(exc).__name__, str(exc).lower()
        where = f"arket «{place[0]}»: " if place[0] else ""
        if kind == "PasswordError" or "password" in text or "encrypt" in text:
            raise password(file_name) from exc
        if kind == "WorksheetNotFound":
            detail = "et ark arbeidsboken viser til, mangler"
        elif "string index" in text or "shared string" in text:
            detail = "en tekstcelle viser til en tekst som mangler"
        elif kind == "XmlError" or "xml" in text:
            detail = "XML-innholdet er ødelagt"
        elif kind == "ZipError" or "zip" in text:
            detail = "zip-innholdet er ødelagt"
        elif "detect file format" in text:
            detail = "innholdet er ikke et regneark programmet kjenner igjen"
        else:
            detail = "innholdet er ugyldig"
        raise corrupt(file_name, where + detail) from exc


def _ods_saved_at(data: bytes) -> dt.datetime | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            info = zf.getinfo("meta.xml")
            if info.file_size > 1 << 20:
                return None
            root = SafeET.fromstring(zf.read(info))
    except Exception:  # a missing or damaged meta.xml only costs the date
        return None
    for el in root.iter():
        if el.tag.endswith("}date") and el.text:
            try:
                return dt.datetime.fromisoformat(el.text.strip()[:19])
            except ValueError:
                return None
    return None
