"""The picture of a plan (``picture.build_picture``) as an SVG document, for a report.

The same layout and meaning as the wizard's painting of it (``ui.plan_picture``):
services and domains in a column on the left, the subject CN and the SAN slots on the
right, a curve from each service to each slot it needs.  A missing name is red, with a
dashed curve and a cross (not colour alone); a name nothing needs and the A/V Edge (not
in the certificate) are grey and dashed.  Dark on white whatever the reader's theme: it
is printed.

No Qt and no font here: a text's width is estimated from the advance widths of a wide
sans-serif font (DejaVu Sans), so a text estimated to fit does fit in the fonts the
report names, and a longer one is elided as the wizard does ("…").  Every text, the
names from a certificate or a profile as well as the translated labels, is shown through
``untrusted.visible`` (control and bidi characters as escapes), then escaped for XML.
"""

from __future__ import annotations

import html
import unicodedata

from ..values.findings import Translate, identity
from ..values.i18n import N_
from ..values.record import frozen
from ..values.untrusted import visible
from .picture import Node, NodeKind, Picture, Slot, Status, node_name

WIDTH = 760  # the wizard's picture's preferred width
MARGIN = 12
PADDING = 6
GAP = 8  # between the boxes of a column
LEFT_WIDTH = 0.36  # of the width, each column
RIGHT_WIDTH = 0.40
FONT_SIZE = 12  # px
LINE = 16  # the height of a line of text
ASCENT = 12  # from the top of a line to its baseline
FONT = "'Segoe UI', 'DejaVu Sans', Arial, sans-serif"
ELLIPSIS = "…"

COLOURS = {
    "text": "#202020",
    "base": "#ffffff",
    "border": "#a0a0a0",
    "line": "#1f6fb5",
    "faint": "#6e6e6e",  # 5:1 on white: grey, still readable
    "red": "#c62828",
}
DASH = "6 4"

# The wizard's texts, in its contexts (translations shared with it).
HEADING_LEFT = N_("PlanPicture", "Services and domains")
HEADING_RIGHT = N_("PlanPicture", "In the certificate")
TITLE = N_("PlanPicture", "Picture of the certificate's names")
MISSING = N_("PlanPicture", "Missing from the certificate")
EXTRA = N_("PlanPicture", "In the certificate, but no service needs it")

# Advance widths of DejaVu Sans, in em (bold is about a tenth wider).
_NARROW = dict.fromkeys("ijl.,:;'!|", 0.28) | dict.fromkeys("ftI/()[]{} -", 0.36)
_LOWER = dict(zip("abcdeghknopqsuvxyz", (0.61, 0.64, 0.55, 0.64, 0.62, 0.64, 0.63, 0.58,
                                          0.63, 0.61, 0.64, 0.64, 0.52, 0.63, 0.59, 0.59,
                                          0.59, 0.53), strict=True))  # fmt: skip
_WIDE = dict.fromkeys("mwMW@%", 0.99)
_OTHER = 0.70  # capitals, digits and the rest: at least as wide as most of them
_BOLD = 1.1


def text_width(text: str, bold: bool = False) -> float:
    """An estimate of ``text``'s width in pixels at FONT_SIZE, never much too small."""
    em = 0.0
    for char in text:
        if char in _NARROW:
            em += _NARROW[char]
        elif char in _LOWER:
            em += _LOWER[char]
        elif char in _WIDE:
            em += _WIDE[char]
        elif unicodedata.combining(char):
            continue
        elif unicodedata.east_asian_width(char) in ("W", "F"):
            em += 1.0
        elif char.isdigit() and char.isascii():
            em += 0.64
        else:
            em += _OTHER
    return em * FONT_SIZE * (_BOLD if bold else 1.0)


def elide(text: str, width: float, bold: bool = False, middle: bool = False) -> str:
    """``text`` if it fits ``width``, else shortened with "…" at its end (or its middle:
    a name keeps its domain)."""
    if text_width(text, bold) <= width:
        return text
    room = width - text_width(ELLIPSIS, bold)
    if not middle:
        kept = ""
        for char in text:
            if text_width(kept + char, bold) > room:
                break
            kept += char
        return kept + ELLIPSIS
    head, tail = "", ""
    left, right = 0, len(text) - 1
    while left <= right:
        if len(head) <= len(tail):
            candidate = head + text[left]
            if text_width(candidate + tail, bold) > room:
                break
            head, left = candidate, left + 1
        else:
            candidate = text[right] + tail
            if text_width(head + candidate, bold) > room:
                break
            tail, right = candidate, right - 1
    return head + ELLIPSIS + tail


def _x(text: str) -> str:
    """Text for an SVG element or attribute: visible (each line), then XML-escaped."""
    return html.escape("\n".join(visible(line) for line in text.split("\n")), quote=True)


def _n(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


@frozen
class _Box:
    x: float
    y: float
    width: float
    height: float
    title: str
    lines: tuple[str, ...]
    tooltip: str
    status: Status
    faint: bool  # grey and dashed: not in the certificate, or not needed
    side: str  # "node" (left) or "slot" (right)

    @property
    def middle(self) -> float:
        return self.y + self.height / 2


def _box_height(lines: int) -> float:
    return PADDING * 2 + LINE * (1 + lines)


def _column_height(heights: list[float]) -> float:
    return sum(heights) + GAP * max(0, len(heights) - 1)


def _node_lines(node: Node, picture_text: Translate) -> list[str]:
    lines = node.detail.split("\n") if node.detail else []  # extra names: one a line
    note = node.note_text(picture_text)
    if note:
        lines.append(note)
    return lines or [""]


def _slot_tooltip(
    slot: Slot, picture_text: Translate, plan_text: Translate, reason_text: Translate
) -> str:
    lines = [f"{slot.title(picture_text)}: {slot.name}"]
    lines += [f"• {reason.text(reason_text)}" for reason in slot.reasons]
    if slot.status is Status.MISSING:
        lines.append(plan_text(MISSING))
    elif slot.status is Status.EXTRA:
        lines.append(plan_text(EXTRA))
    return "\n".join(lines)


def _layout(
    picture: Picture,
    width: int,
    picture_text: Translate,
    plan_text: Translate,
    reason_text: Translate,
) -> tuple[list[_Box], list[_Box], float]:
    """The boxes, left and right, and the height of the picture."""
    top = MARGIN + LINE + GAP  # under the column headings
    left_heights = [_box_height(len(_node_lines(n, picture_text))) for n in picture.nodes]
    right_heights = [_box_height(1) for _ in picture.slots]
    column = max(_column_height(left_heights), _column_height(right_heights), 40.0)

    def stack(heights: list[float]) -> list[float]:
        y = top + (column - _column_height(heights)) / 2  # the shorter one centred
        tops = []
        for h in heights:
            tops.append(y)
            y += h + GAP
        return tops

    left_w = width * LEFT_WIDTH - MARGIN
    right_w = width * RIGHT_WIDTH
    right_x = width - MARGIN - right_w
    left: list[_Box] = []
    for index, (node, y, h) in enumerate(
        zip(picture.nodes, stack(left_heights), left_heights, strict=True)
    ):
        links = picture.links_from(index)
        names = dict.fromkeys(picture.slots[link.target].name for link in links)
        tip = [node_name(node, picture_text)]
        if node.note:
            tip.append(node.note_text(picture_text))
        tip += [f"→ {name}" for name in names]
        missing = any(link.status is Status.MISSING for link in links)
        left.append(
            _Box(
                MARGIN,
                y,
                left_w,
                h,
                node.title(picture_text),
                tuple(_node_lines(node, picture_text)),
                "\n".join(tip),
                Status.MISSING if missing else Status.OK,
                faint=node.kind in (NodeKind.AV_EDGE, NodeKind.UNNEEDED),
                side="node",
            )
        )
    right = [
        _Box(
            right_x,
            y,
            right_w,
            h,
            slot.title(picture_text),
            (slot.name,),
            _slot_tooltip(slot, picture_text, plan_text, reason_text),
            slot.status,
            faint=slot.status is Status.EXTRA,
            side="slot",
        )
        for slot, y, h in zip(picture.slots, stack(right_heights), right_heights, strict=True)
    ]
    return left, right, column + 2 * MARGIN + LINE + GAP


def _text(x: float, y: float, shown: str, colour: str, bold: bool = False) -> str:
    """A line of text already made visible (and elided)."""
    weight = ' font-weight="bold"' if bold else ""
    text = html.escape(shown, quote=True)
    return f'<text x="{_n(x)}" y="{_n(y)}" fill="{colour}"{weight}>{text}</text>'


def _heading(box: _Box, text: str) -> str:
    shown = elide(visible(text), box.width, bold=True)
    return _text(box.x, MARGIN + ASCENT, shown, COLOURS["text"], bold=True)


def _box(box: _Box) -> list[str]:
    missing = box.status is Status.MISSING
    border = COLOURS["red"] if missing else COLOURS["faint"] if box.faint else COLOURS["border"]
    dash = f' stroke-dasharray="{DASH}"' if box.faint else ""
    parts = [
        f'<g class="{box.side} {box.status.value}"><title>{_x(box.tooltip)}</title>',
        f'<rect x="{_n(box.x)}" y="{_n(box.y)}" width="{_n(box.width)}" '
        f'height="{_n(box.height)}" rx="6" fill="{COLOURS["base"]}" stroke="{border}" '
        f'stroke-width="{2 if missing else 1}"{dash}/>',
    ]
    inner_x, inner_y = box.x + PADDING, box.y + PADDING
    inner_w = box.width - 2 * PADDING
    mark = 0.0
    if missing:  # a cross, not colour alone
        size = LINE * 0.7
        mark = size + 6
        left, top = inner_x + inner_w - size, inner_y + (LINE - size) / 2
        right, bottom = left + size, top + size
        parts.append(
            f'<path class="cross" d="M{_n(left)} {_n(top)}L{_n(right)} {_n(bottom)}'
            f'M{_n(right)} {_n(top)}L{_n(left)} {_n(bottom)}" stroke="{COLOURS["red"]}" '
            'stroke-width="2" fill="none"/>'
        )
    text = COLOURS["faint"] if box.faint else COLOURS["text"]
    title = elide(visible(box.title), inner_w - mark, bold=True)
    parts.append(
        _text(inner_x, inner_y + ASCENT, title, COLOURS["red"] if missing else text, bold=True)
    )
    for row, value in enumerate(box.lines, start=1):
        shown = elide(visible(value), inner_w, middle=True)
        parts.append(_text(inner_x, inner_y + row * LINE + ASCENT, shown, text))
    parts.append("</g>")
    return parts


def picture_svg(
    picture: Picture,
    *,
    picture_text: Translate = identity,
    plan_text: Translate = identity,
    reason_text: Translate = identity,
    width: int = WIDTH,
) -> str:
    """``picture`` as a standalone SVG document.  ``picture_text``, ``plan_text`` and
    ``reason_text`` translate the wizard's "Picture", "PlanPicture" and "Reasons" texts."""
    width = max(width, 360)
    left, right, height = _layout(picture, width, picture_text, plan_text, reason_text)
    title = plan_text(TITLE)
    summary = "\n".join(picture.summary(picture_text))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{_n(height)}" '
        f'viewBox="0 0 {width} {_n(height)}" role="img" aria-label="{_x(title)}" '
        f'font-family="{FONT}" font-size="{FONT_SIZE}">',
        f"<title>{_x(title)}</title>",
        f"<desc>{_x(summary)}</desc>",
        f'<rect width="{width}" height="{_n(height)}" fill="{COLOURS["base"]}"/>',
    ]
    if left:
        parts.append(_heading(left[0], plan_text(HEADING_LEFT)))
    if right:
        parts.append(_heading(right[0], plan_text(HEADING_RIGHT)))
    # The curves first, under the boxes.
    for link in picture.links:
        start, end = left[link.source], right[link.target]
        ax, ay = start.x + start.width, start.middle
        bx, by = end.x, end.middle
        dx = (bx - ax) / 2
        colour = {
            Status.OK: COLOURS["line"],
            Status.MISSING: COLOURS["red"],
            Status.EXTRA: COLOURS["faint"],
        }[link.status]
        stroke = "2" if link.status is Status.MISSING else "1.5"
        dash = "" if link.status is Status.OK else f' stroke-dasharray="{DASH}"'
        parts.append(
            f'<path class="link {link.status.value}" d="M{_n(ax)} {_n(ay)}'
            f'C{_n(ax + dx)} {_n(ay)} {_n(bx - dx)} {_n(by)} {_n(bx)} {_n(by)}" '
            f'fill="none" stroke="{colour}" stroke-width="{stroke}"{dash}/>'
        )
    for box in left + right:
        parts += _box(box)
    parts.append("</svg>")
    return "\n".join(parts)
