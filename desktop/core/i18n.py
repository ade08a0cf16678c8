"""The core's user-facing texts in the user's language (Qt-free, stdlib gettext).

The core's texts are written in Norwegian bokmål, the source language: the report is always
Norwegian, and so is every text the core stores. `tr(text)` gives a text in the current
language: the Norwegian text itself, or its English translation from the catalogue
`desktop/resources/locale/en/LC_MESSAGES/samdrift.mo` (compiled from the `.po` beside it by
`build/core_translations.py`, which also lists the texts without a translation). A text the
catalogue lacks is shown in Norwegian, never lost.

The language is one per process (`set_language`: the UI sets it with its own, the CLI from
the UI's saved setting or SAMDRIFT_LANG), with `norwegian()` to build the report in
Norwegian whatever the language: a per-thread override, so a report built on a worker thread
leaves the window's texts in English.
"""

from __future__ import annotations

import gettext
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

NORWEGIAN = "nb"
ENGLISH = "en"
LANGUAGES = (NORWEGIAN, ENGLISH)
DOMAIN = "samdrift"

_language = NORWEGIAN
_local = threading.local()


def set_language(language: str) -> None:
    """The process's language for the core's texts: "nb" (the default) or "en"."""
    global _language
    _language = language if language in LANGUAGES else NORWEGIAN


def language() -> str:
    """The language texts are given in on this thread now."""
    override: str | None = getattr(_local, "language", None)
    return override or _language


@contextmanager
def norwegian() -> Iterator[None]:
    """Texts in Norwegian on this thread while inside (the report)."""
    before = getattr(_local, "language", None)
    _local.language = NORWEGIAN
    try:
        yield
    finally:
        _local.language = before


@cache
def catalogue(language: str) -> gettext.NullTranslations:
    if language == NORWEGIAN:
        return gettext.NullTranslations()
    from desktop.paths import resource

    try:
        with open(resource("locale", language, "LC_MESSAGES", f"{DOMAIN}.mo"), "rb") as f:
            return gettext.GNUTranslations(f)
    except OSError:
        return gettext.NullTranslations()


def tr(text: str) -> str:
    """`text` (Norwegian) in the current language."""
    lang = _local.__dict__.get("language") or _language
    if lang == NORWEGIAN or not text:
        return text
    return catalogue(lang).gettext(text)


def trn(singular: str, plural: str, n: int) -> str:
    """The singular or plural Norwegian text for `n`, in the current language."""
    lang = language()
    if lang == NORWEGIAN:
        return singular if n == 1 else plural
    return catalogue(lang).ngettext(singular, plural, n)


def mark(text: str) -> str:
    """A text to translate where it is shown, not here (for build/core_translations.py)."""
    return text
