"""What the catalogue tab's models share: the filter key role, colours, and the texts of a
suggestion's kind, a system's origin and a decision's source."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.ui import icons, tones

Index = QModelIndex | QPersistentModelIndex

# The key a row is filtered by (a suggestion's kind, a system's service area).
KEY_ROLE = Qt.ItemDataRole.UserRole + 10
NO_AREA_KEY = ""
UNDECIDED_FOREGROUND = tones.MUTED
PURPLE = icons.PURPLE  # decisions that came from a word list (dictionary)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def kind_text(kind: str, origin: str | None = None) -> str:
    """What a suggestion proposes: a catalogue product, a system the project has, a new one,
    or merging two systems."""
    translate = QCoreApplication.translate
    if kind == "merge":
        return translate("CatalogueTexts", "Merge with system")
    if kind == "catalogue":
        return translate("CatalogueTexts", "Catalogue product")
    if kind == "system":
        if origin == "dictionary":
            return translate("CatalogueTexts", "Project system (from word list)")
        return translate("CatalogueTexts", "Project system")
    return translate("CatalogueTexts", "New system")


def origin_text(origin: str) -> str:
    """Where a distinct system came from."""
    texts = {"catalogue": QCoreApplication.translate("CatalogueTexts", "Catalogue"),
             "cluster": QCoreApplication.translate("CatalogueTexts", "Grouped automatically"),
             "user": QCoreApplication.translate("CatalogueTexts", "By you"),
             "dictionary": QCoreApplication.translate("CatalogueTexts", "Word list"),
             "undecided": QCoreApplication.translate("CatalogueTexts", "Not decided")}
    return texts.get(origin, origin)


def source_text(source: str | None) -> str:
    """Who decided a name."""
    texts = {"auto": QCoreApplication.translate("CatalogueTexts", "Automatic"),
             "user": QCoreApplication.translate("CatalogueTexts", "By you"),
             "dictionary": QCoreApplication.translate("CatalogueTexts", "Word list")}
    if source is None:
        return QCoreApplication.translate("CatalogueTexts", "Not decided")
    return texts.get(source, source)


def source_color(source: str | None) -> str:
    return {"auto": icons.GREEN, "user": icons.BLUE, "dictionary": icons.PURPLE}.get(
        source or "", icons.GREY)


def confidence_color(confidence: float, threshold: float) -> str:
    if confidence >= threshold:
        return icons.GREEN
    return icons.ORANGE if confidence >= 0.5 else icons.RED


def joined(values: Sequence[str], sep: str = "; ") -> str:
    return sep.join(values)
