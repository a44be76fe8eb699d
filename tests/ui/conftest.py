"""Wizard fixtures: one wizard per test (cheap), the application from pytest-qt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from pic_wizard.core.values.topology import seed_example
from pic_wizard.ui.i18n import install_translators
from pic_wizard.ui.wizard import PicWizard

import pki


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """QSettings in a temporary folder: tests never read or write the user's."""
    folder = tmp_path_factory.mktemp("settings")
    QCoreApplication.setOrganizationName("pic-wizard-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture(autouse=True)
def english(qapp) -> None:  # type: ignore[no-untyped-def]
    """English as pic-wizard speaks it (its plural forms: "1 error", "2 errors")."""
    install_translators("en")


@pytest.fixture
def wizard(qtbot) -> PicWizard:
    """A wizard whose plans are judged on the test PKI's day, as the command line's are
    with ``--at`` (the seed example asks for Client Authentication, refused from
    2027-03-15: no test depends on today's date)."""
    w = PicWizard()
    w.state.answers.at = pki.AT
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def seeded_wizard(qtbot) -> PicWizard:
    """A shown wizard on the seed example's answers, judged on the test PKI's day (ask
    for it after ``language``: the wizard speaks the language installed when it is made)."""
    w = PicWizard(seed_example())
    w.state.answers.at = pki.AT
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where a test leaves the pictures of the pages it walked, for a person to look at."""
    folder = tmp_path / "pages"
    folder.mkdir()
    return folder


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The wizard's (and Qt's) translators installed, as ``pic-wizard --lang`` does."""
    assert install_translators(request.param)
    yield request.param
    install_translators("en")
