"""A stack that shows a helpful message instead of an empty table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget


class EmptyState(QStackedWidget):
    def __init__(self, content: QWidget, message: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.label = QLabel(message)
        self.label.setObjectName("emptyStateLabel")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setMargin(24)
        self.label.setStyleSheet("color: palette(placeholder-text); font-size: 13pt;")
        self.addWidget(content)
        self.addWidget(self.label)

    def set_message(self, message: str) -> None:
        self.label.setText(message)

    def set_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.label if empty else self.content)

    @property
    def is_empty(self) -> bool:
        return self.currentWidget() is self.label
