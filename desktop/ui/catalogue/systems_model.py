"""The distinct systems of the catalogue tab (undecided names greyed), the names each is made
of below."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from desktop.core.catalogue.reasons import shown as reason_text
from desktop.core.catalogue.results import Member
from desktop.ui import icons, tones
from desktop.ui.catalogue.model_common import (
    NO_AREA_KEY,
    joined,
    origin_text,
    source_color,
    source_text,
)
from desktop.ui.catalogue.snapshot import SystemItem
from desktop.ui.catalogue.texts import percent_text
from desktop.ui.catalogue.two_level_model import TwoLevelModel
from desktop.ui.formatting import format_amount, format_integer
from desktop.ui.i18n import plural

Y_PRODUCT, Y_INSTALLATIONS, Y_MUNICIPALITIES, Y_USERS, Y_COST, Y_VENDOR, Y_AREA, Y_SOURCE, \
    Y_REASON = range(9)


class SystemsModel(TwoLevelModel):
    """Distinct systems (and undecided names, greyed), the names each is made of below."""

    NUMERIC = (Y_INSTALLATIONS, Y_MUNICIPALITIES, Y_USERS, Y_COST)

    def headers(self) -> list[str]:
        return [self.tr("System"), self.tr("Inst."), self.tr("Municipalities"),
                self.tr("Users"), self.tr("Cost/year"), self.tr("Vendor"),
                self.tr("Service area"), self.tr("Source"), self.tr("Reason")]

    def header_tips(self) -> dict[int, str]:
        return {Y_INSTALLATIONS: self.tr("Installations in use"),
                Y_USERS: self.tr("Users, summed over the installations that give a number"),
                Y_COST: self.tr("Annual cost, summed over the installations that give one"),
                Y_SOURCE: self.tr("Where the system and its names came from; purple: from "
                                  "an imported word list")}

    def name_font(self, item: SystemItem) -> QFont:
        if item.decided:
            return self._bold
        font = QFont()  # an undecided name: italic (and grey)
        font.setItalic(True)
        return font

    def alignment(self, item: Any, child: bool, col: int) -> int | None:
        if child and col == Y_MUNICIPALITIES:  # a name's municipalities are listed
            return None
        return super().alignment(item, child, col)

    def children_of(self, item: SystemItem) -> tuple[Member, ...]:
        return item.members

    def key_of(self, item: SystemItem) -> str | None:
        return item.row.service_area or NO_AREA_KEY

    def display(self, item: Any, child: bool, col: int) -> str:
        """One cell's text (worked out for that cell only: views ask for many)."""
        if child:
            m: Member = item
            if col == Y_PRODUCT:
                return m.name
            if col == Y_VENDOR:
                return m.vendor or ""
            if col == Y_AREA:
                return m.service_area or ""
            if col == Y_INSTALLATIONS:
                return format_integer(m.installations)
            if col == Y_MUNICIPALITIES:
                return self.municipality_names(m.municipalities)
            if col == Y_SOURCE:
                return source_text(m.source)
            if col == Y_REASON:
                return reason_text(m.reason)
            return ""
        x: SystemItem = item
        if col == Y_PRODUCT:
            return x.row.product
        if col == Y_VENDOR:
            return x.row.vendor or ""
        if col == Y_AREA:
            return x.row.service_area or ""
        if col == Y_INSTALLATIONS:
            return format_integer(x.installations)
        if col == Y_MUNICIPALITIES:
            return format_integer(len(x.municipalities))
        if col == Y_USERS:
            return format_integer(x.users)
        if col == Y_COST:
            return format_amount(x.annual_cost)
        if col == Y_SOURCE:
            source = origin_text(x.row.origin)
            if x.from_dictionary and x.row.origin != "dictionary":
                source = QCoreApplication.translate("CatalogueTexts", "%1, word list").replace(
                    "%1", source)
            return source
        if col == Y_REASON:
            return "" if x.decided else joined(x.names)
        return ""

    def sort_value(self, item: Any, child: bool, col: int) -> Any:
        if child:
            m: Member = item
            if col == Y_INSTALLATIONS:
                return m.installations
            if col == Y_MUNICIPALITIES:
                return len(m.municipalities)
            return super().sort_value(item, child, col)
        x: SystemItem = item
        numbers = {Y_INSTALLATIONS: x.installations, Y_MUNICIPALITIES: len(x.municipalities),
                   Y_USERS: x.users, Y_COST: x.annual_cost}
        if col in numbers:
            return numbers[col]
        return super().sort_value(item, child, col)

    def role_data(self, item: Any, child: bool, col: int, role: int) -> Any:
        if child:
            m: Member = item
            if role == Qt.ItemDataRole.DecorationRole and col in (Y_PRODUCT, Y_SOURCE):
                return icons.dot(source_color(m.source))
            if role == Qt.ItemDataRole.ToolTipRole:
                if col in (Y_PRODUCT, Y_SOURCE, Y_REASON):
                    lines = [self.tr("Written as: %1").replace("%1", joined(m.names))]
                    if m.source:
                        lines.append(self.tr("%1, confidence %2").replace(
                            "%1", source_text(m.source)).replace(
                            "%2", percent_text(m.confidence)))
                    if m.reason:
                        lines.append(reason_text(m.reason))
                    return "\n".join(lines)
                if col == Y_MUNICIPALITIES:
                    return self.municipality_names(m.municipalities) or None
            if role == Qt.ItemDataRole.ForegroundRole and m.source == "dictionary" \
                    and col in (Y_PRODUCT, Y_SOURCE):
                return tones.PURPLE.color()
            return None
        x: SystemItem = item
        if role == Qt.ItemDataRole.DecorationRole and col in (Y_PRODUCT, Y_SOURCE):
            if x.from_dictionary:
                return icons.dot(icons.PURPLE)
            return icons.dot(icons.GREY if not x.decided else (
                icons.BLUE if x.row.origin == "user" else icons.GREEN))
        if role == Qt.ItemDataRole.ForegroundRole:
            if not x.decided:
                return tones.MUTED.color()
            if x.from_dictionary and col in (Y_PRODUCT, Y_SOURCE):
                return tones.PURPLE.color()
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == Y_PRODUCT:
                lines = [x.row.product]
                if not x.decided:
                    lines.append(self.tr("Not decided yet: counted as a system of its own. "
                                         "Written as: %1").replace("%1", joined(x.names)))
                elif x.row.catalogue_key:
                    lines.append(self.tr("Catalogue product: %1").replace(
                        "%1", x.row.catalogue_key))
                if x.not_in_use:
                    lines.append(plural(self.tr(
                        "%n installation(s) no longer in use (not counted)", None,
                        x.not_in_use), x.not_in_use))
                return "\n".join(lines)
            if col == Y_MUNICIPALITIES:
                return self.municipality_names(x.municipalities) or None
            if col == Y_REASON:
                return joined(x.names, "\n") or None
            if col == Y_SOURCE and x.from_dictionary:
                return self.tr("Some or all of its names were decided by an imported word list.")
            if col == Y_PRODUCT and x.from_dictionary:
                return "\n".join([x.row.product, self.tr(
                    "Some or all of its names were decided by an imported word list.")])
        return None
