"""The suggestions of the catalogue tab: most uncertain first when sorted by confidence, their
names below."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.core.catalogue.reasons import shown as reason_text
from desktop.core.catalogue.results import Member, Suggestion
from desktop.ui import icons
from desktop.ui.catalogue.model_common import confidence_color, joined, kind_text
from desktop.ui.catalogue.snapshot import SuggestionItem
from desktop.ui.catalogue.texts import percent_text
from desktop.ui.catalogue.two_level_model import TwoLevelModel
from desktop.ui.formatting import format_integer

S_CONFIDENCE, S_PRODUCT, S_NAMES, S_REASON, S_MUNICIPALITIES, S_INSTALLATIONS, S_KIND, \
    S_VENDOR, S_AREA = range(9)


class SuggestionsModel(TwoLevelModel):
    """Suggestions (most uncertain first when sorted by confidence), their names below."""

    NUMERIC = (S_CONFIDENCE, S_INSTALLATIONS)
    BOLD_COLUMN = S_PRODUCT

    def headers(self) -> list[str]:
        return [self.tr("Confidence"), self.tr("Suggested system"), self.tr("Names as written"),
                self.tr("Reason"), self.tr("Municipalities"), self.tr("Inst."),
                self.tr("Suggestion"), self.tr("Vendor"), self.tr("Service area")]

    def header_tips(self) -> dict[int, str]:
        return {S_CONFIDENCE: self.tr("How sure the suggestion is (of its least certain name)"),
                S_INSTALLATIONS: self.tr("Installations"),
                S_KIND: self.tr("What the names are suggested to be")}

    def children_of(self, item: SuggestionItem) -> tuple[Member, ...]:
        """The names of a suggestion; none below a suggestion of one name (its row says it
        all, and acting on it acts on that name)."""
        members = item.suggestion.members
        return members if len(members) > 1 else ()

    def key_of(self, item: SuggestionItem) -> str | None:
        return item.suggestion.kind

    def display(self, item: Any, child: bool, col: int) -> str:
        """One cell's text (worked out for that cell only: views ask for many)."""
        if child:
            m: Member = item
            if col == S_CONFIDENCE:
                return percent_text(m.confidence)
            if col == S_PRODUCT:
                return m.name
            if col == S_NAMES:
                return joined(m.names)
            if col == S_MUNICIPALITIES:
                return self.municipality_names(m.municipalities)
            if col == S_INSTALLATIONS:
                return format_integer(m.installations)
            if col == S_REASON:
                return reason_text(m.reason)
            if col == S_VENDOR:
                return m.vendor or ""
            if col == S_AREA:
                return m.service_area or ""
            return ""
        s: Suggestion = item.suggestion
        if col == S_CONFIDENCE:
            return percent_text(s.confidence)
        if col == S_PRODUCT:
            return s.product
        if col == S_NAMES:
            return joined(item.names)
        if col == S_MUNICIPALITIES:
            return self.municipality_names(item.municipalities)
        if col == S_INSTALLATIONS:
            return format_integer(s.installations)
        if col == S_REASON:
            return reason_text(s.reason)
        if col == S_KIND:
            return kind_text(s.kind, item.target_origin)
        if col == S_VENDOR:
            return s.vendor or ""
        if col == S_AREA:
            return s.service_area or ""
        return ""

    def sort_value(self, item: Any, child: bool, col: int) -> Any:
        if child:
            m: Member = item
            if col == S_CONFIDENCE:
                return (m.confidence, -m.installations, self.text_key(m.name))
            if col == S_MUNICIPALITIES:
                return len(m.municipalities)
            if col == S_INSTALLATIONS:
                return m.installations
            return super().sort_value(item, child, col)
        s = item.suggestion
        if col == S_CONFIDENCE:  # the core's order: least certain, then most installations
            return (s.confidence, -s.installations, self.text_key(s.product))
        if col == S_MUNICIPALITIES:
            return len(item.municipalities)
        if col == S_INSTALLATIONS:
            return s.installations
        return super().sort_value(item, child, col)

    def role_data(self, item: Any, child: bool, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and col == S_CONFIDENCE:
            conf = item.confidence if child else item.suggestion.confidence
            return icons.dot(confidence_color(conf, self.threshold))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, child, col)
        return None

    def _tooltip(self, item: Any, child: bool, col: int) -> str | None:
        if child:
            m: Member = item
            if col in (S_PRODUCT, S_NAMES):
                return self.tr("Written as: %1").replace("%1", joined(m.names))
            if col == S_MUNICIPALITIES:
                return self.municipality_names(m.municipalities) or None
            if col == S_REASON:
                return reason_text(m.reason) or None
            return None
        s = item.suggestion
        if col in (S_PRODUCT, S_KIND, S_REASON):
            lines = [f"{kind_text(s.kind, item.target_origin)}: {s.product}"]
            if s.reason:
                lines.append(reason_text(s.reason))
            if s.alternative is not None:
                alt = s.alternative
                lines.append(self.tr("It may be «%1» instead (%2): %3").replace(
                    "%1", alt.product).replace("%2", percent_text(alt.confidence)).replace(
                    "%3", reason_text(alt.reason)))
            return "\n".join(lines)
        if col == S_NAMES:
            return joined(item.names, "\n")
        if col == S_MUNICIPALITIES:
            return self.municipality_names(item.municipalities) or None
        return None
