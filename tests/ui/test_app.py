"""The program as started from a shortcut or a command line, and every page as a picture."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from walk import every_page

from pic_wizard.core.files import profile
from pic_wizard.core.values.topology import seed_example
from pic_wizard.ui.wizard import PageId

import pki

DRIVER = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pic_wizard import app
from pic_wizard.ui.wizard import PicWizard

application = QApplication(sys.argv[:1])  # main() uses it, as it would a host's
wanted = int(sys.argv[1])
start = __import__("time").monotonic()

def look():
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, PicWizard) and w.isVisible()]
    late = __import__("time").monotonic() - start > 20
    if not windows or (windows[-1].currentId() != wanted and not late):
        QTimer.singleShot(20, look)
        return
    w = windows[-1]
    page = w.currentPage()
    print(json.dumps({
        "title": w.windowTitle(),
        "page": w.currentId(),
        "domains": list(w.domains_model.domains()),
        "verdict": page.verdict.text() if hasattr(page, "verdict") else "",
    }))
    w.close()

QTimer.singleShot(50, look)
sys.exit(app.main(sys.argv[2:]))
"""


def run_app(argv: list[str], page: PageId, lang: str = "C") -> dict[str, object]:
    """pic-wizard's real main() in its own process, looked at once ``page`` is shown: in
    the language ``lang`` gives, with settings of its own (never the user's)."""
    with tempfile.TemporaryDirectory() as config:
        env = {**os.environ, "XDG_CONFIG_HOME": config, "LANG": lang}
        for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
            env.pop(variable, None)
        result = subprocess.run(
            [sys.executable, "-c", DRIVER, str(int(page)), *argv],
            capture_output=True, text=True, timeout=90, check=False, env=env,
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stdout + result.stderr
    return json.loads(lines[-1])


def test_demo_opens_prefilled_with_the_seed_example() -> None:
    seen = run_app(["--demo"], PageId.WELCOME)
    assert "PIC Certificate Wizard" in str(seen["title"])
    assert seen["domains"] == ["contoso.com", "fabrikam.com"]


def test_lang_fr_speaks_french() -> None:
    seen = run_app(["--demo", "--lang", "fr"], PageId.WELCOME)
    assert "Assistant de certificats PIC" in str(seen["title"])


@pytest.mark.parametrize(("lang", "title"), [
    ("fr_FR.UTF-8", "Assistant de certificats PIC"),
    ("fr_CA.UTF-8", "Assistant de certificats PIC"),
    ("de_DE.UTF-8", "PIC Certificate Wizard"),  # no German yet: English
])  # fmt: skip
def test_the_system_language_is_followed(lang: str, title: str) -> None:
    assert title in str(run_app(["--demo"], PageId.WELCOME, lang=lang)["title"])


def test_lang_en_overrides_a_french_system() -> None:
    seen = run_app(["--demo", "--lang", "en"], PageId.WELCOME, lang="fr_FR.UTF-8")
    assert "PIC Certificate Wizard" in str(seen["title"])


def test_profile_argument_opens_it(tmp_path: Path) -> None:
    path = tmp_path / "edge.json"
    profile.save(seed_example(), path)
    seen = run_app([str(path)], PageId.PRODUCT)
    assert seen["page"] == PageId.PRODUCT
    assert seen["domains"] == ["contoso.com", "fabrikam.com"]


def test_certificate_argument_goes_straight_to_checking_it(
    tmp_path: Path, intermediate: pki.CA
) -> None:
    leaf, _ = pki.make_leaf(intermediate, sans=("sip.contoso.com",))
    cert = tmp_path / "certnew.cer"
    cert.write_bytes(pki.pem(leaf, intermediate))
    seen = run_app([str(cert)], PageId.CHECK_RESULT)
    assert seen["page"] == PageId.CHECK_RESULT
    assert "certnew.cer" in str(seen["verdict"])


def test_every_page_as_a_picture(
    qtbot, language: str, shots: Path, tmp_path: Path, intermediate: pki.CA
) -> None:
    for wizard, page_id in every_page(qtbot, tmp_path, intermediate):
        picture = shots / f"{language}-{page_id.value:02d}-{page_id.name.lower()}.png"
        wizard.grab().save(str(picture))
        assert picture.stat().st_size > 5_000
    assert len(list(shots.iterdir())) == len(PageId)


@pytest.mark.skipif(sys.platform != "linux", reason="start-up imports measured on Linux")
def test_start_up_does_not_import_cryptography_before_the_window() -> None:
    code = (
        "import sys, os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from pic_wizard.ui.wizard import PicWizard\n"
        "w = PicWizard(); w.show(); app.processEvents()\n"
        "print('cryptography' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr


@pytest.mark.parametrize(
    ("variables", "langid", "spoken"),
    [
        ({"LANGUAGE": "fr", "LANG": "en_US.UTF-8"}, None, "fr"),
        ({"LANGUAGE": "fr", "LANG": "C"}, None, "en"),
        ({}, 0x040C, "fr"),  # Windows: no LANG, a French display
        ({"LANG": "en_US.UTF-8"}, 0x040C, "en"),
    ],
)
def test_the_wizard_chooses_its_language_as_the_command_line_does(
    variables: dict[str, str],
    langid: int | None,
    spoken: str,
    monkeypatch: pytest.MonkeyPatch,
    qapp: object,
) -> None:
    """One decision for both front ends: the same environment, the same language."""
    from pic_wizard.core.values import i18n
    from pic_wizard.ui.i18n import chosen_language

    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in variables.items():
        monkeypatch.setenv(variable, value)
    monkeypatch.setattr(i18n, "_user_ui_language_id", lambda: langid)
    assert chosen_language() == spoken == i18n.language_from_environment()
    assert chosen_language("en") == "en"  # --lang still wins


def test_on_macos_without_lang_the_wizard_follows_the_preferred_languages(
    monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    """Started from the Finder an application has no LANG: Qt's preferred languages say."""
    from pic_wizard.ui import i18n as ui_i18n

    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(ui_i18n.sys, "platform", "darwin")
    monkeypatch.setattr(ui_i18n, "windows_display_language", lambda: "")

    class French:
        @staticmethod
        def system() -> object:
            return French()

        def uiLanguages(self) -> list[str]:
            return ["fr-FR", "en-US"]

    monkeypatch.setattr(ui_i18n, "QLocale", French)
    assert ui_i18n.chosen_language() == "fr"
    monkeypatch.setenv("LANG", "en_US.UTF-8")  # a set variable still wins
    assert ui_i18n.chosen_language() == "en"
    monkeypatch.delenv("LANG")
    monkeypatch.setattr(ui_i18n.sys, "platform", "linux")  # elsewhere: no Qt guess
    assert ui_i18n.chosen_language() == "en"
