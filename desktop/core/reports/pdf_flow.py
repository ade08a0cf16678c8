"""Page flow rules reportlab does not have: no near-empty page.

- `Balanced`: a run of the story that ends where a page must end (before a decision note or a
  fact sheet, which start a page; a landscape table; a chapter that may start a page; the end
  of the report). When its last page would hold only a few lines, it breaks its page before
  that earlier, so that the last page carries at least `TAIL` of the frame.
- `WithFootnote`: a long table and the note under it; the note never goes alone onto the next
  page, it takes the table's last rows (and the repeated header) with it.
- `Para`: a paragraph that breaks its lines once per width (reportlab breaks them again at
  every wrap, and the frame, KeepTogether, table cells and `Balanced` each ask).
- `BreakIfSamePage`: the page break `Balanced` puts where it chose to end a page; it does
  nothing when the page has already turned.

`Balanced` finds its break by laying its flowables out the way reportlab's frame does
(`fill`: wrap, split, spaces between flowables, keep-with-next, KeepTogether, CondPageBreak)
without drawing, only near its end: until the run may end on the next page it lets the frame
take its flowables one by one (their heights are wrapped once and kept).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph
from reportlab.platypus.doctemplate import (
    ActionFlowable,
    FrameBreak,
    NullActionFlowable,
    _FrameBreak,
)
from reportlab.platypus.flowables import _ContainerSpace

TAIL = 0.4  # of the frame's height: the least a run's last page carries
FORCE_SPLIT = 0xFFFFFF  # a height no frame has: makes the frame ask for a split
_FUZZ = 1e-6
_ROUNDS = 8  # tries to find the earlier break


class Para(Paragraph):
    """A paragraph that keeps its lines for the width it was last wrapped to."""

    _wrapped: tuple[float, float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        last = self._wrapped
        if last is not None and last[0] == availWidth and "blPara" in self.__dict__:
            self.width, self.height = last[1], last[2]
            return last[1], last[2]
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, width, height)
        return width, height


class BreakIfSamePage(CondPageBreak):
    """A page break that happens only on the page it was planned on."""

    def __init__(self, page: int) -> None:
        super().__init__(float("inf"))
        self.page = page

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self.canv.getPageNumber() != self.page:
            return 0, 0
        return super().wrap(availWidth, availHeight)  # type: ignore[no-any-return]


class WithFootnote(Flowable):
    """A table and its note, the note kept with the table's last rows."""

    KEEP_ROWS = 2  # body rows (the total row counts) that go with the note

    def __init__(self, table: Any, note: Flowable) -> None:
        super().__init__()
        self.table, self.note = table, note

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return self.table.getSpaceBefore()  # type: ignore[no-any-return]

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.note.getSpaceAfter()  # type: ignore[no-any-return]

    def _gap(self) -> float:
        return max(self.note.getSpaceBefore() - self.table.getSpaceAfter(), 0) + \
            self.table.getSpaceAfter()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        tw, th = self.table.wrapOn(self.canv, availWidth, availHeight)
        nw, nh = self.note.wrapOn(self.canv, availWidth, availHeight)
        self._sizes = th, nh
        self.width, self.height = max(tw, nw), th + self._gap() + nh
        return self.width, self.height

    def draw(self) -> None:
        th, nh = self._sizes
        self.table.drawOn(self.canv, 0, nh + self._gap())
        self.note.drawOn(self.canv, 0, 0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        th = self.table.wrapOn(self.canv, availWidth, availHeight)[1]
        nh = self.note.wrapOn(self.canv, availWidth, availHeight)[1]
        if th + self._gap() + nh <= availHeight + _FUZZ:
            return [self]
        if th > availHeight:  # the table goes on over the page: the note stays with its rest
            parts = self.table.splitOn(self.canv, availWidth, availHeight)
            if len(parts) < 2:
                return []
            return [parts[0], WithFootnote(parts[1], self.note)]
        # the table would end on this page and the note not: its last rows go with the note
        heights = list(getattr(self.table, "_rowHeights", ()))
        body = len(heights) - getattr(self.table, "repeatRows", 0)
        keep = min(self.KEEP_ROWS, body - 1)
        if keep < 1:
            return []
        parts = self.table.splitOn(self.canv, availWidth, th - sum(heights[-keep:]) - 0.01)
        if len(parts) < 2:
            return []
        return [parts[0], FrameBreak(), WithFootnote(parts[1], self.note)]


def _keeps_with_next(f: Flowable) -> bool:
    return bool(f.getKeepWithNext()) and _kt_allowed(f)


def _kt_allowed(f: Flowable) -> bool:
    """reportlab's rule for what keep-with-next may group (doctemplate._ktAllow)."""
    return not (isinstance(f, _ContainerSpace) or getattr(f, "locChanger", False))


@dataclass
class Filled:
    """One page's part of a run laid out: what went on it, what is left, the space left."""

    placed: list[Flowable] = field(default_factory=list)
    rest: list[Flowable] = field(default_factory=list)
    left: float = 0.0

    def content(self) -> bool:
        return any(not isinstance(f, ActionFlowable | CondPageBreak) for f in self.placed)


def fill(flowables: Sequence[Flowable], canv: Any, width: float, height: float,
         at_top: bool, space_above: float = 0.0, grouped: set[int] | None = None) -> Filled:
    """Lay `flowables` into `height` points of a frame `width` wide as reportlab would
    (BaseDocTemplate.handle_flowable and Frame._add), without drawing. `space_above`: the
    space after the flowable above (spaces between flowables overlap); `grouped`: flowables
    already kept with their next (the doc clears their keepWithNext)."""
    queue = list(flowables)
    out = Filled(left=height)
    grouped = set() if grouped is None else grouped
    while queue:
        # keep-with-next: the doc puts such a flowable and the next in a KeepTogether
        n = 0
        while (n < len(queue) and id(queue[n]) not in grouped
               and _keeps_with_next(queue[n])):
            n += 1
        if n:
            if n < len(queue) and _kt_allowed(queue[n]):
                n += 1
            grouped.update(id(f) for f in queue[:n])
            queue[:n] = [KeepTogether(queue[:n])]
        f = queue.pop(0)
        if isinstance(f, PageBreak | _FrameBreak):
            out.rest = queue
            return out
        if isinstance(f, ActionFlowable):
            out.placed.append(f)
            continue
        if isinstance(f, CondPageBreak):
            if out.left < f.height:
                out.rest = queue
                return out
            out.placed.append(f)
            continue
        if isinstance(f, KeepTogether):
            inner = fill(f._content, canv, width, out.left, at_top, space_above, grouped)
            if not inner.rest:
                out.placed += inner.placed
                if inner.content():
                    at_top = False
                    space_above = _space_after(inner.placed)
                out.left = inner.left
                continue
            if not at_top:
                out.rest = [f, *queue]
                return out
            queue[0:0] = list(f._content)
            continue
        space = 0.0 if at_top else max(f.getSpaceBefore() - space_above, 0.0)
        room = out.left - space
        if room <= 0:
            out.rest = [f, *queue]
            return out
        h = f.wrapOn(canv, width, room)[1]
        if h <= room + _FUZZ:
            out.placed.append(f)
            after = f.getSpaceAfter()
            out.left -= h + space + after
            if h + space + after:
                at_top = False
            space_above = after
            continue
        parts = f.splitOn(canv, width, room)
        if not parts:
            out.rest = [f, *queue]
            return out
        queue[0:0] = parts
    return out


def _space_after(placed: list[Flowable]) -> float:
    for f in reversed(placed):
        if not isinstance(f, ActionFlowable | CondPageBreak):
            return float(f.getSpaceAfter())
    return 0.0


class Balanced(_ContainerSpace, Flowable):
    """A run of flowables whose last page is not left near-empty (see the module)."""

    def __init__(self, flowables: Sequence[Flowable], sizes: dict[int, Any] | None = None
                 ) -> None:
        super().__init__()
        self._content = list(flowables)
        # wrapped sizes by id(flowable), with the flowable (so that the id is still its own)
        self._sizes: dict[int, Any] = {} if sizes is None else sizes

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return availWidth, FORCE_SPLIT

    def draw(self) -> None:  # always split, never drawn
        return None

    def _size(self, f: Flowable, width: float, frame_height: float) -> tuple[float, float]:
        """The flowable's height and its spaces above and below (wrapped once)."""
        known = self._sizes.get(id(f))
        if known is not None and known[0] is f:
            return known[1]
        if isinstance(f, ActionFlowable | CondPageBreak):
            size = (0.0, 0.0)
        elif isinstance(f, KeepTogether):
            parts = [self._size(c, width, frame_height) for c in f._content]
            size = (sum(h for h, _ in parts), sum(s for _, s in parts))
        else:
            size = (f.wrapOn(self.canv, width, frame_height)[1],
                    f.getSpaceBefore() + f.getSpaceAfter())
        self._sizes[id(f)] = (f, size)
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        content = self._content
        if not content:
            return [NullActionFlowable()]
        frame = self._frame
        frame_height = frame._height
        at_top, above = bool(frame._atTop), float(getattr(frame, "_prevASpace", 0.0))
        sizes = [self._size(f, availWidth, frame_height) for f in content]
        if sum(h + s for h, s in sizes) <= availHeight:  # all on this page
            return [NullActionFlowable(), *content]
        if sum(h for h, _ in sizes) > availHeight + frame_height:  # not over on the next
            return self._go_on(content, sizes, availWidth, availHeight)
        first = fill(content, self.canv, availWidth, availHeight, at_top, above)
        if not first.rest:
            return [NullActionFlowable(), *content]
        last = fill(first.rest, self.canv, availWidth, frame_height, True)
        if last.rest:  # more than one page after this one
            return self._go_on(content, sizes, availWidth, availHeight)
        tail = TAIL * frame_height
        if frame_height - last.left >= tail:
            return [NullActionFlowable(), *content]
        page = self.canv.getPageNumber()
        used_above = frame_height - availHeight  # on this page before the run
        cut = availHeight
        for _ in range(_ROUNDS):
            cut -= tail - (frame_height - last.left) + 1
            if used_above + cut < tail:
                break
            first = fill(content, self.canv, availWidth, cut, at_top, above)
            if not first.content() or not first.rest:
                break
            last = fill(first.rest, self.canv, availWidth, frame_height, True)
            if last.rest or used_above + cut - first.left < tail:
                break
            if frame_height - last.left >= tail:
                return [NullActionFlowable(), *first.placed, BreakIfSamePage(page),
                        *first.rest]
        return [NullActionFlowable(), *content]

    def _go_on(self, content: list[Flowable], sizes: list[tuple[float, float]], width: float,
               height: float) -> list[Flowable]:
        """Hand the frame the flowables that surely go on this page (with what they keep
        with), keep the rest in a run. A first flowable that goes over the page is split
        here, so that the run keeps its rest (a long table at the end of a run)."""
        n, used = 0, 0.0
        while n < len(content) and used + sum(sizes[n]) <= height:
            used += sum(sizes[n])
            n += 1
        while 0 < n < len(content) and _keeps_with_next(content[n - 1]):
            n += 1
        if n == 0:
            head = content[0]
            if not isinstance(head, KeepTogether | ActionFlowable | CondPageBreak) \
                    and not _keeps_with_next(head):
                space = 0.0 if self._frame._atTop else head.getSpaceBefore()
                parts = head.splitOn(self.canv, width, height - space) if height > space else []
                if len(parts) >= 2 and not isinstance(parts[0], ActionFlowable):
                    return [NullActionFlowable(), parts[0],
                            Balanced([*parts[1:], *content[1:]], self._sizes)]
            n = 1
            while n < len(content) and _keeps_with_next(content[n - 1]):
                n += 1
        return [NullActionFlowable(), *content[:n], Balanced(content[n:], self._sizes)]
