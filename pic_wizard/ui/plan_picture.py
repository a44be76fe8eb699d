"""The plan as a picture: services and domains left, subject and SAN slots right, a line
for each reason a name is needed.  Missing names are red with a cross and a dashed line;
names nothing needs, and the A/V Edge (not in the certificate), are grey and dashed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..core.documents.picture import Node, NodeKind, Picture, Slot, Status, build_picture, node_name
from ..core.rules.names import shown_name
from ..core.rules.plan import CertificatePlan
from ..core.values.record import mutable
from ..models._text import plain_tooltip

MARGIN = 12
PADDING = 6
GAP = 8  # between the boxes of a column
LEFT_WIDTH = 0.36  # of the width, each column
RIGHT_WIDTH = 0.40


def picture_text(text: str) -> str:
    return QCoreApplication.translate("Picture", text)


def reason_text(text: str) -> str:
    return QCoreApplication.translate("Reasons", text)


@mutable
class Box:
    rect: QRectF
    title: str
    lines: list[str]
    tooltip: str
    status: Status
    faint: bool = False  # grey and dashed: not in the certificate, or not needed


class Renderer:
    """Lays the picture out for a width and paints it (the report draws the same picture
    in SVG: core.documents.picture_svg)."""

    def __init__(self, font: QFont, palette: QPalette) -> None:
        self.font = font
        self.palette = palette
        self.picture: Picture | None = None
        self._left: list[Box] = []
        self._right: list[Box] = []

    # Geometry ------------------------------------------------------------------------

    def _line_height(self) -> int:
        return QFontMetrics(self.font).height()

    def _box_height(self, lines: int) -> float:
        return PADDING * 2 + self._line_height() * (1 + lines)

    def _node_lines(self, node: Node) -> list[str]:
        lines = [shown_name(line) for line in node.detail.splitlines()] if node.detail else []
        note = node.note_text(picture_text)
        if note:
            lines.append(note)
        return lines or [""]

    def _column_height(self, heights: list[float]) -> float:
        return sum(heights) + GAP * max(0, len(heights) - 1)

    def _heights(self) -> tuple[list[float], list[float]]:
        if self.picture is None:
            return [], []
        left = [self._box_height(len(self._node_lines(n))) for n in self.picture.nodes]
        right = [self._box_height(1) for _ in self.picture.slots]
        return left, right

    def size_hint(self) -> QSize:
        left, right = self._heights()
        height = max(self._column_height(left), self._column_height(right), 40.0)
        return QSize(760, int(height) + 2 * MARGIN + self._line_height() + GAP)

    def layout(self, width: int) -> None:
        self._left, self._right = [], []
        if self.picture is None:
            return
        picture = self.picture
        width = max(width, 360)
        top = MARGIN + self._line_height() + GAP  # the column headings
        left_heights, right_heights = self._heights()
        column = max(self._column_height(left_heights), self._column_height(right_heights))

        def stack(heights: list[float], x: float, w: float) -> list[QRectF]:
            y = top + (column - self._column_height(heights)) / 2  # the shorter one centred
            rects = []
            for h in heights:
                rects.append(QRectF(x, y, w, h))
                y += h + GAP
            return rects

        left_w = width * LEFT_WIDTH
        right_w = width * RIGHT_WIDTH
        for node, rect in zip(
            picture.nodes, stack(left_heights, MARGIN, left_w - MARGIN), strict=True
        ):
            names = [
                picture.slots[link.target].name for link in picture.links_from(len(self._left))
            ]
            tip = [node_name(node, picture_text)]
            if node.note:
                tip.append(node.note_text(picture_text))
            tip += [f"→ {shown_name(name)}" for name in dict.fromkeys(names)]
            status = Status.OK
            if any(link.status is Status.MISSING for link in picture.links_from(len(self._left))):
                status = Status.MISSING
            self._left.append(
                Box(
                    rect,
                    node.title(picture_text),
                    self._node_lines(node),
                    "\n".join(tip),
                    status,
                    faint=node.kind in (NodeKind.AV_EDGE, NodeKind.UNNEEDED),
                )
            )
        x = width - MARGIN - right_w
        for slot, rect in zip(picture.slots, stack(right_heights, x, right_w), strict=True):
            self._right.append(
                Box(
                    rect,
                    slot.title(picture_text),
                    [shown_name(slot.name)],
                    self._slot_tooltip(slot),
                    slot.status,
                    faint=slot.status is Status.EXTRA,
                )
            )

    def _slot_tooltip(self, slot: Slot) -> str:
        lines = [f"{slot.title(picture_text)}: {shown_name(slot.name)}"]
        lines += [f"• {reason.text(reason_text)}" for reason in slot.reasons]
        if slot.status is Status.MISSING:
            lines.append(QCoreApplication.translate("PlanPicture", "Missing from the certificate"))
        elif slot.status is Status.EXTRA:
            lines.append(
                QCoreApplication.translate(
                    "PlanPicture", "In the certificate, but no service needs it"
                )
            )
        return "\n".join(lines)

    # Painting ------------------------------------------------------------------------

    def _colours(self) -> dict[str, QColor]:
        palette = self.palette
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        return {
            "text": palette.color(QPalette.ColorRole.Text),
            "base": palette.color(QPalette.ColorRole.Base),
            "border": palette.color(
                QPalette.ColorRole.Mid if not dark else QPalette.ColorRole.Light
            ),
            "line": palette.color(QPalette.ColorRole.Highlight),
            "faint": palette.color(QPalette.ColorRole.PlaceholderText),
            "red": QColor("#ff6b6b" if dark else "#c62828"),
        }

    def paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = self._colours()
        if self.picture is None:
            return
        bold = QFont(self.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(colours["text"])
        heading_y = MARGIN + QFontMetrics(bold).ascent()
        if self._left:
            painter.drawText(
                QPointF(self._left[0].rect.left(), heading_y),
                QCoreApplication.translate("PlanPicture", "Services and domains"),
            )
        if self._right:
            painter.drawText(
                QPointF(self._right[0].rect.left(), heading_y),
                QCoreApplication.translate("PlanPicture", "In the certificate"),
            )
        # The lines first, under the boxes.
        for link in self.picture.links:
            start = self._left[link.source].rect
            end = self._right[link.target].rect
            a = QPointF(start.right(), start.center().y())
            b = QPointF(end.left(), end.center().y())
            path = QPainterPath(a)
            dx = (b.x() - a.x()) / 2
            path.cubicTo(QPointF(a.x() + dx, a.y()), QPointF(b.x() - dx, b.y()), b)
            colour = {
                Status.OK: colours["line"],
                Status.MISSING: colours["red"],
                Status.EXTRA: colours["faint"],
            }[link.status]
            pen = QPen(colour, 2.0 if link.status is Status.MISSING else 1.5)
            if link.status is not Status.OK:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        for box in self._left + self._right:
            self._paint_box(painter, box, colours, bold)

    def _paint_box(
        self, painter: QPainter, box: Box, colours: dict[str, QColor], bold: QFont
    ) -> None:
        missing = box.status is Status.MISSING
        border = colours["red"] if missing else colours["faint"] if box.faint else colours["border"]
        pen = QPen(border, 2.0 if missing else 1.0)
        if box.faint:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(colours["base"])
        painter.drawRoundedRect(box.rect, 6, 6)
        inner = box.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        line = self._line_height()
        mark = 0.0
        if missing:  # a cross, not colour alone
            size = line * 0.7
            mark = size + 6
            cross = QRectF(inner.right() - size, inner.top() + (line - size) / 2, size, size)
            painter.setPen(QPen(colours["red"], 2.0))
            painter.drawLine(cross.topLeft(), cross.bottomRight())
            painter.drawLine(cross.topRight(), cross.bottomLeft())
        text = colours["faint"] if box.faint else colours["text"]
        painter.setFont(bold)
        painter.setPen(colours["red"] if missing else text)
        title = QFontMetrics(bold).elidedText(
            box.title, Qt.TextElideMode.ElideRight, int(inner.width() - mark)
        )
        painter.drawText(
            QRectF(inner.left(), inner.top(), inner.width() - mark, line),
            Qt.AlignmentFlag.AlignLeft,
            title,
        )
        painter.setFont(self.font)
        painter.setPen(text)
        metrics = QFontMetrics(self.font)
        for row, value in enumerate(box.lines, start=1):
            shown = metrics.elidedText(value, Qt.TextElideMode.ElideMiddle, int(inner.width()))
            painter.drawText(
                QRectF(inner.left(), inner.top() + row * line, inner.width(), line),
                Qt.AlignmentFlag.AlignLeft,
                shown,
            )

    def box_at(self, point: QPointF) -> Box | None:
        for box in self._left + self._right:
            if box.rect.contains(point):
                return box
        return None


class PlanPicture(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = Renderer(self.font(), self.palette())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Picture of the certificate's names"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so a reader can read it

    @property
    def picture(self) -> Picture | None:
        return self.renderer.picture

    @property
    def _left(self) -> list[Box]:
        return self.renderer._left

    @property
    def _right(self) -> list[Box]:
        return self.renderer._right

    def set_plan(
        self,
        plan: CertificatePlan,
        present: Sequence[str] | None = None,
        common_name: str | None = None,
    ) -> None:
        self.set_picture(build_picture(plan, present, common_name))

    def set_picture(self, picture: Picture) -> None:
        self.renderer.picture = picture
        self.setAccessibleDescription("\n".join(picture.summary(picture_text)))
        self._relayout()
        self.updateGeometry()
        self.update()

    def summary(self) -> list[str]:
        return self.picture.summary(picture_text) if self.picture else []

    def _relayout(self) -> None:
        self.renderer.font = self.font()
        self.renderer.palette = self.palette()
        self.renderer.layout(self.width())

    def sizeHint(self) -> QSize:
        self.renderer.font = self.font()
        return self.renderer.size_hint()

    def minimumSizeHint(self) -> QSize:
        return QSize(360, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._relayout()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._relayout()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        try:
            self.paint(painter)
        finally:
            painter.end()

    def paint(self, painter: QPainter) -> None:
        self.renderer.palette = self.palette()
        self.renderer.paint(painter)

    def box_at(self, point: QPointF) -> Box | None:
        return self.renderer.box_at(point)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            box = self.box_at(QPointF(event.pos()))
            if box is not None:
                # Names come from a certificate or DNS: shown literally, never as rich text.
                QToolTip.showText(event.globalPos(), plain_tooltip(box.tooltip), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
