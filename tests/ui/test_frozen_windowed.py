"""What differs in the frozen, windowed program: Windows gives a windowed executable no
console, and Python's sys.stderr is then None."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


def test_a_bug_still_shows_its_dialog_without_a_console(qtbot, monkeypatch) -> None:
    from pic_wizard import app

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr("sys.stderr", None)
    app._excepthook(ValueError, ValueError("boom"), None)
    assert len(shown) == 1 and "ValueError" in shown[0]


def test_a_missing_qt_translation_is_said_where_a_console_is(
    qapp, monkeypatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bundle that lost Qt's qtbase_fr.qm leaves the wizard's buttons in English: the
    smoke test of a frozen bundle looks for this line."""
    from pic_wizard.ui import i18n

    monkeypatch.setattr(i18n, "_qt_translations_folder", lambda: "/nonexistent")
    try:
        i18n.install_translators("fr")
        assert "qtbase_fr.qm" in capsys.readouterr().err
        monkeypatch.setattr("sys.stderr", None)
        i18n.install_translators("fr")  # no console: nothing to say it on, no error
    finally:
        i18n.install_translators("en")
