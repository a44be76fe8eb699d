"""The plan as a picture: painted, and on the Review page (the report draws it in SVG)."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter

from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.values.record import replace
from pic_wizard.core.values.topology import seed_example
from pic_wizard.ui.plan_picture import PlanPicture
from pic_wizard.ui.wizard import PageId, PicWizard

PNG = b"\x89PNG\r\n\x1a\n"


def test_the_widget_paints_the_plan(qtbot) -> None:
    widget = PlanPicture()
    qtbot.addWidget(widget)
    widget.set_plan(make_plan(seed_example()), ["sip.contoso.com", "www.contoso.com"])
    widget.resize(800, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    image = widget.grab().toImage()
    assert not image.isNull()
    assert len({image.pixel(x, y) for x in range(0, 800, 7) for y in range(0, 300, 7)}) > 3
    # one box per node and per slot, a tooltip on each
    assert len(widget._left) == 5 + 1 and len(widget._right) == 4 + 1
    box = widget.box_at(widget._right[2].rect.center())
    assert box is not None and "webcon.contoso.com" in box.tooltip
    assert "Web Conferencing Edge external FQDN" in box.tooltip
    assert widget.box_at(QPointF(-5, -5)) is None


def test_an_empty_widget_paints(qtbot) -> None:
    widget = PlanPicture()
    qtbot.addWidget(widget)
    image = QImage(200, 100, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    widget.paint(painter)
    painter.end()
    assert widget.summary() == []


def test_the_size_hint_grows_with_the_rows(qtbot) -> None:
    widget = PlanPicture()
    qtbot.addWidget(widget)
    widget.set_plan(make_plan(seed_example()))
    small = widget.sizeHint().height()
    domains = tuple(f"d{i}.example.com" for i in range(40))
    widget.set_plan(make_plan(replace(seed_example(), sip_domains=domains)))
    assert widget.sizeHint().height() > small * 5


def test_the_review_page_has_the_picture(qtbot) -> None:
    wizard = PicWizard(seed_example())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.restart_at(PageId.REVIEW)
    page = wizard.currentPage()
    assert page.names_tabs.count() == 2
    page.names_tabs.setCurrentIndex(1)
    assert page.picture.isVisible()
    description = page.picture.accessibleDescription().splitlines()
    assert description == [
        "Access Edge sip.contoso.com needs Subject CN: sip.contoso.com",
        "Access Edge sip.contoso.com needs SAN 1: sip.contoso.com",
        "Web Conferencing Edge webcon.contoso.com needs SAN 2: webcon.contoso.com",
        "A/V Edge av.contoso.com: not in the certificate",
        "SIP domain contoso.com needs SAN 1: sip.contoso.com",
        "SIP domain fabrikam.com needs SAN 3: sip.fabrikam.com",
    ]
    assert page.picture.accessibleName()
    # the plan changes, the picture follows
    wizard.answers.update(sip_domains=("contoso.com",))
    qtbot.waitUntil(lambda: "fabrikam" not in page.picture.accessibleDescription())


def test_a_name_from_a_certificate_is_never_rich_text_in_a_tooltip(qtbot) -> None:
    """A probed Edge may serve any SAN: its tooltip is shown literally."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent, Qt
    from PySide6.QtWidgets import QApplication, QToolTip

    widget = PlanPicture()
    qtbot.addWidget(widget)
    hostile = "<h1>evil</h1>.contoso.com"
    widget.set_plan(make_plan(seed_example()), ["sip.contoso.com", hostile])
    widget.resize(800, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    boxes = [b for b in widget._right if hostile in b.tooltip]
    assert boxes, [b.tooltip for b in widget._right]
    centre = boxes[0].rect.center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, widget.mapToGlobal(QPoint(centre)))
    QApplication.sendEvent(widget, event)
    shown = QToolTip.text()
    assert hostile not in shown or not Qt.mightBeRichText(shown)
    assert "&lt;h1&gt;" in shown
    QToolTip.hideText()
