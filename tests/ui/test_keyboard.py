"""Keyboard-only use: every mnemonic on a page is unique, and none steals the wizard's."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QWizard

from pic_wizard.core.values.topology import seed_example
from pic_wizard.ui.wizard import PageId, PicWizard

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else ""


def wizard_keys(wizard: PicWizard) -> dict[str, str]:
    keys = {}
    for which in (
        QWizard.WizardButton.BackButton,
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.FinishButton,
        QWizard.WizardButton.HelpButton,
        QWizard.WizardButton.CustomButton1,
        QWizard.WizardButton.CustomButton2,
    ):
        key = mnemonic(wizard.buttonText(which))
        if key:
            keys[key] = wizard.buttonText(which)
    return keys


@pytest.mark.parametrize("page_id", list(PageId))
def test_mnemonics_are_unique_on_every_page(qtbot, language: str, page_id: PageId) -> None:
    wizard = PicWizard(seed_example())
    qtbot.addWidget(wizard)
    page = wizard.page(page_id)
    assert ("Assistant" in wizard.windowTitle()) is (language == "fr")
    taken = wizard_keys(wizard)
    assert len(taken) == 6  # Back, Next, Finish, Help, Save profile, Open profile
    texts = [w.text() for w in page.findChildren(QAbstractButton)]
    texts += [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
    for tabs in page.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    if page_id != PageId.WELCOME and page_id in (
        PageId.PRODUCT,
        PageId.DOMAINS,
        PageId.EDGE,
        PageId.FEDERATION,
        PageId.ORGANISATION,
    ):
        texts += [b.text() for b in wizard.strip.findChildren(QAbstractButton)]
    for text in texts:
        key = mnemonic(text)
        if not key:
            continue
        assert key not in taken, f"{text!r} and {taken[key]!r} share Alt+{key.upper()}"
        taken[key] = text


def inside(widget, kinds) -> bool:  # type: ignore[no-untyped-def]
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parent()
    return False


@pytest.mark.parametrize("page_id", [p for p in PageId if p != PageId.WELCOME])
def test_every_input_has_an_accessible_name(qtbot, page_id: PageId) -> None:
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QListView, QTableView

    wizard = PicWizard(seed_example())
    qtbot.addWidget(wizard)
    page = wizard.page(page_id)
    for kind in (QLineEdit, QComboBox, QAbstractSpinBox, QListView, QTableView):
        for widget in page.findChildren(kind):
            if inside(widget, (QComboBox, QAbstractSpinBox)):
                continue  # a combo box's own line edit or popup list, a spin box's edit
            assert widget.accessibleName(), f"{kind.__name__} without an accessible name"
