"""A page's wrapped lines are never cut: an answer page taller than the window scrolls
(a French explanation, several errors under a field), as an admin at 800 by 560 sees it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QLabel, QScrollArea

from pic_wizard.core.values.edge import PicProvider, Product
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
