"""Choosing a slot's common system in the targets table: a list of the participants' systems."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.ui.scenarios.targets_model import NO_SYSTEM, TargetSystemsModel

Index = QModelIndex | QPersistentModelIndex


class TargetDelegate(QStyledItemDelegate):
    def __init__(self, model: TargetSystemsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.targets = model

    def _source_row(self, index: Index) -> int:
        model = index.model()
        while hasattr(model, "mapToSource"):
            index = model.mapToSource(index)  # type: ignore[attr-defined]
            model = index.model()
        return index.row()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("targetSystemCombo")
        for text, data in self.targets.choices(self._source_row(index)):
            combo.addItem(text, data)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        choice = self.targets.row_at(self._source_row(index))
        if choice.rule == "override":
            at = editor.findData(choice.system_key)
        elif choice.rule == "none":
            at = editor.findData(NO_SYSTEM)
        else:
            at = 0
        editor.setCurrentIndex(max(at, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
