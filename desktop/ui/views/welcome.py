"""What the window shows when no project is open: create, open, or pick a recent project."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class WelcomeView(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to Samdrift"))
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        intro = QLabel(self.tr(
            "Samdrift collects the facts for a pre-study of inter-municipal IT cooperation. "
            "Create a project and pick the participating municipalities, generate one "
            "questionnaire per municipality, and import the returned spreadsheets. "
            "Help → Guide shows the steps from new project to report."))
        intro.setWordWrap(True)
        intro.setMinimumWidth(560)
        new = QPushButton(self.tr("New project…"))
        new.setObjectName("welcomeNew")
        new.clicked.connect(self.new_requested)
        open_ = QPushButton(self.tr("Open project…"))
        open_.setObjectName("welcomeOpen")
        open_.clicked.connect(self.open_requested)
        self.demo = QPushButton(self.tr("Open the demo project"))
        self.demo.setObjectName("welcomeDemo")
        self.demo.setToolTip(self.tr(
            "Knutepunkt Sørlandet: seven municipalities with their answers, the system "
            "catalogue and three scenarios, to try everything without data of your own"))
        self.demo.clicked.connect(self.demo_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(open_)
        buttons.addWidget(self.demo)
        buttons.addStretch()
        self.recent_label = QLabel(self.tr("Recent projects:"))
        self.recent_model = QStringListModel(self)
        self.recent = QListView()
        self.recent.setObjectName("welcomeRecent")
        self.recent.setModel(self.recent_model)
        self.recent.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent.activated.connect(self._activated)
        self.recent.setMaximumHeight(200)

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent)
        column.addStretch()
        box = QWidget()
        box.setMaximumWidth(680)
        box.setLayout(column)
        layout = QHBoxLayout(self)
        layout.addStretch()
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addStretch()
        layout.setContentsMargins(24, 48, 24, 24)

    def set_recent(self, paths: list[str]) -> None:
        self.recent_model.setStringList(paths)
        self.recent_label.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))

    def _activated(self, index: QModelIndex) -> None:
        self.recent_requested.emit(index.data())
