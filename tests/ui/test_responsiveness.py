"""The window stays responsive: painted before the rest is built, and typing with
hundreds of SIP domains redraws only what shows (no timing is asserted: what the wizard
does is)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QHeaderView, QWizard

from pic_wizard.core.values.record import replace
from pic_wizard.core.values.topology import seed_example
from pic_wizard.ui.forms import Against
from pic_wizard.ui.wizard import PageId, PicWizard

import pki

DOMAINS = tuple(f"branch{i:03d}.contoso.com" for i in range(500))

# Only the pages after the welcome page need these: imported once the window is painted.
AFTER_FIRST_PAINT = (
    "pic_wizard.ui.panels",
    "pic_wizard.ui.forms",
    "pic_wizard.core.values.record",
    "dataclasses",
)

FIRST_PAINT = """
import gc, json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import PySide6.QtCore, PySide6.QtGui
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWizard
from pic_wizard import app
from pic_wizard.ui import wizard as module

application = QApplication(sys.argv[:1])
seen = {}
FILE = os.environ.get("FIRST_PAINT_FILE", "")  # as in "pic-wizard FILE"

class Watch(QObject):
    def eventFilter(self, window, event):
        if event.type() == QEvent.Type.Paint and "pages at the first paint" not in seen:
            seen["pages at the first paint"] = len(QWizard.pageIds(window))
            seen["page at the first paint"] = window.currentId()
            # PySide6 builds its ``Qt`` namespace whole (some 125 enums) when first read.
            seen["Qt namespace built"] = "Qt" in vars(PySide6.QtCore)
            # Nor a class (built with all its enums when first read) the icon needs.
            seen["icon classes built"] = sorted({"QIcon", "QPixmap"} & set(vars(PySide6.QtGui)))
            seen["imported"] = sorted(set(sys.modules) & set(sys.argv[1:]))
            seen["collecting at the first paint"] = gc.isenabled()
        return False

watch = Watch()
show = module.PicWizard.show

def shown(window):
    window.installEventFilter(watch)
    show(window)

    def look():
        pages = len(QWizard.pageIds(window))
        opening = FILE and window.currentId() == 0  # the file given is not open yet
        if "pages at the first paint" not in seen or pages == 1 or opening:
            QTimer.singleShot(10, look)
            return
        seen["pages"] = pages
        seen["collecting once built"] = gc.isenabled()
        seen["page then"] = window.currentId()
        print(json.dumps(seen))
        window.close()

    QTimer.singleShot(0, look)

module.PicWizard.show = shown
sys.exit(app.main([FILE] if FILE else []))
"""


def _first_paint(env: dict[str, str]) -> dict[str, object]:
    """What ``FIRST_PAINT`` saw in a process of its own, started with ``env``."""
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, *AFTER_FIRST_PAINT],
        capture_output=True, text=True, timeout=90, check=False,
        env={**os.environ, "LANG": "C", **env},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_window_is_painted_before_the_other_pages_are_built() -> None:
    """Building the other pages before the first paint (in a zero-delay timer, which the
    event loop runs before the window's first paint) kept the window blank.  Nor is
    PySide6's ``Qt`` namespace built for the first page: 15 to 25 ms of enums; nor the
    icon's classes (QIcon with its enums, 1 ms); nor the preview and findings panels, the
    later pages' forms and their records."""
    seen = _first_paint({})
    assert seen["pages at the first paint"] == 1  # the welcome page only
    assert seen["Qt namespace built"] is False  # not for the first page
    assert seen["icon classes built"] == []  # the icon is set once the window is painted
    assert seen["imported"] == []  # the shared panels, the forms, records: later
    assert seen["pages"] == len(PageId)  # then all of them, without a click
    # The garbage collector's passes found nothing during start-up: paused until then.
    assert seen["collecting at the first paint"] is False
    assert seen["collecting once built"] is True


@pytest.mark.parametrize("kind", ["profile", "certificate"])
def test_a_file_given_is_opened_once_the_window_is_painted(
    kind: str, tmp_path: Path, seed_leaf
) -> None:
    """Opened in a zero-delay timer, which runs before the first paint, the file had the
    other pages built first: the window stayed black for a few tenths of a second."""
    from pic_wizard.core.files import profile

    if kind == "profile":
        path = tmp_path / "contoso.json"
        profile.save(seed_example(), path)
        then = {PageId.PRODUCT}
    else:
        path = tmp_path / "issued.cer"
        path.write_bytes(pki.pem(seed_leaf))
        then = {PageId.CHECK_INPUT, PageId.CHECK_RESULT}
    seen = _first_paint({"FIRST_PAINT_FILE": str(path)})
    # Painted first, alone, then the file opened.
    assert (seen["pages at the first paint"], seen["page at the first paint"]) == (1, 0)
    assert seen["page then"] in then


# The first window's own code hands Python no event (PySide6 builds its QEvent class, an
# enum of some 180 event types, at the first) and passes Qt no number through a property
# or an item's data (PySide6 builds its QByteArray class for it): both wait until after
# the first paint.  Watched from the first call the wizard makes once painted, with no
# event filter of the test's own (it would build QEvent itself).
NOTHING_HANDED_TO_PYTHON = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import PySide6.QtCore
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWizard
from pic_wizard import app
from pic_wizard.ui import wizard as module

seen = {}
made = module.PicWizard.__init__

def first_call(window):
    seen["built by the first paint"] = sorted({"QEvent", "QByteArray"} & set(vars(PySide6.QtCore)))
    seen["pages at the first paint"] = len(QWizard.pageIds(window))
    seen["exposed"] = window.windowHandle().isExposed()

    def look():
        seen["pages"] = len(QWizard.pageIds(window))
        seen["help button"] = window.button(QWizard.WizardButton.HelpButton).isVisible()
        print(json.dumps(seen))
        window.close()

    QTimer.singleShot(0, look)

def init(window, *args, **kwargs):
    made(window, *args, **kwargs)
    window._after_paint.insert(0, lambda: first_call(window))

module.PicWizard.__init__ = init
sys.exit(app.main(sys.argv[1:]))
"""


def test_the_first_window_hands_python_no_event() -> None:
    for language in ("en", "fr"):
        result = subprocess.run(
            [sys.executable, "-c", NOTHING_HANDED_TO_PYTHON, "--lang", language],
            capture_output=True, text=True, timeout=90, check=False,
            env={**os.environ, "LANG": "C"},
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        seen = json.loads(result.stdout.strip().splitlines()[-1])
        assert seen["built by the first paint"] == []
        assert seen["exposed"] is True  # the calls wait for the window on the screen
        assert seen["pages at the first paint"] == 1
        assert seen["pages"] == len(PageId)  # the rest is built a moment later
        assert seen["help button"] is True


def test_the_calls_after_the_first_paint_wait_for_the_window_to_be_shown(qtbot) -> None:
    wizard = PicWizard(defer_pages=True)
    qtbot.addWidget(wizard)
    called: list[str] = []
    wizard.after_first_paint(lambda: called.append("painted"))
    qtbot.wait(20)
    assert called == [] and len(QWizard.pageIds(wizard)) == 1  # never shown, never painted
    wizard.show()
    qtbot.waitUntil(lambda: called == ["painted"])
    assert sorted(wizard.pageIds()) == sorted(PageId)
    wizard.hide()
    wizard.show()  # shown again: nothing is called twice
    qtbot.wait(20)
    assert called == ["painted"]


def test_a_step_done_is_gone_back_to_by_a_click(seeded_wizard) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    wizard = seeded_wizard
    wizard.restart_at(PageId.EDGE)
    steps = wizard.steps
    assert steps.pages[:4] == (PageId.WELCOME, PageId.PRODUCT, PageId.DOMAINS, PageId.EDGE)
    row = steps.pages.index(PageId.PRODUCT)
    where = steps.visualRect(steps.rows.index(row, 0)).center()
    QTest.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert wizard.currentId() == PageId.PRODUCT
    not_done = steps.visualRect(steps.rows.index(steps.pages.index(PageId.REVIEW), 0))
    QTest.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=not_done.center())
    assert wizard.currentId() == PageId.PRODUCT  # a step not reached yet is no link
    wizard.next()
    assert wizard.currentId() == PageId.DOMAINS
    # The step clicked is not left highlighted: only the marker shows where the admin is.
    assert steps.selectionModel().selectedIndexes() == []
    assert steps.item(steps.pages.index(PageId.DOMAINS)).text().startswith("▶")


def test_a_wrapped_label_answers_as_qlabel_does_for_its_text_and_font(qtbot) -> None:
    """The height a wrapped label remembers for a width is QLabel's, for its text and
    font of the moment; asked again, it is remembered, not laid out anew."""
    from PySide6.QtWidgets import QLabel

    from pic_wizard.ui.common import why_label

    texts = ("One line.", "Several lines of words that wrap at a narrow width, " * 4)
    for fitted in (True, False):
        label = why_label(texts[0], fitted=fitted)
        qtbot.addWidget(label)
        plain = QLabel()
        plain.setWordWrap(True)
        qtbot.addWidget(plain)
        for text in texts:
            label.setText(text)
            plain.setText(text)
            for size in (1.0, 2.0):
                font = label.font()
                font.setPointSizeF(font.pointSizeF() * size)
                label.setFont(font)
                plain.setFont(font)
                for width in (80, 200, 640, 80):
                    assert label.heightForWidth(width) == plain.heightForWidth(width)
        assert sorted(label._heights or {}) == [80, 200, 640]  # the last text and font's


def test_what_is_asked_for_before_the_pages_are_built_is_built_then(qtbot) -> None:
    wizard = PicWizard(seed_example(), defer_pages=True)
    qtbot.addWidget(wizard)
    assert wizard.domains_model.domains() == ("contoso.com", "fabrikam.com")
    assert wizard.page(PageId.REVIEW) is not None
    assert sorted(wizard.pageIds()) == sorted(PageId)


def test_next_works_before_the_window_was_ever_painted(qtbot) -> None:
    wizard = PicWizard(seed_example(), defer_pages=True)
    qtbot.addWidget(wizard)
    QWizard.restart(wizard)  # on the welcome page, the others not built yet
    assert len(QWizard.pageIds(wizard)) == 1
    wizard.next()  # as the Next button calls it
    assert wizard.currentId() == PageId.PRODUCT


def test_the_hidden_review_page_draws_its_picture_when_shown(qtbot, monkeypatch) -> None:
    """Drawn at each keystroke on another page, the picture of 500 SIP domains stalled
    typing; it is drawn when the Review page is shown."""
    wizard = PicWizard(replace(seed_example(), sip_domains=DOMAINS))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.restart_at(PageId.EDGE)
    review = wizard.page(PageId.REVIEW)
    drawn = _calls(monkeypatch, review.picture, "set_plan")
    _three_names_typed(qtbot, wizard)
    assert drawn == []
    wizard.restart_at(PageId.REVIEW)
    assert drawn and drawn[-1] is wizard.answers.plan
    assert "sip.c.contoso.com" in review.picture.accessibleDescription()


def test_the_hidden_review_page_shows_the_plan_when_shown(qtbot, monkeypatch) -> None:
    """The Review page, hidden, does not render the plan at each keystroke on another
    page; shown (forward, or back from a later page), it shows the plan as it is then."""
    wizard = PicWizard(replace(seed_example(), sip_domains=DOMAINS))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.restart_at(PageId.GENERATE)
    wizard.back()
    review = wizard.page(PageId.REVIEW)
    assert wizard.currentPage() is review
    for _ in range(3):
        wizard.back()  # to the Edge services page; the Review page was shown
    assert wizard.currentId() == PageId.EDGE
    shown = _calls(monkeypatch, review.subject, "setText")
    _three_names_typed(qtbot, wizard)
    assert shown == []
    for _ in range(3):
        wizard.next()
    assert wizard.currentPage() is review
    assert len(shown) == 1  # once, entered
    assert review.subject.text().startswith("CN=sip.c.contoso.com")
    wizard.answers.update(access_edge_fqdn="sip.d.contoso.com")
    qtbot.waitUntil(lambda: "sip.d.contoso.com" in review.subject.text())


def test_a_hidden_findings_table_does_not_measure_its_rows(qtbot, seeded_wizard) -> None:
    """Rows as tall as their text are measured again at each change of the findings: for
    the hidden Review table and the folded findings strip, at every keystroke."""
    wizard = seeded_wizard
    wizard.restart_at(PageId.EDGE)
    strip_rows = wizard.strip.table.verticalHeader()
    review_rows = wizard.page(PageId.REVIEW).findings.verticalHeader()
    for rows in (strip_rows, review_rows):
        assert rows.sectionResizeMode(0) != QHeaderView.ResizeMode.ResizeToContents
    wizard.strip.toggle.setChecked(True)  # shown: as tall as their text
    assert strip_rows.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
    wizard.restart_at(PageId.REVIEW)
    assert review_rows.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents


def test_next_follows_the_plan_without_completechanged(qtbot, seeded_wizard) -> None:
    """Each completeChanged makes QWizard hide and show its page area and paint the whole
    window: as the plan follows the keys, Next is enabled or disabled directly, at once,
    and only when the page becomes complete or not."""
    wizard = seeded_wizard
    wizard.restart_at(PageId.EDGE)
    page = wizard.currentPage()
    next_button = wizard.button(wizard.WizardButton.NextButton)
    said: list[bool] = []
    page.completeChanged.connect(lambda: said.append(page.isComplete()))
    toggled: list[bool] = []
    original = next_button.setEnabled

    def set_enabled(enabled: bool) -> None:
        toggled.append(enabled)
        original(enabled)

    next_button.setEnabled = set_enabled  # type: ignore[method-assign]
    wizard.answers.update(access_edge_fqdn="sip.w.contoso.com")
    qtbot.wait(20)  # said once after entering the page
    toggled.clear()
    for name in ("sip.a.contoso.com", "sip.b.contoso.com", "sip.c.contoso.com"):
        wizard.answers.update(access_edge_fqdn=name)
        qtbot.wait(20)
    assert toggled == []  # complete all along
    assert next_button.isEnabled()
    wizard.answers.update(access_edge_fqdn="sip..contoso.com")  # not a name: Next disabled
    qtbot.waitUntil(lambda: toggled == [False])
    assert not next_button.isEnabled()
    assert not page.isComplete()
    wizard.answers.update(access_edge_fqdn="sip.contoso.com")
    qtbot.waitUntil(lambda: toggled == [False, True])
    assert next_button.isEnabled()
    assert said == []
    # QWizard, asked again (the page left and entered), agrees.
    wizard.back()
    wizard.next()
    assert wizard.currentPage() is page
    assert next_button.isEnabled()
    wizard.answers.update(access_edge_fqdn="sip..contoso.com")
    qtbot.waitUntil(lambda: not next_button.isEnabled())
    wizard.back()
    wizard.next()
    assert not next_button.isEnabled()


def test_the_answers_are_a_check_input_only_when_the_file_is_judged_against_them(
    qtbot,
) -> None:
    wizard = PicWizard(seed_example())
    qtbot.addWidget(wizard)
    state = wizard.state
    changes: list[None] = []
    state.checkChanged.connect(lambda: changes.append(None))
    state.answers.update(access_edge_fqdn="sip.a.contoso.com")
    qtbot.wait(20)
    assert changes == []  # the check judges against nothing: not its input
    state.edit_check(against=Against.ANSWERS)
    changes.clear()
    state.answers.update(access_edge_fqdn="sip.b.contoso.com")
    qtbot.waitUntil(lambda: len(changes) == 1)


def test_the_first_page_does_not_move_once_the_other_pages_are_built(qtbot) -> None:
    """The welcome page is painted before the preview panel exists: it takes the whole
    width from the start (it moved when the rest was built)."""
    wizard = PicWizard(seed_example(), defer_pages=True)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    first = wizard.grab().toImage()
    wizard.build_remaining_pages()
    qtbot.wait(50)
    assert wizard.grab().toImage() == first


def test_the_first_pages_values_given_by_name_are_qts() -> None:
    """The first page sets a few of Qt's values by name (through the property system),
    not through the ``Qt`` namespace: they are Qt's own."""
    from PySide6.QtCore import Qt

    from pic_wizard.ui import common

    assert Qt.TextFormat.PlainText.name == common.PLAIN_TEXT
    assert Qt.TextInteractionFlag.TextSelectableByMouse.name == common.SELECTABLE_BY_MOUSE
    assert Qt.FocusPolicy.NoFocus.name == common.NO_FOCUS


def test_the_first_page_is_set_as_its_values_say(qtbot) -> None:
    from PySide6.QtCore import Qt

    wizard = PicWizard(defer_pages=True)
    qtbot.addWidget(wizard)
    welcome = wizard.currentPage() or wizard.page(PageId.WELCOME)
    assert welcome.read_back.textFormat() == Qt.TextFormat.PlainText
    assert welcome.read_back.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    assert wizard.steps.focusPolicy() == Qt.FocusPolicy.NoFocus


def _three_names_typed(qtbot, wizard: PicWizard) -> None:
    """Three Access Edge names, one after the other, as keystrokes change it: each plan
    made, and the event loop turned after each."""
    for name in ("sip.a.contoso.com", "sip.b.contoso.com", "sip.c.contoso.com"):
        wizard.answers.update(access_edge_fqdn=name)
        qtbot.waitUntil(lambda name=name: wizard.answers.plan.edge.access_edge == name)
        qtbot.wait(10)


def _calls(monkeypatch, owner: object, name: str) -> list[object]:
    """The arguments of every call of ``owner.name`` from now on (still called)."""
    seen: list[object] = []
    original = getattr(owner, name)
    monkeypatch.setattr(owner, name, lambda arg: seen.append(arg) or original(arg))
    return seen
