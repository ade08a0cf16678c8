"""Keep the English catalogue of the core's texts up to date (desktop/core/i18n.py):
`python build/core_translations.py [NEW.json]`, or `--check` to only check.

1. Finds the core's Norwegian texts: the literal first arguments of `tr(...)`, `trn(...)` and
   `mark(...)` in desktop/ (not Qt's `self.tr`; read with `ast`, as xgettext would), and the
   texts declared as data (desktop/core/i18n_texts.py: the scenario parameters' labels, units,
   sources and groups, the import issues' message templates).
2. Adds the translations given in NEW.json ({"norsk tekst": "English text"}; a plural as
   {"entall": ["singular", "plural"]} keyed by the Norwegian singular) to
   desktop/resources/locale/en/LC_MESSAGES/samdrift.po, and lists the texts still without one
   (exit status 1 when any is).
3. Compiles samdrift.mo beside it (sorted, so the same .po gives the same bytes; the .mo is
   committed, and tests/unit/test_core_i18n.py checks it is the .po compiled).

`--check` writes nothing: exit status 1 when a text has no translation or the .mo is not the
.po compiled.
"""

from __future__ import annotations

import ast
import json
import struct
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "desktop" / "resources" / "locale" / "en" / "LC_MESSAGES"
PO = LOCALE / "samdrift.po"
MO = LOCALE / "samdrift.mo"
HEADER = ("Project-Id-Version: Samdrift\nLanguage: en\nMIME-Version: 1.0\n"
          "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n"
          "Plural-Forms: nplurals=2; plural=(n != 1);\n")
# the calls whose literal arguments (by position) are texts: a trace line's label, unit and
# formula are translated when it is made (desktop/core/scenarios/trace.py); the UI imports tr
# as core_tr (lupdate would take a bare tr("…") for one of Qt's)
FUNCTIONS = {"tr": (0,), "core_tr": (0,), "mark": (0,), "trn": (0, 1), "TraceLine": (1, 3, 4),
             "worded": (1,)}

# (msgid, msgid_plural or None) -> msgstr list (one, or singular and plural)
Catalogue = dict[tuple[str, str | None], list[str]]


def _called(node: ast.Call) -> str | None:
    f = node.func  # tr("…") as imported from desktop.core.i18n (not Qt's self.tr)
    name = f.id if isinstance(f, ast.Name) else None
    return name if name in FUNCTIONS else None


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        return None if left is None or right is None else left + right
    return None


def code_texts(root: Path = ROOT) -> Iterator[tuple[str, str | None]]:
    paths = [*(root / "desktop" / "core").rglob("*.py"), *(root / "desktop" / "cli").rglob("*.py"),
             *(root / "desktop" / "ui").rglob("*.py"), *(root / "db").glob("*.py")]
    for path in sorted(paths):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = _called(node)
            if name is None:
                continue
            texts = [_literal(node.args[i]) if i < len(node.args) else None
                     for i in FUNCTIONS[name]]
            if name == "trn":
                if texts[0] is not None:
                    yield texts[0], texts[1]
                continue
            for text in texts:
                if text is not None:
                    yield text, None


def data_texts() -> Iterator[str]:
    sys.path.insert(0, str(ROOT))
    from desktop.core.i18n_texts import declared_texts

    yield from declared_texts()


def wanted() -> list[tuple[str, str | None]]:
    out = dict.fromkeys(code_texts())
    for text in data_texts():
        if text and (text, None) not in out:
            out[(text, None)] = None
    return [key for key in out if key[0]]


# --- the .po file ------------------------------------------------------------------------------


def _unquote(line: str) -> str:
    return str(ast.literal_eval(line))


def read_po(path: Path = PO) -> Catalogue:
    out: Catalogue = {}
    if not path.exists():
        return out
    entry: dict[str, str] = {}
    field = None

    def flush() -> None:
        if "msgid" in entry and entry["msgid"]:
            plural = entry.get("msgid_plural")
            strs = ([entry.get("msgstr[0]", ""), entry.get("msgstr[1]", "")] if plural is not None
                    else [entry.get("msgstr", "")])
            out[(entry["msgid"], plural)] = strs
        entry.clear()

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            if not line:
                flush()
                field = None
            continue
        if line.startswith('"'):
            if field is not None:
                entry[field] += _unquote(line)
            continue
        key, _, rest = line.partition(" ")
        if key == "msgid" and "msgid" in entry and field != "msgid":
            flush()
        field = key
        entry[field] = _unquote(rest)
    flush()
    return out


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _po_string(key: str, text: str) -> str:
    if len(text) < 70 and "\n" not in text:
        return f"{key} {_quote(text)}\n"
    parts = [text[i:i + 70] for i in range(0, len(text), 70)]
    return f'{key} ""\n' + "".join(f"{_quote(p)}\n" for p in parts)


def write_po(catalogue: Catalogue, path: Path = PO) -> None:
    body = ['# English translation of the Samdrift core\'s texts (desktop/core/i18n.py).\n'
            "# Edit with build/core_translations.py NEW.json; the .mo is compiled from it.\n"
            'msgid ""\n', 'msgstr ""\n'] + [f"{_quote(line + chr(10))}\n"
                                           for line in HEADER.splitlines()]
    for (msgid, plural), strs in catalogue.items():
        body.append("\n")
        body.append(_po_string("msgid", msgid))
        if plural is not None:
            body.append(_po_string("msgid_plural", plural))
            body.append(_po_string("msgstr[0]", strs[0]))
            body.append(_po_string("msgstr[1]", strs[1] if len(strs) > 1 else strs[0]))
        else:
            body.append(_po_string("msgstr", strs[0]))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(body), encoding="utf-8")


# --- the .mo file ------------------------------------------------------------------------------


def compile_mo(catalogue: Catalogue) -> bytes:
    """GNU gettext's .mo format (no hash table), the entries sorted by their msgid."""
    entries = {"": HEADER}
    for (msgid, plural), strs in catalogue.items():
        if not all(strs):
            continue
        if plural is None:
            entries[msgid] = strs[0]
        else:
            entries[msgid + "\0" + plural] = "\0".join(strs)
    keys = sorted(entries)
    ids = [k.encode() for k in keys]
    strs_ = [entries[k].encode() for k in keys]
    n = len(keys)
    start = 7 * 4 + 16 * n
    table_ids, table_strs, blob = [], [], b""
    for data in ids:
        table_ids.append((len(data), start + len(blob)))
        blob += data + b"\0"
    for data in strs_:
        table_strs.append((len(data), start + len(blob)))
        blob += data + b"\0"
    out = struct.pack("<7I", 0x950412DE, 0, n, 28, 28 + 8 * n, 0, 0)
    out += b"".join(struct.pack("<2I", *e) for e in table_ids)
    out += b"".join(struct.pack("<2I", *e) for e in table_strs)
    return out + blob


def missing(catalogue: Catalogue) -> list[tuple[str, str | None]]:
    return [key for key in wanted() if not all(catalogue.get(key, [""]))]


def main(argv: list[str]) -> int:
    check = "--check" in argv
    argv = [a for a in argv if a != "--check"]
    catalogue = read_po()
    if argv and not check:
        given = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
        plurals = {k[0]: k for k in wanted() if k[1] is not None}
        for source, english in given.items():
            if isinstance(english, list):
                key = plurals.get(source, (source, source))
                catalogue[key] = [str(e) for e in english]
            else:
                catalogue[(source, None)] = [str(english)]
    still = missing(catalogue)
    for msgid, plural in still:
        print(f"untranslated: {msgid!r}" + (f" / {plural!r}" if plural else ""))
    if check:
        stale = not MO.exists() or MO.read_bytes() != compile_mo(read_po())
        if stale:
            print(f"{MO.relative_to(ROOT)} is not {PO.name} compiled: run "
                  "build/core_translations.py")
        return 1 if still or stale else 0
    write_po(catalogue)
    MO.write_bytes(compile_mo(catalogue))
    print(f"{len(catalogue)} texts, {len(still)} without a translation; wrote {MO.name}")
    return 1 if still else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
