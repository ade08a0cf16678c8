"""Keep the Norwegian translation up to date: `python build/translations.py [NEW.json]`, or
`--check` to only list the UI texts without a translation (exit status 1 when there are any).

1. Finds the UI texts (`self.tr(...)`, `translate(context, ...)`) that the catalogue
   (desktop/resources/translations/samdrift_nb.ts) lacks, with pyside6-lupdate into a temporary file
   (lupdate is never run on the catalogue itself: it drops the plural forms of bokmål).
2. Adds the translations given in NEW.json ({"Context": {"source": "oversettelse"}}) for them,
   and lists the ones still missing (exit status 1 when any is).
3. Compiles samdrift_nb.qm with pyside6-lrelease.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "desktop" / "resources" / "translations" / "samdrift_nb.ts"
BIN = Path(sys.executable).parent


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def _insert(text: str, context: str, source: str, translation: str, numerus: bool) -> str:
    """The catalogue's text with one message added at the end of its context (made when
    missing), in the layout lupdate writes, so the diff shows only what was added."""
    if numerus:
        body = ("        <translation>\n"
                + f"            <numerusform>{escape(translation)}</numerusform>\n" * 2
                + "        </translation>\n")
    else:
        body = f"        <translation>{escape(translation)}</translation>\n"
    attribute = ' numerus="yes"' if numerus else ""
    message = (f"    <message{attribute}>\n"
               f"        <source>{escape(source)}</source>\n{body}    </message>\n")
    head = f"<context>\n    <name>{escape(context)}</name>\n"
    at = text.find(head)
    if at < 0:
        end = text.rindex("</TS>")
        return text[:end] + head + message + "</context>\n" + text[end:]
    close = text.index("</context>", at)
    return text[:close] + message + text[close:]


def main(argv: list[str]) -> int:
    check = "--check" in argv
    argv = [a for a in argv if a != "--check"]
    given: dict[str, dict[str, str]] = {}
    if argv:
        given = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop" / "ui").rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(fresh)], cwd=ROOT,
                       check=True, capture_output=True)
        wanted = messages(fresh)
    text = TS.read_text(encoding="utf-8")
    have = messages(TS)
    missing = []
    for (context, source), message in wanted.items():
        if (context, source) in have:
            continue
        translated = given.get(context, {}).get(source)
        if translated is None:
            missing.append((context, source))
            continue
        text = _insert(text, context, source, translated, message.get("numerus") == "yes")
    if not check:
        TS.write_text(text, encoding="utf-8")
    for context, source in missing:
        print(f"mangler oversettelse: [{context}] {source}")
    if check:
        return 1 if missing else 0
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))],
                   check=True, capture_output=True)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
