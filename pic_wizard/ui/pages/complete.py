"""Complete: the CA's certificate and your key, checked together, become a PFX."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
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
from ...core.values.untrusted import visible, visible_path
from ...core.x509.pfx import PfxProtection
from ...models.findings import FindingsFilterProxy, FindingsModel
from ..common import ProblemLabel, WizardPage, error_text, file_field, pick_files, why_label
from .check import cert_filter
from .review import findings_table

if TYPE_CHECKING:
    from ...core.usecases.complete import Completed, CompleteInputs
    from ...core.values.topology import Product
    from ...workers import Task
    from ..forms import CompleteForm
    from ..state import WizardState


# What the core refuses unasked and this page asks the admin about when writing.
ASKED_WHEN_WRITING = ("output-exists", "output-folder-missing")


class CompletePage(WizardPage):
    show_preview = False

    def nextId(self) -> int:
        return -1

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)

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
        self.certificate, cert_browse = file_field(
            form, self.tr("Issued &certificate:"), self.tr("Issued certificate")
        )
        self.chain, chain_browse = file_field(
            form,
            self.tr("Ch&ain:"),
            self.tr("Intermediate certificates"),
            self.tr("optional: the CA's chain, if not in the file"),
        )
        self.roots, roots_browse = file_field(
            form,
            self.tr("Tr&usted roots:"),
            self.tr("Trusted roots"),
            self.tr("optional: a private or test CA's root, instead of the public roots"),
        )
        self.key, key_browse = file_field(
            form, self.tr("Private &key (.key):"), self.tr("Private key")
        )
        self.key_phrase = QLineEdit()
        self.key_phrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_phrase.setAccessibleName(self.tr("Passphrase of the key"))
        phrase_label = QLabel(self.tr("Key &passphrase:"))
        phrase_label.setBuddy(self.key_phrase)
        form.addRow(phrase_label, self.key_phrase)
        self.friendly = QLineEdit()
        self.friendly.setAccessibleName(self.tr("Friendly name"))
        self.friendly.setPlaceholderText(
            self.tr("the profile's beside the key, else the certificate's name")
        )
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
            self.tr("3DES, SHA-1 (every Windows Server imports it)"),
            PfxProtection.WINDOWS_2012_R2.value,
        )
        self.protection.addItem(
            self.tr("AES-256 (Windows Server 2019, Windows 10 1709 and later)"),
            PfxProtection.AES256.value,
        )
        protection_label = QLabel(self.tr("&Encryption:"))
        protection_label.setBuddy(self.protection)
        form.addRow(protection_label, self.protection)
        # Which Windows Server imports which, and why this one is offered (the product of
        # the profile beside the key, as the completion judges it).
        self.protection_why = why_label("")
        form.addRow("", self.protection_why)
        self._protection_chosen = False  # the admin picked one: no longer the suggestion
        self._product_key = ""  # the key file the product below was read for
        self._product: Product | None = None
        self.output, out_browse = file_field(
            form, self.tr("&Target PFX file:"), self.tr("PFX file")
        )
        self.folder_note = why_label(
            self.tr(
                "This folder does not exist yet: pic-wizard offers to make it when you write "
                "the PFX."
            )
        )
        self.folder_note.hide()
        form.addRow("", self.folder_note)
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
        self.form.addWidget(self.findings, 3)
        self.result = QPlainTextEdit()
        self.result.setReadOnly(True)
        self.result.setTabChangesFocus(True)
        self.result.setAccessibleName(self.tr("What was written"))
        self.result.hide()
        self.form.addWidget(self.result, 4)
        # Takes the room the findings and the result leave: the button and the line under
        # it stay under the fields instead of moving as the line shows and hides.
        self.form.addStretch(1)

        cert_browse.clicked.connect(lambda: self._browse(self.certificate, cert_filter()))
        chain_browse.clicked.connect(lambda: self._browse(self.chain, cert_filter()))
        roots_browse.clicked.connect(lambda: self._browse(self.roots, cert_filter()))
        key_browse.clicked.connect(
            lambda: self._browse(self.key, self.tr("Private keys (*.key *.pem);;All files (*)"))
        )
        out_browse.clicked.connect(self._browse_output)
        # Every field is an input of the core's completion: the state follows each edit.
        for edit in (
            self.certificate,
            self.chain,
            self.roots,
            self.key,
            self.key_phrase,
            self.friendly,
            self.pfx_password,
            self.pfx_password2,
            self.output,
        ):
            edit.textChanged.connect(self._edited)
        self.protection.currentIndexChanged.connect(self._edited)
        self.protection.activated.connect(self._protection_picked)
        # The target follows the certificate's name until the admin types one.
        self._suggested = ""
        self.write.clicked.connect(self._start)
        self.task: Task | None = None
        self.written = ""
        self.shown: Completed | None = None  # the completion on show, for ``shown_inputs``
        self.shown_inputs: CompleteInputs | None = None
        self.friendly_read_back = ""
        # What the last run said that is not a refusal of the form (a wrong key, errors
        # standing, a file that cannot be read), and the inputs it was said of.
        self.outcome_problem = ""
        self._outcome_inputs: CompleteInputs | None = None
        self._written_form: CompleteForm | None = None

    def refresh(self) -> None:
        self._edited()

    def _protection_picked(self, _index: int) -> None:
        self._protection_chosen = True
        self._say_protection()

    def _suggest_protection(self) -> None:
        """The encryption the core suggests for the product the PFX is for, until the admin
        picks one; the product is read again when the key changes."""
        from ...core.usecases.check import CheckInputs
        from ...core.usecases.complete import product_of
        from ...core.x509.pfx import suggested_protection

        key = self.key.text().strip()
        if key != self._product_key:
            self._product_key = key
            # As the completion finds it: the profile written beside the key.
            self._product = product_of(CheckInputs(file="", key_file=key)) if key else None
            # Only when the key changes: a pick of the admin (its currentIndexChanged comes
            # before activated) is never undone by the suggestion.
            if not self._protection_chosen:
                wanted = suggested_protection(self._product).value
                index = self.protection.findData(wanted)
                if index != self.protection.currentIndex():
                    self.protection.blockSignals(True)
                    self.protection.setCurrentIndex(index)
                    self.protection.blockSignals(False)
        self._say_protection()

    def _say_protection(self) -> None:
        from ...core.x509.pfx import suggested_protection

        rule = self.tr(
            "Windows Server 2019 and later can import a PFX encrypted with AES-256; Windows "
            "Server 2016 and older need 3DES."
        )
        product = self._product
        if product is None:
            why = self.tr(
                "No profile beside the key says the server product: 3DES is offered, which "
                "every Windows Server imports."
            )
        else:
            suggested = suggested_protection(product)
            why = self.tr(
                "The profile beside the key is for {product}, which runs on Windows Server "
                "{oldest} to {newest}: {encryption} is offered."
            ).format(
                product=product.display_name,
                oldest=product.windows_servers[0],
                newest=product.windows_servers[-1],
                encryption=self.tr("AES-256")
                if suggested is PfxProtection.AES256
                else self.tr("3DES"),
            )
        self.protection_why.setText(f"{rule} {why}")

    def _edited(self, *_: object) -> None:
        from ...core.usecases.complete import folder_to_make, suggested_pfx_file

        certificate = self.certificate.text()
        if self.output.text() == self._suggested:  # the admin has not chosen the target
            self._suggested = suggested_pfx_file(certificate)
            if self.output.text() != self._suggested:
                self.output.setText(self._suggested)  # edits again, and lands here
                return
        self._suggest_protection()
        self.state.edit_complete(
            certificate_file=certificate,
            chain_files=tuple(self.chain.text().split(";")),
            roots_file=self.roots.text(),
            key_file=self.key.text(),
            key_password=self.key_phrase.text(),
            friendly_name=self.friendly.text(),
            pfx_password=self.pfx_password.text(),
            pfx_password_again=self.pfx_password2.text(),
            aes=self.protection.currentData() == PfxProtection.AES256.value,
            out_file=self.output.text(),
        )
        current = self.state.complete_inputs()
        if self.shown_inputs is not None and self.shown_inputs.check != current.check:
            self._clear_shown()  # checked with other files: no longer the current answer
        if self._outcome_inputs is not None and self._outcome_inputs != current:
            self.outcome_problem = ""
            self._outcome_inputs = None
        self.folder_note.setVisible(bool(folder_to_make(self.output.text())))
        self._show_refusal()

    def _clear_shown(self) -> None:
        self.shown = None
        self.shown_inputs = None
        self.findings_model.set_findings(())
        self.findings.hide()
        self.result.hide()

    def refusal(self) -> PicWizardError | None:
        """The core's refusal of the form as it stands; an existing target is not one
        here: writing asks whether to replace it."""
        refusal = self.state.complete_refusal()
        if refusal is not None and refusal.code in ASKED_WHEN_WRITING:
            return None
        return refusal

    def _show_refusal(self) -> None:
        """The line under the button: the core's refusal of the form as it stands, else
        what the last run of these inputs said."""
        refusal = self.refusal()
        text = "⚠ " + error_text(refusal) if refusal is not None else self.outcome_problem
        if self._written_form == self.state.complete_form:
            text = ""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.write.setEnabled(refusal is None and self.task is None)

    def _say(self, inputs: CompleteInputs, text: str) -> None:
        self.outcome_problem, self._outcome_inputs = text, inputs
        self._show_refusal()

    def _browse(self, edit: QLineEdit, filters: str) -> None:
        for path in pick_files(self, self.tr("Open"), "complete", filters):
            edit.setText(path)

    def _browse_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("PFX file"), self.output.text(), self.tr("PFX files (*.pfx)")
        )
        if path:
            self.output.setText(path)

    def _start(self) -> None:
        """The one write of this page, on the admin's action: confirm what the core would
        refuse unasked (replace a file, make a folder), then ``core.usecases.complete``."""
        refusal = self.state.complete_refusal()
        force = refusal is not None and refusal.code == "output-exists"
        make = refusal is not None and refusal.code == "output-folder-missing"
        if refusal is not None and not (force or make):
            return
        target = self.output.text().strip()
        if force:
            answer = QMessageBox.question(
                self,
                self.tr("Replace the file?"),
                self.tr("{path} exists already. Replace it?").format(path=visible_path(target)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if make:
            answer = QMessageBox.question(
                self,
                self.tr("Make the folder?"),
                self.tr(
                    "The folder {folder} does not exist. Make it (readable by you only) and "
                    "write the PFX into it?"
                ).format(folder=visible_path(str(Path(target).parent))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._run(self.state.complete_inputs(force=force, make_folders=make))

    def _run(self, inputs: CompleteInputs) -> None:
        from ...core.usecases.complete import complete
        from ...workers import run_in_thread

        self.outcome_problem, self._outcome_inputs = "", None
        self.problem.clear()
        self.problem.hide()
        self.write.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.task = run_in_thread(
            lambda: complete(inputs),
            lambda done: self._done(inputs, done),
            lambda exc: self._failed(inputs, exc),
        )

    def _idle(self) -> None:
        self.task = None
        self.unsetCursor()
        self._show_refusal()

    def _failed(self, inputs: CompleteInputs, exc: BaseException) -> None:
        self._idle()
        text = (
            error_text(exc)
            if isinstance(exc, PicWizardError)
            else self.tr("pic-wizard could not complete ({what}): this is a bug.").format(
                what=type(exc).__name__
            )
        )
        self._say(inputs, "⚠ " + text)

    def _done(self, inputs: CompleteInputs, done: Completed) -> None:
        from ...core.values.record import replace

        self._idle()
        if inputs.check != self.state.complete_inputs().check:
            return  # the files changed meanwhile: this answer is not for them
        result = done.result
        self.shown, self.shown_inputs = done, inputs
        self.findings_model.set_findings(result.findings)
        self.findings.setVisible(bool(result.findings))
        self.result.hide()
        if done.refused == "key-mismatch":
            self._say(
                inputs,
                self.tr("⚠ This key does not belong to this certificate: no PFX was written."),
            )
            return
        if done.refused == "errors":
            answer = QMessageBox.warning(
                self,
                self.tr("Problems found"),
                self.tr(
                    "The certificate has %n error(s) (see the findings). Write the PFX anyway?",
                    "",
                    done.errors,
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._run(replace(inputs, allow_errors=True))
            else:
                self._say(
                    inputs,
                    self.tr("⚠ No PFX was written: the certificate has errors (see the findings)."),
                )
            return
        assert done.written is not None and result.certificate is not None
        self.written = done.written
        self.friendly_read_back = done.friendly_name_read_back
        self.pfx_password.clear()
        self.pfx_password2.clear()
        # The passwords are emptied: the success text is the news, not a request to type
        # a password; the line comes back once a field changes.
        self._written_form = self.state.complete_form
        self._show_refusal()
        self._show_written(done)
        self.completeChanged.emit()

    def _show_written(self, done: Completed) -> None:
        from ...core.documents.windows import install_lines
        from ...core.x509.pfx import PfxProtection
        from ...core.x509.view import common_name

        result = done.result
        assert done.written is not None and result.certificate is not None
        path = Path(done.written)
        thumbprint = getattr(result.details, "thumbprint_sha1", "")
        checked_with = [
            self.tr("the request {file}").format(file=Path(done.request_file).name)
            if done.request_file
            else "",
            self.tr("the profile {file}").format(file=Path(done.profile_file).name)
            if done.profile_file
            else "",
        ]
        checked = ", ".join(c for c in checked_with if c) or self.tr("the key only")
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
        protection = (
            self.tr("AES-256")
            if done.protection is PfxProtection.AES256
            else self.tr("3DES, SHA-1")
        )
        self.result.setPlainText(
            self.tr(
                "Written: {path} ({protection}; friendly name read back from the PFX: "
                "{name})\nChecked with {checked}; chain of %n CA certificate(s).\n\n"
                "Copy it to every Edge Server, then in the Skype for Business Server "
                "Management Shell:\n\n{script}",
                "",
                len(done.chain),
            ).format(
                path=visible_path(done.written),
                protection=protection,
                name=visible(done.friendly_name_read_back),
                checked=checked,
                script=script,
            )
        )
        self.result.show()

    def isComplete(self) -> bool:
        return bool(self.written)
