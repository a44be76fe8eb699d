"""The Complete page on the core's completion: the friendly name read back from the PFX
written, a missing folder offered rather than refused, the line under the button always
the core's refusal of the form as it stands, and the profile buttons only where a profile
means something."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from pic_wizard.core.files import profile
from pic_wizard.core.values.topology import seed_example
from pic_wizard.ui.common import error_text
from pic_wizard.ui.wizard import PageId, PicWizard

import pki


@pytest.fixture
def request_files(tmp_path: Path) -> dict[str, Path]:
    from pic_wizard.core.rules.plan import make_plan
    from pic_wizard.core.usecases.request import write_request

    root = pki.make_root()
    intermediate = pki.make_intermediate(root)
    written = write_request(make_plan(seed_example(), at=pki.AT), tmp_path, None, base_name="edge")
    profile.save(seed_example(), tmp_path / "edge.json")
    paths = {
        "cert": tmp_path / "issued.cer",
        "root": tmp_path / "root.pem",
        "key": written.key_path,
    }
    now = dt.datetime.now(dt.UTC)
    issued, _ = pki.make_leaf(
        intermediate,
        key=pki._PublicOnly(written.request.public_key()),
        not_before=now - dt.timedelta(days=1),
        days=90,
    )
    paths["cert"].write_bytes(pki.pem(issued, intermediate))
    paths["root"].write_bytes(pki.pem(root.cert))
    return paths


@pytest.fixture(autouse=True)
def no_dialog_waits(monkeypatch) -> None:
    """A dialog would wait for a click that never comes: No, unless a test says Yes."""
    for name in ("warning", "question", "information", "critical"):
        monkeypatch.setattr(
            QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
        )
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)


def fill(qtbot, wizard: PicWizard, files: dict[str, Path], out: str = "") -> object:
    wizard.restart_at(PageId.COMPLETE)
    page = wizard.currentPage()
    qtbot.keyClicks(page.certificate, str(files["cert"]))
    page.roots.setText(str(files["root"]))
    page.key.setText(str(files["key"]))
    qtbot.keyClicks(page.pfx_password, "pfx-pass")
    qtbot.keyClicks(page.pfx_password2, "pfx-pass")
    if out:
        page.output.setText(out)
    return page


def test_the_friendly_name_is_read_back_from_the_pfx_written(
    qtbot, wizard: PicWizard, request_files: dict[str, Path]
) -> None:
    page = fill(qtbot, wizard, request_files)
    page.friendly.setText("Edge 2025")
    qtbot.mouseClick(page.write, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.shown is not None and page.task is None, timeout=20_000)
    assert page.written, [f.rule for f in page.shown.result.findings]
    assert page.friendly_read_back == "Edge 2025"
    assert "friendly name read back from the PFX: Edge 2025" in page.result.toPlainText()
    # The passwords are emptied: no red line asks for one above the success text.
    assert not page.problem.isVisible()


def test_a_missing_folder_is_offered_and_made_on_yes(
    qtbot, wizard: PicWizard, request_files: dict[str, Path], tmp_path: Path, monkeypatch
) -> None:
    asked: list[str] = []

    def yes(_parent, title, *_a, **_k):
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    target = tmp_path / "new" / "deeper" / "edge.pfx"
    page = fill(qtbot, wizard, request_files, str(target))
    assert page.folder_note.isVisibleTo(page)  # said before writing
    assert page.write.isEnabled()
    qtbot.mouseClick(page.write, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.written), timeout=20_000)
    assert asked == ["Make the folder?"]
    assert target.is_file()
    assert oct((tmp_path / "new").stat().st_mode & 0o777) == "0o700"


def test_a_missing_folder_declined_writes_nothing(
    qtbot, wizard: PicWizard, request_files: dict[str, Path], tmp_path: Path
) -> None:
    target = tmp_path / "new" / "edge.pfx"
    page = fill(qtbot, wizard, request_files, str(target))
    qtbot.mouseClick(page.write, Qt.MouseButton.LeftButton)
    assert page.task is None and not (tmp_path / "new").exists()


def test_the_line_under_the_button_is_the_core_s_refusal(
    qtbot, wizard: PicWizard, request_files: dict[str, Path]
) -> None:
    from pic_wizard.core.usecases.complete import complete_refusal

    page = fill(qtbot, wizard, request_files)
    assert not page.problem.isVisible() and page.write.isEnabled()
    page.pfx_password2.setText("other")
    assert page.problem.text() == "⚠ " + error_text(wizard.state.complete_refusal())
    assert not page.write.isEnabled()
    page.pfx_password.clear()
    refusal = complete_refusal(wizard.state.complete_inputs())
    assert refusal is not None and refusal.code == "pfx-password-missing"
    assert page.problem.text() == "⚠ " + error_text(refusal)
    page.key.clear()
    assert "No private key was given" in page.problem.text()


@pytest.mark.parametrize("page_id", [PageId.CHECK_INPUT, PageId.COMPLETE])
def test_no_profile_buttons_where_a_profile_means_nothing(
    wizard: PicWizard, page_id: PageId
) -> None:
    wizard.restart_at(page_id)
    for which in (QWizard.WizardButton.CustomButton1, QWizard.WizardButton.CustomButton2):
        assert not wizard.button(which).isVisible()
    wizard.restart_at(PageId.PRODUCT)
    for which in (QWizard.WizardButton.CustomButton1, QWizard.WizardButton.CustomButton2):
        assert wizard.button(which).isVisible()


def test_the_encryption_offered_follows_the_profile_beside_the_key(
    qtbot, wizard: PicWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The core's suggestion for the product of the profile beside the key, explained in
    the page's words, until the admin picks one; the state (and so the PFX) follows."""
    from pic_wizard.core.values.record import replace
    from pic_wizard.core.values.topology import Product
    from pic_wizard.core.x509.pfx import PfxProtection

    key = tmp_path / "edge.key"
    key.write_text("not read here")
    profile.save(replace(seed_example(), product=Product.SFB_2019), tmp_path / "edge.json")
    wizard.restart_at(PageId.COMPLETE)
    page = wizard.currentPage()
    assert "No profile beside the key" in page.protection_why.text()
    page.key.setText(str(key))
    said = page.protection_why.text()
    assert "Windows Server 2019 and later can import a PFX encrypted with AES-256" in said
    assert "for Skype for Business Server 2019, which runs on Windows Server 2016 to 2022" in said
    assert page.protection.currentData() == PfxProtection.WINDOWS_2012_R2.value
    assert wizard.state.complete_form.aes is False
    # A product that ran only on Windows Server 2019 and later would be offered AES-256.
    monkeypatch.setattr(Product, "windows_servers", property(lambda self: ("2019", "2022")))
    other = tmp_path / "other"
    other.mkdir()
    (other / "edge.key").write_text("not read here")
    (other / "edge.json").write_text((tmp_path / "edge.json").read_text())
    page.key.setText(str(other / "edge.key"))  # another key: its profile is read
    assert page.protection.currentData() == PfxProtection.AES256.value
    assert wizard.state.complete_form.aes is True
    # Once the admin picks one, it stays whatever the key.
    page.protection.setCurrentIndex(page.protection.findData(PfxProtection.WINDOWS_2012_R2.value))
    page.protection.activated.emit(page.protection.currentIndex())
    page.key.setText(str(key))
    assert page.protection.currentData() == PfxProtection.WINDOWS_2012_R2.value
