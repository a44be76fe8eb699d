"""Keyboard, layout and wording of the wizard as an admin meets them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QWidget

from pic_wizard.core.values.topology import seed_example
from pic_wizard.ui.wizard import PageId, PicWizard

import pki


def many_domains_wizard(qtbot) -> PicWizard:  # type: ignore[no-untyped-def]
    topology = seed_example()
    from pic_wizard.core.values.record import replace

    domains = tuple(f"d{i}.example.com" for i in range(24))
    wizard = PicWizard(replace(topology, sip_domains=topology.sip_domains[:1] + domains))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def tab_leaves(qtbot, view: QWidget) -> bool:  # type: ignore[no-untyped-def]
    """One Tab from inside ``view`` moves the focus out of it."""
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    model = view.model()
    view.setCurrentIndex(model.index(0, 1))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    return focus is not view


def test_one_tab_leaves_the_preview_and_findings_tables(qtbot) -> None:
    wizard = many_domains_wizard(qtbot)
    wizard.restart_at(PageId.EDGE)
    assert wizard.san_model.rowCount() >= 26
    wizard.strip.toggle.setChecked(True)
    for view in (wizard.preview.sans, wizard.strip.table):
        assert tab_leaves(qtbot, view), view.accessibleName()
    wizard.restart_at(PageId.REVIEW)
    page = wizard.currentPage()
    for view in page.findChildren(QTableView):
        if view.isVisible():
            assert tab_leaves(qtbot, view), view.accessibleName()


def test_paste_boxes_let_tab_out_and_ctrl_enter_accept(qtbot) -> None:
    from pic_wizard.ui.import_topology import ImportTopologyDialog
    from pic_wizard.ui.pages.domains import PasteDialog

    wizard = many_domains_wizard(qtbot)
    wizard.restart_at(PageId.DOMAINS)
    for dialog, box in (
        (PasteDialog(wizard.currentPage()), "text"),
        (ImportTopologyDialog(wizard), "paste"),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        edit = getattr(dialog, box)
        edit.setFocus()
        qtbot.waitUntil(edit.hasFocus)
        qtbot.keyClicks(edit, "fabrikam.com")
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
        assert "\t" not in edit.toPlainText()
        assert not edit.hasFocus()
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter is a new line: one domain a line
        assert dialog.isVisible()
        with qtbot.waitSignal(dialog.accepted, timeout=2000):
            qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert edit.toPlainText() == "fabrikam.com\n"


def checked_self_signed(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """The Result page of a self-signed certificate with a long subject, at the default
    window size."""
    from PySide6.QtCore import QPoint

    import pki

    leaf, _ = pki.make_leaf(None, cn="sip.emea.europe.contoso-international-holdings.com")
    cert = tmp_path / "self.cer"
    cert.write_bytes(pki.pem(leaf))
    wizard = PicWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.page(PageId.WELCOME)
    button = page.group.button(int(PageId.CHECK_INPUT))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.CHECK_INPUT)
    wizard.currentPage().file.setText(str(cert))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.CHECK_RESULT, timeout=10_000)
    return wizard, wizard.currentPage()


def test_result_table_gives_message_and_fix_room(qtbot, tmp_path) -> None:
    from pic_wizard.models.findings import FindingsModel

    wizard, page = checked_self_signed(qtbot, tmp_path)
    view = page.findings
    header = view.horizontalHeader()
    model = view.model()
    about = [model.index(r, FindingsModel.COL_SUBJECT).data() for r in range(model.rowCount())]
    longest = max(about, key=len)
    assert "O=pic-wizard tests" in longest  # a whole subject DN is among them
    for width in (1100, 800, 1500):
        wizard.resize(width, 720)
        QApplication.processEvents()
        message = header.sectionSize(FindingsModel.COL_MESSAGE)
        fix = header.sectionSize(FindingsModel.COL_FIX)
        subject = header.sectionSize(FindingsModel.COL_SUBJECT)
        assert message >= 0.2 * view.viewport().width(), (width, message, subject)
        assert fix >= 0.2 * view.viewport().width(), (width, fix, subject)
        assert subject < view.fontMetrics().horizontalAdvance(longest), (width, subject)
    # The About cell is shortened; its full text is in the tooltip.
    row = about.index(longest)
    tip = model.index(row, FindingsModel.COL_SUBJECT).data(Qt.ItemDataRole.ToolTipRole)
    assert longest in tip
    # Long messages wrap onto several lines rather than being cut.
    assert view.wordWrap()
    tallest = max(view.rowHeight(r) for r in range(model.rowCount()))
    assert tallest > 2 * view.fontMetrics().height()


def test_language_box_shows_the_language_spoken(qtbot) -> None:
    """``pic-wizard --lang fr`` on an English system: the box says Français, not "the
    system's language"; without an override it shows what was remembered."""
    from pic_wizard.ui.i18n import install_translators, remember_language

    remember_language("")
    try:
        assert install_translators("fr")
        wizard = PicWizard()
        qtbot.addWidget(wizard)
        assert wizard.page(PageId.WELCOME).language.currentData() == "fr"
    finally:
        install_translators("en")
    wizard = PicWizard()
    qtbot.addWidget(wizard)
    assert wizard.page(PageId.WELCOME).language.currentData() == ""


def test_preview_shows_the_whole_subject(qtbot) -> None:
    from pic_wizard.core.values.record import replace
    from pic_wizard.core.values.topology import Organization

    org = Organization("Contoso", "IT", "Redmond", "Washington", "US")
    wizard = PicWizard(replace(seed_example(), organization=org))
    qtbot.addWidget(wizard)
    wizard.restart_at(PageId.ORGANISATION)
    review = wizard.page(PageId.REVIEW)
    review.refresh()
    assert wizard.preview.subject.text() == review.subject.text()
    assert wizard.preview.subject.text().startswith("CN=sip.contoso.com, OU=IT, O=Contoso")


def test_subject_placeholder_follows_the_access_edge_name(qtbot) -> None:
    wizard = PicWizard(seed_example())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.restart_at(PageId.EDGE)
    page = wizard.currentPage()
    access, subject = page.fields["access_edge_fqdn"][0], page.fields["subject_name"][0]
    access.clear()
    qtbot.keyClicks(access, "edge.contoso.com")
    qtbot.waitUntil(lambda: subject.placeholderText() == "edge.contoso.com")


def test_no_passphrase_reproach_above_the_success_text(qtbot, tmp_path) -> None:
    from pic_wizard.core.values.record import replace
    from pic_wizard.core.values.topology import KeyAlgorithm, KeySpec

    wizard = PicWizard(replace(seed_example(), key=KeySpec(KeyAlgorithm.EC, curve="P-256")))
    wizard.state.answers.at = pki.AT  # the seed asks for Client Authentication: a dated plan
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.restart_at(PageId.GENERATE)
    page = wizard.currentPage()
    page.folder.setText(str(tmp_path))
    qtbot.keyClicks(page.phrase, "correct horse battery")
    qtbot.keyClicks(page.phrase2, "correct horse battery")
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.written), timeout=60_000)
    assert page.result.isVisible()
    assert not page.problem.isVisible(), page.problem.text()
    qtbot.keyClicks(page.phrase, "x")  # typing again: the page judges again
    assert "differ" in page.problem.text() and page.problem.isVisible()


def dark_palette():  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette(QColor("#353535"), QColor("#2b2b2b"))
    for role, colour in (
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def test_red_lines_and_verdict_read_in_light_and_dark_palettes(qtbot, tmp_path) -> None:
    from PySide6.QtGui import QPalette

    from pic_wizard.models._colours import contrast
    from pic_wizard.ui.common import ProblemLabel

    wizard, page = checked_self_signed(qtbot, tmp_path)
    review = wizard.page(PageId.REVIEW)
    problems = [review.blocked, *wizard.findChildren(ProblemLabel)]
    for palette in (QApplication.style().standardPalette(), dark_palette()):
        wizard.setPalette(palette)
        QApplication.processEvents()
        window = palette.color(QPalette.ColorRole.Window)
        for label in problems:
            text = label.palette().color(QPalette.ColorRole.WindowText)
            assert contrast(text, window) >= 4.5, (label.text(), text.name(), window.name())
            assert "color" not in label.styleSheet()  # the colour drawn is the palette's
            assert text.red() > 1.3 * max(text.green(), text.blue())  # still plainly red
        banner = page.verdict.palette()
        back = banner.color(QPalette.ColorRole.Window)
        assert page.verdict.autoFillBackground() and not page.verdict.styleSheet()
        assert contrast(banner.color(QPalette.ColorRole.WindowText), back) >= 4.5
        # A dark palette gets a dark band, not the light pink of a light one.
        assert contrast(back, window) < 2, (back.name(), window.name())


def test_not_checked_lists_rule_titles_not_ids(qtbot, tmp_path) -> None:
    from pic_wizard.core.values.findings import CATALOGUE

    _wizard, page = checked_self_signed(qtbot, tmp_path)
    assert page.skipped.isVisible()
    text = page.skipped.text()
    ids = [spec.rule.value for spec in CATALOGUE.values()]
    assert not any(i in text for i in ids), text
    titles = [spec.title for spec in CATALOGUE.values() if spec.title in text]
    assert titles, text


def test_add_then_escape_leaves_no_blank_row(qtbot, seeded_wizard) -> None:
    wizard = seeded_wizard
    wizard.restart_at(PageId.DOMAINS)
    page = wizard.currentPage()
    before = page.model.domains()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    from PySide6.QtWidgets import QLineEdit

    editor = page.view.viewport().findChild(QLineEdit)
    assert editor is not None and page.model.rowCount() == len(before) + 1
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert page.model.domains() == before


def test_the_store_s_names_stay_readable_in_a_narrow_window(qtbot, tmp_path) -> None:
    """The whole thumbprint must not squeeze "Issued to" and "Issued by" to nothing: in
    a narrow window the table scrolls sideways instead."""
    from PySide6.QtWidgets import QWizard

    root = pki.make_root()
    intermediate = pki.make_intermediate(root)
    store = tmp_path / "root.p7b"
    store.write_bytes(pki.pem(root, intermediate))
    wizard = PicWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.restart_at(PageId.ROOTS_INPUT)
    wizard.currentPage().file.setText(str(store))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.ROOTS_RESULT, timeout=10_000)
    page = wizard.currentPage()
    page.tabs.setCurrentWidget(page.certificates)
    table = page.certificates
    readable = table.horizontalHeader().fontMetrics().horizontalAdvance("CN=Contoso")
    for width in (800, 1100, 1500):
        wizard.resize(width, 600)
        QApplication.processEvents()
        for column in (page.COL_SUBJECT, page.COL_ISSUER):
            assert table.columnWidth(column) >= readable, (width, column)
        thumbprint = table.item(0, page.COL_THUMBPRINT).text()
        assert table.columnWidth(page.COL_THUMBPRINT) >= table.fontMetrics().horizontalAdvance(
            thumbprint
        )


def test_explanations_sit_under_their_field_without_a_gap(qtbot) -> None:
    """A word-wrapped explanation in a form is as tall as its text (its own size hint
    guessed three lines for one, and the form centred it in that gap)."""
    wizard = PicWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    for page_id in (PageId.COMPLETE, PageId.PRODUCT, PageId.ROOTS_INPUT, PageId.CHECK_INPUT):
        wizard.restart_at(page_id)
        for width in (800, 1100, 1500):
            wizard.resize(width, 720)
            QApplication.processEvents()
            QApplication.processEvents()
            labels = [
                label
                for label in wizard.currentPage().findChildren(QLabel)
                if label.property("role") == "why" and label.isVisible() and label.text()
            ]
            assert labels, page_id
            for label in labels:
                needed = label.heightForWidth(label.width())
                assert label.height() <= needed + 4, (page_id, width, label.text()[:40])
