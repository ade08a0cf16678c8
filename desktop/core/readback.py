"""A Norwegian text read back against the wordings it was written from, to show it in the
user's language (desktop/core/i18n.py): for texts the core makes in Norwegian because the
report quotes them (a level-3 target's reason), translated where the app shows them. A
wording is the text with its changing parts as `{name}` (numbers, names: kept as written);
the wording with the most fixed text that fits whole wins; a text none fits is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from desktop.core.i18n import NORWEGIAN, language, tr

_PART = re.compile(r"\{(\w+)\}")


def pattern(wording: str) -> re.Pattern[str]:
    out, seen, at = [], set(), 0
    for m in _PART.finditer(wording):
        out.append(re.escape(wording[at:m.start()]))
        name = m.group(1)
        out.append(f"(?P={name})" if name in seen else f"(?P<{name}>.*?)")
        seen.add(name)
        at = m.end()
    out.append(re.escape(wording[at:]))
    return re.compile("".join(out), re.DOTALL)


def _fill(wording: str, parts: dict[str, str]) -> str:
    return _PART.sub(lambda x: parts.get(x.group(1), x.group(0)), wording)


def reader(wordings: Sequence[str], leading: Sequence[str] = ()) -> Callable[[str], str]:
    """`shown(text)`: `text` in the current language, by the first of `wordings` (most fixed
    text first) it fits; a text may also start with one of `leading` (fixed texts) followed
    by one of `wordings`."""
    ordered = [(w, pattern(w)) for w in sorted(dict.fromkeys(wordings),
                                               key=lambda w: -len(_PART.sub("", w)))]

    def whole(text: str) -> str | None:
        for wording, p in ordered:
            m = p.fullmatch(text)
            if m is not None:
                return _fill(tr(wording), m.groupdict())
        return None

    def shown(text: str) -> str:
        if not text or language() == NORWEGIAN:
            return text
        found = whole(text)
        if found is not None:
            return found
        for start in leading:
            if text.startswith(start) and (rest := whole(text[len(start):])) is not None:
                return tr(start) + rest
        return text

    return shown
