"""Colours that stay readable in light and dark palettes: WCAG 2 contrast, computed."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

#: WCAG 2 AA for normal text.
MINIMUM_CONTRAST = 4.5

#: The red of problems and the green of good news on a light background; on a dark one
#: they are lightened until they read.
RED = QColor("#c62828")
GREEN = QColor("#2e7d32")


def luminance(colour: QColor) -> float:
    """The relative luminance of ``colour`` (WCAG 2)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The contrast ratio of two colours, 1 to 21 (WCAG 2)."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def is_dark(palette: QPalette) -> bool:
    return luminance(palette.color(QPalette.ColorRole.Window)) < 0.2


def mix(first: QColor, second: QColor, share: float) -> QColor:
    """``share`` of ``second`` in ``first``."""
    return QColor.fromRgbF(
        first.redF() * (1 - share) + second.redF() * share,
        first.greenF() * (1 - share) + second.greenF() * share,
        first.blueF() * (1 - share) + second.blueF() * share,
    )


def readable(colour: QColor, background: QColor, minimum: float = MINIMUM_CONTRAST) -> QColor:
    """``colour``, moved towards white on a dark background or black on a light one until
    it reaches ``minimum`` contrast with ``background``."""
    if contrast(colour, background) >= minimum:
        return colour
    target = QColor("white") if luminance(background) < 0.18 else QColor("black")
    for step in range(21):
        candidate = mix(colour, target, step / 20)
        if contrast(candidate, background) >= minimum:
            return candidate
    return target


def problem_colour(palette: QPalette) -> QColor:
    """The red of a problem line on this palette's window."""
    return readable(RED, palette.color(QPalette.ColorRole.Window))


def banner_colours(palette: QPalette, good: bool) -> tuple[QColor, QColor]:
    """(background, text) of a verdict banner: the window tinted red or green, the
    palette's text colour, readable together."""
    window = palette.color(QPalette.ColorRole.Window)
    background = mix(window, GREEN if good else RED, 0.22 if is_dark(palette) else 0.12)
    return background, readable(palette.color(QPalette.ColorRole.WindowText), background)
