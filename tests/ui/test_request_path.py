"""The new-request path, typed and clicked as an admin would, to the files on disk."""

from __future__ import annotations

import subprocess
from pathlib import Path

from cryptography import x509
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWizard

from pic_wizard.ui.wizard import PageId, PicWizard


def next_page(qtbot, wizard: PicWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Next is disabled on page {PageId(wizard.currentId()).name}"
    before = wizard.currentId()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() != before)


def tick(qtbot, button) -> None:
    """Click a check box or radio button on its box, as a person does (its centre may be
    empty space in a wide layout)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def shoot(wizard: PicWizard, shots: Path, name: str) -> None:
    QApplication.processEvents()  # let the plan catch up with the last keystroke
    wizard.grab().save(str(shots / f"{name}.png"))
    assert (shots / f"{name}.png").stat().st_size > 1000


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def add_domain(qtbot, wizard: PicWizard, text: str) -> None:
    page = wizard.currentPage()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    view: QAbstractItemView = page.view
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "Add opens an editor on the new row"
    editor = editors[0]
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: text in wizard.domains_model.domains())


def test_walk_the_seed_example_and_generate(
    qtbot, wizard: PicWizard, tmp_path: Path, shots: Path
) -> None:
    shoot(wizard, shots, "00-welcome")
    next_page(qtbot, wizard)

    assert wizard.currentId() == PageId.PRODUCT
    page = wizard.currentPage()
    page.product.setCurrentIndex(page.product.findText("Lync Server 2013"))
    tick(qtbot, page.kinds.button(0))  # a single Edge
    shoot(wizard, shots, "01-product")
    next_page(qtbot, wizard)

    assert wizard.currentId() == PageId.DOMAINS
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no domain yet
    add_domain(qtbot, wizard, "contoso.com")
    add_domain(qtbot, wizard, "fabrikam.com")
    assert wizard.domains_model.domains() == ("contoso.com", "fabrikam.com")
    shoot(wizard, shots, "02-domains")
    next_page(qtbot, wizard)

    assert wizard.currentId() == PageId.EDGE
    page = wizard.currentPage()
    access, _, _ = page.fields["access_edge_fqdn"]
    assert access.placeholderText() == "sip.contoso.com"  # the default from the domain
    type_into(qtbot, access, "sip.contoso.com")
    type_into(qtbot, page.fields["web_conferencing_edge_fqdn"][0], "webcon.contoso.com")
    type_into(qtbot, page.fields["av_edge_fqdn"][0], "av.contoso.com")
    shoot(wizard, shots, "03-edge")
    next_page(qtbot, wizard)

    assert wizard.currentId() == PageId.FEDERATION
    page = wizard.currentPage()
    from pic_wizard.core.values.topology import PicProvider

    tick(qtbot, page.providers[PicProvider.AOL])
    shoot(wizard, shots, "04-federation")
    next_page(qtbot, wizard)

    assert wizard.currentId() == PageId.ORGANISATION
    page = wizard.currentPage()
    type_into(qtbot, page.texts["organization"], "Contoso Ltd")
    type_into(qtbot, page.texts["organizational_unit"], "IT")
    type_into(qtbot, page.texts["locality"], "Redmond")
    type_into(qtbot, page.texts["state"], "Washington")
    page.country.setCurrentIndex(page.country.findData("US"))
    type_into(qtbot, page.friendly, "Edge external (PIC)")
    shoot(wizard, shots, "05-organisation")
    next_page(qtbot, wizard)

    assert wizard.currentId() == PageId.REVIEW
    plan = wizard.answers.plan
    assert plan.san_names == ("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com")
    assert plan.extended_key_usages == ("serverAuth", "clientAuth")
    page = wizard.currentPage()
    assert page.sans.model().rowCount() == 3
    shoot(wizard, shots, "06-review")
    next_page(qtbot, wizard)

    assert wizard.currentId() == PageId.GENERATE
    page = wizard.currentPage()
    type_into(qtbot, page.folder, str(tmp_path))
    assert page.base.text() == "sip.contoso.com"
    assert not page.generate.isEnabled()  # no passphrase yet
    type_into(qtbot, page.phrase, "Edge-Pool-2026!")
    type_into(qtbot, page.phrase2, "Edge-Pool-2026!")
    assert page.generate.isEnabled()
    tick(qtbot, page.windows_files)  # the certreq INF and the PowerShell script too
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.written), timeout=30_000)
    shoot(wizard, shots, "07-generate")
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()

    request = tmp_path / "sip.contoso.com.req"
    key = tmp_path / "sip.contoso.com.key"
    assert (tmp_path / "sip.contoso.com.json").exists()
    assert oct(key.stat().st_mode & 0o777) == "0o600"
    assert key.read_bytes().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    verify = subprocess.run(
        ["openssl", "req", "-in", str(request), "-noout", "-verify"], capture_output=True
    )
    assert verify.returncode == 0
    csr = x509.load_pem_x509_csr(request.read_bytes())
    names = csr.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert names.get_values_for_type(x509.DNSName) == [
        "sip.contoso.com",
        "webcon.contoso.com",
        "sip.fabrikam.com",
    ]
    ekus = csr.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert [o.dotted_string for o in ekus] == ["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"]
    assert "CN=sip.contoso.com" in csr.subject.rfc4514_string()
    assert "sip.contoso.com.req" in page.result.toPlainText()
    from pic_wizard.core.documents.windows import certreq_inf, powershell_script

    assert (tmp_path / "sip.contoso.com.inf").read_bytes() == certreq_inf(plan).encode()
    assert (tmp_path / "sip.contoso.com.ps1").read_text() == powershell_script(plan)


def test_review_blocks_next_on_errors_and_says_why(qtbot, wizard: PicWizard) -> None:
    from pic_wizard.core.values.topology import seed_example

    wizard.set_topology(seed_example())
    wizard.restart_at(PageId.REVIEW)
    assert wizard.currentId() == PageId.REVIEW
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.answers.update(web_conferencing_edge_fqdn="*.contoso.com")
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: not wizard.button(QWizard.WizardButton.NextButton).isEnabled())
    assert page.blocked.isVisible()
    assert "error" in page.blocked.text()


def test_domain_typed_with_an_internal_suffix_is_flagged_as_you_type(
    qtbot, wizard: PicWizard
) -> None:
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    add_domain(qtbot, wizard, "contoso.local")
    page = wizard.currentPage()
    assert page.problem.isVisible() and ".local" in page.problem.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_pool_forces_an_exportable_key(qtbot, wizard: PicWizard) -> None:
    from pic_wizard.core.values.record import replace
    from pic_wizard.core.values.topology import KeySpec, seed_example

    wizard.set_topology(replace(seed_example(), key=KeySpec(exportable=False)))
    wizard.restart_at(PageId.PRODUCT)
    page = wizard.currentPage()
    tick(qtbot, page.kinds.button(2))  # hardware LB pool
    qtbot.waitUntil(lambda: wizard.answers.topology.deployment.is_pool)
    assert wizard.answers.topology.key.exportable
    assert page.servers.isEnabled()


def test_paste_many_domains_from_the_clipboard(qtbot, wizard: PicWizard) -> None:
    from PySide6.QtGui import QGuiApplication

    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    page = wizard.currentPage()
    QGuiApplication.clipboard().setText("contoso.com\nfabrikam.com, northwind.com")
    page.view.setFocus()
    qtbot.keySequence(page.view, "Ctrl+V")
    qtbot.waitUntil(lambda: len(wizard.domains_model.domains()) == 3)
    assert wizard.answers.plan.san_names[-1] == "sip.northwind.com"
