"""Complete: the CA's certificate and your key, checked together, become a PFX."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)

from ...core.values.errors import PicWizardError
from ...models.findings import FindingsFilterProxy, FindingsModel
from ..common import ProblemLabel, WizardPage, error_text, show_error, why_label
from .check import cert_filter, path_row
from .review import findings_table

if TYPE_CHECKING:
    from ...core.rules.verdict import CheckResult
    from ...core.values.topology import Topology
    from ...workers import Task
    from ..state import WizardState


@dataclass(frozen=True)
class CompleteRequest:
    certificate_file: str
    chain_files: tuple[str, ...]
    key_file: str
    key_passphrase: bytes | None
    topology: Topology | None
    roots_file: str = ""  # empty: the public roots


@dataclass(frozen=True)
class Completed:
    result: CheckResult
    key: Any
    chain: tuple[Any, ...]
    request_file: str
    profile_file: str
    friendly_name: str  # from the answers or the profile beside the key


def suggested_pfx(certificate_file: str) -> str:
    """The PFX beside the certificate (``certnew.cer`` → ``certnew.pfx``); "" while the
    name typed so far has no file name (``/``, ``C:\\``, ``..``)."""
    path = Path(certificate_file.strip())
    if not certificate_file.strip() or path.name in ("", ".", ".."):
        return ""
    return str(path.with_suffix(".pfx"))


def sibling(key_file: str, suffix: str) -> str:
    """The request or profile written beside the key (``edge.key`` → ``edge.req``)."""
    candidate = Path(key_file).with_suffix(suffix)
    return str(candidate) if candidate.is_file() else ""


def run_complete(request: CompleteRequest) -> Completed:
    """On a worker: load the certificate, its chain and the key, and check them together:
    key match, what the CA dropped from the request beside the key, chain complete."""
    from ...core.files import profile
    from ...core.rules.verdict import CheckOptions, check_certificate
    from ...core.x509.loader import load_certificates, load_file, load_private_key, load_request
    from ...core.x509.pfx import order_chain

    key = load_private_key(request.key_file, request.key_passphrase)
    loaded = load_file(request.certificate_file)
    extra = [c for f in request.chain_files for c in load_certificates(f)]
    request_file = sibling(request.key_file, ".req")
    profile_file = sibling(request.key_file, ".json")
    topology = request.topology
    if topology is None and profile_file:
        topology = profile.load(profile_file)
    options = CheckOptions(
        topology=topology,
        roots=load_certificates(request.roots_file) if request.roots_file else None,
        chain=extra,
        key=key,
        request=load_request(request_file) if request_file else None,
    )
    result = check_certificate(loaded.certificates, request.certificate_file, options)
    assert result.certificate is not None
    pool = [c for c in [*loaded.certificates, *extra, *result.path] if c != result.certificate]
    chain = tuple(order_chain(result.certificate, pool))
    friendly = topology.friendly_name if topology is not None else ""
    return Completed(result, key, chain, request_file, profile_file, friendly)


class CompletePage(WizardPage):
    show_preview = False

    def nextId(self) -> int:
        return -1

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        from ...core.x509.pfx import PfxProtection

        self.setTitle(self.tr("Complete a request"))
        self.setSubTitle(
            self.tr("The certificate the CA issued and the key of your request become a PFX.")
        )
        self.help_text = self.tr(
            "pic-wizard checks the certificate with the key (they must match), with the "
            "request beside the key (did the CA drop Client Authentication or a name?) and "
            "with its chain, then writes a PFX with the chain in order and a friendly name, "
            "for Import-CsCertificate on every Edge Server. Windows Server 2012 R2 and older "
            "cannot import AES-encrypted PFX files: the default is the compatible 3DES form."
        )
        form = QFormLayout()
        self.form.addLayout(form)
        self.certificate = QLineEdit()
        self.certificate.setAccessibleName(self.tr("Issued certificate"))
        cert_browse = QPushButton(self.tr("Browse…"))
        cert_label = QLabel(self.tr("Issued &certificate:"))
        cert_label.setBuddy(self.certificate)
        form.addRow(cert_label, path_row(self.certificate, cert_browse))
        self.chain = QLineEdit()
        self.chain.setAccessibleName(self.tr("Intermediate certificates"))
        self.chain.setPlaceholderText(self.tr("optional: the CA's chain, if not in the file"))
        chain_browse = QPushButton(self.tr("Browse…"))
        chain_label = QLabel(self.tr("Ch&ain:"))
        chain_label.setBuddy(self.chain)
        form.addRow(chain_label, path_row(self.chain, chain_browse))
        self.roots = QLineEdit()
        self.roots.setAccessibleName(self.tr("Trusted roots"))
        self.roots.setPlaceholderText(
            self.tr("optional: a private or test CA's root, instead of the public roots")
        )
        roots_browse = QPushButton(self.tr("Browse…"))
        roots_label = QLabel(self.tr("Tr&usted roots:"))
        roots_label.setBuddy(self.roots)
        form.addRow(roots_label, path_row(self.roots, roots_browse))
        self.key = QLineEdit()
        self.key.setAccessibleName(self.tr("Private key"))
        key_browse = QPushButton(self.tr("Browse…"))
        key_label = QLabel(self.tr("Private &key (.key):"))
        key_label.setBuddy(self.key)
        form.addRow(key_label, path_row(self.key, key_browse))
        self.key_phrase = QLineEdit()
        self.key_phrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_phrase.setAccessibleName(self.tr("Passphrase of the key"))
        phrase_label = QLabel(self.tr("Key &passphrase:"))
        phrase_label.setBuddy(self.key_phrase)
        form.addRow(phrase_label, self.key_phrase)
        self.friendly = QLineEdit()
        self.friendly.setAccessibleName(self.tr("Friendly name"))
        friendly_label = QLabel(self.tr("Friend&ly name:"))
        friendly_label.setBuddy(self.friendly)
        form.addRow(friendly_label, self.friendly)
        self.pfx_password = QLineEdit()
        self.pfx_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.pfx_password.setAccessibleName(self.tr("PFX password"))
        self.pfx_password2 = QLineEdit()
        self.pfx_password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.pfx_password2.setAccessibleName(self.tr("PFX password again"))
        pfx_label = QLabel(self.tr("PFX pass&word:"))
        pfx_label.setBuddy(self.pfx_password)
        again_label = QLabel(self.tr("A&gain:"))
        again_label.setBuddy(self.pfx_password2)
        form.addRow(pfx_label, self.pfx_password)
        form.addRow(again_label, self.pfx_password2)
        self.protection = QComboBox()
        self.protection.setAccessibleName(self.tr("PFX encryption"))
        self.protection.addItem(
            self.tr("Windows Server 2012 R2 compatible (3DES, SHA-1)"),
            PfxProtection.WINDOWS_2012_R2.value,
        )
        self.protection.addItem(
            self.tr("AES-256 (Windows Server 2019, Windows 10 1709 and later)"),
            PfxProtection.AES256.value,
        )
        protection_label = QLabel(self.tr("&Encryption:"))
        protection_label.setBuddy(self.protection)
        form.addRow(protection_label, self.protection)
        form.addRow("", why_label(self.tr("Lync Server 2013 runs on Windows Server 2008 R2 to "
                                          "2012 R2, which cannot import AES-encrypted PFX "
                                          "files.")))  # fmt: skip
        self.output = QLineEdit()
        self.output.setAccessibleName(self.tr("PFX file"))
        out_browse = QPushButton(self.tr("Browse…"))
        out_label = QLabel(self.tr("&Target PFX file:"))
        out_label.setBuddy(self.output)
        form.addRow(out_label, path_row(self.output, out_browse))
        self.write = QPushButton(self.tr("Check and w&rite the PFX"))
        self.form.addWidget(self.write)
        self.problem = ProblemLabel()
        self.form.addWidget(self.problem)
        self.findings_model = FindingsModel(self)
        proxy = FindingsFilterProxy(self)
        proxy.setSourceModel(self.findings_model)
        proxy.sort(FindingsModel.COL_SEVERITY, Qt.SortOrder.AscendingOrder)
        self.findings = findings_table(proxy, self.tr("Findings"))
        self.findings.hide()
        self.form.addWidget(self.findings, 1)
        self.result = QPlainTextEdit()
        self.result.setReadOnly(True)
        self.result.setTabChangesFocus(True)
        self.result.setAccessibleName(self.tr("What was written"))
        self.result.hide()
        self.form.addWidget(self.result, 1)

        cert_browse.clicked.connect(lambda: self._browse(self.certificate, cert_filter()))
        chain_browse.clicked.connect(lambda: self._browse(self.chain, cert_filter()))
        roots_browse.clicked.connect(lambda: self._browse(self.roots, cert_filter()))
        key_browse.clicked.connect(
            lambda: self._browse(self.key, self.tr("Private keys (*.key *.pem);;All files (*)"))
        )
        out_browse.clicked.connect(self._browse_output)
        self.certificate.textChanged.connect(self._suggest_output)
        # The target follows the certificate's name until the admin types one.
        self._suggested = ""
        self.write.clicked.connect(self._start)
        self.task: Task | None = None
        self.written = ""

    def refresh(self) -> None:
        if not self.friendly.text():
            self.friendly.setText(self.state.answers.topology.friendly_name)

    def _browse(self, edit: QLineEdit, filters: str) -> None:
        folder = str(QSettings().value("complete/lastFolder", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open"), folder, filters)
        if path:
            edit.setText(path)
            QSettings().setValue("complete/lastFolder", str(Path(path).parent))

    def _browse_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("PFX file"), self.output.text(), self.tr("PFX files (*.pfx)")
        )
        if path:
            self.output.setText(path)

    def _suggest_output(self, text: str) -> None:
        if self.output.text() != self._suggested:
            return  # the admin chose the target
        self._suggested = suggested_pfx(text)
        self.output.setText(self._suggested)

    def _problem(self) -> str:
        if not self.certificate.text().strip() or not self.key.text().strip():
            return self.tr("Give the issued certificate and the private key of the request.")
        if not self.pfx_password.text():
            return self.tr("Give the PFX a password: Import-CsCertificate asks for it.")
        if self.pfx_password.text() != self.pfx_password2.text():
            return self.tr("The two PFX passwords differ.")
        if not self.output.text().strip():
            return self.tr("Choose where to write the PFX.")
        return ""

    def _start(self) -> None:
        from ...workers import run_in_thread

        problem = self._problem()
        if problem:
            self.problem.setText("⚠ " + problem)
            self.problem.show()
            return
        self.problem.hide()
        phrase = self.key_phrase.text().encode("utf-8") if self.key_phrase.text() else None
        answers = self.state.answers.topology
        request = CompleteRequest(
            certificate_file=self.certificate.text().strip(),
            chain_files=tuple(p.strip() for p in self.chain.text().split(";") if p.strip()),
            key_file=self.key.text().strip(),
            key_passphrase=phrase,
            topology=answers if answers.sip_domains else None,
            roots_file=self.roots.text().strip(),
        )
        self.write.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.task = run_in_thread(lambda: run_complete(request), self._checked, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.unsetCursor()
        self.write.setEnabled(True)
        text = (
            error_text(exc)
            if isinstance(exc, PicWizardError)
            else self.tr("pic-wizard could not complete ({what}): this is a bug.").format(
                what=type(exc).__name__
            )
        )
        self.problem.setText("⚠ " + text)
        self.problem.show()

    def _checked(self, done: Completed) -> None:
        from ...core.values.findings import RuleId
        from ...core.x509.pfx import PfxProtection, write_pfx

        self.task = None
        self.unsetCursor()
        self.write.setEnabled(True)
        result = done.result
        self.findings_model.set_findings(result.findings)
        self.findings.setVisible(bool(result.findings))
        if any(f.rule is RuleId.KEY_MISMATCH for f in result.findings):
            self.problem.setText(
                self.tr("⚠ This key does not belong to this certificate: no PFX was written.")
            )
            self.problem.show()
            return
        errors = [f for f in result.findings if f.severity.value == "error"]
        if errors:
            answer = QMessageBox.warning(
                self,
                self.tr("Problems found"),
                self.tr(
                    "The certificate has {n} error(s) (see the findings). Write the PFX anyway?"
                ).format(n=len(errors)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        path = Path(self.output.text().strip())
        overwrite = False
        if path.exists():
            answer = QMessageBox.question(
                self,
                self.tr("Replace the file?"),
                self.tr("{path} exists already. Replace it?").format(path=path),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            overwrite = True
        assert result.certificate is not None
        try:
            write_pfx(
                path,
                done.key,
                result.certificate,
                list(done.chain),
                self.pfx_password.text().encode("utf-8"),
                self.friendly.text().strip() or done.friendly_name or path.stem,
                PfxProtection(self.protection.currentData()),
                overwrite=overwrite,
            )
        except PicWizardError as error:
            show_error(self, self.tr("The PFX cannot be written"), error)
            return
        thumbprint = getattr(result.details, "thumbprint_sha1", "")
        self.written = str(path)
        self.pfx_password.clear()
        self.pfx_password2.clear()
        checked_with = [
            self.tr("the request {file}").format(file=Path(done.request_file).name)
            if done.request_file
            else "",
            self.tr("the profile {file}").format(file=Path(done.profile_file).name)
            if done.profile_file
            else "",
        ]
        checked = ", ".join(c for c in checked_with if c) or self.tr("the key only")
        from ...core.documents.windows import install_lines
        from ...core.x509.view import common_name

        members = tuple(
            self.tr("Edge Server {n}").format(n=n)
            for n in range(1, max(1, self.state.answers.topology.server_count) + 1)
        )
        script = "\n".join(
            install_lines(
                common_name(result.certificate.subject) or "", f"C:\\Certificates\\{path.name}",
                members,
                str(thumbprint),
            )
        )  # fmt: skip
        self.result.setPlainText(
            self.tr(
                "Written: {path}\nChecked with {checked}; chain of {n} CA certificate(s).\n\n"
                "Copy it to every Edge Server, then in the Skype for Business Server "
                "Management Shell:\n\n{script}"
            ).format(path=path, checked=checked, n=len(done.chain), script=script)
        )
        self.result.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.written)
