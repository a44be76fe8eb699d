"""The check and complete paths, and the worker thread that keeps the window alive."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from walk import run

from pic_wizard.core.files import profile
from pic_wizard.core.values.record import replace
from pic_wizard.core.values.topology import KeyAlgorithm, KeySpec, seed_example
from pic_wizard.models.findings import FindingsModel
from pic_wizard.ui.wizard import PageId, PicWizard

import pki


def shoot(wizard: PicWizard, shots: Path, name: str) -> None:
    QApplication.processEvents()
    wizard.grab().save(str(shots / f"{name}.png"))


def to_check_page(qtbot, wizard: PicWizard) -> None:
    page = wizard.page(PageId.WELCOME)
    button = page.group.button(int(PageId.CHECK_INPUT))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.CHECK_INPUT)


def rules_shown(view_model) -> list[str]:
    return [
        view_model.index(row, FindingsModel.COL_RULE).data() for row in range(view_model.rowCount())
    ]


def test_check_finds_the_missing_web_conferencing_name(
    qtbot, wizard: PicWizard, tmp_path: Path, intermediate: pki.CA, shots: Path
) -> None:
    leaf, _ = pki.make_leaf(intermediate, sans=("sip.contoso.com", "sip.fabrikam.com"))
    cert = tmp_path / "certnew.cer"
    cert.write_bytes(pki.pem(leaf, intermediate))
    wizard.set_topology(seed_example())
    to_check_page(qtbot, wizard)
    page = wizard.currentPage()
    page.file.setText(str(cert))
    assert page.use_answers.isChecked()  # the answers of this wizard are the profile
    shoot(wizard, shots, "08-check-input")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.CHECK_RESULT, timeout=10_000)
    result = wizard.currentPage()
    assert "SAN-WEBCONF-MISSING" in rules_shown(result.findings.model())
    shown = result.findings.model()
    assert shown.index(0, FindingsModel.COL_SEVERITY).data() == "Error"  # errors first
    assert shown.index(shown.rowCount() - 1, FindingsModel.COL_SEVERITY).data() == "Note"
    assert result.verdict.text().startswith("certnew.cer: Not ready")
    assert result.chain_model.rowCount() == 0  # the test root is not a public root
    assert "Thumbprint (SHA-1)" in result.details.toPlainText()
    shoot(wizard, shots, "09-check-result")


def test_check_of_a_good_certificate_shows_its_path(
    qtbot, wizard: PicWizard, tmp_path: Path, intermediate: pki.CA, root: pki.CA
) -> None:
    import datetime as dt

    from pic_wizard.core.rules import verdict as check_module

    cert = tmp_path / "edge.p7b"
    now = dt.datetime.now(dt.UTC)
    leaf, _ = pki.make_leaf(intermediate, not_before=now - dt.timedelta(days=1), days=90)
    cert.write_bytes(pki.pem(leaf, intermediate))
    real_roots = check_module.public_roots
    check_module.public_roots = lambda: (root.cert,)  # type: ignore[assignment]
    try:
        wizard.set_topology(seed_example())
        to_check_page(qtbot, wizard)
        wizard.currentPage().file.setText(str(cert))
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.currentId() == PageId.CHECK_RESULT, timeout=10_000)
    finally:
        check_module.public_roots = real_roots  # type: ignore[assignment]
    result = wizard.currentPage()
    assert "ready for your Edge Server" in result.verdict.text()
    model = result.chain_model
    root_index = model.index(0, 0)
    assert "Root" in root_index.data()
    assert model.rowCount(model.index(0, 0, root_index)) == 1  # root → issuing CA → leaf


def test_wrong_pfx_password_is_a_message_not_a_crash(
    qtbot, wizard: PicWizard, tmp_path: Path, intermediate: pki.CA
) -> None:
    leaf, key = pki.make_leaf(intermediate)
    pfx = tmp_path / "edge.pfx"
    pfx.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"Edge",
            key,
            leaf,
            [intermediate.cert],
            serialization.BestAvailableEncryption(b"right"),
        )
    )
    to_check_page(qtbot, wizard)
    page = wizard.currentPage()
    page.file.setText(str(pfx))
    qtbot.keyClicks(page.password, "wrong")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.problem.isVisible(), timeout=10_000)
    assert wizard.currentId() == PageId.CHECK_INPUT
    assert "password" in page.problem.text() and "wrong" in page.problem.text()
    assert "Password field" in page.problem.text()  # the wizard's words, not an option
    assert "--" not in page.problem.text()
    assert page.password.hasFocus()
    page.password.clear()
    qtbot.keyClicks(page.password, "right")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.CHECK_RESULT, timeout=10_000)


def test_complete_writes_a_pfx_openssl_opens(
    qtbot, wizard: PicWizard, tmp_path: Path, intermediate: pki.CA, shots: Path, monkeypatch
) -> None:
    from pic_wizard.core.files import profile
    from pic_wizard.core.rules.plan import make_plan
    from pic_wizard.core.usecases.request import write_request

    plan = make_plan(seed_example(), at=pki.AT)
    written = write_request(plan, tmp_path, b"key-pass", base_name="edge", key=pki.rsa_key(5))
    profile.save(seed_example(), tmp_path / "edge.json")
    issued = pki.issue_from_csr(intermediate, written.request)
    cert = tmp_path / "certnew.cer"
    cert.write_bytes(pki.pem(issued, intermediate))
    # The test root is not public: the chain is incomplete, and the admin says write anyway.
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )

    page = wizard.page(PageId.WELCOME)
    button = page.group.button(int(PageId.COMPLETE))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.COMPLETE)
    page = wizard.currentPage()
    page.certificate.setText(str(cert))
    page.key.setText(str(written.key_path))
    qtbot.keyClicks(page.key_phrase, "key-pass")
    qtbot.keyClicks(page.pfx_password, "pfx-pass")
    qtbot.keyClicks(page.pfx_password2, "pfx-pass")
    assert page.output.text() == str(tmp_path / "certnew.pfx")
    qtbot.mouseClick(page.write, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.written), timeout=10_000)
    shoot(wizard, shots, "10-complete")
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "edge.req" in page.result.toPlainText()  # the request beside the key was used
    assert "Import-CsCertificate" in page.result.toPlainText()
    assert "-Password $password" in page.result.toPlainText()
    thumbprint = hashlib.sha1(pki.der(issued), usedforsecurity=False).hexdigest().upper()
    assert f"$thumbprint = '{thumbprint}'" in page.result.toPlainText()

    pfx = tmp_path / "certnew.pfx"
    assert oct(pfx.stat().st_mode & 0o777) == "0o600"
    info = subprocess.run(
        ["openssl", "pkcs12", "-info", "-legacy", "-nokeys", "-in", str(pfx),
         "-passin", "pass:pfx-pass"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert info.returncode == 0, info.stderr
    assert "pbeWithSHA1And3-KeyTripleDES-CBC" in info.stdout + info.stderr
    assert "Edge external (PIC)" in info.stdout  # the friendly name of the answers
    key_out = subprocess.run(
        ["openssl", "pkcs12", "-in", str(pfx), "-nocerts", "-nodes", "-legacy",
         "-passin", "pass:pfx-pass"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert "PRIVATE KEY" in key_out.stdout


def test_complete_refuses_a_key_of_another_request(
    qtbot, wizard: PicWizard, tmp_path: Path, intermediate: pki.CA
) -> None:
    from pic_wizard.core.rules.plan import make_plan
    from pic_wizard.core.usecases.request import write_request

    written = write_request(
        make_plan(seed_example(), at=pki.AT), tmp_path, None, key=pki.rsa_key(5)
    )
    other, _ = pki.make_leaf(intermediate, key=pki.rsa_key(6))
    cert = tmp_path / "other.cer"
    cert.write_bytes(pki.pem(other, intermediate))
    wizard.restart_at(PageId.COMPLETE)
    page = wizard.currentPage()
    page.certificate.setText(str(cert))
    page.key.setText(str(written.key_path))
    qtbot.keyClicks(page.pfx_password, "pw")
    qtbot.keyClicks(page.pfx_password2, "pw")
    qtbot.mouseClick(page.write, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.problem.isVisible(), timeout=10_000)
    assert "does not belong" in page.problem.text()
    assert not (tmp_path / "other.pfx").exists()


def test_key_generation_runs_off_the_gui_thread(
    qtbot, wizard: PicWizard, tmp_path: Path, monkeypatch
) -> None:
    """The key is made on a worker thread, and the event loop keeps turning meanwhile
    (said by the threads and the loop's own ticks, not by a timing)."""
    import threading

    from pic_wizard.core.usecases import request

    makers: list[threading.Thread] = []
    made: list[bool] = []
    make = request.generate_key

    def recorded(spec):  # type: ignore[no-untyped-def]
        makers.append(threading.current_thread())
        key = make(spec)
        made.append(True)
        return key

    monkeypatch.setattr(request, "generate_key", recorded)
    big = replace(seed_example(), key=KeySpec(KeyAlgorithm.RSA, 4096))
    wizard.set_topology(big)
    wizard.restart_at(PageId.GENERATE)
    page = wizard.currentPage()
    page.folder.setText(str(tmp_path))
    page.no_phrase.setChecked(True)
    ticks: list[tuple[int, int]] = []  # (keys begun, keys made) at each turn of the loop
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append((len(makers), len(made))))
    timer.start()
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    assert page.busy.isVisible() and page.cancel.isEnabled()
    qtbot.waitUntil(lambda: bool(page.written), timeout=60_000)
    timer.stop()
    assert len(makers) == 1 and makers[0] is not threading.main_thread()
    assert ticks.count((1, 0)) > 1, "the event loop did not turn while the key was made"
    assert (tmp_path / "sip.contoso.com.key").exists()


def test_the_key_is_signed_and_encrypted_off_the_gui_thread(
    qtbot, wizard: PicWizard, tmp_path: Path, monkeypatch
) -> None:
    """Signing the request and the passphrase's 600,000 rounds ran on the window's thread
    once the key had arrived (a third of a second without a turn of the event loop)."""
    import threading

    from pic_wizard.core.usecases import request

    on_gui_thread: list[str] = []
    for name in ("generate_key", "build_request", "key_pem"):
        original = getattr(request, name)

        def recorded(*args, __name=name, __original=original, **kwargs):  # type: ignore[no-untyped-def]
            if threading.current_thread() is threading.main_thread():
                on_gui_thread.append(__name)
            return __original(*args, **kwargs)

        monkeypatch.setattr(request, name, recorded)
    wizard.set_topology(seed_example())
    wizard.restart_at(PageId.GENERATE)
    page = wizard.currentPage()
    page.folder.setText(str(tmp_path))
    page.phrase.setText("Edge-Pool-2026!x")
    page.phrase2.setText("Edge-Pool-2026!x")
    qtbot.waitUntil(page.generate.isEnabled)
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.written), timeout=60_000)
    assert on_gui_thread == []
    assert (
        (tmp_path / "sip.contoso.com.key")
        .read_bytes()
        .startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    )


def test_cancel_drops_the_key_and_writes_nothing(qtbot, wizard: PicWizard, tmp_path: Path) -> None:
    wizard.set_topology(replace(seed_example(), key=KeySpec(KeyAlgorithm.RSA, 4096)))
    wizard.restart_at(PageId.GENERATE)
    page = wizard.currentPage()
    page.folder.setText(str(tmp_path))
    page.no_phrase.setChecked(True)
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.cancel, Qt.MouseButton.LeftButton)
    assert not page.busy.isVisible()
    assert "nothing was written" in page.result.toPlainText()
    from pic_wizard.workers import wait_for_all

    assert wait_for_all(60_000)
    QApplication.processEvents()
    assert list(tmp_path.iterdir()) == []
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_the_files_are_written_and_made_durable_off_the_gui_thread(
    qtbot, wizard: PicWizard, tmp_path: Path, monkeypatch
) -> None:
    """The key and request were written and fsynced on the window's thread once the key
    had arrived (10 to 17 ms of stall, the longest left while generating)."""
    import threading

    from pic_wizard.core.files import fsutil

    on_gui_thread: list[str] = []
    original = os.fsync

    def fsync(fd: int) -> None:
        if threading.current_thread() is threading.main_thread():
            on_gui_thread.append("fsync")
        original(fd)

    monkeypatch.setattr(fsutil.os, "fsync", fsync)
    wizard.set_topology(seed_example())
    wizard.restart_at(PageId.GENERATE)
    page = wizard.currentPage()
    page.folder.setText(str(tmp_path / "new"))
    page.no_phrase.setChecked(True)
    qtbot.waitUntil(page.generate.isEnabled)
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.written), timeout=60_000)
    assert on_gui_thread == []
    key = tmp_path / "new" / "sip.contoso.com.key"
    assert oct(key.stat().st_mode & 0o777) == "0o600"
    assert oct((tmp_path / "new").stat().st_mode & 0o777) == "0o700"
    assert "Written:" in page.result.toPlainText()


def _generate_into(qtbot, wizard: PicWizard, folder: Path, begun):  # type: ignore[no-untyped-def]
    """Generate pressed for the seed example into ``folder`` (no passphrase), once the
    slowed step has begun: the Generate page."""
    wizard.set_topology(seed_example())
    wizard.restart_at(PageId.GENERATE)
    page = wizard.currentPage()
    page.folder.setText(str(folder))
    page.no_phrase.setChecked(True)
    qtbot.waitUntil(page.generate.isEnabled)
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    assert begun.wait(60)
    return page


def _slowed(monkeypatch, name: str):  # type: ignore[no-untyped-def]
    """``request.<name>`` waits for the test's word (``go``) once it has begun
    (``begun``)."""
    import threading

    from pic_wizard.core.usecases import request

    begun, go = threading.Event(), threading.Event()
    original = getattr(request, name)

    def slowed(*args, **kwargs):  # type: ignore[no-untyped-def]
        begun.set()
        go.wait(60)
        return original(*args, **kwargs)

    monkeypatch.setattr(request, name, slowed)
    return begun, go


def test_cancel_while_the_key_is_made_writes_nothing_not_even_the_folder(
    qtbot, wizard: PicWizard, tmp_path: Path, monkeypatch
) -> None:
    begun, go = _slowed(monkeypatch, "sign_request")
    page = _generate_into(qtbot, wizard, tmp_path / "new", begun)
    qtbot.mouseClick(page.cancel, Qt.MouseButton.LeftButton)
    go.set()
    from pic_wizard.workers import wait_for_all

    assert wait_for_all(60_000)
    QApplication.processEvents()
    assert "nothing was written" in page.result.toPlainText()
    assert list(tmp_path.iterdir()) == []
    assert page.written == []


def test_cancel_while_the_files_are_written_waits_and_says_they_were(
    qtbot, wizard: PicWizard, tmp_path: Path, monkeypatch
) -> None:
    """The worker writes the files: a Cancel that comes while it does cannot unwrite a
    replaced file, so it waits for the files (milliseconds) and the page says they were
    written, never "nothing was written" of files that are there."""
    begun, go = _slowed(monkeypatch, "write_request")
    page = _generate_into(qtbot, wizard, tmp_path, begun)
    import threading

    threading.Timer(0.3, go.set).start()  # Cancel waits for the writing, which goes on
    qtbot.mouseClick(page.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.written), timeout=60_000)
    assert "nothing was written" not in page.result.toPlainText()
    assert "Written:" in page.result.toPlainText()
    assert (tmp_path / "sip.contoso.com.key").exists()


def test_closing_the_wizard_while_the_key_is_made_writes_nothing(
    qtbot, wizard: PicWizard, tmp_path: Path, monkeypatch
) -> None:
    begun, go = _slowed(monkeypatch, "sign_request")
    _generate_into(qtbot, wizard, tmp_path, begun)
    wizard.reject()
    go.set()
    from pic_wizard.workers import wait_for_all

    assert wait_for_all(60_000)
    QApplication.processEvents()
    assert list(tmp_path.iterdir()) == []


def test_check_with_answers_read_from_the_certificate(
    qtbot, wizard: PicWizard, tmp_path: Path, intermediate: pki.CA, shots: Path
) -> None:
    """No profile: the SIP domain and Edge pages come pre-filled from the certificate, the
    admin corrects them, and the certificate is checked against the answers."""
    leaf, _ = pki.make_leaf(intermediate, sans=("sip.contoso.com", "sip.fabrikam.com"))
    cert = tmp_path / "current.cer"
    cert.write_bytes(pki.pem(leaf, intermediate))
    to_check_page(qtbot, wizard)
    page = wizard.currentPage()
    page.file.setText(str(cert))
    page.derive.setChecked(True)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DOMAINS, timeout=10_000)
    assert wizard.domains_model.domains() == ("contoso.com", "fabrikam.com")
    assert [wizard.steps.item(i).text().strip("▶✓ ") for i in range(wizard.steps.count())
            if not wizard.steps.isRowHidden(i)] == [
        "Start", "Files", "SIP domains", "Edge services", "Result"
    ]  # fmt: skip
    shoot(wizard, shots, "11-check-answers-domains")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.EDGE)
    edge = wizard.currentPage()
    assert edge.fields["access_edge_fqdn"][0].text() == "sip.contoso.com"
    assert edge.fields["web_conferencing_edge_fqdn"][0].placeholderText() == "webcon.contoso.com"
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.CHECK_RESULT, timeout=10_000)
    result = wizard.currentPage()
    assert "SAN-WEBCONF-MISSING" in rules_shown(result.findings.model())
    assert not result.skipped.isVisible()  # checked against answers: nothing skipped


def test_files_dropped_on_the_check_page(qtbot, wizard: PicWizard, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    to_check_page(qtbot, wizard)
    page = wizard.currentPage()
    files = [tmp_path / "certnew.cer", tmp_path / "chain.p7b"]
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        page.rect().center(), actions, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    page.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(page.rect().center()), actions, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    page.dropEvent(drop)
    assert page.file.text() == str(files[0])
    assert page.chain.text() == str(files[1])


def test_certificate_details_text_speaks_the_language(language: str, intermediate: pki.CA) -> None:
    from pic_wizard.core.rules.verdict import CheckOptions, check_certificate
    from pic_wizard.ui.pages.check import certificate_text

    leaf, _ = pki.make_leaf(intermediate)
    text = certificate_text(check_certificate([leaf], "edge.cer", CheckOptions()))
    expected = {
        "en": "Enhanced key usage: Server Authentication, Client Authentication",
        "fr": "Utilisation améliorée de la clé : Authentification du serveur, "
        "Authentification du client",
    }[language]
    assert expected in text.splitlines()
    assert "sip.contoso.com, webcon.contoso.com, sip.fabrikam.com" in text  # names as they are
    dates = [line for line in text.splitlines() if line.rstrip().endswith(" UTC")]
    assert len(dates) == 2 and "+00:00" not in text  # as everywhere else: 2026-05-22 12:00 UTC


def test_generate_refuses_a_plan_with_errors_in_the_command_line_s_sentence(
    wizard: PicWizard, tmp_path: Path, language: str
) -> None:
    """The Generate page says why nothing is made from a plan with errors in the words
    csr uses (one sentence for a plan, whether it comes from answers or a profile), with
    the wizard's own fix."""
    topology = replace(seed_example(), web_conferencing_edge_fqdn="*.contoso.com")
    wizard.set_topology(topology)
    wizard.restart_at(PageId.GENERATE)
    page = wizard.currentPage()
    page.no_phrase.setChecked(True)
    page.folder.setText(str(tmp_path))
    said = {
        "en": "This plan has errors (1); a CA would refuse or a server would reject this "
        "certificate. Go back and fix the errors the Review page lists, then generate.",
        "fr": "Ce plan comporte des erreurs (1) ; une AC refuserait ce certificat ou un "
        "serveur le rejetterait. Revenez en arrière et corrigez les erreurs que la page "
        "Récapitulatif indique, puis générez.",
    }[language]
    assert not page.generate.isEnabled() and page.problem.text().endswith(said)
    profile.save(topology, tmp_path / "p.json")
    code, _, err = run(
        "--lang",
        language,
        "csr",
        str(tmp_path / "p.json"),
        "--out",
        str(tmp_path),
        "--no-encrypt",
        "--at",
        pki.AT.date().isoformat(),
    )
    assert code == 1 and said.split(". ")[0] in err


def test_generate_makes_a_missing_folder_and_says_so(
    qtbot, wizard: PicWizard, tmp_path: Path
) -> None:
    """As the command line does: a folder typed that does not exist yet is made (readable
    by the user only), and the result says so; a file in its place is refused."""
    wizard.set_topology(replace(seed_example(), key=KeySpec(KeyAlgorithm.EC, curve="P-256")))
    wizard.restart_at(PageId.GENERATE)
    page = wizard.currentPage()
    page.no_phrase.setChecked(True)
    (tmp_path / "a-file").write_text("not a folder")
    profile.save(seed_example(), tmp_path / "p.json")
    page.folder.setText(str(tmp_path / "a-file"))
    assert not page.generate.isEnabled() and "not a folder" in page.problem.text()
    assert page.folder_note.isHidden()
    # The same refusals as the command line's, from the same core call.
    page.folder.setText(str(tmp_path))
    page.base.setText(".hidden")
    assert "cannot be a file base name" in page.problem.text()
    code, _, err = run(
        "csr", str(tmp_path / "p.json"), "--out", str(tmp_path), "--name", ".hidden",
        "--no-encrypt", "--at", pki.AT.date().isoformat(),
    )  # fmt: skip
    assert code == 2 and "cannot be a file base name" in err
    page.base.setText("sip.contoso.com")
    target = tmp_path / "Edge requests" / "2026"
    page.folder.clear()
    qtbot.keyClicks(page.folder, str(target))
    assert page.generate.isEnabled(), page.problem.text()
    assert not page.folder_note.isHidden() and "does not exist yet" in page.folder_note.text()
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.written), timeout=60_000)
    assert (target / "sip.contoso.com.key").is_file()
    assert (target / "sip.contoso.com.req").is_file()
    assert page.folder_note.isHidden()  # it exists now
    text = page.result.toPlainText()
    assert f"Created the folder {tmp_path / 'Edge requests'}" in text
    assert f"Created the folder {target}" in text
    if os.name == "posix":
        assert (target.stat().st_mode & 0o777) == 0o700


def test_a_saved_profile_chosen_without_its_file_is_said(
    qtbot, wizard: PicWizard, tmp_path: Path, intermediate: pki.CA
) -> None:
    """'A saved profile' chosen and no file named: said next to the field, not checked
    silently against nothing (which reads as 'Not checked without a profile')."""
    leaf, _ = pki.make_leaf(intermediate)
    cert = tmp_path / "edge.cer"
    cert.write_bytes(pki.pem(leaf, intermediate))
    to_check_page(qtbot, wizard)
    page = wizard.currentPage()
    page.file.setText(str(cert))
    page.use_profile.setChecked(True)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.CHECK_INPUT
    assert page.problem.isVisibleTo(page)
    assert "no profile file is named" in page.problem.text()
    assert "Browse" in page.problem.text() and "--" not in page.problem.text()


def test_files_written_before_an_answer_changed_are_said_stale(
    qtbot, wizard: PicWizard, tmp_path: Path, monkeypatch
) -> None:
    """Generate, Back, an answer changed, Next: the page says the files written do not
    hold the answers, and Finish waits for them to be generated again; Back and Next with
    the same answers change nothing."""
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    wizard.set_topology(seed_example())
    wizard.restart_at(PageId.GENERATE)
    page = wizard.currentPage()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    page.folder.setText(str(tmp_path))
    page.no_phrase.setChecked(True)

    def generate() -> None:
        qtbot.waitUntil(page.generate.isEnabled)
        qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(page.written), timeout=60_000)

    generate()
    assert page.isComplete() and finish.isEnabled()
    wizard.back()
    wizard.next()  # the same answers: the files still hold them
    assert wizard.currentPage() is page and page.isComplete() and finish.isEnabled()
    wizard.back()
    org = wizard.answers.topology.organization
    wizard.answers.update(organization=replace(org, organizational_unit="UC"))
    wizard.next()
    assert wizard.currentPage() is page
    assert not page.isComplete() and not finish.isEnabled()
    assert page.result.toPlainText().startswith("The answers changed after these files")
    generate()
    assert page.isComplete() and finish.isEnabled()
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    (request,) = [p for p in page.written if p.suffix == ".req"]
    csr = x509.load_pem_x509_csr(request.read_bytes())
    units = csr.subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)
    assert [u.value for u in units] == ["UC"]


def test_a_file_name_typed_on_generate_is_kept_over_back_and_next(qtbot, wizard: PicWizard) -> None:
    """The name the admin gave the files stays theirs after Back and Next; left empty,
    the subject's name is offered again."""
    wizard.set_topology(seed_example())
    wizard.restart_at(PageId.GENERATE)
    page = wizard.currentPage()
    assert page.base.text() == "sip.contoso.com"
    page.base.selectAll()
    qtbot.keyClicks(page.base, "edge-2027")
    wizard.back()
    wizard.next()
    assert wizard.currentPage() is page and page.base.text() == "edge-2027"
    page.base.selectAll()
    qtbot.keyClick(page.base, Qt.Key.Key_Backspace)
    wizard.back()
    wizard.next()
    assert page.base.text() == "sip.contoso.com"
