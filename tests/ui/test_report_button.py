"""Save report… on the Review and Check result pages: PDF or HTML, in the wizard's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard

from pic_wizard.core.values.topology import seed_example
from pic_wizard.ui.wizard import PageId, PicWizard

import pki


def answer_dialog(monkeypatch: pytest.MonkeyPatch, path: Path, selected: str = "") -> list[str]:
    asked: list[str] = []

    def fake(parent, caption, folder, filters):  # type: ignore[no-untyped-def]
        asked.append(folder)
        return str(path), selected

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked


def review_page(qtbot, wizard: PicWizard):  # type: ignore[no-untyped-def]
    wizard.set_topology(seed_example())
    wizard.restart_at(PageId.REVIEW)
    assert wizard.currentId() == PageId.REVIEW
    return wizard.currentPage()


def test_review_page_saves_a_pdf(
    qtbot, wizard: PicWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = review_page(qtbot, wizard)
    out = tmp_path / "plan.pdf"
    asked = answer_dialog(monkeypatch, out)
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith("sip.contoso.com-plan.pdf")  # PDF by default
    assert out.read_bytes().startswith(b"%PDF-")


def test_review_page_saves_html_in_the_wizard_language(
    qtbot, language: str, wizard: PicWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = review_page(qtbot, wizard)
    chosen = tmp_path / "plan"  # no extension: the filter chosen decides
    answer_dialog(monkeypatch, chosen, "Web page (*.html *.htm)")
    assert page.save_report() == str(chosen) + ".html"
    text = (tmp_path / "plan.html").read_text(encoding="utf-8")
    assert "webcon.contoso.com" in text
    french = "a pris fin le 2014-06-30" in text
    assert french is (language == "fr")


def test_a_report_that_cannot_be_written_is_a_message(
    qtbot, wizard: PicWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = review_page(qtbot, wizard)
    answer_dialog(monkeypatch, tmp_path / "no such folder" / "plan.pdf")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert page.save_report() == ""
    assert len(shown) == 1 and "plan.pdf" in shown[0]


def test_check_result_page_saves_a_report(
    qtbot, wizard: PicWizard, tmp_path: Path, intermediate: pki.CA, monkeypatch
) -> None:
    leaf, _ = pki.make_leaf(intermediate, sans=("sip.contoso.com", "sip.fabrikam.com"))
    cert = tmp_path / "certnew.cer"
    cert.write_bytes(pki.pem(leaf, intermediate))
    wizard.set_topology(seed_example())
    welcome = wizard.page(PageId.WELCOME)
    button = welcome.group.button(int(PageId.CHECK_INPUT))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.CHECK_INPUT)
    wizard.currentPage().file.setText(str(cert))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.CHECK_RESULT, timeout=10_000)
    page = wizard.currentPage()
    assert page.report_button.isEnabled()
    out = tmp_path / "check.html"
    asked = answer_dialog(monkeypatch, out)
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert asked[0].endswith("certnew-check.pdf")
    text = out.read_text(encoding="utf-8")
    assert "SAN-WEBCONF-MISSING" in text and "certnew.cer" in text
    # checked against the wizard's answers: their topology and picture are in the report
    assert "webcon.contoso.com" in text and 'src="data:image/svg+xml;base64,' in text
    # the same picture as the command line's report of the same certificate and plan
    from walk import run

    profile = tmp_path / "contoso.json"
    assert run("example", "--out", str(profile))[0] == 0
    cli_out = tmp_path / "cli.html"
    assert run("report", str(cert), "--profile", str(profile), "--out", str(cli_out))[0] == 0
    assert picture_uri(text) == picture_uri(cli_out.read_text(encoding="utf-8"))
    pdf = tmp_path / "check.pdf"
    answer_dialog(monkeypatch, pdf)
    assert page.save_report() == str(pdf)
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_check_result_shows_the_picture_only_against_answers(
    qtbot, wizard: PicWizard, tmp_path: Path, intermediate: pki.CA
) -> None:
    leaf, _ = pki.make_leaf(intermediate, sans=("sip.contoso.com", "sip.fabrikam.com"))
    cert = tmp_path / "certnew.cer"
    cert.write_bytes(pki.pem(leaf, intermediate))
    wizard.set_topology(seed_example())
    for with_answers in (True, False):
        wizard.restart_at(PageId.CHECK_INPUT)
        page = wizard.currentPage()
        page.file.setText(str(cert))
        (page.use_answers if with_answers else page.no_profile).setChecked(True)
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.currentId() == PageId.CHECK_RESULT, timeout=10_000)
        result = wizard.currentPage()
        assert result.tabs.isTabVisible(result.picture_tab) is with_answers
        if with_answers:
            missing = [s for s in result.picture.summary() if "webcon.contoso.com" in s]
            assert missing and all("missing" in s for s in missing)


def picture_uri(html: str) -> str:
    import re

    found = re.search(r'src="(data:image/svg\+xml;base64,[^"]+)"', html)
    assert found, "no picture in the report"
    return found.group(1)


def test_the_wizard_s_file_dialog_decides_as_the_command_line() -> None:
    from pic_wizard.core.usecases.report import report_format
    from pic_wizard.ui.report import report_path

    for name in ("r.html", "r.htm", "r.pdf"):
        assert report_path(name, "PDF document (*.pdf)")[1] == report_format(name)
