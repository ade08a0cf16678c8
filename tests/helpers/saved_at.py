"""Setting the date a spreadsheet says it was last saved (docProps/core.xml), as Excel does.

openpyxl stamps `now` on every save, so tests that need an order between re-sent versions set
the date afterwards in the file itself.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path


def set_saved_at(path: Path, when: dt.datetime) -> Path:
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data, n = re.subn(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                                  rb"\g<1>" + stamp + rb"\g<2>", data)
                assert n == 1, "no modified date in core.xml"
            zout.writestr(item, data)
    tmp.replace(path)
    return path
