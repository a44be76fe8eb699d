"""The Country list speaks the user's language and is sorted as that language sorts."""

from __future__ import annotations

from pic_wizard.core.values.countries import ISO_3166_ALPHA2
from pic_wizard.core.values.topology import seed_example
from pic_wizard.ui.wizard import PageId, PicWizard


def test_country_names_in_the_wizard_language(qtbot, language: str) -> None:
    wizard = PicWizard(seed_example())
    qtbot.addWidget(wizard)
    wizard.restart_at(PageId.ORGANISATION)
    combo = wizard.currentPage().country
    items = [combo.itemText(i) for i in range(1, combo.count())]
    assert len(items) == len(ISO_3166_ALPHA2)
    assert combo.currentData() == "US"  # the seed example's C=US, whatever the language
    if language == "fr":
        assert combo.currentText() == "États-Unis (US)"
        # "É" sorts among the "E", not after "Z"
        assert items.index("Espagne (ES)") < items.index("États-Unis (US)")
        assert items.index("États-Unis (US)") < items.index("Fidji (FJ)")
        assert "Allemagne (DE)" in items and "Germany (DE)" not in items
    else:
        assert combo.currentText() == "United States (US)"
        assert items.index("Spain (ES)") < items.index("Sweden (SE)")


def _type_over(qtbot, combo, text: str) -> None:
    """``text`` typed key by key over what the country box shows.  On a real screen the
    next key (Tab, Alt+N) closes the completions; offscreen (no keyboard grab) they would
    take it: closed here."""
    from PySide6.QtCore import Qt

    combo.lineEdit().selectAll()
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Backspace)
    qtbot.keyClicks(combo.lineEdit(), text)
    combo.completer().popup().hide()


def test_a_country_typed_then_tab(qtbot, language: str, seeded_wizard) -> None:
    """Typed in the box as an admin does, then Tab: a two-letter code or a name (any
    case) chooses that country; a text that names none is said, Next waits, and the
    subject keeps the country it had."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    wizard = seeded_wizard
    wizard.activateWindow()
    qtbot.waitActive(wizard)
    wizard.restart_at(PageId.ORGANISATION)
    page = wizard.currentPage()
    combo = page.country
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    france = "France (FR)"
    typed = [
        ("fr", "FR", france),
        ("us", "US", "États-Unis (US)" if language == "fr" else "United States (US)"),
        ("FRANCE", "FR", france),
        ("allemagne" if language == "fr" else "germany", "DE",
         "Allemagne (DE)" if language == "fr" else "Germany (DE)"),
    ]  # fmt: skip

    def type_then_tab(text: str) -> None:
        combo.setFocus()
        qtbot.waitUntil(combo.hasFocus)
        _type_over(qtbot, combo, text)
        qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Tab)

    for text, code, shown in typed:
        type_then_tab(text)
        assert wizard.answers.topology.organization.country == code
        assert combo.currentText() == shown
        assert page.country_problem.isHidden() and next_button.isEnabled()
    type_then_tab("zz")
    assert not page.country_problem.isHidden()
    assert ("«\u00a0zz\u00a0»" if language == "fr" else "'zz'") in page.country_problem.text()
    assert not next_button.isEnabled()
    assert wizard.answers.topology.organization.country == "DE"  # as it was
    type_then_tab("")
    assert wizard.answers.topology.organization.country == ""  # no country: allowed
    assert page.country_problem.isHidden() and next_button.isEnabled()


def test_a_country_typed_then_next_without_leaving_the_box(qtbot, seeded_wizard) -> None:
    """Next pressed (Alt+N) with the text still in the box: it is read as Tab would read
    it; a text that names no country keeps the admin on the page, said."""

    wizard = seeded_wizard
    wizard.restart_at(PageId.ORGANISATION)
    page = wizard.currentPage()
    _type_over(qtbot, page.country, "zz")
    wizard.next()
    assert wizard.currentId() == PageId.ORGANISATION
    assert not page.country_problem.isHidden()
    assert wizard.answers.topology.organization.country == "US"
    _type_over(qtbot, page.country, "fr")
    wizard.next()
    assert wizard.currentId() == PageId.REVIEW
    assert wizard.answers.topology.organization.country == "FR"
    wizard.back()
    assert page.country.currentText() == "France (FR)"
    assert page.country_problem.isHidden()
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()
