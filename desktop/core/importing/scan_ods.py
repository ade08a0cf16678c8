"""Measuring an .ods before calamine reads it (see limits.py for why).

calamine builds every table of `content.xml` when it opens the file (src/ods.rs), repeating a
cell `table:number-columns-repeated` times and a row `table:number-rows-repeated` times, so all
tables are measured, repeats multiplied out, and held to the limits together. It also rejects
what would make calamine read for ever (a table or a comment that does not end) and counts the
spaces `<text:s text:c="N"/>` stands for. The same pass gives what calamine does not: merged
ranges (`table:number-columns-spanned` / `-rows-spanned`)
and formula error values (`calcext:value-type="error"`, which calamine reads as 0).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

from desktop.core.importing.limits import MAX_MERGED_RANGES, Extent, check_book, check_sheet
from desktop.core.importing.rejection import corrupt, missing_part
from desktop.core.importing.xmlstream import check_tags, scan_part

_ATTRS = rb"((?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)"
_TAG = re.compile(rb"<(/?)table:(table|table-row|table-cell|covered-table-cell)(?=[\s/>])"
                  + _ATTRS + rb"\s*(/?)>")
_ANY_TAG = re.compile(rb"</?table:(?:table|table-row|table-cell|covered-table-cell)[\s/>]")
_CELL_END = {b"table-cell": re.compile(rb"</table:table-cell\s*>"),
             b"covered-table-cell": re.compile(rb"</table:covered-table-cell\s*>")}
_ATTR = re.compile(rb"([^\s=]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_MARKUP = re.compile(rb"<[^>]*>")
_SPACES = re.compile(rb"<text:s\b[^>]*?text:c=[\"']([0-9]{1,12})")
_VALUE_ATTRS = (b"office:value", b"office:string-value", b"office:date-value",
                b"office:time-value", b"office:boolean-value", b"table:formula",
                b"office:value-type")


@dataclass
class OdsLayout:
    extents: dict[str, Extent]  # every table, by name
    merged: dict[str, list[tuple[int, int, int, int]]] = field(default_factory=dict)


def scan_ods(data: bytes, file_name: str) -> OdsLayout:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        info = zf.getinfo("content.xml")
    except KeyError as exc:
        raise missing_part(file_name, "content.xml", "innholdet (arkene)") from exc
    except Exception as exc:  # BadZipFile, an unsupported zip version, a bad header …
        raise corrupt(file_name, "kan ikke pakkes ut") from exc
    layout = OdsLayout({})
    state = _State(file_name, layout)
    try:
        fh = zf.open(info)
    except Exception as exc:  # a bad local header, an unsupported compression, encryption
        raise corrupt(file_name, "delen «content.xml» kan ikke pakkes ut") from exc
    with fh:
        scan_part(fh, file_name, "content.xml", state.tokenize)
    check_book(file_name, layout.extents)
    return layout


def _int(file_name: str, attrs: dict[bytes, bytes], key: bytes) -> int:
    text = attrs.get(key)
    if text is None:
        return 1
    if not text.strip().isdigit() or len(text) > 9:
        raise corrupt(file_name, "content.xml har et ugyldig antall gjentatte rader eller celler")
    return max(int(text), 1)


class _State:
    def __init__(self, file_name: str, layout: OdsLayout) -> None:
        self.file_name = file_name
        self.layout = layout
        self.table: str | None = None
        self.extent = Extent()
        self.row = 0  # rows before the current one (repeats counted)
        self.row_repeat = 1
        self.col = 0  # cells before the current one in the row (repeats counted)

    def attrs(self, text: bytes) -> dict[bytes, bytes]:
        return {k: a or b for k, a, b in _ATTR.findall(text)} if text else {}

    def tokenize(self, buf: bytes, end: int, final: bool) -> int:
        pos = handled = 0
        m = None
        while (m := _TAG.search(buf, pos, end)) is not None:
            closing, tag, attr_text, empty = m.groups()
            if tag == b"table":
                if closing:
                    self.table = None
                else:
                    name = self.attrs(attr_text).get(b"table:name")
                    if name is not None:
                        self.start_table(name.decode("utf-8", errors="replace"))
            elif tag == b"table-row":
                if closing or empty:
                    self.row, self.col = self.row + self.row_repeat, 0
                    self.row_repeat = 1
                if not closing:
                    repeat = _int(self.file_name, self.attrs(attr_text),
                                  b"table:number-rows-repeated")
                    if empty:
                        self.row += repeat - 1
                    else:
                        self.row_repeat = repeat
            elif not closing:  # a cell
                content = b""
                stop = m.end()
                if not empty:
                    close = _CELL_END[tag].search(buf, m.end(), end)
                    if close is None:
                        break  # the cell's end is in the next chunk
                    content, stop = buf[m.end():close.start()], close.end()
                    handled += 1
                self.cell(self.attrs(attr_text), content, stop - m.start())
                pos, handled = stop, handled + 1
                continue
            pos, handled = m.end(), handled + 1
        else:
            pos = end
        if m is not None:
            pos = m.start()  # an incomplete cell: carried over
        check_tags(self.file_name, "content.xml", _ANY_TAG, buf, pos, handled)
        if self.table is not None:
            check_sheet(self.file_name, self.table, self.extent)
            if final:  # calamine reads an unterminated table for ever
                raise corrupt(self.file_name, f"arket «{self.table}» slutter ikke")
        return pos

    def start_table(self, name: str) -> None:
        self.table = name
        self.extent = self.layout.extents[name] = Extent()
        self.layout.merged[name] = []
        self.row, self.row_repeat, self.col = 0, 1, 0

    def cell(self, attrs: dict[bytes, bytes], content: bytes, size: int) -> None:
        if content.count(b"<office:annotation") != content.count(b"</office:annotation>"):
            # calamine reads an unterminated comment for ever
            raise corrupt(self.file_name, f"en merknad i arket «{self.table}» slutter ikke")
        spaces = sum(int(n) for n in _SPACES.findall(content)) if b"text:c=" in content else 0
        size += spaces  # <text:s text:c="N"/> is N spaces once read
        repeat = _int(self.file_name, attrs, b"table:number-columns-repeated")
        row, col = self.row + 1, self.col + 1
        self.col += repeat
        if self.table is None:
            return
        text = _MARKUP.sub(b"", content).strip()
        if not text and not any(k in attrs for k in _VALUE_ATTRS):
            return
        e = self.extent
        e.add(row, col, self.row_repeat, repeat)
        e.text_bytes += size * repeat * self.row_repeat
        spans = (_int(self.file_name, attrs, b"table:number-rows-spanned"),
                 _int(self.file_name, attrs, b"table:number-columns-spanned"))
        if spans != (1, 1):
            merged = self.layout.merged[self.table]
            if len(merged) < MAX_MERGED_RANGES:
                merged.append((row, col, row + spans[0] - 1, col + spans[1] - 1))
            e.merged += 1
        if attrs.get(b"calcext:value-type") == b"error" and text:
            e.raw[(row, col)] = text.decode("utf-8", errors="replace")
