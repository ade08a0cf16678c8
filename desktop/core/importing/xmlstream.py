"""Streaming one XML part of a zip through a tokenizer, in bounded memory.

`scan_part` decompresses the part a megabyte at a time and hands the tokenizer the text with
the position of its last `<` (a tag never straddles it). The tokenizer returns how far it got;
the rest is carried over to the next chunk, at most `MAX_TOKEN` bytes. `check_tags` is the
tokenizers' guard: every tag start its pattern finds in what was consumed must have been
handled, so a tag the tokenizer did not understand (odd quoting, a CDATA trick) rejects the
file instead of leaving it unmeasured.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Callable
from typing import IO

from desktop.core.importing.rejection import RejectedFile, corrupt

CHUNK = 1 << 20
MAX_TOKEN = 4 << 20  # one element's XML (a cell with its text), at most

# (text, end, final) -> consumed; handles the complete tokens in text[:end] (all when final)
Tokenizer = Callable[[bytes, int, bool], int]


def scan_part(fh: IO[bytes], file_name: str, part: str, tokenize: Tokenizer) -> None:
    tail = b""
    while True:
        try:
            chunk = fh.read(CHUNK)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
                NotImplementedError, RuntimeError) as exc:
            raise corrupt(file_name, f"delen «{part}» kan ikke pakkes ut") from exc
        final = not chunk
        buf = tail + chunk if tail else chunk
        end = len(buf) if final else buf.rfind(b"<")
        if end < 0:
            end = 0
        consumed = tokenize(buf, end, final)
        if final:
            if consumed < len(buf):
                raise corrupt(file_name, f"delen «{part}» slutter midt i en celle")
            return
        tail = buf[consumed:]
        if len(tail) > MAX_TOKEN:
            raise RejectedFile("over_limits", f"{file_name}: delen «{part}» har en celle "
                               f"på over {MAX_TOKEN // (1024 * 1024)} MB og blir ikke lest.")


def check_tags(file_name: str, part: str, tag_start: re.Pattern[bytes], text: bytes,
               end: int, handled: int) -> None:
    """RejectedFile unless `handled` is the number of tag starts in text[:end]."""
    if len(tag_start.findall(text, 0, end)) != handled:
        raise corrupt(file_name, f"XML-en i delen «{part}» kan ikke tolkes sikkert")
