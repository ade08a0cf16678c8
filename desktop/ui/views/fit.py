"""Does a screen fit? `problems(root)` walks a widget tree and names what a person would see
cut: a label, button, tab or column header whose text is wider (or a wrapped label taller)
than its widget, a combo box or filter field whose text does not show whole, a table whose
leading columns are off to the right, a pane of a splitter narrower than a usable width, a
window larger than its screen. Used by `make screenshots` (build/screenshots.py) and by the
laptop test (tests/gui/test_laptop_fit.py).

`resize_on_screen` gives a window or dialog its preferred size, but never more than the
screen it opens on has room for.

A table may say that it scrolls sideways by nature (a column per year or per municipality):
`table.setProperty(WIDE, n)` asks only that its first n columns (in visual order) fit.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

MIN_PANE = 200  # logical pixels: narrower than this, a pane shows no value whole
WIDE = "fitLeadingColumns"  # a table property: only this many leading columns need to fit
SLACK = 2  # pixels of rounding forgiven


def available(widget: QWidget | None = None) -> QRect:
    """The room on the screen `widget` is on (or the primary screen), without task bars."""
    screen: QScreen | None = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1920, 1080)


def resize_on_screen(widget: QWidget, width: int, height: int) -> QSize:
    """Resize to width × height, or less where the screen (less a margin for the frame) has
    not that much room; never below what the layout needs, unless the screen is smaller."""
    area = available(widget.parentWidget() or widget)
    room_w, room_h = area.width() - 16, area.height() - 48  # the frame and title bar
    size = QSize(min(width, room_w), min(height, room_h))
    need = widget.minimumSizeHint()
    if need.isValid():
        size = QSize(max(size.width(), min(need.width(), room_w)),
                     max(size.height(), min(need.height(), room_h)))
    widget.resize(size)
    return size


def scrolling(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless scroll area: on a short screen it scrolls instead of holding
    the window taller than the screen (or being squeezed until its texts are cut)."""
    area = QScrollArea()
    area.setObjectName(f"{widget.objectName() or 'page'}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


def room_for_placeholder(edit: QLineEdit) -> None:
    """A filter field is never squeezed below its placeholder (what it filters), so that
    in a narrow pane its neighbours (a combo box) give way first."""
    need = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 16
    edit.setMinimumWidth(need + (24 if edit.isClearButtonEnabled() else 0))


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and (
        widget is root or widget.isVisibleTo(root))


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _plain(text: str) -> str:
    """A label's or button's text as shown: mnemonics' ampersands removed."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    rect = label.contentsRect()
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return (f"kuttet tekst «{_plain(text)[:60]}» ({need} > {label.height()} px høy, "
                    f"{_name(label)})")
        return None
    need = label.sizeHint().width()
    if need > label.width() + SLACK:
        return f"kuttet tekst «{_plain(text)[:60]}» ({need} > {rect.width()} px, {_name(label)})"
    return None


def _button(button: QAbstractButton) -> str | None:
    if not button.text() or isinstance(button, QToolButton) and isinstance(
            button.parentWidget(), QTabBar):
        return None
    need = button.sizeHint().width()
    if need > button.width() + SLACK:
        return (f"kuttet knapp «{_plain(button.text())[:60]}» ({need} > {button.width()} px, "
                f"{_name(button)})")
    return None


def _combo(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    icon = 0 if combo.itemIcon(combo.currentIndex()).isNull() else combo.iconSize().width() + 4
    need = combo.fontMetrics().horizontalAdvance(text) + icon
    if need > field.width() + SLACK:
        return f"kuttet valg «{text[:60]}» ({need} > {field.width()} px, {_name(combo)})"
    return None


def _line_edit(edit: QLineEdit) -> str | None:
    text = edit.text() or edit.placeholderText()
    if not text or edit.parentWidget() and isinstance(edit.parentWidget(), QComboBox):
        return None
    room = edit.width() - 12 - (24 if edit.isClearButtonEnabled() else 0)
    need = edit.fontMetrics().horizontalAdvance(text)
    if not edit.text() and need > room + SLACK:  # the placeholder says what the field is for
        return f"kuttet felt «{text[:60]}» ({need} > {room} px, {_name(edit)})"
    return None


def _tabs(bar: QTabBar) -> str | None:
    if bar.count() < 2:
        return None
    right = max(bar.tabRect(i).right() for i in range(bar.count()))
    left = min(bar.tabRect(i).left() for i in range(bar.count()))
    if right - left + 1 > bar.width() + SLACK:
        hidden = [bar.tabText(i) for i in range(bar.count())
                  if not bar.rect().contains(bar.tabRect(i))]
        return (f"faner som ikke får plass ({right - left + 1} > {bar.width()} px): "
                + ", ".join(_plain(t) for t in hidden[:4]))
    for i in range(bar.count()):
        if bar.tabRect(i).width() + SLACK < bar.tabSizeHint(i).width() - 1:
            return f"kuttet fane «{_plain(bar.tabText(i))}»"
    return None


def _table(view: QAbstractItemView, header: QHeaderView) -> list[str]:
    out: list[str] = []
    model = view.model()
    if model is None or not header.isVisible() or header.count() == 0:
        return out
    width = header.viewport().width() if header.viewport() else header.width()
    visual = [header.logicalIndex(v) for v in range(header.count())]
    shown = [c for c in visual if not header.isSectionHidden(c)]
    leading = view.property(WIDE)
    must = shown if leading is None else shown[:int(leading)]
    offset = header.offset()
    for col in must:
        end = header.sectionViewportPosition(col) + offset + header.sectionSize(col)
        if end > width + SLACK:
            title = str(model.headerData(col, header.orientation()) or col)
            out.append(f"kolonnen «{title}» i {_name(view)} er utenfor ({end} > {width} px)")
            break
    for col in shown:
        pos = header.sectionViewportPosition(col)
        if pos >= width or pos + header.sectionSize(col) <= 0:
            continue  # scrolled out of sight: not cut, only further on
        need = header.sectionSizeFromContents(col).width()
        if need > header.sectionSize(col) + SLACK:
            title = str(model.headerData(col, header.orientation()) or "")
            if title:
                out.append(f"kuttet kolonnetittel «{title}» i {_name(view)} "
                           f"({need} > {header.sectionSize(col)} px)")
    return out


def _pane(splitter: QSplitter, root: QWidget, min_pane: int) -> list[str]:
    out: list[str] = []
    if splitter.orientation().name != "Horizontal":
        return out
    for i in range(splitter.count()):
        pane = splitter.widget(i)
        if pane is None or not _shown(pane, root) or pane.maximumWidth() < min_pane \
                or pane.objectName() == "sidebar":
            continue  # hidden, or narrow by design (Qt's file dialog's list of places)
        if pane.width() < min_pane:
            out.append(f"smal rute {_name(pane)} ({pane.width()} px) i {_name(splitter)}")
    return out


def _window(window: QWidget) -> str | None:
    area = available(window)
    size = window.size()  # the frame is the window system's (none offscreen, when maximised)
    if window.isWindow() and (size.width() > area.width() + SLACK
                              or size.height() > area.height() + SLACK):
        return (f"vinduet {_name(window)} er større enn skjermen ({size.width()}×"
                f"{size.height()} > {area.width()}×{area.height()})")
    return None


def problems(root: QWidget, where: str = "", min_pane: int = MIN_PANE) -> list[str]:
    """What is cut or too narrow among the widgets shown in `root`, one line each."""
    found: list[str | None] = [_window(root)] if root.isWindow() else []
    for w in [root, *root.findChildren(QWidget)]:
        if not _shown(w, root):
            continue
        if isinstance(w, QLabel):
            found.append(_label(w))
        elif isinstance(w, QAbstractButton):
            found.append(_button(w))
        elif isinstance(w, QComboBox):
            found.append(_combo(w))
        elif isinstance(w, QLineEdit):
            found.append(_line_edit(w))
        elif isinstance(w, QTabBar):
            found.append(_tabs(w))
        elif isinstance(w, QSplitter):
            found.extend(_pane(w, root, min_pane))
        elif isinstance(w, QAbstractItemView) and isinstance(w, QAbstractScrollArea):
            header = getattr(w, "horizontalHeader", None) or getattr(w, "header", None)
            if header is not None:
                found.extend(_table(w, header()))
    prefix = f"{where}: " if where else ""
    return [prefix + p for p in found if p]
