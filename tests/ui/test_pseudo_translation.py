"""Every page with every string 40% longer (a pseudo-translation): nothing clipped.

A language longer than English (French is about 20% longer, German more) must not cut a
label, a button or a wrapped help line. The pictures are left in the test's folder for a
person to look at."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QPushButton,
    QWidget,
)
from walk import every_page, translations_tool

import pki

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def pseudo(tmp_path_factory: pytest.TempPathFactory, qapp) -> Iterator[None]:
    tool = translations_tool()
    qm = tmp_path_factory.mktemp("pseudo") / "pic_wizard_pseudo.qm"
    tool.pseudo(tool.SOURCES / "pic_wizard_fr.ts", qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_pseudo_text_is_longer_and_keeps_what_the_code_needs() -> None:
    tool = translations_tool()
    text = "&Next: {count} names\nin the SAN"
    shown = tool.pseudo_text(text)
    assert len(shown) >= 1.4 * len(text)
    assert "{count}" in shown and "&N" in shown and shown.count("\n") == 1
    assert "names" not in shown  # visibly not English


def shown_text(label: QLabel) -> str:
    text = label.text()
    if label.buddy() is not None:
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text


def clipped(page: QWidget) -> list[str]:
    """Widgets on ``page`` whose text does not fit the room the layout gave them."""
    found = []
    for label in page.findChildren(QLabel):
        if not label.isVisibleTo(page) or not label.text() or label.textFormat().name == "RichText":
            continue
        room = label.contentsRect()
        if label.wordWrap():
            needed = label.heightForWidth(room.width() + 2 * label.margin())
            if needed > label.height() + 1:
                found.append(f"wrapped label {label.text()[:50]!r}: {label.height()} < {needed}")
        else:
            metrics = label.fontMetrics()
            widest = max(metrics.horizontalAdvance(line) for line in shown_text(label).split("\n"))
            if widest > room.width() - 2 * label.margin() + 1:
                found.append(f"label {label.text()[:50]!r}: {room.width()} < {widest}")
    for button in page.findChildren(QAbstractButton):
        if not button.isVisibleTo(page) or not button.text():
            continue
        kind = button.metaObject().className()
        fits = button.width() + 1 >= button.sizeHint().width()
        if (isinstance(button, QPushButton) or kind in ("QCheckBox", "QRadioButton")) and not fits:
            found.append(
                f"button {button.text()[:50]!r}: {button.width()} < {button.sizeHint().width()}"
            )
    return found


def test_no_page_clips_a_longer_language(
    qtbot, pseudo: None, shots: Path, tmp_path: Path, intermediate: pki.CA
) -> None:
    problems = {}
    for wizard, page_id in every_page(qtbot, tmp_path, intermediate):
        assert wizard.windowTitle().startswith("[")  # the pseudo-translation is in use
        wizard.grab().save(str(shots / f"pseudo-{page_id.value:02d}-{page_id.name.lower()}.png"))
        found = clipped(wizard)
        if wizard.steps.isVisible() and (
            wizard.steps.sizeHintForColumn(0) > wizard.steps.viewport().width()
        ):
            found.append("the list of steps")
        if found:
            problems[page_id.name] = found
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
