"""A page's wrapped lines are never cut: an answer page taller than the window scrolls
(a French explanation, several errors under a field), as an admin at 800 by 560 sees it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QScrollArea

from pic_wizard.core.values.edge import PicProvider, Product
from pic_wizard.core.values.record import replace
from pic_wizard.core.values.topology import seed_example
from pic_wizard.ui.common import WizardPage
from pic_wizard.ui.wizard import PageId, PicWizard

import pki

CROWDED = replace(
    seed_example(),
    product=Product.SFB_2015,
    extra_sans=("edge.corp", "meet.contoso.local", "dialin.contoso.lan", "x..contoso.com"),
    pic_providers=frozenset({PicProvider.AOL, PicProvider.SKYPE}),
    xmpp_federation=True,
    xmpp_domains=("xmpp.contoso.local",),
)


def cut_labels(page: WizardPage) -> list[str]:
    """The wrapped labels of the page's fields shown shorter than their text needs."""
    cut = []
    for label in page.body.findChildren(QLabel):
        shown = label.isVisible() and label.wordWrap() and label.text()
        if shown and label.height() < label.heightForWidth(label.width()):
            cut.append(label.text()[:40])
    return cut


@pytest.mark.parametrize("page_id", [PageId.EDGE, PageId.FEDERATION, PageId.ORGANISATION])
def test_wrapped_text_is_never_cut_in_a_small_window(qtbot, language: str, page_id) -> None:
    wizard = PicWizard(CROWDED)
    wizard.state.answers.at = pki.AT
    qtbot.addWidget(wizard)
    wizard.resize(800, 560)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.restart_at(page_id)
    assert wizard.currentId() == page_id
    page = wizard.currentPage()
    wizard._strip.toggle.setChecked(True)  # the findings shown below the fields
    qtbot.wait(50)  # laid out at the window's size
    assert cut_labels(page) == []
    # Nor are the fields squeezed sideways to make room (they never scroll sideways).
    assert page.body.width() >= page.body.minimumSizeHint().width()
    # It does not fit: the fields scroll rather than shrink.
    area = page.body.parentWidget().parentWidget()
    assert isinstance(area, QScrollArea)


def test_after_a_resize_nothing_is_cut_and_fields_stay_usable(qtbot, language: str) -> None:
    """Wider then narrower again: the red lines are as tall as their text at the new
    width with no keystroke needed, and each name field keeps room for a usual name."""
    from PySide6.QtWidgets import QLineEdit

    wizard = PicWizard(CROWDED)
    wizard.state.answers.at = pki.AT
    qtbot.addWidget(wizard)
    wizard.resize(1100, 720)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.restart_at(PageId.EDGE)
    page = wizard.currentPage()
    wizard._strip.toggle.setChecked(True)
    for size in ((1400, 900), (800, 560), (1100, 720), (800, 560)):
        wizard.resize(*size)
        qtbot.wait(50)
        assert cut_labels(page) == [], size
        for edit in page.body.findChildren(QLineEdit):
            wide = edit.fontMetrics().horizontalAdvance("webcon.contoso.com")
            assert edit.width() >= wide, (size, edit.accessibleName(), edit.width())


def test_a_field_reached_by_its_shortcut_is_scrolled_into_view(qtbot, language: str) -> None:
    """Alt+letter gives a field below the fold the focus: it is shown, not typed into
    blind (Tab already was)."""
    from PySide6.QtCore import QPoint

    wizard = PicWizard(CROWDED)
    wizard.state.answers.at = pki.AT
    qtbot.addWidget(wizard)
    wizard.resize(800, 430)  # as short as the wizard goes: the fields scroll
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitActive(wizard)
    wizard.restart_at(PageId.EDGE)
    page = wizard.currentPage()
    wizard._strip.toggle.setChecked(True)
    qtbot.wait(50)
    area = page.body.parentWidget().parentWidget()
    assert isinstance(area, QScrollArea) and area.verticalScrollBar().maximum() > 0
    viewport = area.viewport()

    def seen(widget) -> bool:  # type: ignore[no-untyped-def]
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        return top >= 0 and top + widget.height() <= viewport.height()

    first, last = page.fields["access_edge_fqdn"][0], page.extra
    bar = area.verticalScrollBar()
    for edit, away in ((first, bar.maximum()), (last, 0)):
        bar.setValue(away)  # scrolled away from the field
        qtbot.wait(10)
        assert not seen(edit)
        edit.setFocus()  # as its label's shortcut does
        qtbot.waitUntil(lambda edit=edit: seen(edit))


def test_a_problem_line_asks_the_height_its_text_needs_at_its_width(qtbot) -> None:
    """Under a field, the layout gives the red lines the height their size hint asks:
    at the width they have, after every resize (QLabel's own hint guesses a width)."""
    from pic_wizard.ui.common import ProblemLabel

    label = ProblemLabel()
    qtbot.addWidget(label)
    label.setText("meet.contoso.local ends in '.local', which is not a public domain. " * 4)
    label.show()
    for width in (600, 200, 400):
        label.resize(width, 20)
        assert label.sizeHint().height() == label.heightForWidth(width)
