"""Reading a returned spreadsheet into plain rows, safely.

The format is told by the file's content, not its name (a `.xls` that is really `.xlsx` is
common). `.xlsx`/`.xlsm` are read by openpyxl (XML through defusedxml, formulas never evaluated:
the cached values are read, macros are never loaded), `.ods` and `.xls` by calamine (Rust, no
entity expansion). Zip containers are checked against a limit on uncompressed size first.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field

from defusedxml import ElementTree as SafeET

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 300 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200  # per zip member, above 1 MiB

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


class RejectedFile(Exception):
    """A file that imports nothing. `code` is stable; the message is for the user."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class SheetData:
    name: str
    rows: Sequence[tuple[object, ...]]  # rows[i] is spreadsheet row i + 1, from column A
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
        raise RejectedFile("too_large", f"{file_name}: filen er større enn "
                           f"{MAX_FILE_BYTES // (1024 * 1024)} MB og blir ikke lest.")
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise RejectedFile("password", f"{file_name}: filen er passordbeskyttet. Be kommunen "
                               "sende den uten passord.")
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
        raise RejectedFile("corrupt", f"{file_name}: filen er skadet eller ufullstendig.")
    raise RejectedFile("not_spreadsheet", f"{file_name}: filen er ikke et regneark ({kind}). "
                       "Bruk .xlsx, .xlsm, .ods eller .xls.")


def _sniff_zip(data: bytes, file_name: str) -> str:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise RejectedFile("corrupt", f"{file_name}: filen er skadet eller ufullstendig "
                           f"(kan ikke pakkes ut: {exc}).") from exc
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
        mime = zf.read("mimetype").strip()
        if mime == ODS_MIME:
            manifest = zf.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names \
                else b""
            if b"encryption-data" in manifest:
                raise RejectedFile("password", f"{file_name}: filen er passordbeskyttet. Be "
                                   "kommunen sende den uten passord.")
            return "ods"
        raise RejectedFile("not_spreadsheet", f"{file_name}: filen er ikke et regneark "
                           f"({mime.decode(errors='replace')}).")
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


def load_book(data: bytes, file_name: str) -> Book:
    fmt = sniff(data, file_name)
    try:
        book = _load_openpyxl(data, fmt) if fmt in ("xlsx", "xlsm") else _load_calamine(data, fmt)
    except RejectedFile:
        raise
    except Exception as exc:  # every reader failure on a file means: damaged file
        text = str(exc)
        if "password" in text.lower() or "encrypt" in text.lower():
            raise RejectedFile("password", f"{file_name}: filen er passordbeskyttet. Be "
                               "kommunen sende den uten passord.") from exc
        raise RejectedFile("corrupt", f"{file_name}: filen er skadet eller ufullstendig og "
                           f"kan ikke leses ({type(exc).__name__}: {text[:200]}).") from exc
    if not any(any(v is not None and v != "" for v in row)
               for sheet in book.sheets.values() for row in sheet.rows):
        raise RejectedFile("empty", f"{file_name}: regnearket er tomt.")
    return book


_MERGE_RE = re.compile(rb'<(?:\w+:)?mergeCell [^>]*ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def _load_openpyxl(data: bytes, fmt: str) -> Book:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_vba=False,
                       keep_links=False, rich_text=False)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        sheets: dict[str, SheetData] = {}
        for ws in wb.worksheets:
            rows = list(ws.iter_rows(values_only=True))
            merged: list[tuple[int, int, int, int]] = []
            part = getattr(ws, "_worksheet_path", None) or getattr(ws, "worksheet_path", None)
            if part:
                xml = zf.read(part.lstrip("/"))
                merged = [(int(r1), _col_index(c1), int(r2), _col_index(c2))
                          for c1, r1, c2, r2 in _MERGE_RE.findall(xml)]
            sheets[ws.title] = SheetData(ws.title, rows, ws.sheet_state != "visible", merged)
        modified = wb.properties.modified
        return Book(fmt, sheets, modified if isinstance(modified, dt.datetime) else None)
    finally:
        wb.close()


def _load_calamine(data: bytes, fmt: str) -> Book:
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
    sheets: dict[str, SheetData] = {}
    for meta in wb.sheets_metadata:
        sheet = wb.get_sheet_by_name(meta.name)
        rows = [tuple(None if v == "" else v for v in r)
                for r in sheet.to_python(skip_empty_area=False)]
        hidden = str(getattr(meta, "visible", "visible")).lower().split(".")[-1] != "visible"
        merged: list[tuple[int, int, int, int]] = []
        try:
            for (r1, c1), (r2, c2) in sheet.merged_cell_ranges or []:
                merged.append((r1 + 1, c1 + 1, r2 + 1, c2 + 1))
        except (TypeError, ValueError):  # not every format reports merged ranges
            merged = []
        sheets[meta.name] = SheetData(meta.name, rows, hidden, merged)
    return Book(fmt, sheets, _ods_saved_at(data) if fmt == "ods" else None)


def _ods_saved_at(data: bytes) -> dt.datetime | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            root = SafeET.fromstring(zf.read("meta.xml"))
    except (KeyError, zipfile.BadZipFile, SafeET.ParseError):
        return None
    for el in root.iter():
        if el.tag.endswith("}date") and el.text:
            try:
                return dt.datetime.fromisoformat(el.text.strip()[:19])
            except ValueError:
                return None
    return None
