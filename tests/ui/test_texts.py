"""The wizard's texts say what stands now: counts in the language's plural, names judged
as they are typed, nothing dropped or changed silently, every problem at once, an
internationalised name readable, a wrong password asked again where it is typed, the
file dialog's filters in the admin's language."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox
from topologies import DOMAINS_LIST, EDGE

from pic_wizard.core.values.record import replace
from pic_wizard.core.values.topology import seed_example
from pic_wizard.ui.import_topology import ImportTopologyDialog
from pic_wizard.ui.state import Mode
from pic_wizard.ui.wizard import PageId, PicWizard

import pki


def test_the_counts_take_the_plural_of_the_language(qtbot, wizard: PicWizard, language) -> None:  # type: ignore[no-untyped-def]
    wizard.set_topology(replace(seed_example(), extra_sans=("intranet.contoso.local",)))
    wizard.restart_at(PageId.EDGE)
    qtbot.waitUntil(lambda: wizard.findings_model.counts().get("error", 0) == 1)
    texts = {severity: label.text() for severity, label in wizard.strip.counts.items()}
    assert "(s)" not in " ".join(texts.values())
    one = {"en": "1 error", "fr": "1 erreur"}[language]
    assert texts["error"] == one
    wizard.restart_at(PageId.REVIEW)
    blocked = wizard.currentPage().blocked.text()
    assert "(s)" not in blocked and blocked


def editor_of(qtbot, wizard: PicWizard) -> QLineEdit:  # type: ignore[no-untyped-def]
    page = wizard.currentPage()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    editors = [e for e in page.view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def test_a_local_domain_is_flagged_while_typed_before_enter(qtbot, wizard: PicWizard) -> None:  # type: ignore[no-untyped-def]
    wizard.set_topology(seed_example())
    wizard.restart_at(PageId.DOMAINS)
    page = wizard.currentPage()
    editor = editor_of(qtbot, wizard)
    qtbot.keyClicks(editor, "contoso.local")  # no Enter
    assert "contoso.local" not in wizard.domains_model.domains()  # not committed yet
    assert page.problem.isVisible() and ".local" in page.problem.text()
    editor.clear()
    qtbot.keyClicks(editor, "fabrikam.com")
    assert page.problem.isHidden()


def test_every_domain_problem_is_shown_not_only_the_first(qtbot, wizard: PicWizard) -> None:  # type: ignore[no-untyped-def]
    wizard.set_topology(replace(seed_example(), sip_domains=("contoso.local", "intranet")))
    wizard.restart_at(PageId.DOMAINS)
    text = wizard.currentPage().problem.text()
    assert "contoso.local" in text and "intranet" in text
    assert text.count("⚠") == 2


def test_paste_says_which_names_it_did_not_add(qtbot, wizard: PicWizard, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pic_wizard.ui.pages.domains import PasteDialog

    wizard.set_topology(replace(seed_example(), sip_domains=("contoso.com",)))
    wizard.restart_at(PageId.DOMAINS)
    page = wizard.currentPage()

    def accept(dialog: PasteDialog) -> int:
        dialog.text.setPlainText("Contoso.com, fabrikam.com\nnorthwind.com fabrikam.com")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PasteDialog, "exec", accept)
    page.paste_button.click()
    assert wizard.domains_model.domains() == ("contoso.com", "fabrikam.com", "northwind.com")
    said = page.pasted.text()
    assert page.pasted.isVisible()
    assert "2 SIP domains" in said
    assert "Already in the list, not added again: contoso.com." in said
    assert "Pasted more than once, added once: fabrikam.com." in said


def test_an_idn_is_shown_in_unicode_with_its_a_label(qtbot, wizard: PicWizard) -> None:  # type: ignore[no-untyped-def]
    from pic_wizard.models.san_table import SanTableModel

    wizard.set_topology(
        replace(seed_example(), sip_domains=("contoso.com", "xn--bcher-kva.example"))
    )
    wizard.restart_at(PageId.DOMAINS)
    shown = "bücher.example (xn--bcher-kva.example)"
    domains = wizard.domains_model
    assert domains.data(domains.index(1)) == shown
    assert domains.data(domains.index(1), Qt.ItemDataRole.EditRole) == "xn--bcher-kva.example"
    sans = wizard.state.san_model
    names = [sans.data(sans.index(r, SanTableModel.COL_NAME)) for r in range(sans.rowCount())]
    assert "sip.bücher.example (sip.xn--bcher-kva.example)" in names
    assert "sip.xn--bcher-kva.example" in wizard.answers.plan.san_names  # the A-label is sent
    wizard.answers.update(access_edge_fqdn="sip.xn--bcher-kva.example")
    qtbot.waitUntil(lambda: "bücher" in wizard.preview.subject.text())
    assert "CN=sip.xn--bcher-kva.example" in wizard.preview.subject.text()


def test_the_generate_page_shows_every_problem(qtbot, wizard: PicWizard) -> None:  # type: ignore[no-untyped-def]
    wizard.set_topology(seed_example())
    wizard.restart_at(PageId.GENERATE)
    page = wizard.currentPage()
    page.folder.setText("")
    page.base.setText("")
    text = page.problem.text()
    assert "Choose the folder" in text and "plain file name" in text and "passphrase" in text


def test_the_extra_names_show_every_problem(qtbot, wizard: PicWizard) -> None:  # type: ignore[no-untyped-def]
    wizard.set_topology(seed_example())
    wizard.restart_at(PageId.EDGE)
    page = wizard.currentPage()
    qtbot.keyClicks(page.extra, "a.contoso.local, intranet")
    text = page.extra_problem.text()
    assert "a.contoso.local" in text and "intranet" in text


def test_renew_asks_the_pfx_password_again_where_it_is_typed(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, tmp_path: Path, intermediate: pki.CA
) -> None:
    from pic_wizard.ui.renew import renew_from_certificate

    cert, key = pki.make_leaf(intermediate)
    path = tmp_path / "current.pfx"
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"edge", key, cert, None, BestAvailableEncryption(b"right")
        )
    )
    prompts: list[str] = []
    answers = iter(["wrong", "right"])

    def answer(*args: object) -> tuple[str, bool]:
        prompts.append(str(args[2]))
        return next(answers), True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()) or 0)
    wizard = PicWizard()
    qtbot.addWidget(wizard)
    assert renew_from_certificate(wizard, wizard.state, str(path))
    assert boxes == []  # no message pointing to a Password field that is not there
    assert len(prompts) == 2 and "not the password of current.pfx" in prompts[1]
    # and it says what it read
    read = wizard.state.read_back
    assert "current.pfx" in read and "sip.contoso.com" in read and "Product:" in read


def test_import_says_what_it_read(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    wizard = PicWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.currentPage()
    monkeypatch.setattr(ImportTopologyDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(
        ImportTopologyDialog, "imported", _pasted(DOMAINS_LIST + EDGE), raising=True
    )
    page._import()
    said = page.read_back.text()
    assert page.read_back.isVisible()
    assert "the pasted text" in said and "2 SIP domains: contoso.com, fabrikam.com" in said
    assert "Access Edge sip.contoso.com" in said and "Product: " in said


def _pasted(text: str):  # type: ignore[no-untyped-def]
    original = ImportTopologyDialog.imported

    def imported(dialog: ImportTopologyDialog):  # type: ignore[no-untyped-def]
        dialog.paste.setPlainText(text)
        return original(dialog)

    return imported


def test_the_file_dialogs_filters_are_in_french(qtbot, wizard: PicWizard, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pic_wizard.ui.i18n import install_translators
    from pic_wizard.ui.pages.check import cert_filter

    asked: list[str] = []

    def open_file(parent, caption, folder, filters):  # type: ignore[no-untyped-def]
        asked.append(filters)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_file))
    assert install_translators("fr")
    try:
        wizard.state.set_mode(Mode.CHECK)
        wizard.restart_at(PageId.CHECK_INPUT)
        page = wizard.currentPage()
        page._browse(page.file, cert_filter())
        # Qt's own words in its dialogs come from qtbase, loaded with ours.
        assert QCoreApplication.translate("QFileDialog", "Open") == "Ouvrir"
        # and the words qtbase leaves in English, from pic-wizard's own translation
        assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Voir dans :"
        assert QCoreApplication.translate("QFileDialog", "Files of &type:") == "Fichiers de &type :"
        assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "Dossier"
    finally:
        install_translators("en")
    assert asked and asked[0].startswith("Certificats, demandes et PFX (")
    assert asked[0].endswith(";;Tous les fichiers (*)")
